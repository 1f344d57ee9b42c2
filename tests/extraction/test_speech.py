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
