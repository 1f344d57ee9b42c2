"""Load a backup written by `backup` into a migrated, empty database, in one transaction."""

from __future__ import annotations

from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Substr

from claims.models import Claim, Figure, Sentence, Source
from claims.services.upgrade import items_stamp_untouched, sources_rehash


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
            _cut_missing_sentence_texts()
            # Backups written before items kept their extracted state and sources the hash
            # of their normal form: the rules of migration 0006. A newer backup is unchanged.
            items_stamp_untouched(claim_model=Claim, figure_model=Figure)
            sources_rehash(source_model=Source)
        self.stdout.write(f"restored {path}")


def _cut_missing_sentence_texts() -> None:
    """Backups written before sentences stored their words restore them empty: cut them from
    their sources, as migration 0005 did. A sentence is never empty otherwise."""
    Sentence.objects.filter(text="").update(text=Subquery(
        Source.objects.filter(pk=OuterRef("source_id")).values(
            cut=Substr("text", OuterRef("start") + 1, OuterRef("end") - OuterRef("start"))
        )[:1]
    ))
