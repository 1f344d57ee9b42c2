"""The subject after an inverted verb of saying, past a short phrase with a preposition. Each
case has a control that differs only in the phenomenon."""

from __future__ import annotations

from claims.extraction import Gazetteer, extract

MEDIA = Gazetteer.from_dicts(speakers=[], outlets=[{"name": "Telegram", "side": None,
                                                     "aliases": []}])


def speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract(text, gazetteer=MEDIA, parse="off").claims]


def test_a_name_after_a_phrase_to_whom_is_the_subject():
    assert speakers("«Il ponte riaprirà domani», ha detto ai cronisti Marco Verdi.") == [
        "Marco Verdi"]


def test_a_name_after_a_phrase_from_where_is_the_subject():
    assert speakers("«Il ponte riaprirà domani», ha risposto dal municipio Marco Verdi.") == [
        "Marco Verdi"]


def test_the_name_a_preposition_governs_is_not_the_subject():
    assert speakers("«Il ponte riaprirà domani», ha detto a Marco Verdi.") == []


def test_a_medium_after_a_preposition_is_where_it_was_said_not_who_said_it():
    assert speakers("«Il ponte riaprirà domani», ha scritto sul suo canale Telegram.") == []


def test_a_name_further_on_in_another_clause_is_not_the_subject():
    assert speakers("Marco Verdi, sindaco, rivendica su internet la riapertura e invita "
                    "Anna Neri a tornare.") == []


def test_a_surname_after_the_verb_is_the_person_the_article_named_in_full():
    assert speakers("Il sindaco Marco Verdi ha visitato il porto. «Il ponte riaprirà domani», "
                    "ha concluso Verdi.") == ["Marco Verdi"]


def test_a_surname_the_article_never_gives_in_full_stays_as_written():
    assert speakers("Il sindaco ha visitato il porto. «Il ponte riaprirà domani», "
                    "ha concluso Verdi.") == ["Verdi"]


def test_a_place_after_a_preposition_before_a_name_is_where_not_who():
    assert speakers("Il ministro Marco Verdi è in Spagna. Al vertice a Madrid Verdi ha detto "
                    "che il prezzo è alto.") == ["Marco Verdi"]
