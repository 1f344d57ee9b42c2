"""A speaker the text does not identify stays the claim's mention: never a Speaker named
"funzionario", "Ministero" or "bozza"."""

from __future__ import annotations

import pytest

from claims.extraction import Gazetteer, extract
from tests.extraction.attribution_helpers import claims_of, only_claim

CLAIM = " ha detto che la tregua non regge."


@pytest.mark.parametrize("subject, named", [
    ("Il funzionario", False),
    ("Il funzionario Ivan Petrov", True),
    ("Il governatore", False),
    ("Il Ministero", False),
    ("Il ministero della Difesa", True),
    ("Il governo italiano", True),
    ("Tetra Pak", True),
    ("Lo stesso governatore Ivan Petrov", True),
    ("Alcuni funzionari", False),
    ("Una fonte del Ministero", False),
])
def test_a_role_or_a_head_word_alone_names_nobody(subject, named):
    claim = only_claim(subject + CLAIM)
    assert claim.speaker_named is named


def test_an_unidentified_speaker_keeps_its_side():
    claim = only_claim("Un funzionario russo" + CLAIM)
    assert (claim.speaker, claim.speaker_named, claim.side) == ("funzionario russo", False, "RU")


def test_a_document_speaks_but_is_no_speaker():
    claim = only_claim("La bozza afferma che la tregua non regge.")
    assert not claim.speaker_named


def test_a_dash_that_lost_its_spaces_ends_a_name_but_a_double_barrelled_one_goes_on():
    assert only_claim("Karine Jean-Pierre ha detto che la Casa Bianca non commenta.").speaker == (
        "Karine Jean-Pierre")
    claims = [c.speaker for c in claims_of(
        "«Siamo pronti a tutto», ha detto Marco Rossi-ha aggiunto che la squadra è stanca.")]
    assert set(claims) == {"Marco Rossi"}


def test_an_outlet_that_neither_speaks_nor_relays_is_no_speaker_of_the_article():
    gazetteer = Gazetteer.from_dicts(speakers=[], outlets=[{"name": "Tass", "side": "RU",
                                                            "aliases": []}])
    quiet = extract("Il video è stato pubblicato sul sito della Tass ieri sera.",
                    gazetteer=gazetteer, parse="off")
    relaying = extract("«Il ponte è chiuso», ha detto Marco Verdi, citato dalla Tass.",
                       gazetteer=gazetteer, parse="off")
    assert [s.name for s in quiet.speakers] == []
    assert "Tass" in [s.name for s in relaying.speakers]
