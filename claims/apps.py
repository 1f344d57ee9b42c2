from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Fonte: claims and figures"
    default_auto_field = "django.db.models.BigAutoField"
