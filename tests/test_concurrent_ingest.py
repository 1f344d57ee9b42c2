"""Two `manage.py ingest` processes over the same files at once, on PostgreSQL: each text is
stored exactly once and whole, and neither process crashes. SQLite lets only one writer in at a
time, so the race exists only on PostgreSQL."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count

from claims.models import Claim, Figure, Sentence, Source, Speaker
from claims.services.gazetteer import gazetteer_from_db
from claims.services.ingest import BATCH_SIZE, Article, sources_ingest, text_sha256
from claims.services.reference import reference_load
from tests.conftest import ROOT, SEEDS

# The races are made certain (see slow_inserts), so two rounds show it is no fluke.
ROUNDS = 2
# Speakers the gazetteer does not know: every process creates them, in whatever order.
NEWCOMERS = ["Marco Ferretti", "Giulia Santoro", "Paolo Mancini", "Elena Rinaldi",
             "Luca Marchetti", "Sara Colombo", "Andrea Galli", "Chiara Fontana",
             "Davide Moretti", "Francesca Gatti", "Matteo Lombardi", "Silvia Barbieri",
             "Stefano Testa", "Valentina Serra", "Roberto Mariani", "Alessia Conti"]

# Runs in each child: set Django up, say so, wait for the go, then run the real command.
# The wait keeps start-up (imports, connection) out of the race: both ingests begin together.
CHILD = """
import os, sys, time
from pathlib import Path
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
django.setup()
from django.core.management import execute_from_command_line
import claims.management.commands.ingest  # noqa: F401 - the extractor's imports, before the go
ready, go, *args = sys.argv[1:]
Path(ready).touch()
while not Path(go).exists():
    time.sleep(0.002)
print(f"started={time.time()}", flush=True)
try:
    execute_from_command_line(["manage.py", "ingest", "--no-progress", *args])
finally:
    print(f"ended={time.time()}", flush=True)
