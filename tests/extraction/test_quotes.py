from __future__ import annotations

from claims.extraction.attribution.quotes import find_quotes, outermost


def quoted(text: str) -> list[str]:
    return [text[q.start + 1:q.end - 1] for q in outermost(find_quotes(text))]


def test_guillemets_are_a_quote():
    assert quoted("Ha detto: «Non firmeremo nulla». Poi è uscito.") == ["Non firmeremo nulla"]


def test_curly_double_quotes_are_a_quote():
    assert quoted("Ha parlato di “una tregua fragile” in serata.") == ["una tregua fragile"]


def test_straight_double_quotes_pair_up():
    text = 'Il ministro parla di "passi avanti" e di "nodi ancora aperti".'
    assert quoted(text) == ["passi avanti", "nodi ancora aperti"]


def test_apostrophes_do_not_open_or_close_quotes():
    text = "L'attacco è stato respinto, un po' a sorpresa. E' quanto riferisce l'esercito."
    assert quoted(text) == []


def test_single_quotes_with_an_elision_inside():
    text = "Kiev: 'Riprende l'export di grano' dai porti."
    assert quoted(text) == ["Riprende l'export di grano"]


def test_po_apostrophe_does_not_close_a_single_quote():
    text = "Ha detto: 'serve un po' di pazienza' ai cronisti."
    assert quoted(text) == ["serve un po' di pazienza"]


def test_nested_quote_has_depth_one():
    text = "«È un “passo storico”, ma non basta», ha detto."
    quotes = find_quotes(text)
    assert [(text[q.start:q.end], q.depth) for q in quotes] == [
        ("«È un “passo storico”, ma non basta»", 0), ("“passo storico”", 1)]


def test_quote_spanning_sentences_is_one_quote():
    text = '"Siamo pronti. Non cederemo. Vinceremo", ha scritto.'
    assert quoted(text) == ["Siamo pronti. Non cederemo. Vinceremo"]


def test_reversed_curly_quotes_still_pair():
    text = "Gli disse : ” Non succede mai niente “"
    assert quoted(text) == [" Non succede mai niente "]


def test_unclosed_quote_is_dropped_at_paragraph_end():
    text = "Ha detto «non è finita\nAltro paragrafo senza chiusura»."
    assert quoted(text) == []


def test_stray_closing_mark_is_ignored():
    assert quoted("Partecipare all”operazione speciale in Ucraina.") == []
