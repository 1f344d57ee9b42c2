from __future__ import annotations

import re

from claims.extraction.wordscan import Dispatch, alternation, first_word


def test_alternation_matches_each_word_and_prefers_the_longest():
    pattern = re.compile(rf"(?:{alternation({'ha detto', 'ha', 'hanno'})})\b")
    assert pattern.match("ha detto che").group() == "ha detto"
    assert pattern.match("hanno detto").group() == "hanno"


def test_alternation_escapes_regex_characters():
    assert re.fullmatch(alternation({"dell'ue", "a.b"}), "a.b")
    assert not re.fullmatch(alternation({"a.b"}), "axb")


def test_patterns_run_only_at_their_first_words():
    d = Dispatch()
    d.add("cue", ["ha detto"], re.compile(r"ha detto"))
    text = "Lo ha detto, poi ha taciuto."
    hits = d.scan(text)
    assert [m.start() for m in hits["cue"]] == [3]


def test_first_word_skips_apostrophes():
    assert first_word("l'agenzia") == "l"
    assert first_word("Stato maggiore") == "stato"


def test_capitalised_words_are_looked_up_in_lowercase():
    d = Dispatch()
    d.add("src", ["secondo"], re.compile(r"(?i:secondo)"))
    assert len(d.scan("Secondo Peskov, e secondo Kiev")["src"]) == 2
