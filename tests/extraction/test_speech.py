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


def test_the_same_quote_after_a_full_stop_with_no_one_named_is_nobodys():
    said = claims("Il tema dei porti è tornato in aula. «Nessuna nave partirà senza scorta».")
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


def test_a_surname_heading_a_line_speaks_when_the_article_names_the_person_in_full():
    said = claims("Il porto resta chiuso\n\nVerdi: la nave partirà lunedì da Genova\n\n"
                  "Il sindaco Marco Verdi ha incontrato i portuali.")
    assert ("Marco Verdi", "la nave partirà lunedì da Genova") in said


def test_a_word_heading_a_line_is_a_topic_when_the_article_never_uses_it_as_a_surname():
    said = claims("Il porto resta chiuso\n\nPorti: la nave partirà lunedì da Genova\n\n"
                  "Il sindaco ha incontrato i portuali.")
    assert said == []


def test_a_known_speaker_heading_a_line_without_a_full_stop_speaks():
    document = extract("Il porto resta chiuso\n\nZelensky: nessuna nave partirà senza scorta\n\n"
                       "Il testo comincia qui.", gazetteer=Gazetteer.from_dicts(speakers=[{
                           "name": "Volodymyr Zelensky", "kind": "person", "side": "UA",
                           "aliases": ["Zelensky"]}], outlets=[]), parse="off")
    assert [(c.speaker, c.side) for c in document.claims] == [("Volodymyr Zelensky", "UA")]


CORRIERE = Gazetteer.from_dicts(speakers=[], outlets=[{"name": "Corriere della Sera",
                                                        "side": None, "aliases": []}])


def test_an_outlet_spoken_to_before_a_colon_is_not_the_speaker():
    document = extract("Marco Verdi, il sindaco, ha raccontato al Corriere della Sera la sua "
                       "giornata: «Nessuno ci fermerà adesso, lo prometto».",
                       gazetteer=CORRIERE, parse="off")
    assert [c.speaker for c in document.claims] == ["Marco Verdi"]


def test_an_outlet_as_subject_before_a_colon_is_the_speaker():
    document = extract("Il Corriere della Sera ha raccontato la giornata del sindaco: «Nessuno "
                       "ci fermerà adesso, lo prometto».", gazetteer=CORRIERE, parse="off")
    assert [c.speaker for c in document.claims] == ["Corriere della Sera"]


def test_a_word_capitalised_only_where_a_sentence_opens_is_no_speaker():
    said = claims("Il porto resta chiuso.\n\nLeggiamo: «nessuna nave partirà senza scorta».")
    assert said == []


def test_a_single_name_the_article_writes_inside_sentences_speaks_before_a_colon():
    said = claims("Il porto resta chiuso.\n\nVerdi: «nessuna nave partirà senza scorta». In serata "
                  "ha parlato anche Verdi.")
    assert said == [("Verdi", "nessuna nave partirà senza scorta")]


def test_a_place_is_no_speaker_before_a_colon():
    said = claims("Il porto resta chiuso.\n\nGenova: «nessuna nave partirà senza scorta».")
    assert said == []


def test_a_quote_sentence_after_a_person_the_copy_follows_is_theirs():
    said = claims("Il sindaco Marco Verdi è scosso. È sul posto da stamattina. «I soccorritori "
                  "stanno facendo un grande lavoro».")
    assert said == [("Marco Verdi", "I soccorritori stanno facendo un grande lavoro")]


def test_the_same_quote_in_the_next_paragraph_is_nobodys():
    said = claims("Il sindaco Marco Verdi è scosso. È sul posto da stamattina.\n\n«I soccorritori "
                  "stanno facendo un grande lavoro».")
    assert said == []
