"""Italian number parsing: digits in Italian notation, number words, scales, hedges, ranges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction.figures.numbers import Quantity, parse_digits, scan_quantities, word_value


def only(text: str) -> Quantity:
    found = scan_quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_italian_thousands_separator():
    assert parse_digits("1.200") == 1200
    assert parse_digits("1.200.000") == 1_200_000


def test_italian_decimal_comma():
    assert parse_digits("3,5") == Decimal("3.5")
    assert parse_digits("1.250,75") == Decimal("1250.75")


def test_malformed_digit_groups_are_rejected():
    assert parse_digits("1.2.3.4") is None
    assert parse_digits("12.34.567") is None
    assert parse_digits("08.44") is None  # a clock time, not a thousands group


def test_english_decimal_point_is_accepted_only_before_a_scale():
    assert parse_digits("2.5", before_scale=True) == Decimal("2.5")
    assert only("2.5 milioni").value == 2_500_000


def test_number_words_are_valued():
    assert word_value("tre") == 3
    assert word_value("ventinove") == 29
    assert word_value("dodici") == 12
    assert word_value("duemila") == 2000
    assert word_value("duecentocinquantamila") == 250_000
    assert word_value("ventitré") == 23


def test_words_made_of_number_pieces_but_not_numbers_are_rejected():
    assert word_value("tretre") is None
    assert word_value("mila") is None


def test_scale_words_multiply():
    assert only("725 milioni di dollari").value == 725_000_000
    assert only("20 miliardi").value == 20_000_000_000
    assert only("30 mila").value == 30_000
    assert only("2,5 milioni").value == 2_500_000


def test_scale_abbreviations():
    assert only("3 mln").value == 3_000_000
    assert only("4 mld").value == 4_000_000_000


def test_scale_written_onto_the_digits():
    assert only("160mila").value == 160_000
    assert only("250mila persone").value == 250_000


def test_chained_scales():
    assert only("13 mila miliardi di dollari").value == 13 * 10**12


def test_number_word_with_a_scale():
    assert only("tre milioni di euro").value == 3_000_000
    assert only("un milione di persone").value == 1_000_000
    assert only("mezzo milione").value == 500_000
    assert only("un milione e mezzo").value == 1_500_000


def test_centinaia_di_migliaia_is_lower_bound():
    q = only("centinaia di migliaia di proiettili")
    assert (q.value, q.approximate, q.qualifier) == (100_000, True, "at_least")


@pytest.mark.parametrize(
    ("text", "value"),
    [("decine", 10), ("dozzine", 12), ("centinaia", 100), ("migliaia", 1000),
     ("decine di migliaia", 10_000), ("milioni", 1_000_000)],
)
def test_vague_plurals_are_approximate_lower_bounds(text, value):
    q = only(text)
    assert q.value == value
    assert q.approximate


@pytest.mark.parametrize(
    ("text", "value"),
    [("un centinaio", 100), ("una decina", 10), ("una ventina", 20), ("una quarantina", 40),
     ("un migliaio", 1000), ("qualche centinaio", 100)],
)
def test_collective_nouns_are_approximate(text, value):
    q = only(text)
    assert (q.value, q.approximate, q.qualifier) == (value, True, "about")


def test_indefinite_article_is_one_only_before_chosen_words():
    assert only("un morto").value == 1
    assert scan_quantities("un incontro", one_before={"morto"}) == []
    assert scan_quantities("un morto", one_before={"morto"})[0].value == 1


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("almeno tre", "at_least"), ("oltre 20", "more_than"), ("più di 8 miliardi", "more_than"),
     ("circa 200", "about"), ("quasi 600", "about"), ("intorno ai 50", "about"),
     ("fino a 30", "up_to"), ("meno di 10", "less_than")],
)
def test_hedges_set_qualifier_and_approximate(text, qualifier):
    q = only(text)
    assert q.qualifier == qualifier
    assert q.approximate
    assert q.start == 0  # the hedge is part of the phrase


def test_emphasis_keeps_the_number_exact():
    q = only("per ben 81 volte")
    assert (q.value, q.qualifier, q.approximate) == (81, None, False)
    assert q.hedge == "ben"


def test_range_with_tra_and_e():
    q = only("tra 20 e 30 droni")
    assert (q.value, q.value_max) == (20, 30)


def test_range_with_dash():
    q = only("20-30 persone")
    assert (q.value, q.value_max) == (20, 30)


def test_range_shares_the_scale():
    q = only("tra 20 e 30 milioni di euro")
    assert (q.value, q.value_max) == (20_000_000, 30_000_000)


def test_range_with_articles():
    q = only("tra i 500mila e i 600mila euro")
    assert (q.value, q.value_max) == (500_000, 600_000)


def test_two_or_three_is_a_range():
    q = only("due o tre feriti")
    assert (q.value, q.value_max) == (2, 3)


def test_pair_of_dates_is_not_a_range():
    first, second = scan_quantities("tra il 29 e il 30 dicembre")
    assert first.value_max is None and second.value == 30


def test_ordinals_are_not_cardinals():
    assert scan_quantities("la 79ma Assemblea, il 2° giorno, il 1000° giorno") == []


def test_model_names_are_not_numbers():
    assert scan_quantities("F-16, S-400, Su-34, Shahed-136, G7 e G20") == []


def test_clock_time_and_slash_dates_are_not_numbers():
    assert scan_quantities("alle 15:30") == []
    assert scan_quantities("il 12/05") == []


def test_age_suffix_is_not_a_number():
    assert scan_quantities("45enne") == []


def test_offsets_point_into_the_text():
    text = "Sono state uccise almeno 45 persone."
    q = only(text)
    assert text[q.start:q.end] == "almeno 45"


def test_hostile_numbers_do_not_crash():
    assert scan_quantities("1e400") == []
    assert scan_quantities("9" * 10_000) == []  # longer than any real count
    q = only("999999 miliardi")
    assert q.value == Decimal("999999") * 10**9
    assert scan_quantities("99999999999999 mila miliardi") == []  # beyond any real amount


def test_an_adjective_between_un_and_a_scale_keeps_the_scale():
    q = only("un altro milione di profughi")
    assert (q.value, q.kind, q.end) == (1_000_000, "word", len("un altro milione"))


def test_an_adjective_after_un_without_a_scale_is_no_number():
    assert scan_quantities("un altro giorno di attesa", one_before=frozenset()) == []
