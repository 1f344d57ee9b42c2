from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand

from claims.extraction.speakers.gazetteer import FIXTURES_DIR
from claims.services.reference import reference_load


class Command(BaseCommand):
    help = "Load sides, outlets and the speaker gazetteer from fixtures/ (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--directory", type=Path, default=FIXTURES_DIR)

    def handle(self, *args, directory: Path, **options):
        created = reference_load(directory=directory)
        self.stdout.write(
            f"created {created.sides} sides, {created.outlets} outlets, "
            f"{created.speakers} speakers, {created.aliases} aliases, {created.roles} roles"
        )
