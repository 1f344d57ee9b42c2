"""Hostile input, generated here: every file ends in a clean ingest or a one-line error, the
database never holds part of a source, and the extractor finishes on each input.

"Finishes" is a hang guard, not a speed assertion: each test runs under pytest-timeout, and the
extraction benchmark (`make bench`) is where speed is measured. Attribution and figures are
linear in the text's length (sentences are capped at `MAX_SENTENCE` characters), so the giant
inputs below take seconds, not minutes.
"""

from __future__ import annotations

import codecs
from bisect import bisect_right
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction import Gazetteer, extract
from claims.extraction.layout.sentences import MAX_SENTENCE
from claims.models import Claim, Figure, Sentence, Source
from tests.extraction.test_extract_contract import ITALIAN_BITS, assert_spans_slice_the_text

GAZETTEER = Gazetteer.from_fixtures()

HEAD = " date 2025-03-04\n\nKiev, notte di attacchi\n\n"
CLAIM = ("Il portavoce del Cremlino Dmitry Peskov ha detto che «le forze russe hanno abbattuto "
         "129 droni ucraini», mentre Zelensky ha dichiarato: «Non ci arrenderemo». ")


def _hostile_corpus() -> dict[str, bytes | str]:
    """File name → content. Bytes are written as they are; text is written as UTF-8."""
    return {
        "empty.txt": b"",
        "whitespace.txt": b" \n\t\r\n   \n",
        "binary.txt": bytes(range(256)) * 64,
        # Not UTF-8 but every byte is cp1252: decoded as cp1252, the way Windows-edited copy is.
        "invalid_utf8.txt": HEAD.encode() + b"Zelensky ha detto \xff\xfe\xc3\x28 che \xed\xa0\x80.",
        # Bytes that neither UTF-8 nor cp1252 can decode.
        "undecodable.txt": HEAD.encode() + b"Kiev ha detto \x81\x8d\x90 che 3 droni.\n",
        "cp1252.txt": (HEAD + "Però il sindaco ha detto che «è così»: 12 feriti.\n").encode(
            "cp1252"),
        "utf8_bom.txt": codecs.BOM_UTF8 + (HEAD + CLAIM).encode(),
        "huge_50mb.txt": (HEAD + CLAIM * (50 * 1024 * 1024 // len(CLAIM))).encode(),
        "giant_line.txt": HEAD + CLAIM.replace(". ", ", ") * 6000,  # ~1 MB without a period
        "giant_word.txt": HEAD + "x" * 1_000_000,
        "only_boilerplate.txt": "Riproduzione riservata\n© Copyright ANSA\nTutti i diritti "
                                "riservati\n",
        "nul_bytes.txt": (HEAD + "Kiev\x00 ha detto che 3 droni\x00.").encode(),
        "rtl_marks.txt": HEAD + ("\u200f\u202eمرحبا\u202c Peskov ha detto «basta così». "
                                 "\u2067Zelensky\u2069: 40 droni abbattuti.\n") * 500,
        "quotes_10k.txt": HEAD + "".join(f"«citazione {i}», ha detto Peskov. " for i in
                                          range(10_000)),
        "unbalanced.txt": HEAD + "«apre e non chiude, ha detto Peskov " * 2000 + "” » \" “ ”\n",
        "numbers.txt": HEAD + ("Sono stati lanciati 1.2.3.4 droni, 1e400 missili e "
                               "99999999999999999999 miliardi di proiettili; 3,5,6 feriti, "
                               "-0 morti, 0x1F carri, 1,,2 milioni di euro, 10^9999 razzi.\n"),
        "control_chars.txt": HEAD + "".join(chr(c) for c in range(1, 32) if c not in (10, 13))
                             + " Peskov ha detto che «sì».\n",
        "lone_surrogate_escape.txt": HEAD.encode() + b"\xed\xb2\x80 Kiev ha detto 5 morti.\n",
        "lines_only.txt": "\n" * 100_000 + "Peskov ha detto che 3 droni sono caduti.\n",
    }


def _ingest(directory) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", str(directory), "--no-progress", stdout=out, stderr=err)
    except CommandError:
        pass  # a failed file makes the exit status non-zero; the per-file lines tell which
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
@pytest.mark.timeout(600)
def test_every_hostile_file_is_ingested_cleanly_or_refused_in_one_line(reference, tmp_path):
    corpus = _hostile_corpus()
    for name, content in corpus.items():
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")

    out, err = _ingest(tmp_path)

    stored = set(Source.objects.values_list("file_name", flat=True))
    refused = {name for name in corpus if any(name in line for line in err.splitlines())}
    assert stored | refused == set(corpus), "every file is stored or refused"
    assert not stored & refused, "no file is both stored and refused"
    for name in refused:
        lines = [line for line in err.splitlines() if name in line]
        assert len(lines) == 1 and len(lines[0]) < 300, lines
    # What must be refused is refused, with the reason in its line.
    for name, reason in {"empty.txt": "empty", "whitespace.txt": "empty",
                         "binary.txt": "binary", "huge_50mb.txt": "too large",
                         "nul_bytes.txt": "binary", "undecodable.txt": "not UTF-8",
                         "only_boilerplate.txt": "no article text"}.items():
        assert name in refused and reason in next(x for x in err.splitlines() if name in x)
    # Text that is only odd, not broken, is stored.
    for name in ("invalid_utf8.txt", "cp1252.txt", "utf8_bom.txt", "giant_line.txt",
                 "rtl_marks.txt", "quotes_10k.txt", "unbalanced.txt", "numbers.txt",
                 "lines_only.txt"):
        assert name in stored, err
    assert f"failed={len(refused)}" in out

    # Nothing partial: each stored source is whole, its spans slicing its own text.
    for source in Source.objects.all():
        sentences = list(source.sentences.order_by("index"))
        assert sentences, source.file_name
        assert [s.index for s in sentences] == list(range(len(sentences)))
        for s in sentences:
            assert source.text[s.start:s.end] == s.text
            assert s.end - s.start <= MAX_SENTENCE
        for item in [*Claim.objects.filter(source=source), *Figure.objects.filter(source=source)]:
            assert source.text[item.start:item.end] == item.text
    assert Sentence.objects.exclude(source__in=Source.objects.all()).count() == 0


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", ["giant_line.txt", "giant_word.txt", "rtl_marks.txt",
                                  "quotes_10k.txt", "unbalanced.txt", "numbers.txt"])
