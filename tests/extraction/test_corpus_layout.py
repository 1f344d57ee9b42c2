"""Every real article of the shared corpus lays out without error into well-formed sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claims.extraction.layout.text import prepare
from tests.conftest import CORPUS

pytestmark = pytest.mark.corpus


def corpus_files():
    return sorted(CORPUS.glob("*/*.txt")) if CORPUS.is_dir() else []


def test_every_corpus_article_gives_ordered_stripped_sentences_in_bounds():
    files = corpus_files()
    if not files:
        pytest.skip(f"{CORPUS} is absent")
    without_sentences = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        prepared = prepare(text, today=date(2026, 11, 22))
        assert prepared.text is text
        previous_end = 0
        for index, s in enumerate(prepared.sentences):
            piece = text[s.start:s.end]
            assert s.index == index, path
            assert previous_end <= s.start < s.end <= len(text), path
            assert piece == piece.strip(), (path, piece)
            previous_end = s.end
        if not prepared.sentences:
            without_sentences.append(path.name)
        if prepared.title:
            assert prepared.title in text and "\n" not in prepared.title, path
    assert not without_sentences


def test_corpus_dates_from_the_header_are_read():
    files = [path for path in corpus_files() if "ansa-ilpost" in str(path)]
    if not files:
        pytest.skip(f"{CORPUS} is absent")
    for path in files:
        text = path.read_text(encoding="utf-8")
        header = text.split("\n", 1)[0].split()[-1]
        assert prepare(text).published_on == header, path
