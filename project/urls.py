from django.contrib import admin
from django.urls import path

admin.site.site_header = "Fonte"
admin.site.site_title = "Fonte"
admin.site.index_title = "Claims and figures"

urlpatterns = [
    path("admin/", admin.site.urls),
]
