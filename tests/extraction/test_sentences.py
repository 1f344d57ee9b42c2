"""Where Italian news sentences end: abbreviations, quotations, glued headlines."""

from __future__ import annotations

import pytest

from claims.extraction.layout.text import prepare


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in prepare(text).sentences]


def test_period_before_capital_ends_sentence():
    assert sentences("Il vertice è finito. La delegazione è ripartita.") == [
        "Il vertice è finito.", "La delegazione è ripartita.",
    ]


def test_question_and_exclamation_end_sentences():
    assert sentences("Chi ha sparato? Nessuno lo sa! Le indagini continuano.") == [
        "Chi ha sparato?", "Nessuno lo sa!", "Le indagini continuano.",
    ]


def test_lowercase_after_period_does_not_end_sentence():
    assert sentences("Hanno rubato bici, monopattini ecc. e sono fuggiti.") == [
        "Hanno rubato bici, monopattini ecc. e sono fuggiti.",
    ]


@pytest.mark.parametrize("title", ["dott.", "sig.", "prof.", "avv.", "on.", "sen.", "gen.",
                                   "col.", "magg.", "ten.", "mons.", "ing.", "dr."])
def test_title_abbreviation_does_not_end_sentence(title):
    text = f"Ha parlato il {title} Rossi della commissione. Poi la seduta è stata tolta."
    assert sentences(text) == [
        f"Ha parlato il {title} Rossi della commissione.", "Poi la seduta è stata tolta.",
    ]


def test_abbreviation_dott_does_not_end_sentence():
    assert len(sentences("Lo ha visitato il dott. Bianchi in ospedale.")) == 1


@pytest.mark.parametrize("text", [
    "Lo prevede l'art. 57 della Costituzione.",
    "Abita al n. 12 di via Roma.",
    "Si veda a pag. 3 del rapporto.",
    "Chiamate il tel. 059 123456 per informazioni.",
    "La protesta è prevista il 3 ott. 2024 davanti alla prefettura.",
    "Hanno sfilato ca. 300 manifestanti.",
])
def test_abbreviation_before_number_does_not_end_sentence(text):
    assert sentences(text) == [text]


def test_ad_esempio_abbreviation_does_not_end_sentence():
    assert len(sentences("Alcune città, ad es. Roma e Milano, hanno aderito.")) == 1


def test_initials_do_not_end_sentence():
    assert sentences("Il vicepresidente J. D. Vance ha incontrato George W. Bush a Dallas.") == [
        "Il vicepresidente J. D. Vance ha incontrato George W. Bush a Dallas.",
    ]


def test_dotted_acronyms_do_not_end_sentence_before_a_name():
    assert len(sentences("La Fiat S.p.A. Torino ha chiuso in attivo.")) == 1
    assert len(sentences("Gli U.S.A. Washington e Londra hanno firmato.")) == 1


def test_dotted_acronym_ends_sentence_before_a_sentence_starter():
    assert sentences("Fu fondata nel 300 a.C. La città crebbe in fretta.") == [
        "Fu fondata nel 300 a.C.", "La città crebbe in fretta.",
    ]


def test_single_capital_letter_ends_sentence_before_an_article():
    assert sentences("La squadra è tornata in Serie A. Il presidente ha festeggiato.") == [
        "La squadra è tornata in Serie A.", "Il presidente ha festeggiato.",
    ]


def test_decimal_and_thousands_numbers_do_not_end_sentence():
    text = "Il Pil è cresciuto del 3,5 per cento e i disoccupati sono 1.200 in meno alle ore 8.44."
    assert sentences(text) == [text]


def test_year_at_end_of_sentence_ends_it():
    assert sentences("L'accordo risale al 2022. Nessuno lo ha rinnovato.") == [
        "L'accordo risale al 2022.", "Nessuno lo ha rinnovato.",
    ]


def test_number_after_period_starts_a_sentence():
    assert sentences("Il bilancio si è aggravato. 37 persone sono morte.") == [
        "Il bilancio si è aggravato.", "37 persone sono morte.",
    ]


def test_list_marker_at_line_start_does_not_end_sentence():
    assert sentences("1. Il governo approva il decreto.") == ["1. Il governo approva il decreto."]


def test_place_dateline_in_capitals_stays_with_first_sentence():
    assert sentences("CARPI. Un uomo è stato arrestato ieri.") == [
        "CARPI. Un uomo è stato arrestato ieri.",
    ]


def test_guillemet_quote_spanning_sentences_stays_one_sentence():
    text = "«Non ci fermeremo. Andremo avanti», ha aggiunto il ministro. Poi è partito."
    assert sentences(text) == [
        "«Non ci fermeremo. Andremo avanti», ha aggiunto il ministro.", "Poi è partito.",
    ]


def test_curly_quote_spanning_sentences_stays_one_sentence():
    text = "“Siamo pronti. Lo siamo da mesi”, ha detto il sindaco. La città attende."
    assert sentences(text)[0] == "“Siamo pronti. Lo siamo da mesi”, ha detto il sindaco."


def test_straight_quote_spanning_sentences_stays_one_sentence():
    text = 'Il generale ha detto: "La linea tiene. I rinforzi arrivano". Lo riporta la Tass.'
    assert sentences(text) == [
        'Il generale ha detto: "La linea tiene. I rinforzi arrivano".', "Lo riporta la Tass.",
    ]


