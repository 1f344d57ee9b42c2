from __future__ import annotations

import pytest

from claims.extraction.rules.sides import side_of_phrase, side_of_word


@pytest.mark.parametrize("word, side", [
    ("russo", "RU"), ("russe", "RU"), ("ucraina", "UA"), ("Usa", "US"), ("statunitense", "US"),
    ("bielorusso", "BY"), ("cinesi", "CN"), ("tedeschi", "DE"), ("filorussi", "RU"),
    ("britannico", "GB"), ("turche", "TR"),
])
def test_nationality_adjectives(word, side):
    assert side_of_word(word) == side


@pytest.mark.parametrize("phrase, side", [
    ("della parte di territorio sotto controllo russo", "RU"),
    ("installato da Mosca", "RU"),
    ("di Kiev", "UA"),
    ("del Cremlino", "RU"),
    ("della regione di Belgorod", "RU"),
    ("di Kharkiv", "UA"),
])
def test_descriptor_phrases(phrase, side):
    assert side_of_phrase(phrase) == side


def test_occupied_city_alone_has_no_side():
    assert side_of_phrase("di Donetsk") is None
