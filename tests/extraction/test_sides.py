from __future__ import annotations

import pytest

from claims.extraction.rules.sides import side_of_phrase, side_of_word


@pytest.mark.parametrize("word, side", [
    ("russo", "RU"), ("russe", "RU"), ("ucraina", "UA"), ("Usa", "US"), ("statunitense", "US"),
    ("bielorusso", "BY"), ("cinesi", "CN"), ("tedeschi", "DE"), ("filorussi", "RU"),
    ("britannico", "GB"), ("turche", "TR"),
])
def test_nationality_adjectives(word, side):
    assert side_of_word(word) == side


@pytest.mark.parametrize("phrase, side", [
    ("della parte di territorio sotto controllo russo", "RU"),
    ("installato da Mosca", "RU"),
    ("di Kiev", "UA"),
    ("del Cremlino", "RU"),
    ("della regione di Belgorod", "RU"),
    ("di Kharkiv", "UA"),
])
def test_descriptor_phrases(phrase, side):
    assert side_of_phrase(phrase) == side


def test_occupied_city_alone_has_no_side():
    assert side_of_phrase("di Donetsk") is None


def test_every_side_the_rules_name_is_a_known_side():
    import json

    from claims.extraction.rules import sides
    from claims.extraction.speakers.gazetteer import FIXTURES_DIR

    known = {s["code"] for s in json.loads((FIXTURES_DIR / "sides.json").read_text())}
    named = set(sides.ADJECTIVES.values()) | {side for _, side in sides.METONYMS.values()}
    named |= set(sides.PLACES.values()) | {side for _, side in sides.CONTROL_PHRASES}
    assert named <= known, named - known


def test_a_ministry_of_a_non_european_state_speaks_for_it():
    from claims.extraction import Gazetteer, extract

    text = "Il ministero della Salute libanese ha detto che l'attacco ha ucciso almeno 2 persone."
    doc = extract(text, gazetteer=Gazetteer.from_dicts([], []))
    (claim,) = doc.claims
    assert (claim.speaker, claim.side) == ("Ministero della Salute libanese", "LB")
    assert doc.figures[0].side == "LB"


def test_a_title_tied_to_a_known_person_takes_that_persons_side():
    from tests.extraction.attribution_helpers import only_claim

    before = only_claim("Il consigliere di Zelensky Ivan Petrov ha detto che la tregua regge.")
    after = only_claim("Ivan Petrov, consigliere di Putin, ha detto che la tregua regge.")
    assert (before.side, after.side) == ("UA", "RU")


def test_a_title_tied_to_no_one_known_gives_no_side():
    from tests.extraction.attribution_helpers import only_claim

    claim = only_claim("Il consigliere comunale Ivan Petrov ha detto che la tregua regge.")
    assert claim.side is None


def test_the_spokesman_of_someone_speaks_for_their_side_but_is_not_them():
    from tests.extraction.attribution_helpers import only_claim

    claim = only_claim("Il portavoce di Putin ha detto che la tregua regge.")
    assert (claim.speaker_named, claim.side) == (False, "RU")
    assert claim.speaker != "Vladimir Putin"
