from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

admin.site.site_header = "Fonte"
admin.site.site_title = "Fonte"
admin.site.index_title = "Claims and figures"

urlpatterns = [
    path("admin/", admin.site.urls),
    # The schema and both viewers are served from here (drf-spectacular-sidecar), no CDN.
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    path("api/", include("claims.api.urls")),
    path("", include("claims.urls")),
]

handler400 = "claims.api.exceptions.bad_request"
handler404 = "claims.api.exceptions.page_not_found"
handler500 = "claims.api.exceptions.server_error"