"""


def variant(n: int) -> str:
    """A short dispatch quoting two newcomers: many files share each new speaker."""
    first, second = NEWCOMERS[n % len(NEWCOMERS)], NEWCOMERS[(3 * n + 1) % len(NEWCOMERS)]
    return (
        f" date 2025-03-{n % 28 + 1:02d}\n\nDroni su Kiev, notte {n}\n\n"
        f"Nella notte le forze russe hanno lanciato {40 + n} droni sulla capitale. "
        f"«Abbiamo abbattuto {30 + n} droni», ha detto il portavoce dell'aeronautica {first}.\n\n"
        f"«Le difese hanno intercettato {5 + n} missili», ha aggiunto il colonnello {second}.\n"
    )


@pytest.fixture
def articles(tmp_path) -> Path:
    """The seeds, each again with one more line, generated dispatches (more than one batch)
    and one seed copied under another name (the same text twice in one run)."""
    directory = tmp_path / "articles"
    directory.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        (directory / path.name).write_text(text, encoding="utf-8")
        (directory / f"{path.stem}_update.txt").write_text(
            text + "\n\nAggiornamento: «Non ci sono vittime», ha detto Marco Ferretti.\n",
            encoding="utf-8",
        )
    (directory / "copy_of_first_seed.txt").write_text(seeds[0].read_text(encoding="utf-8"),
                                                      encoding="utf-8")
    for n in range(BATCH_SIZE + 20):
        (directory / f"dispatch_{n:03d}.txt").write_text(variant(n), encoding="utf-8")
    return directory


@dataclass
class Run:
    code: int
    out: str
    err: str

    def count(self, name: str) -> int:
        return int(re.search(rf"\b{name}=(\d+)", self.out).group(1))

    def moment(self, name: str) -> float:
        return float(re.search(rf"^{name}=([\d.]+)$", self.out, re.MULTILINE).group(1))


def child_environment() -> dict[str, str]:
    """The children's DATABASE_URL names this test's database itself.

    settings.py derives a test name (`test_<NAME>_<pid>`) only for creating a test database;
    `manage.py ingest` uses NAME as given, so the children write where this test reads.
    """
    db = connection.settings_dict
    credentials = quote(db["USER"], safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    url = f"postgres://{credentials}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"
    return {**os.environ, "DATABASE_URL": url, "DJANGO_LOG_LEVEL": "ERROR"}


def ingest_at_once(tmp_path: Path, *arguments: list[str]) -> list[Run]:
    """One `manage.py ingest` per argument list, released together; their results."""
    barrier = tmp_path / "barrier"
    barrier.mkdir(exist_ok=True)
    for stale in barrier.iterdir():
        stale.unlink()
    go = barrier / "go"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(barrier / f"ready{i}"), str(go), *args],
            # Each its own hash seed: the two iterate the same set of names in other orders.
            cwd=ROOT, env={**child_environment(), "PYTHONHASHSEED": str(i + 1)},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for i, args in enumerate(arguments)
    ]
    try:
        deadline = time.monotonic() + 60
        while not all((barrier / f"ready{i}").exists() for i in range(len(children))):
            assert time.monotonic() < deadline, "a child never got ready"
            assert all(child.poll() is None for child in children), "a child died at start-up"
            time.sleep(0.01)
        go.touch()
        outputs = [child.communicate(timeout=300) for child in children]
        return [Run(child.returncode, *output) for child, output in zip(children, outputs,
                                                                        strict=True)]
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()


@contextmanager
def slow_inserts(delays: dict[type, float]) -> Iterator[None]:
    """Every row inserted into these tables first waits so many seconds (a trigger).

    A bulk INSERT then lasts long enough for the other process's to run beside it, so the
    rows of the two statements really meet: the race is on every round, not one in forty.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE FUNCTION slow_insert() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_sleep(TG_ARGV[0]::float); RETURN NEW; END $$"
        )
        for model, seconds in delays.items():
            cursor.execute(f"CREATE TRIGGER slow_insert BEFORE INSERT ON {model._meta.db_table} "
                           f"FOR EACH ROW EXECUTE FUNCTION slow_insert({float(seconds)})")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DROP FUNCTION slow_insert() CASCADE")


def stored() -> dict[str, tuple[int, int, int, int]]:
    """Sentences, claims, figures and claim-sentence links of every source, by its hash."""
    links = dict(
        Claim.sentences.through.objects.values("claim__source__sha256")
        .annotate(n=Count("pk")).values_list("claim__source__sha256", "n")
    )
    return {
        row["sha256"]: (row["n_sentences"], row["n_claims"], row["n_figures"],
                        links.get(row["sha256"], 0))
        for row in Source.objects.values("sha256").annotate(
            n_sentences=Count("sentences", distinct=True),
            n_claims=Count("claims", distinct=True),
            n_figures=Count("figures", distinct=True),
        )
    }


def start_afresh() -> None:
    call_command("flush", interactive=False, verbosity=0)  # post_migrate brings back curators
    reference_load()


@pytest.fixture
def clean_ingest(articles) -> dict[str, tuple[int, int, int, int]]:
    """What a single ingest of the directory stores, source by source."""
    start_afresh()
    call_command("ingest", str(articles), "--no-progress", stdout=StringIO())
    expected = stored()
    start_afresh()
    return expected


