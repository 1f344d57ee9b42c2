"""Article layout: header, title, furniture, paragraphs, and offsets that always slice true."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction.layout.text import prepare

TODAY = date(2026, 11, 22)


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in prepare(text, today=TODAY).sentences]


def assert_well_formed(text: str) -> None:
    prepared = prepare(text, today=TODAY)
    assert prepared.text is text
    previous_end = 0
    previous_paragraph = 0
    for index, s in enumerate(prepared.sentences):
        assert s.index == index
        assert previous_end <= s.start < s.end <= len(text)
        piece = text[s.start:s.end]
        assert piece == piece.strip()
        assert s.paragraph in (previous_paragraph, previous_paragraph + 1) or index == 0
        previous_end, previous_paragraph = s.end, s.paragraph


# --- header and title -------------------------------------------------------------------------


def test_date_header_on_its_own_line_is_no_sentence():
    text = " date 2025-12-23\n\nMosca accusa Kiev\n\nIl Cremlino ha parlato di provocazione."
    prepared = prepare(text, today=TODAY)
    assert prepared.published_on == "2025-12-23"
    assert prepared.title == "Mosca accusa Kiev"
    assert sentences(text) == ["Mosca accusa Kiev", "Il Cremlino ha parlato di provocazione."]


def test_date_header_glued_to_first_sentence():
    text = (" date 2024-12 La Russia e la Bielorussia firmano un patto. Lo riferisce la Tass.\n\n"
            "Il patto prevede garanzie reciproche.")
    prepared = prepare(text, today=TODAY)
    assert prepared.published_on == "2024-12"
    assert prepared.title == ""
    assert sentences(text)[0] == "La Russia e la Bielorussia firmano un patto."


def test_date_header_glued_to_a_headline_keeps_it_as_title():
    text = ' date 2022-12 Il Cremlino: "Nessun piano di mobilitazione"\n\nIl portavoce ha parlato.'
    prepared = prepare(text, today=TODAY)
    assert prepared.title == 'Il Cremlino: "Nessun piano di mobilitazione"'
    assert "date" not in prepared.title


def test_title_is_first_line_followed_by_blank_line_and_first_sentence():
    text = "Droni su Odessa, due feriti\n\nNella notte i droni hanno colpito il porto."
    prepared = prepare(text, today=TODAY)
    assert prepared.title == "Droni su Odessa, due feriti"
    assert prepared.sentences[0].paragraph == 0
    assert prepared.sentences[1].paragraph == 1


def test_dateline_opening_the_file_is_not_a_title():
    text = "14 marzo 2025 | 10.15\n\nI leader si sono riuniti a Bruxelles."
    prepared = prepare(text, today=TODAY)
    assert (prepared.title, prepared.published_on) == ("", "2025-03-14")
    assert sentences(text) == ["I leader si sono riuniti a Bruxelles."]


def test_single_paragraph_article_has_no_title():
    text = "MODENA. Un uomo è stato arrestato. Aveva rubato una bici."
    assert prepare(text, today=TODAY).title == ""


def test_long_first_paragraph_is_not_a_title():
    text = ("Il presidente " + "ha parlato a lungo dei negoziati, " * 12 + "poi è partito.\n\n"
            "Seconda parte.")
    assert prepare(text, today=TODAY).title == ""


def test_no_header_date_comes_from_the_text():
    text = "Vertice a Parigi\n\nOggi, martedì 6 gennaio, i leader si riuniscono a Parigi."
    assert prepare(text, today=TODAY).published_on == "2026-01-06"


def test_unknown_date_is_none():
    assert prepare("Titolo\n\nUn testo senza date.", today=TODAY).published_on is None


# --- furniture -----------------------------------------------------------------------------------

FURNITURE = [
    "Riproduzione riservata", "© RIPRODUZIONE RISERVATA", "© Copyright Agenzia Stampa",
    "SEGUICI SUI SOCIAL", "Leggi anche", "LETTURA: 3 minuti", "2' di lettura", "Tag",
    "Vedi anche", "threads whatsapp linkedin twitter youtube facebook instagram", "ora in",
    "Prima pagina", "articoli", "in Evidenza", "Ascolta l'articolo", "Iscriviti alla newsletter",
    "(foto Ansa)", "Foto: Reuters", "di Mario Rossi", "DAL NOSTRO INVIATO",
    "Accetta i cookie per continuare a leggere questo articolo e la privacy policy",
    "Photo credits: Palazzo Chigi via Flickr", "Video su questo argomento", "Loading...",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_site_furniture_line_is_no_sentence(line):
    text = f"Titolo della notizia\n\nPrima frase dell'articolo.\n{line}\nSeconda frase del pezzo."
    assert line not in sentences(text)
    assert "Seconda frase del pezzo." in sentences(text)


def test_short_real_sentences_are_kept():
    text = "Titolo\n\nAndiamo con ordine.\nFalso.\nPerché?\nNon solo.\nLa notizia è vera."
    assert sentences(text)[1:] == [
        "Andiamo con ordine.", "Falso.", "Perché?", "Non solo.", "La notizia è vera.",
    ]


def test_news_that_mentions_furniture_words_is_kept():
    kept = [
        "Il Garante della privacy ha multato Google per i cookie: serve il consenso.",
        "Abbonati al gas in calo del 10 per cento.",
        "Servizio di leva reintrodotto in Lettonia",
        "Leggi anche il rapporto dell'Onu sui civili.",
        "Foto e video pubblicati sui social mostrano le fiamme.",
    ]
    text = "Titolo\n\n" + "\n".join(kept)
    assert sentences(text)[1:] == kept


def test_heading_without_period_is_kept():
    text = "Titolo\n\nPrima frase.\n\nNuovi attacchi incrociati\n\nSeconda frase."
    assert "Nuovi attacchi incrociati" in sentences(text)


def test_trailing_block_after_riproduzione_riservata_is_dropped():
    text = ("Titolo\n\nUltima frase dell'articolo.\nLeggi anche\nRiproduzione riservata\n"
            "© Copyright Agenzia\nTag\nVedi anche\n\nSEGUICI SUI SOCIAL\n\nora in\nPrima pagina\n"
            "Un titolo correlato qualsiasi\nin Evidenza")
    assert sentences(text) == ["Titolo", "Ultima frase dell'articolo."]


def test_linked_headline_after_leggi_anche_is_dropped():
    text = ("Titolo\n\nPrima frase del pezzo.\nLEGGI ANCHE\nIl premier non fa miracoli\n"
            "La cronaca riprende qui con una frase lunga abbastanza da essere un paragrafo.")
    assert "Il premier non fa miracoli" not in sentences(text)
    assert sentences(text)[-1].startswith("La cronaca riprende")


def test_furniture_glued_after_a_sentence_is_dropped():
    text = "Titolo\n\nLa seduta è tolta. Riproduzione riservata"
    assert sentences(text) == ["Titolo", "La seduta è tolta."]


def test_repeated_headline_and_dateline_are_dropped():
    text = ("Vertice a Parigi. La bozza: accordo vicino\n\n"
            "Sottotitolo del pezzo con i dettagli.\n\n"
            "Vertice a Parigi. La bozza:\n06 gennaio 2026 | 08.44\nLETTURA: 3 minuti\n\n"
            "I leader si sono riuniti.")
    prepared = prepare(text, today=TODAY)
    assert prepared.published_on == "2026-01-06"
    assert sentences(text)[-2:] == ["Sottotitolo del pezzo con i dettagli.",
                                    "I leader si sono riuniti."]


def test_dateline_opening_a_line_is_cut_off_the_sentence():
    text = "Titolo\n\n02 Mar 2023 Il grano resta nei porti per settimane.\n\nAltro."
    assert sentences(text)[1] == "Il grano resta nei porti per settimane."


def test_signature_after_last_sentence_is_dropped():
    assert sentences("Titolo\n\nL'uomo è stato arrestato. — F. D.") == [
        "Titolo", "L'uomo è stato arrestato.",
    ]


def test_image_caption_in_lowercase_is_dropped():
    text = "Titolo\n\nPrima frase.\nsupporter del presidente in alaska 1\nSeconda frase."
    assert sentences(text) == ["Titolo", "Prima frase.", "Seconda frase."]


def test_social_handle_alone_on_a_line_is_dropped():
    assert "fotografo_roma" not in sentences("Titolo\n\nPrima frase.\nfotografo_roma\nAltro.")


# --- paragraphs ----------------------------------------------------------------------------------


def test_paragraphs_are_lines_numbered_without_gaps():
    text = "Titolo\n\nPrima frase. Seconda frase.\nLeggi anche\n\nTerza frase."
    prepared = prepare(text, today=TODAY)
    assert [s.paragraph for s in prepared.sentences] == [0, 1, 1, 2]


def test_windows_line_endings():
    text = "Titolo\r\n\r\nPrima frase.\r\nSeconda frase."
    prepared = prepare(text, today=TODAY)
    assert prepared.title == "Titolo"
    assert sentences(text) == ["Titolo", "Prima frase.", "Seconda frase."]


# --- robustness ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\n", " date 2024-12", " date 2024-12\n\n", "Riproduzione riservata",
    "«««««", "»»»»", '"' * 10_000, "«" + "a. B. " * 2000, "\u200f\u200e\u202b", "...",
    "\ufeff date 2024-12\n\nTitolo\n\nTesto.", "—\n—\n—", "a\u2028b\u2029c", "\x00\x01\x02",
    "." * 200_000 + "a", "?!" * 100_000, ".»" * 100_000 + "a", "abc.Def" * 20_000,
    "x" + " " * 200_000 + "Il sindaco", "12 marzo " * 20_000, "lunedì " * 20_000 + "3 marzo",
])
def test_odd_inputs_never_crash(text):
    assert_well_formed(text)


def test_only_furniture_gives_no_sentences():
    assert prepare("Riproduzione riservata\nTag\nSEGUICI SUI SOCIAL", today=TODAY).sentences == []


def test_empty_text_gives_no_sentences_and_no_title():
    prepared = prepare("", today=TODAY)
    assert (prepared.title, prepared.published_on, prepared.sentences) == ("", None, [])


def test_rtl_marks_and_zero_width_spaces_are_not_sentence_edges():
    text = "\u200fLa riunione è finita.\u200b Il ministro è partito.\u200e"
    assert sentences(text) == ["La riunione è finita.", "Il ministro è partito."]


def test_five_megabyte_line_is_split_in_linear_time():
    text = ("Il ministro ha parlato a lungo dei negoziati e delle sanzioni. «Una frase. "
            'Un\'altra» ha detto. "Stray quote. ' * 50_000)
    assert len(text) > 4_000_000
    assert_well_formed(text)


def test_ten_thousand_quotes_do_not_hang():
    text = "Titolo\n\n" + 'Ha detto "sì. No" e poi "forse. ' * 10_000
    assert_well_formed(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list(
    "aàbeèiLIMR .,;:!?…\"'«»“”()-—\n\r\t0123456789\u00a0\u200b\u200f©"
)) | st.characters(), max_size=400))
def test_sentences_are_ordered_disjoint_in_bounds_and_stripped(text):
    assert_well_formed(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "Il dott. Rossi ha detto.", "«Prima. Seconda», ha aggiunto.", "Leggi anche", "\n", "\n\n",
    " date 2024-12 ", "Almeno tre feriti a Kiev Il sindaco ha parlato.", "Tag", "J. D. Vance",
    'Disse "basta. ', "ieri, giovedì 29 dicembre,", "— F. D.", "S.p.A.", "ecc.", "1.200",
]), max_size=30))
def test_article_like_texts_are_well_formed(parts):
    assert_well_formed(" ".join(parts))
