"""Extract articles and store them, one transaction per file."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.extraction.decoding import ArticleError, decode_article
from claims.models import Outlet
from claims.services.files import iter_article_paths
from claims.services.gazetteer import gazetteer_from_db
from claims.services.ingest import source_ingest


class Command(BaseCommand):
    help = "Ingest article files (or directories of *.txt) into the database."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--outlet", help="name of the outlet that published the files")
        parser.add_argument(
            "--no-progress", action="store_true", help="no progress bar (also when not a TTY)"
        )

    def handle(self, *args, paths: list[str], outlet: str | None, no_progress: bool, **options):
        started = time.perf_counter()
        files = list(iter_article_paths(paths))
        outlet_row = None
        if outlet:
            outlet_row, _ = Outlet.objects.get_or_create(name=outlet)
        gazetteer = gazetteer_from_db()
        counts = dict(files=len(files), new=0, unchanged=0, failed=0, claims=0, figures=0)
        bar = tqdm(
            files, unit="file", disable=no_progress or len(files) < 2 or None,
            file=self.stderr._out,
        )
        for path in bar:
            try:
                text = decode_article(path.read_bytes())
                result = source_ingest(
                    text=text, gazetteer=gazetteer, file_name=path.name, outlet=outlet_row
                )
            except (ArticleError, OSError) as exc:
                counts["failed"] += 1
                tqdm.write(f"{path}: {exc}", file=self.stderr._out)
                continue
            if result.created:
                counts["new"] += 1
                counts["claims"] += result.claims
                counts["figures"] += result.figures
            else:
                counts["unchanged"] += 1
                if len(files) == 1:
                    self.stdout.write(
                        f"{path}: unchanged (already stored as source {result.source.pk})"
                    )
        seconds = time.perf_counter() - started
        self.stdout.write(
            "files={files} new={new} unchanged={unchanged} failed={failed} "
            "claims={claims} figures={figures}".format(**counts) + f" seconds={seconds:.1f}"
        )
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} file(s) failed")
