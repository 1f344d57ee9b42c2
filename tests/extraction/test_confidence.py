"""Every claim and figure says how it was found, and how often that way is right."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.extraction.rules import confidence
from tests.extraction.attribution_helpers import GAZETTEER, only_claim


def test_an_inverted_cue_with_a_known_name_is_its_evidence():
    claim = only_claim("«Non ci sono progressi nei colloqui», ha detto Peskov.")
    assert claim.evidence == "verb-inverted/name"


def test_a_subject_before_the_verb_is_other_evidence_than_an_inverted_cue():
    claim = only_claim("Peskov ha detto che non ci sono progressi nei colloqui.")
    assert claim.evidence == "verb-subject/name"


def test_a_claim_carried_by_the_previous_speaker_says_so():
    text = ("Peskov ha detto che i colloqui sono fermi. "
            "Ha poi aggiunto che una nuova riunione non è in programma.")
    document = extract(text, gazetteer=GAZETTEER)
    assert [c.evidence.split("/")[0] for c in document.claims] == ["verb-subject",
                                                                    "verb-continuing"]


def test_figures_say_whether_a_claim_states_them():
    text = ("Peskov ha detto che 30 droni sono stati abbattuti. "
            "Nella notte 12 case sono state colpite a Belgorod.")
    document = extract(text, gazetteer=GAZETTEER)
    inside, outside = document.figures
    assert inside.evidence == "in-claim/verb-subject/name"
    assert outside.evidence == "unattributed"


def test_every_item_carries_a_confidence_between_zero_and_one():
    text = ("«Abbiamo abbattuto 40 droni», ha detto Peskov. "
            "Zelensky ha dichiarato che 3 civili sono morti a Kharkiv.")
    document = extract(text, gazetteer=GAZETTEER)
    rated = [*document.claims, *document.figures]
    assert rated and all(0 < item.confidence < 1 for item in rated)
    assert document.as_dict()["claims"][0]["confidence"] == document.claims[0].confidence


TABLE = {"claims": {"": [60, 100], "verb-inverted": [45, 50], "verb-inverted/name": [29, 30],
                    "verb-continuing": [2, 10], "verb-inverted/bare": [0, 1]},
         "figures": {"": [1, 2]}}


@pytest.fixture
def table(monkeypatch):
    monkeypatch.setattr(confidence, "_table", lambda: TABLE)


def test_a_path_that_is_mostly_right_rates_above_one_that_is_mostly_wrong(table):
    assert confidence.rate("verb-inverted/name") > 0.9
    assert confidence.rate("verb-continuing/name") < 0.3


def test_a_path_seen_once_stays_near_its_parent_rate(table):
    # One wrong item of "verb-inverted/bare" does not make the path certain to be wrong.
    assert 0.6 < confidence.rate("verb-inverted/bare") < confidence.rate("verb-inverted")


def test_an_unknown_path_falls_back_to_what_is_known_of_its_start(table):
    assert confidence.rate("verb-inverted/never-seen") == confidence.rate("verb-inverted")
    assert confidence.rate("not-a-rule") == confidence.rate("")
