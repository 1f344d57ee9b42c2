from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_curators(sender, **kwargs) -> None:
    # Permissions exist only after migrate has created them, hence post_migrate.
    from claims.services.accounts import curators_group_ensure

    curators_group_ensure()


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Fonte: claims and figures"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        post_migrate.connect(_ensure_curators, sender=self)