def assert_stored_once_and_whole(runs: list[Run], files: list[Path],
                                 expected: dict[str, tuple[int, int, int, int]]) -> None:
    for run in runs:
        assert run.code == 0, run.err
        assert run.count("failed") == 0, run.err
        assert run.count("new") + run.count("unchanged") == len(files)
    # One process stored each text; the other said it found it already stored.
    distinct = {text_sha256(path.read_text(encoding="utf-8")) for path in files}
    assert sum(run.count("new") for run in runs) == len(distinct)
    assert sum(run.count("unchanged") for run in runs) == 2 * len(files) - len(distinct)
    # The two ingests really ran side by side (a precondition, not a speed limit).
    first, second = runs
    assert first.moment("started") < second.moment("ended")
    assert second.moment("started") < first.moment("ended")

    assert Source.objects.count() == len(distinct)
    assert set(Source.objects.values_list("sha256", flat=True)) == distinct
    assert Source.history.count() == len(distinct)
    now = stored()
    assert all(counts[0] >= 1 for counts in now.values())
    assert now == expected
    totals = [sum(counts[i] for counts in expected.values()) for i in range(3)]
    assert [Sentence.objects.count(), Claim.objects.count(), Figure.objects.count()] == totals


@pytest.mark.django_db
def test_a_batch_inserts_its_texts_and_new_speakers_in_one_fixed_order(reference):
    # What keeps two ingests from deadlocking (the races below): rows that other processes
    # may insert too are inserted by key, whatever the order of the files or of a set.
    texts = [variant(n) for n in (5, 1, 7, 3, 2)]
    results = list(sources_ingest(articles=[Article(text=t) for t in texts],
                                  gazetteer=gazetteer_from_db()))
    assert [r.source.sha256 for r in results] == [text_sha256(t) for t in texts]
    inserted = list(Source.objects.order_by("pk").values_list("sha256", flat=True))
    assert inserted == sorted(inserted) != [text_sha256(t) for t in texts]
    speakers = list(Speaker.objects.filter(name__in=NEWCOMERS).order_by("pk")
                    .values_list("name", flat=True))
    assert len(speakers) > 2 and speakers == sorted(speakers)


def race_texts(tmp_path, files, clean_ingest, first: list[str], second: list[str]) -> None:
    """Two ingests of `first` and `second` at once, ROUNDS times over a clean database, with
    source inserts slowed so that each meets the other's uncommitted texts."""
    for _ in range(ROUNDS):
        with slow_inserts({Source: 0.004}):
            runs = ingest_at_once(tmp_path, first, second)
        assert_stored_once_and_whole(runs, files, clean_ingest)
        start_afresh()


@pytest.mark.requires_postgres
@pytest.mark.django_db(transaction=True)
def test_two_ingests_of_one_directory_store_each_text_once_and_whole(
    articles, clean_ingest, tmp_path
):
    files = sorted(articles.glob("*.txt"))
    assert len(files) > BATCH_SIZE  # more than one batch each
    race_texts(tmp_path, files, clean_ingest, [str(articles)], [str(articles)])


@pytest.mark.requires_postgres
@pytest.mark.django_db(transaction=True)
def test_two_ingests_of_the_same_files_in_opposite_orders_store_each_text_once(
    articles, clean_ingest, tmp_path
):
    # `ingest a/ b/` next to `ingest b/ a/`: each meets the other's uncommitted rows.
    files = sorted(articles.glob("*.txt"))
    race_texts(tmp_path, files, clean_ingest, [str(p) for p in files],
               [str(p) for p in reversed(files)])


@pytest.mark.requires_postgres
@pytest.mark.django_db(transaction=True)
def test_two_ingests_of_different_files_naming_the_same_new_speakers_both_finish(
    articles, clean_ingest, tmp_path
):
    # Nothing to store twice here: the race is on the speakers both create.
    files = sorted(articles.glob("*.txt"))
    halves = [files[0::2], files[1::2]]
    for _ in range(ROUNDS):
        with slow_inserts({Speaker: 0.02}):
            runs = ingest_at_once(tmp_path, *([str(p) for p in half] for half in halves))
        for run, half in zip(runs, halves, strict=True):
            assert run.code == 0, run.err
            assert run.count("new") + run.count("unchanged") == len(half)
        assert set(Speaker.objects.filter(name__in=NEWCOMERS)
                   .values_list("name", flat=True)) == set(NEWCOMERS)
        assert stored() == clean_ingest
        start_afresh()
