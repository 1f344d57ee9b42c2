"""Extract articles and store them: a file is stored whole or not at all."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.extraction.layout.decoding import ArticleError, decode_article
from claims.models import Outlet
from claims.services.files import iter_article_paths
from claims.services.gazetteer import gazetteer_from_db
from claims.services.ingest import Article, sources_ingest


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
        outlet_row = Outlet.objects.get_or_create(name=outlet)[0] if outlet else None
        counts = dict(files=len(files), new=0, unchanged=0, failed=0, claims=0, figures=0)
        bar = tqdm(
            total=len(files), unit="file", file=self.stderr._out,
            disable=True if no_progress or len(files) < 2 else None,  # None: only on a TTY
        )

        def fail(path: Path, reason: str) -> None:
            counts["failed"] += 1
            tqdm.write(f"{path}: {reason}", file=self.stderr._out)

        def readable() -> Iterator[Article]:
            for path in files:
                try:
                    text = decode_article(path.read_bytes())
                except (ArticleError, OSError) as exc:
                    fail(path, str(exc))
                    bar.update()
                    continue
                yield Article(text=text, file_name=path.name, outlet=outlet_row, path=str(path))

        for result in sources_ingest(articles=readable(), gazetteer=gazetteer_from_db()):
            bar.update()
            name = result.article.path
            if result.error:
                fail(Path(name), result.error)
            elif result.created:
                counts["new"] += 1
                counts["claims"] += result.claims
                counts["figures"] += result.figures
            else:
                counts["unchanged"] += 1
                if len(files) == 1:
                    self.stdout.write(
                        f"{name}: unchanged (already stored as source {result.source.pk})"
                    )
        bar.close()
        seconds = time.perf_counter() - started
        self.stdout.write(
            "files={files} new={new} unchanged={unchanged} failed={failed} "
            "claims={claims} figures={figures}".format(**counts) + f" seconds={seconds:.1f}"
        )
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} file(s) failed")
