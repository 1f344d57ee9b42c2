"""Ways of reporting speech other than a verb next to its speaker: a parenthetical cue, a relay
after an inverted verb, a gerund of saying with a clause. Each case has a control that differs
only in the phenomenon."""

from __future__ import annotations

from claims.extraction import Gazetteer, extract

GAZETTEER = Gazetteer.from_dicts(
    speakers=[{"name": "Mosca", "kind": "institution", "side": "RU", "aliases": []}],
    outlets=[{"name": "Tass", "side": "RU", "aliases": []},
             {"name": "Guardian", "side": None, "aliases": []}],
)


def claims(text: str) -> list[tuple[str | None, str]]:
    document = extract(text, gazetteer=GAZETTEER, parse="off")
    return [(c.speaker, text[c.start:c.end]) for c in document.claims]


def test_a_cue_set_off_by_commas_inside_a_clause_says_the_clause():
    text = "La tregua, sostiene Marco Verdi, durerà fino alla fine dell'inverno."
    assert claims(text) == [("Marco Verdi", text[:-1])]


def test_the_same_clause_without_the_cue_is_narration():
    assert claims("La tregua, a quanto pare, durerà fino alla fine dell'inverno.") == []


def test_a_name_before_a_parenthetical_outlet_is_the_next_verbs_subject():
    said = claims("Marco Verdi, scrive il Guardian, ha detto che la tregua durerà.")
    assert said == [("Marco Verdi", "la tregua durerà")]


def test_an_agency_citing_someone_after_an_inverted_verb_relays_them():
    document = extract("«La tregua durerà a lungo», riferisce l'agenzia Tass citando il sindaco "
                       "Marco Verdi.", gazetteer=GAZETTEER, parse="off")
    (claim,) = document.claims
    assert (claim.speaker, claim.via) == ("Marco Verdi", "Tass")


def test_an_agency_after_an_inverted_verb_citing_no_one_speaks_itself():
    document = extract("«La tregua durerà a lungo», riferisce l'agenzia Tass in serata.",
                       gazetteer=GAZETTEER, parse="off")
    assert [(c.speaker, c.via) for c in document.claims] == [("Tass", None)]


def test_a_gerund_of_saying_with_a_clause_is_said_by_the_sentences_subject():
    said = claims("Il sindaco Marco Verdi ha visitato il cantiere, precisando che due operai "
                  "sono rimasti feriti.")
    assert said == [("Marco Verdi", "due operai sono rimasti feriti")]


def test_a_gerund_that_is_not_of_saying_says_nothing():
    said = claims("Il sindaco Marco Verdi ha visitato il cantiere, sperando che due operai "
                  "guariscano presto.")
    assert said == []


def test_a_cleft_with_an_infinitive_of_saying_names_the_speaker():
    said = claims("È stata Anna Neri a far sapere che il ponte resterà chiuso fino a giugno.")
    assert said == [("Anna Neri", "il ponte resterà chiuso fino a giugno")]


def test_a_cleft_with_another_infinitive_is_no_speech():
    assert claims("È stata la piena del fiume a far crollare il ponte di ferro.") == []


def test_a_speech_noun_of_someone_after_a_quote_attributes_it():
    said = claims("«Riaprite subito il ponte sul fiume», è l'appello di Marco Verdi.")
    assert said == [("Marco Verdi", "Riaprite subito il ponte sul fiume")]


def test_another_noun_of_someone_after_a_quote_attributes_nothing():
    said = claims("«Riaprite subito il ponte sul fiume», è il cartello di Marco Verdi.")
    assert said == []


def test_launching_an_appeal_is_speech():
    said = claims("Il sindaco Marco Verdi ha lanciato un appello perché il ponte venga "
                  "riaperto subito.")
    assert said == [("Marco Verdi", "il ponte venga riaperto subito")]


def test_launching_a_stone_is_no_speech():
    assert claims("Il sindaco Marco Verdi ha lanciato un sasso perché il ponte venga "
                  "riaperto subito.") == []


def test_defining_something_with_a_quote_says_the_quote():
    said = claims("Il sindaco Marco Verdi ha definito la chiusura del ponte «una scelta "
                  "sbagliata e pericolosa».")
    assert [(speaker, "una scelta sbagliata e pericolosa" in text) for speaker, text in said] == [
        ("Marco Verdi", True)]


def test_defining_something_without_a_quote_says_nothing():
    assert claims("Il sindaco Marco Verdi ha definito la chiusura del ponte in serata.") == []


def test_a_closing_verb_between_dashes_inside_a_quote_names_its_speaker():
    said = claims("«Il ponte - ha concluso Marco Verdi - riaprirà a giugno con due corsie».")
    assert said == [("Marco Verdi", "Il ponte - ha concluso Marco Verdi - riaprirà a giugno "
                                    "con due corsie")]


def test_a_role_after_an_inverted_verb_is_the_person_named_with_it_before():
    said = claims("Il professor Marco Verdi insegna a Roma. «La crisi durerà a lungo», ha detto "
                  "il professore.")
    assert said == [("Marco Verdi", "La crisi durerà a lungo")]


def test_a_role_after_an_inverted_verb_with_no_one_named_stays_a_role():
    document = extract("«La crisi durerà a lungo», ha detto il professore.",
                       gazetteer=GAZETTEER, parse="off")
    (claim,) = document.claims
    assert (claim.speaker, claim.speaker_named) == ("professore", False)


def test_a_cue_with_no_subject_inside_a_clause_is_the_person_the_copy_follows():
    said = claims("Il sindaco Marco Verdi ha parlato ai cronisti. La crisi, ha aggiunto, "
                  "durerà a lungo.")
    assert said == [("Marco Verdi", "La crisi, ha aggiunto, durerà a lungo")]


def test_the_same_clause_with_no_one_followed_is_nobodys():
    assert claims("Il porto ha chiuso ieri. La crisi, ha aggiunto, durerà a lungo.") == []


def test_a_document_of_someone_the_gazetteer_does_not_know_speaks_for_them():
    said = claims("Il senatore Mitch Rossi è tornato dal fronte. La dichiarazione di Rossi ha "
                  "sottolineato che il sostegno continuerà.")
    assert said == [("Mitch Rossi", "il sostegno continuerà")]


def test_a_document_of_a_place_speaks_for_no_one_there():
    said = claims("La dichiarazione di Istanbul ha sottolineato che il sostegno continuerà.")
    assert [speaker for speaker, _ in said] == ["dichiarazione di Istanbul"]


def test_a_surname_with_an_inner_capital_is_one_name():
    said = claims("Il senatore Mitch McRossi è tornato dal fronte. La dichiarazione di McRossi "
                  "ha sottolineato che il sostegno continuerà.")
    assert said == [("Mitch McRossi", "il sostegno continuerà")]


def test_a_source_preposition_takes_an_unknown_name_without_a_comma():
    said = claims("Secondo Marco Verdi le strade sarebbero una montatura costruita ad arte.")
    assert said == [("Marco Verdi", "le strade sarebbero una montatura costruita ad arte")]


def test_per_before_an_unknown_name_and_a_comma_is_a_source():
    said = claims("Per Marco Verdi, le strade sarebbero una montatura costruita ad arte.")
    assert said == [("Marco Verdi", "le strade sarebbero una montatura costruita ad arte")]


def test_per_before_a_holiday_is_no_source():
    assert claims("Per Natale, le strade saranno chiuse al traffico per tre giorni.") == []
