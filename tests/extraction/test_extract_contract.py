"""The JSON Lines contract of `manage.py extract`, and offsets that always slice true."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction import Gazetteer, extract
from claims.extraction.layout.decoding import ArticleError, decode_article
from claims.services.files import iter_article_paths
from tests.conftest import CORPUS, SEEDS

GAZETTEER = Gazetteer.from_fixtures()

FIELDS = {
    "sentences": {"index", "start", "end", "text"},
    "speakers": {"name", "side", "kind", "mentions"},
    "claims": {"speaker", "side", "text", "start", "end", "sentence_indexes", "kind", "cue",
               "via"},
    "figures": {"text", "start", "end", "value", "value_max", "approximate", "qualifier",
                "unit", "category", "speaker", "side", "sentence_index", "claim_index"},
}


def assert_spans_slice_the_text(doc: dict) -> None:
    text = doc["text"]
    for key in ("sentences", "claims", "figures"):
        for item in doc[key]:
            assert 0 <= item["start"] < item["end"] <= len(text), (key, item)
            assert text[item["start"]:item["end"]] == item["text"], (key, item)
    for speaker in doc["speakers"]:
        for start, end in speaker["mentions"]:
            assert 0 <= start < end <= len(text)
    n = len(doc["sentences"])
    for claim in doc["claims"]:
        assert claim["sentence_indexes"] and all(0 <= i < n for i in claim["sentence_indexes"])
    for figure in doc["figures"]:
        assert 0 <= figure["sentence_index"] < n
        sentence = doc["sentences"][figure["sentence_index"]]
        assert sentence["start"] <= figure["start"] and figure["end"] <= sentence["end"]
        if figure["claim_index"] is not None:
            assert 0 <= figure["claim_index"] < len(doc["claims"])


def run_extract(*args: str) -> list[dict]:
    out = StringIO()
    call_command("extract", *args, stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def test_extract_prints_one_json_object_per_file_with_the_public_fields():
    docs = run_extract("--format", "json", str(SEEDS))
    assert len(docs) == len(list(SEEDS.glob("*.txt")))
    for doc in docs:
        assert {"file", "title", "published_on", "text"} <= doc.keys()
        for key, fields in FIELDS.items():
            for item in doc[key]:
                assert fields <= item.keys(), (key, item)
        assert_spans_slice_the_text(doc)


def test_extract_keeps_the_text_exactly_as_in_the_file():
    for path in SEEDS.glob("*.txt"):
        (doc,) = run_extract(str(path))
        assert doc["text"] == path.read_text(encoding="utf-8")


def test_extract_text_format_is_for_people():
    out = StringIO()
    call_command("extract", "--format", "text", str(next(SEEDS.glob("*.txt"))), stdout=out)
    assert out.getvalue().startswith("== ")


def test_extract_reports_unreadable_files_and_fails(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError):
        run_extract(str(tmp_path))


@pytest.mark.corpus
def test_every_corpus_article_extracts_with_true_offsets():
    checked = 0
    for path in iter_article_paths([CORPUS]):
        try:
            text = decode_article(path.read_bytes())
        except ArticleError:
            continue
        assert_spans_slice_the_text(extract(text, gazetteer=GAZETTEER).as_dict())
        checked += 1
    assert checked >= 4900


ITALIAN_BITS = st.sampled_from([
    "«", "»", "“", "”", '"', "'", " ha detto ", "Lo ha detto Peskov. ", "secondo Kiev ",
    " 1.200 ", "3,5", " milioni di dollari", " tre feriti", "centinaia di ", " droni ",
    ". ", "\n\n", " date 2024-12 ", "Zelensky: ", "il portavoce del Cremlino", "oltre 20 ",
    "Riproduzione riservata\n", " e ", "Il ", "?", "…", "\u200f", "ieri, giovedì 29 dicembre",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(ITALIAN_BITS, st.text(max_size=12)), max_size=40))
def test_any_text_gives_spans_that_slice_true(parts):
    assert_spans_slice_the_text(extract("".join(parts), gazetteer=GAZETTEER).as_dict())
