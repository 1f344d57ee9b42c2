"""Load a backup written by `backup` into a migrated, empty database, in one transaction."""

from __future__ import annotations

from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from claims.models import Source


class Command(BaseCommand):
    help = "Restore a backup into an empty (freshly migrated) database."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options):
        if not path.exists():
            raise CommandError(f"{path}: no such backup")
        if Source.objects.exists():
            raise CommandError("the database already holds sources: restore into an empty one")
        with transaction.atomic():
            call_command("loaddata", str(path), verbosity=0)
        self.stdout.write(f"restored {path}")
