"""Sides read from the context of a speaker or a figure: the place a body belongs to, a
surname named again, the actor of the clause, a headline's speaker, a report going on."""

from __future__ import annotations

import pytest

from claims.extraction import Gazetteer, extract
from claims.extraction.pipeline import carry_sides_to_surnames
from claims.extraction.rules import places
from claims.extraction.rules.sides import side_of_phrase
from claims.extraction.types import Claim
from tests.extraction.attribution_helpers import only_claim

EMPTY = Gazetteer.from_dicts([], [])


def figure_sides(text: str) -> dict[str, str | None]:
    doc = extract(text, gazetteer=EMPTY, parse="off")
    return {text[f.start:f.end]: f.side for f in doc.figures}


@pytest.mark.parametrize("phrase, side", [
    ("i media statali di Teheran", "IR"),
    ("i media statali", None),
    ("il ministro della Salute del Perù", "PE"),
    ("il ministro della Salute", None),
    ("l'ambasciatore della Corea del Sud", "KR"),
    ("la polizia di Marsiglia", "FR"),
    ("la polizia", None),
])
def test_a_body_of_a_capital_state_or_city_takes_its_country(phrase, side):
    assert side_of_phrase(phrase) == side


def test_a_city_is_read_after_a_bare_di_only():
    # Italian gives towns a bare "di": "della Marina" is the navy, not a town called Marina.
    assert places.city_countries("Marina")
    assert side_of_phrase("la portavoce della Marina") is None


def test_a_relational_title_does_not_read_a_surname_as_a_town():
    assert side_of_phrase("il sindaco di Marsiglia") == "FR"
    assert side_of_phrase("il portavoce di Marsiglia") is None


def test_a_town_in_a_contested_region_has_no_side_of_its_own():
    assert side_of_phrase("il sindaco di Poltava") == "UA"
    assert side_of_phrase("il sindaco di Melitopol") is None
    assert side_of_phrase("il sindaco di Donetsk") is None


def test_a_city_two_countries_name_needs_the_article_to_say_which():
    alone = "La polizia di Cambridge ha detto che due uomini sono stati fermati."
    placed = ("Spari in un campus di Cambridge, Massachusetts. " + alone)
    assert only_claim(alone).side is None
    assert extract(placed, gazetteer=EMPTY, parse="off").claims[-1].side == "US"


def test_a_local_official_takes_the_country_named_as_where_things_happen():
    said = " Il governatore Juan Pérez ha detto che i danni sono gravi."
    where = "Un incendio è divampato in Cile." + said
    actor = "Il Cile ha chiesto aiuto." + said
    assert extract(where, gazetteer=EMPTY, parse="off").claims[-1].side == "CL"
    assert extract(actor, gazetteer=EMPTY, parse="off").claims[-1].side is None


def _claim(speaker: str, side: str | None) -> Claim:
    return Claim(speaker=speaker, side=side, start=0, end=1, sentence_indexes=[0],
                 kind="reported", cue=None)


def test_a_surname_keeps_the_side_of_the_full_name():
    claims = [_claim("Ivan Petrov", "RU"), _claim("Petrov", None), _claim("Sidorov", None)]
    carry_sides_to_surnames(claims)
    assert [c.side for c in claims] == ["RU", "RU", None]


def test_a_surname_two_sides_share_keeps_none():
    claims = [_claim("Ivan Petrov", "RU"), _claim("Olena Petrov", "UA"), _claim("Petrov", None)]
    carry_sides_to_surnames(claims)
    assert claims[-1].side is None


