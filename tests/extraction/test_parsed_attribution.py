"""Speech read off the parse: other verbs, tenses and moods, a subject away from the cue, no
subject at all, and a role the article gave someone before. Each case has a control that
differs only in the phenomenon."""

from __future__ import annotations

from claims.extraction import Gazetteer, extract

EMPTY = Gazetteer()


def claims(text: str) -> list[tuple[str | None, str]]:
    document = extract(text, gazetteer=EMPTY)
    return [(c.speaker, text[c.start:c.end]) for c in document.claims]


def test_a_verb_of_saying_in_the_conditional_with_a_clause_is_speech():
    said = claims("Il sindaco avrebbe rimarcato che la città è ormai al sicuro.")
    assert said == [("sindaco", "che la città è ormai al sicuro")]


def test_the_same_verb_without_a_clause_is_no_speech():
    assert claims("Il sindaco avrebbe rimarcato la visita in serata.") == []


def test_asking_to_do_something_is_speech_with_the_askers_side():
    document = extract("Il presidente francese ha chiesto di fermare subito i combattimenti.",
                       gazetteer=EMPTY)
    (claim,) = document.claims
    assert claim.side == "FR" and "fermare subito i combattimenti" in document.text[
        claim.start:claim.end]


def test_asking_for_a_thing_is_no_speech():
    assert claims("Il presidente francese ha chiesto un incontro.") == []


def test_a_sentence_without_subject_goes_on_with_the_previous_speaker():
    said = claims("Marco Verdi ha detto che la tregua regge. "
                  "In serata ha poi puntualizzato che nessun colpo è stato sparato.")
    assert [speaker for speaker, _ in said] == ["Marco Verdi", "Marco Verdi"]


def test_a_sentence_without_subject_and_no_one_before_is_no_claim():
    assert claims("In serata ha poi puntualizzato che nessun colpo è stato sparato.") == []


def test_a_role_named_earlier_is_that_person():
    said = claims("La conduttrice Anna Bianchi ha aperto la puntata con un minuto di silenzio. "
                  "Più tardi la conduttrice ha spiegato che il servizio era stato tagliato.")
    assert said[-1][0] == "Anna Bianchi"


def test_a_role_never_named_stays_a_role():
    said = claims("Più tardi la conduttrice ha spiegato che il servizio era stato tagliato.")
    assert said[-1][0] == "conduttrice"


def test_parsing_leaves_sentences_the_rules_attributed_alone():
    text = "«Non ci sono progressi nei colloqui», ha detto Marco Verdi."
    assert claims(text) == [("Marco Verdi", "Non ci sono progressi nei colloqui")]
    document = extract(text, gazetteer=EMPTY)
    assert not document.claims[0].evidence.startswith("parse")
