"""Measure extraction (one core, no database) and, optionally, ingest throughput."""

from __future__ import annotations

import resource
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from claims.extraction import Gazetteer, extract
from claims.extraction.layout.decoding import ArticleError, decode_article
from claims.models import Source
from claims.services.files import iter_article_paths
from claims.services.gazetteer import gazetteer_from_db
from claims.services.ingest import Article, sources_ingest
from claims.services.reference import reference_load

DEFAULT_CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"


class Command(BaseCommand):
    help = "Benchmark the extractor over a corpus (articles/s, sentences/s) and ingest."

    def add_arguments(self, parser):
        parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
        parser.add_argument("--limit", type=int, default=0, help="at most this many files")
        parser.add_argument("--ingest", action="store_true",
                            help="also ingest every file into the configured database")

    def handle(self, *args, corpus: Path, limit: int, ingest: bool, **options):
        if not corpus.is_dir():
            raise CommandError(f"{corpus} is not a directory")
        paths = list(iter_article_paths([corpus]))
        if limit:
            paths = paths[:limit]
        texts = []
        for path in paths:
            try:
                texts.append((path, decode_article(path.read_bytes())))
            except ArticleError:
                continue
        size = sum(len(t) for _, t in texts)
        self.stdout.write(f"corpus: {len(texts)} articles, {size / 1e6:.1f} M characters")

        gazetteer = Gazetteer.from_fixtures()
        extract(texts[0][1], gazetteer=gazetteer)  # build the matchers outside the timing
        started = time.process_time()
        sentences = claims = figures = 0
        for _, text in texts:
            document = extract(text, gazetteer=gazetteer)
            sentences += len(document.sentences)
            claims += len(document.claims)
            figures += len(document.figures)
        cpu = time.process_time() - started
        self.stdout.write(
            f"extract: {len(texts) / cpu:.0f} articles/s, {sentences / cpu:.0f} sentences/s "
            f"on one core ({cpu:.2f} s CPU; {sentences} sentences, {claims} claims, "
            f"{figures} figures)"
        )
        if ingest:
            self._ingest(texts)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.stdout.write(f"peak memory: {peak:.0f} MiB")

    def _ingest(self, texts: list[tuple[Path, str]]) -> None:
        if Source.objects.exists():
            raise CommandError("ingest benchmark needs an empty database")
        reference_load()
        gazetteer = gazetteer_from_db()
        started = time.perf_counter()
        articles = (Article(text=text, file_name=path.name) for path, text in texts)
        stored = sum(r.created for r in sources_ingest(articles=articles, gazetteer=gazetteer))
        wall = time.perf_counter() - started
        self.stdout.write(
            f"ingest into {connection.vendor}: {stored / wall:.0f} articles/s "
            f"({stored} sources in {wall:.1f} s wall)"
        )
