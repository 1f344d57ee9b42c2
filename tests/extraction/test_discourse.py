"""Who speaks across an article: role nouns for someone named before, pronoun sources,
interviews, and a quote paragraph that goes on with the speech before it. Each case has a
control that differs only in the phenomenon."""

from __future__ import annotations

import pytest

from claims.extraction import Gazetteer, extract
from tests.extraction.test_speech import claims


def test_secondo_il_docente_is_the_person_introduced_as_docente():
    said = claims("Mario Rossi, docente di economia, ha parlato a lungo. "
                  "Secondo il docente, la crisi durerà ancora due anni.")
    assert ("Mario Rossi", "la crisi durerà ancora due anni") in said


def test_il_professore_is_the_professor_named_before():
    said = claims("Il professor Mario Rossi ha parlato a lungo. "
                  "Secondo il professore, la crisi durerà due anni.")
    assert ("Mario Rossi", "la crisi durerà due anni") in said


def test_the_same_role_and_country_is_the_one_named_before():
    said = claims("Il primo ministro israeliano Mario Rossi è arrivato. "
                  "Il ministro israeliano ha detto che la crisi durerà due anni.")
    assert ("Mario Rossi", "la crisi durerà due anni") in said


@pytest.mark.parametrize("text", [
    # "la docente" is a woman: not Mario Rossi.
    "Mario Rossi, docente di economia, ha parlato a lungo. "
    "Secondo la docente, la crisi durerà ancora due anni.",
    # Another country's minister.
    "Il primo ministro israeliano Mario Rossi è arrivato. "
    "Il ministro libanese ha detto che la crisi durerà due anni.",
    # A minister of an office the article never gave him.
    "Il primo ministro israeliano Mario Rossi è arrivato. "
    "Il ministro della Salute ha detto che la crisi durerà due anni.",
])
def test_a_role_that_does_not_agree_is_not_the_one_named_before(text):
    assert all(speaker != "Mario Rossi" for speaker, _ in claims(text))


def test_secondo_lei_takes_the_woman_not_the_man_named_after_her():
    said = claims("Anna Bianchi ha incontrato Mario Rossi alla radio. "
                  "Secondo lei, la crisi durerà ancora due anni.")
    assert said == [("Anna Bianchi", "la crisi durerà ancora due anni")]


def test_secondo_lei_takes_no_man():
    said = claims("Mario Rossi, docente di economia, ha parlato alla radio. "
                  "Secondo lei, la crisi durerà ancora due anni.")
    assert said == []


def test_a_suo_avviso_closing_the_sentence_is_the_person_before():
    said = claims("Anna Bianchi ha parlato alla radio. "
                  "La crisi durerà ancora due anni, a suo avviso.")
    assert said == [("Anna Bianchi", "La crisi durerà ancora due anni")]


def test_a_suo_avviso_inside_a_clause_is_no_source():
    said = claims("Anna Bianchi ha parlato alla radio. "
                  "La crisi è incarnata a suo avviso dal piano per il porto.")
    assert said == []


def test_a_pronoun_source_with_no_one_before_is_nobodys():
    said = claims("Il porto è chiuso. La crisi durerà ancora due anni, a suo avviso.")
    assert said == []


def test_per_lei_opening_the_sentence_is_a_source():
    said = claims("Anna Bianchi ha parlato alla radio. "
                  "Per lei, la crisi durerà ancora due anni e mezzo.")
    assert said == [("Anna Bianchi", "la crisi durerà ancora due anni e mezzo")]


INTERVIEW = (
    "Crisi del porto, Rossi: «Vi spiego cosa succede»\n\n"
    "Il porto è fermo da mesi. Ne parliamo con Mario Rossi, economista, che segue il caso.\n\n"
    "Perché il porto è fermo?\n\n"
    "«Perché mancano i fondi e nessuno vuole metterli sul tavolo».\n\n"
)


def test_quoted_answers_of_an_interview_are_the_interviewees():
    said = claims(INTERVIEW + "Cosa pensa delle parole di Giulia Verdi?\n\n"
                  "«Non mi convincono affatto, e lo dico da anni a chi mi ascolta».")
    assert ("Mario Rossi", "Perché mancano i fondi e nessuno vuole metterli sul tavolo") in said
    assert ("Mario Rossi", "Non mi convincono affatto, e lo dico da anni a chi mi ascolta") in said


def test_one_question_and_answer_is_no_interview():
    said = claims(INTERVIEW + "Il sindaco intanto tace.")
    assert all(text != "Perché mancano i fondi e nessuno vuole metterli sul tavolo"
               for _, text in said)


def test_a_quote_paragraph_goes_on_with_the_speech_before():
    said = claims("Il porto è fermo. Marco Verdi ha detto che la crisi durerà due anni. "
                  "Poi è ripartito per Roma.\n\n"
                  "«I prezzi saliranno ancora per molti mesi, e poi scenderanno».")
    assert ("Marco Verdi", "I prezzi saliranno ancora per molti mesi, e poi scenderanno") in said


def test_a_quote_paragraph_after_another_person_named_is_nobodys():
    said = claims("Il porto è fermo. Marco Verdi ha detto che la crisi durerà due anni. "
                  "Poi è ripartito con Anna Bianchi.\n\n"
                  "«I prezzi saliranno ancora per molti mesi, e poi scenderanno».")
    assert [text for _, text in said] == ["la crisi durerà due anni"]


def test_a_quote_that_is_not_its_whole_paragraph_is_not_carried_over():
    said = claims("Il porto è fermo. Marco Verdi ha detto che la crisi durerà due anni. "
                  "Poi è ripartito per Roma.\n\n"
                  "«I prezzi saliranno ancora per molti mesi, e poi scenderanno». "
                  "Il porto resta chiuso.")
    assert [text for _, text in said] == ["la crisi durerà due anni"]


BODIES = Gazetteer.from_dicts(speakers=[{"name": "Acme Energia", "kind": "institution",
                                         "side": None, "aliases": ["Acme"]}], outlets=[])


def test_the_company_is_the_company_named_before():
    document = extract("Acme ha chiuso due impianti. In serata l'azienda ha precisato che i "
                       "lavoratori saranno ricollocati.", gazetteer=BODIES, parse="off")
    assert [c.speaker for c in document.claims] == ["Acme Energia"]


def test_the_company_with_no_body_named_before_stays_unnamed():
    document = extract("Due impianti hanno chiuso. In serata l'azienda ha precisato che i "
                       "lavoratori saranno ricollocati.", gazetteer=BODIES, parse="off")
    assert [(c.speaker, c.speaker_named) for c in document.claims] == [("Azienda", False)]
