"""Run the current extractor again on stored sources, keeping everything curators did."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from claims.models import Source
from claims.services.gazetteer import gazetteer_from_db
from claims.services.reextract import ReextractReport, source_reextract
from claims.services.speakers import speakers_prune_unused


class Command(BaseCommand):
    help = (
        "Re-extract stored sources: untouched machine items are replaced, curated ones kept. "
        "One transaction per source."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", type=int, action="append", dest="sources", default=[],
                            metavar="ID", help="a source id (repeat for several)")
        parser.add_argument("--all", action="store_true", help="every stored source")

    def handle(self, *args, sources: list[int], all: bool, **options):
        if bool(sources) == all:
            raise CommandError("give --source ID (one or more) or --all")
        queryset = Source.objects.order_by("pk").only("pk", "text", "file_name")
        if sources:
            missing = set(sources) - set(
                Source.objects.filter(pk__in=sources).values_list("pk", flat=True)
            )
            if missing:
                raise CommandError(f"no source with id {', '.join(map(str, sorted(missing)))}")
            queryset = queryset.filter(pk__in=sources)
        gazetteer = gazetteer_from_db()
        total, count = ReextractReport(), 0
        # iterator(): --all must not hold every article text in memory at once.
        for source in queryset.iterator(chunk_size=100):
            report = source_reextract(source=source, gazetteer=gazetteer)
            self.stdout.write(f"source {source.pk}: {report}")
            total += report
            count += 1
        pruned = speakers_prune_unused()
        self.stdout.write(f"sources={count} {total} speakers_pruned={pruned}")
