"""Speaker phrases read as what they are: a quantifier or an age is not a name, an occupation
introduces a person, a place is never a person, and a body after "al" is where, not who."""

from __future__ import annotations

import pytest

from claims.extraction.speakers.gazetteer import Gazetteer
from claims.extraction.speakers.matcher import matcher_for
from claims.extraction.speakers.people import is_place, person_noun
from tests.extraction.attribution_helpers import DAY, GAZETTEER, claims_of, only_claim

SAID = " ha detto che la diga reggerà."


def speakers(text: str) -> list[str]:
    return [c.speaker for c in claims_of(text)]


def names(text: str) -> set[str]:
    return {m.name for m in matcher_for(GAZETTEER).find_mentions(text, DAY)}


@pytest.mark.parametrize("intro", ["Il miliardario", "L'imprenditrice", "Lo sceneggiatore",
                                   "Il sindacalista", "La cantante", "Il sociologo",
                                   "L'83enne", "Il 45enne", "La sessantenne"])
def test_an_occupation_or_an_age_introduces_the_person_named_after_it(intro):
    claim = only_claim(f"{intro} Lucia Ferri{SAID}")
    assert (claim.speaker, claim.side, claim.speaker_named) == ("Lucia Ferri", None, True)


def test_a_surname_after_an_occupation_is_a_speaker_but_not_after_a_thing():
    assert speakers(f"Il banchiere Ferri{SAID}") == ["Ferri"]
    assert "Obolon" not in names(f"Il quartiere Obolon{SAID}")


def test_a_nationality_between_occupation_and_name_speaks_for_no_state():
    claim = only_claim(f"L'imprenditore russo Oleg Sokolov{SAID}")
    assert (claim.speaker, claim.side) == ("Oleg Sokolov", None)


def test_lo_stesso_names_the_person_introduced_in_full_before():
    text = ("Il regista Paolo Neri ha presentato il film a Venezia. Qualcuno, ha raccontato lo "
            "stesso Neri, aveva diffuso le foto.")
    assert "Paolo Neri" in speakers(text)
    assert "Neri" not in speakers(text)


def test_lo_stesso_presidente_is_the_president_named_after_it():
    assert speakers(f"Lo stesso presidente Aldo Conti{SAID}") == ["Aldo Conti"]


def test_person_nouns_by_their_ending_and_things_that_share_it():
    assert all(map(person_noun, ["scrittrice", "politologa", "banchiere", "tennista"]))
    assert not any(map(person_noun, ["settore", "rivista", "continente", "dialogo"]))


def test_a_quantifier_belongs_to_the_noun_phrase_of_media():
    text = f"Alcuni media russi{SAID}"
    m = next(m for m in matcher_for(GAZETTEER).find_mentions(text, DAY) if m.kind == "group")
    assert text[m.np_start:m.end] == "Alcuni media russi"


def test_reported_by_some_media_is_not_a_subject():
    # With "alcuni" inside the phrase, "da" before it governs the media.
    text = "La notizia, riportata da alcuni media russi, è stata smentita."
    assert speakers(text) == []


def test_a_source_of_the_government_is_the_source_not_the_government():
    claim = only_claim(f"Una fonte del governo{SAID}")
    assert (claim.speaker, claim.speaker_named) == ("fonte del governo", False)
    assert only_claim(f"Il governo{SAID}").speaker == "Governo"


def test_a_place_before_a_name_is_where_the_person_spoke():
    assert speakers(f"A Birmingham Lucia Ferri{SAID}") == ["Lucia Ferri"]
    assert speakers(f"A Londra Ferri{SAID}") == ["Ferri"]
    assert speakers(f"Lucia Ferri{SAID}") == ["Lucia Ferri"]


def test_a_first_name_that_is_also_a_town_stays_part_of_the_name():
    # "Anna" is a town too; "ad Anna Ferri" after a verb is one woman, spoken to.
    assert "Ferri" not in names(f"Ieri ha scritto ad Anna Ferri{SAID}")
    assert is_place("Londra") and not is_place("Ferri")


def test_a_body_after_al_is_where_the_named_person_speaks():
    assert "Parlamento europeo" not in speakers(f"Lucia Ferri al Parlamento europeo{SAID}")
    assert speakers(f"Il Parlamento europeo{SAID}") == ["Parlamento europeo"]


def test_a_first_name_that_is_a_head_word_is_a_first_name():
    assert speakers(f"Marina Sokolova{SAID}") == ["Marina Sokolova"]
    assert only_claim(f"La Marina ucraina{SAID}").side == "UA"


def test_a_title_does_not_reach_a_paper_behind_an_opening_quote():
    text = "«La diga reggerà», dice il ministro in un'intervista al ‘Times’."
    assert "Times" not in speakers(text)
    assert "Sole" in names("«La diga reggerà», dice il ministro Sole.")


def test_a_plural_role_before_a_single_word_is_no_person():
    assert names("Si è chiusa la riunione tra i leader Volenterosi, con molte promesse.") == set()


def test_a_singular_role_before_a_single_surname_is_that_person():
    assert names("Si è chiusa la riunione con il ministro Rossi, con molte promesse.") == {"Rossi"}


OUTLET_OF_COMMON_WORDS = Gazetteer.from_dicts(speakers=[], outlets=[
    {"name": "Il Post", "side": None, "aliases": []}])


def test_a_name_made_of_an_article_and_a_common_noun_needs_its_capital():
    matcher = matcher_for(OUTLET_OF_COMMON_WORDS)
    text = "Il post di Rossi diceva altro. Il Post ha scritto che il ponte è chiuso."
    assert [(m.name, m.start) for m in matcher.find_mentions(text, DAY)
            if m.kind == "media"] == [("Il Post", text.index("Il Post"))]


def test_a_city_after_a_preposition_before_a_known_surname_is_no_first_name():
    assert names("Al vertice a Parigi Zelensky ha detto che la diga reggerà.") >= {
        "Volodymyr Zelensky"}


def test_another_first_name_before_a_known_surname_is_someone_else():
    assert "Volodymyr Zelensky" not in names("Al vertice Oleksandr Zelensky ha detto che la "
                                             "diga reggerà.")