@pytest.mark.parametrize("text, find, side", [
    ("Il ministero della Difesa tedesco ha stanziato 40 milioni di euro per i profughi.",
     "40 milioni di euro", "DE"),
    ("Per il ministero della Difesa tedesco sono stati stanziati 40 milioni di euro.",
     "40 milioni di euro", None),
    ("L'aeronautica polacca ha abbattuto cinque droni sopra il confine.", "cinque droni", "PL"),
    ("Cinque droni sono stati abbattuti sopra il confine.", "Cinque droni", None),
    ("L'esercito tedesco ha colpito 40 obiettivi nella notte.", "40 obiettivi", "DE"),
    ("L'esercito tedesco ha colpito 40 volte la città nella notte.", "40 volte", None),
])
def test_a_count_of_the_subjects_own_doing_is_the_subjects(text, find, side):
    assert figure_sides(text)[find] == side


def test_victims_of_an_actor_are_not_the_actors_figure():
    doing = figure_sides("L'esercito tedesco ha distrutto 12 obici nella notte.")
    victims = figure_sides("L'esercito tedesco ha ucciso 12 civili nella notte.")
    assert (doing["12 obici"], victims["12 civili"]) == ("DE", None)


def test_a_second_object_of_the_actors_verb_is_the_actors_too():
    sides = figure_sides("L'esercito tedesco ha distrutto 40 postazioni nemiche e 12 obici.")
    assert sides["12 obici"] == "DE"


def test_a_headline_speaker_before_a_colon_states_the_figure():
    sides = figure_sides("Il ministero della Salute libanese: 12 morti nel sud\n\nTesto.")
    control = figure_sides("Visita al ministero della Salute libanese: 12 morti nel sud\n\nTesto.")
    assert (sides["12 morti"], control["12 morti"]) == ("LB", None)


def test_a_relayed_figure_right_after_a_report_continues_it():
    report = "Il sindaco ucraino Ivan Petrov ha riferito che un palazzo è stato colpito. "
    relayed = figure_sides(report + "Risultano quattro feriti.")
    narrated = figure_sides(report + "Quattro feriti sono stati portati in ospedale.")
    assert (relayed["quattro feriti"], narrated["Quattro feriti"]) == ("UA", None)


def test_a_figure_in_a_clause_of_its_own_is_not_the_claims():
    apart = figure_sides("Gli insorti hanno lanciato 30 razzi, ma il ministero della Difesa "
                         "tedesco ha detto di averne intercettati molti.")
    inside = figure_sides("Sono stati lanciati 30 razzi, secondo il ministero della Difesa "
                          "tedesco.")
    assert (apart["30 razzi"], inside["30 razzi"]) == (None, "DE")


def test_anonymous_sources_of_a_city_stay_without_a_side():
    where = "Spari in un campus di Cambridge, Massachusetts. "
    sources = extract(where + "Fonti di Cambridge hanno detto che due uomini sono stati fermati.",
                      gazetteer=EMPTY, parse="off").claims
    police = extract(where + "La polizia di Cambridge ha detto che due uomini sono stati fermati.",
                     gazetteer=EMPTY, parse="off").claims
    assert (sources[-1].side, police[-1].side) == (None, "US")


def test_a_university_or_newspaper_of_a_city_speaks_for_no_state():
    assert side_of_phrase("il rettore dell'università di Marsiglia") is None
    assert side_of_phrase("il direttore del quotidiano di Teheran") is None
    assert side_of_phrase("il direttore del porto di Marsiglia") == "FR"


def test_an_office_only_italy_has_speaks_for_italy():
    claim = only_claim("Il sottosegretario al Lavoro Marco Verdi ha detto che le pensioni "
                       "resteranno ferme.")
    assert (claim.speaker, claim.side) == ("Marco Verdi", "IT")


def test_the_same_office_named_with_its_country_speaks_for_that_country():
    claim = only_claim("Il sottosegretario al Lavoro americano Marco Verdi ha detto che le "
                       "pensioni resteranno ferme.")
    assert (claim.speaker, claim.side) == ("Marco Verdi", "US")


def test_an_office_many_states_have_decides_no_side_alone():
    claim = only_claim("Il ministro del Lavoro Marco Verdi ha detto che le pensioni resteranno "
                       "ferme.")
    assert (claim.speaker, claim.side) == ("Marco Verdi", None)
