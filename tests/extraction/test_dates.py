"""Publication dates the text states: header, dateline, weekday dates tied to the day of writing."""

from __future__ import annotations

from datetime import date

from claims.extraction.layout.dates import read_header, scan_dates

TODAY = date(2026, 11, 22)


def published(text: str) -> str | None:
    return scan_dates(text, today=TODAY).published_on


def test_header_with_month_only():
    assert read_header(" date 2024-12\n\nTitolo") == ("2024-12", 13)


def test_header_with_day():
    assert read_header(" date 2025-12-23\n\nTitolo")[0] == "2025-12-23"


def test_header_with_an_impossible_date_is_still_a_header_but_has_no_value():
    assert read_header(" date 2024-13\n\nTitolo") == (None, 13)


def test_text_without_header_has_none():
    assert read_header("Titolo\n\nTesto.") is None


def test_dateline_alone_on_its_line_with_clock_time():
    text = "Vertice a Bruxelles\n14 marzo 2025 | 10.15\n\nI leader si sono riuniti."
    scan = scan_dates(text, today=TODAY)
    assert scan.published_on == "2025-03-14"
    assert text[scan.datelines[0].start:scan.datelines[0].end] == "14 marzo 2025 | 10.15"
    assert scan.datelines[0].whole_line


def test_dateline_with_abbreviated_month_glued_to_headline():
    text = "Titolo\n\n02 Mar 2023 La crisi del grano continua\n\nTesto."
    scan = scan_dates(text, today=TODAY)
    assert scan.published_on == "2023-03-02"
    assert not scan.datelines[0].whole_line


def test_agency_dateline_with_city():
    assert published("KIEV, 5 aprile 2023 - Le sirene hanno suonato tutta la notte.") == (
        "2023-04-05"
    )


def test_numeric_dateline_after_label():
    assert published("Pubblicato il 05/04/2023 alle 10:30\nTesto dell'articolo.") == "2023-04-05"


def test_date_inside_a_sentence_is_an_event_not_a_dateline():
    assert published("Il 14 dicembre 2020 su Facebook è comparso un post falso.") is None


def test_weekday_date_without_year_infers_year():
    # Thursday 29 December: 2016 and 2022; with no year named, the most recent.
    assert published("Kherson è sotto attacco: oggi, giovedì 29 dicembre, nuovi raid.") == (
        "2022-12-29"
    )


def test_ieri_with_weekday_date_means_published_the_day_after():
    assert published("Ieri, giovedì 29 dicembre, l'esercito ha bombardato la regione.") == (
        "2022-12-30"
    )


def test_ieri_sera_with_weekday_date():
    text = "Ieri sera, mercoledì 10 marzo, i carabinieri hanno denunciato nove persone."
    assert published(text) == "2021-03-11"


def test_oggi_with_weekday_date_is_that_day():
    assert published("Vertice a Parigi oggi, martedì 6 gennaio, con i leader europei.") == (
        "2026-01-06"
    )


def test_domani_with_weekday_date_is_the_day_before():
    assert published("Da domani, sabato 20 novembre, tornano le restrizioni.") == "2021-11-19"


def test_weekday_year_follows_the_years_the_text_names():
    # Wednesday 22 April: 2015, 2020, 2026; the text names 2019, so 2020.
    text = "Ieri, mercoledì 22 aprile, è circolato di nuovo un video del 2019."
    assert published(text) == "2020-04-23"


def test_weekday_date_never_lies_after_today():
    # Sunday 6 December would be 2026 too, but that is after TODAY.
    assert published("Oggi, domenica 6 dicembre, si vota.") == "2020-12-06"


def test_bare_weekday_date_near_the_top_gives_the_month():
    assert published("MODENA. Lunedì 9 settembre un equipaggio ha fermato due ladri.") == "2024-09"


def test_relative_word_must_stand_next_to_the_date():
    text = "Il comitato ieri pomeriggio ha annunciato per sabato 6 marzo un presidio."
    assert published(text) == "2021-03"


def test_date_without_weekday_nor_year_is_ignored():
    assert published("Nella notte del 26 luglio le truppe hanno bombardato la città.") is None


def test_dateline_deep_in_the_body_does_not_count():
    text = "Titolo\n\n" + "Lunga cronaca della giornata. " * 40 + "\n14 marzo 2025\n\nAltro."
    assert published(text) is None


def test_relative_weekday_date_further_down_counts():
    text = "Titolo\n\n" + "Aggiornamenti dal fronte. " * 60 + "Ieri, giovedì 29 dicembre, raid."
    assert published(text) == "2022-12-30"


def test_impossible_dates_are_ignored():
    assert published("31 febbraio 2023\nTesto.") is None


def test_number_inside_a_longer_number_is_not_a_day():
    assert published("Codice 123 marzo 2023 | Testo.") is None
