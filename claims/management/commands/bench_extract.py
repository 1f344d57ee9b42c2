"""Measure extraction (one core, no database) and, optionally, ingest throughput."""

from __future__ import annotations

import resource
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from claims.extraction import Gazetteer, extract
from claims.extraction.layout.decoding import ArticleError, decode_article
from claims.extraction.pipeline import PARSE_MODES
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
        parser.add_argument("--compare", type=int, default=300, metavar="N",
                            help="time the first N articles with the Italian pipeline parsing "
                            "what needs it, every sentence, and nothing (0: skip)")

    def handle(self, *args, corpus: Path, limit: int, ingest: bool, compare: int, **options):
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
        # Build the matchers and load the Italian pipeline outside the timing.
        extract(texts[0][1], gazetteer=gazetteer)
        self._time("extract", texts, gazetteer, "needed")
        if compare:
            sample = texts[:compare]
            self.stdout.write(f"the first {len(sample)} articles, by what the pipeline parses:")
            rates = {mode: self._time(f"  parse {mode}", sample, gazetteer, mode)
                     for mode in PARSE_MODES}
            self.stdout.write(f"  parsing what needs it is {rates['needed'] / rates['every']:.1f}"
                              f"× as fast as parsing every sentence")
        if ingest:
            self._ingest(texts)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.stdout.write(f"peak memory: {peak:.0f} MiB")

    def _time(self, label: str, texts: list[tuple[Path, str]], gazetteer: Gazetteer,
              parse: str) -> float:
        """Extract every text on one core; print and return articles per second."""
        started = time.process_time()
        sentences = claims = figures = 0
        for _, text in texts:
            document = extract(text, gazetteer=gazetteer, parse=parse)
            sentences += len(document.sentences)
            claims += len(document.claims)
            figures += len(document.figures)
        cpu = time.process_time() - started
        self.stdout.write(
            f"{label}: {len(texts) / cpu:.0f} articles/s, {sentences / cpu:.0f} sentences/s "
            f"on one core ({cpu:.2f} s CPU; {sentences} sentences, {claims} claims, "
            f"{figures} figures)"
        )
        return len(texts) / cpu

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