def test_quote_closed_by_a_wrong_opening_mark_still_closes():
    text = "Per il ministro “esiste una via diplomatica“. Lo riporta la Tass. Altro."
    assert sentences(text) == [
        "Per il ministro “esiste una via diplomatica“.", "Lo riporta la Tass.", "Altro.",
    ]


def test_unclosed_quote_does_not_swallow_the_paragraph():
    text = "«Non ci fermeremo. Andremo avanti. Lo ha detto il ministro."
    assert len(sentences(text)) == 3


def test_stray_closing_straight_quote_does_not_swallow_the_paragraph():
    text = 'Il padre è stato sentito come testimone". Le condizioni restano gravi. "Basta", dice.'
    assert sentences(text) == [
        'Il padre è stato sentito come testimone".', "Le condizioni restano gravi.",
        '"Basta", dice.',
    ]


def test_parenthesis_spanning_sentences_stays_one_sentence():
    text = "Il vertice (il terzo dell'anno. Il primo fu a Roma) è finito. Nessun accordo."
    assert sentences(text) == [
        "Il vertice (il terzo dell'anno. Il primo fu a Roma) è finito.", "Nessun accordo.",
    ]


def test_ellipsis_before_capital_ends_sentence():
    assert sentences("Non parleremo dei precedenti… Insomma, la storia è nota.") == [
        "Non parleremo dei precedenti…", "Insomma, la storia è nota.",
    ]


def test_period_glued_to_next_sentence_is_split():
    assert sentences("La notizia è stata confermata da Repubblica.In base alle indagini, no.") == [
        "La notizia è stata confermata da Repubblica.", "In base alle indagini, no.",
    ]


def test_web_address_is_not_split():
    text = "Le informazioni sono sul sito www.Protezionecivile.gov.it per tutti."
    assert sentences(text) == [text]


def test_line_break_ends_a_sentence_without_period():
    text = "Nuovi attacchi incrociati\nIl governo ha convocato il consiglio."
    assert sentences(text) == ["Nuovi attacchi incrociati", "Il governo ha convocato il consiglio."]


def test_glued_headline_is_split_before_article():
    text = "Due feriti a Leopoli Il sindaco della città ha parlato di un attacco con droni."
    assert sentences(text) == [
        "Due feriti a Leopoli", "Il sindaco della città ha parlato di un attacco con droni.",
    ]


def test_glued_headline_is_split_before_verb_initial_clause():
    text = ("Il premier: 40 persone evacuate dal villaggio Sono 40 le persone portate via "
            "dalla zona del confine.")
    assert sentences(text) == [
        "Il premier: 40 persone evacuate dal villaggio",
        "Sono 40 le persone portate via dalla zona del confine.",
    ]


def test_glued_headline_is_split_before_capitalised_common_noun():
    text = ("Le difese aeree sono attive. Colpito un deposito di carburante russo Missili "
            "ucraini hanno colpito un deposito nella regione. I missili erano a lungo raggio.")
    assert sentences(text)[1:3] == [
        "Colpito un deposito di carburante russo",
        "Missili ucraini hanno colpito un deposito nella regione.",
    ]


def test_glued_headline_is_split_before_a_speaker_and_speech_verb():
    text = ("Abbattuti 40 droni sulla regione di confine Kiev afferma che le difese aeree hanno "
            "funzionato per tutta la notte.")
    assert sentences(text) == [
        "Abbattuti 40 droni sulla regione di confine",
        "Kiev afferma che le difese aeree hanno funzionato per tutta la notte.",
    ]


def test_speaker_and_speech_verb_after_a_short_adverbial_is_not_split():
    text = "Nella notte Mosca afferma di aver abbattuto 40 droni."
    assert sentences(text) == [text]


def test_glued_headline_after_closing_quote_is_split():
    text = ('Il governatore ha detto che "la situazione è sotto controllo" Raid notturno con '
            "droni su Odessa. I danni sono ingenti.")
    assert sentences(text)[:2] == [
        'Il governatore ha detto che "la situazione è sotto controllo"',
        "Raid notturno con droni su Odessa.",
    ]


def test_newspaper_name_with_article_is_not_split():
    text = "Lo ha detto il ministro in un'intervista al quotidiano La Repubblica ieri sera."
    assert sentences(text) == [text]


def test_article_after_preposition_is_not_split():
    text = "Il leader ha rilasciato un'intervista a Il Foglio e ha smentito tutto."
    assert sentences(text) == [text]


def test_surname_with_article_is_not_split():
    assert len(sentences("Marine Le Pen ha criticato Ignazio La Russa in aula.")) == 1


def test_capitalised_article_before_a_name_is_not_split():
    assert len(sentences("Il ministro ha incontrato Il Papa in Vaticano stamattina.")) == 1


def test_long_sentence_with_capitalised_article_is_not_split():
    text = ("Secondo quanto ricostruito dagli investigatori, che hanno ascoltato diversi "
            "testimoni durante la notte, il gruppo aveva raggiunto la piazza Il giorno dopo.")
    assert sentences(text) == [text]


def test_common_noun_capitalised_elsewhere_as_a_name_is_not_split():
    text = ("La Difesa ha diffuso un video. Fonti della Difesa lo confermano. Il portavoce "
            "della Difesa ha parlato.")
    assert len(sentences(text)) == 3
