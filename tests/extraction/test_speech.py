"""Quotes inside a speech: quoted words without a cue of their own belong to whoever is speaking
around them. Each case has a control that differs only in the phenomenon."""

from __future__ import annotations

from claims.extraction import Gazetteer, extract

EMPTY = Gazetteer()


def claims(text: str) -> list[tuple[str | None, str]]:
    document = extract(text, gazetteer=EMPTY, parse="off")
    return [(c.speaker, text[c.start:c.end]) for c in document.claims]


def test_a_quote_in_narration_after_a_speech_is_the_speakers():
    said = claims("«Il porto riaprirà entro l'estate», ha detto Marco Verdi. "
                  "Il sindaco ha poi parlato dei fondi, «che arriveranno tutti entro marzo».")
    assert ("Marco Verdi", "che arriveranno tutti entro marzo") in said


def test_the_same_quote_in_another_paragraph_is_nobodys():
    said = claims("«Il porto riaprirà entro l'estate», ha detto Marco Verdi.\n\n"
                  "Il sindaco ha poi parlato dei fondi, «che arriveranno tutti entro marzo».")
    assert [text for _, text in said] == ["Il porto riaprirà entro l'estate"]


def test_a_quote_in_the_sentence_of_an_attribution_shares_its_speaker():
    said = claims("«Serve una tregua subito». Lo ha detto Marco Verdi, tornando sul tema "
                  "delle «trattative che nessuno vuole davvero aprire».")
    assert ("Marco Verdi", "trattative che nessuno vuole davvero aprire") in said


def test_a_quote_three_sentences_after_the_speech_is_nobodys():
    said = claims("«Il porto riaprirà entro l'estate», ha detto Marco Verdi. La nave è ferma. "
                  "Il molo è chiuso. Il cantiere è vuoto. Sul cartello c'è scritto «vietato "
                  "l'accesso ai non addetti».")
    assert [text for _, text in said] == ["Il porto riaprirà entro l'estate"]


def test_a_short_scare_quote_stays_narration():
    said = claims("«Il porto riaprirà entro l'estate», ha detto Marco Verdi. "
                  "Il piano prevede la «zona franca» nel porto.")
    assert [text for _, text in said] == ["Il porto riaprirà entro l'estate"]


def test_a_colon_after_any_predicate_announces_the_quote_of_its_subject():
    said = claims("Marco Verdi è tornato sul tema dei porti: «Nessuna nave partirà senza scorta».")
    assert said == [("Marco Verdi", "Nessuna nave partirà senza scorta")]


def test_the_same_quote_after_a_full_stop_is_nobodys():
    said = claims("Marco Verdi è tornato sul tema dei porti. «Nessuna nave partirà senza scorta».")
    assert said == []


def test_a_colon_that_closes_a_paragraph_announces_the_quote_that_opens_the_next():
    said = claims("Il ministro Marco Verdi ha voluto chiarire la sua posizione in aula:\n\n"
                  "«Nessuna nave partirà senza scorta, lo garantisco».")
    assert [(s, t[:20]) for s, t in said] == [("Marco Verdi", "Nessuna nave partirà")]


def test_a_colon_names_the_speaker_over_the_outlet_he_spoke_to():
    document = extract("Come ha detto al Corriere della Sera Marco Verdi: «I porti resteranno "
                       "aperti tutto l'anno».", gazetteer=Gazetteer.from_dicts(
                           speakers=[], outlets=[{"name": "Corriere della Sera", "side": None,
                                                  "aliases": []}]), parse="off")
    assert [c.speaker for c in document.claims] == ["Marco Verdi"]


def test_a_verb_of_saying_inside_a_quote_makes_no_claim_of_its_own():
    text = ("«Serve una tregua subito», ha detto Marco Verdi. «I segnali dicono che il piano "
            "è già partito, e lo sanno tutti».")
    document = extract(text, gazetteer=EMPTY)
    spans = [text[c.start:c.end] for c in document.claims]
    assert spans == ["Serve una tregua subito",
                     "I segnali dicono che il piano è già partito, e lo sanno tutti"]