def test_the_extractor_finishes_on_pathological_text(name):
    text = _hostile_corpus()[name]
    doc = extract(text, gazetteer=GAZETTEER).as_dict()
    assert_spans_slice_the_text(doc)
    assert_spans_in_order(doc)


@pytest.mark.timeout(300)
def test_claim_dense_text_on_one_line_extracts():
    """Thousands of attributed quotes in one paragraph: each is found, none is lost."""
    text = "".join(f"«Abbiamo abbattuto {i} droni», ha detto Peskov. " for i in range(3000))
    doc = extract(text, gazetteer=GAZETTEER).as_dict()
    assert len(doc["claims"]) == 3000
    assert {c["speaker"] for c in doc["claims"]} == {"Dmitry Peskov"}


def assert_spans_in_order(doc: dict) -> None:
    """Sentences and figures tile the text in order without overlapping; claims come in text
    order, each inside the sentences it lists."""
    for key in ("sentences", "figures"):
        items = doc[key]
        for a, b in zip(items, items[1:], strict=False):
            assert a["end"] <= b["start"], (key, a, b)
    sentences = doc["sentences"]
    starts = [s["start"] for s in sentences]
    claims = doc["claims"]
    assert [c["start"] for c in claims] == sorted(c["start"] for c in claims)
    for claim in claims:
        first = bisect_right(starts, claim["start"]) - 1
        last = bisect_right(starts, claim["end"] - 1) - 1
        assert claim["sentence_indexes"] == list(range(first, last + 1)), claim
    for figure in doc["figures"]:
        sentence = sentences[figure["sentence_index"]]
        assert sentence["start"] <= figure["start"] and figure["end"] <= sentence["end"]


HOSTILE_BITS = st.sampled_from([
    "\x00", "\ufeff", "\u202e", "\u200f", "«", "»", "“", "”", '"', "«««", "»»»", "1e400",
    "1.2.3.4", "99999999999999999999 miliardi", " - ha detto Peskov - ", ": «", "\r\n", "\t",
    "secondo ", "Secondo Mosca, ", "Lo ha detto Zelensky. ",
])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(ITALIAN_BITS, HOSTILE_BITS, st.text(max_size=16)), max_size=60))
def test_any_text_gives_true_spans_in_order(parts):
    doc = extract("".join(parts), gazetteer=GAZETTEER).as_dict()
    assert_spans_slice_the_text(doc)
    assert_spans_in_order(doc)
