from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_curators(sender, **kwargs) -> None:
    # Permissions exist only after migrate has created them, hence post_migrate.
    from claims.services.accounts import curators_group_ensure

    curators_group_ensure()


def _ensure_cache_table(sender, using, **kwargs) -> None:
    # The throttles count in the database cache when Redis is not configured; a database that
    # has been migrated must have its table (createcachetable skips tables that exist).
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Fonte: claims and figures"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        post_migrate.connect(_ensure_curators, sender=self)
        post_migrate.connect(_ensure_cache_table, sender=self)
