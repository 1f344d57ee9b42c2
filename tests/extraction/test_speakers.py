from __future__ import annotations

from datetime import date

from claims.extraction.speakers.gazetteer import Gazetteer
from claims.extraction.speakers.matcher import Mention, matcher_for
from tests.extraction.attribution_helpers import DAY, GAZETTEER


def mentions(text: str, day: date | None = DAY) -> list[Mention]:
    return matcher_for(GAZETTEER).find_mentions(text, day)


def named(text: str, day: date | None = DAY) -> dict[str, Mention]:
    return {text[m.start:m.end]: m for m in mentions(text, day)}


def test_gazetteer_alias_resolves_to_canonical_name():
    m = named("Ieri Peskov ha parlato.")["Peskov"]
    assert (m.name, m.side, m.known) == ("Dmitry Peskov", "RU", True)


def test_alias_is_matched_as_a_whole_word_only():
    assert "Putin" not in {m.name for m in mentions("I putiniani in piazza.")}


def test_lowercase_word_is_not_a_capitalised_alias():
    gaz = Gazetteer.from_dicts([{"name": "Vladimir Saldo", "kind": "person", "side": "RU",
                                 "aliases": ["Saldo"]}], [])
    assert matcher_for(gaz).find_mentions("Il saldo è positivo.", DAY) == []


def test_role_phrase_resolves_by_article_date():
    text = "Lo ha detto il presidente russo."
    assert named(text, date(2010, 3, 1))["presidente russo"].name == "Dmitry Medvedev"
    assert named(text, date(2023, 3, 1))["presidente russo"].name == "Vladimir Putin"


def test_undated_article_resolves_only_offices_still_held():
    assert named("Il presidente Usa ha parlato.", None)["presidente Usa"].name == "Donald Trump"


def test_role_phrase_then_name_is_one_noun_phrase():
    text = "il portavoce del Cremlino, Dmitry Peskov, ha detto"
    ms = [m for m in mentions(text) if m.name == "Dmitry Peskov"]
    assert text[ms[0].np_start:ms[0].end] == "il portavoce del Cremlino, Dmitry Peskov"


def test_other_first_name_is_another_person():
    text = "lo speaker della Camera, Mike Johnson, ha bloccato gli aiuti"
    assert named(text)["Mike Johnson"].name == "Mike Johnson"
    assert named(text)["Mike Johnson"].known is False


def test_initial_before_a_known_surname_is_that_person():
    assert named("il primo ministro B. Johnson ha promesso")["B. Johnson"].name == "Boris Johnson"


def test_unknown_governor_with_russian_region_is_russian():
    m = named("il governatore della regione russa di Tver, Igor Rudenya, ha detto")[
        "Igor Rudenya"]
    assert (m.name, m.side, m.known, m.kind) == ("Igor Rudenya", "RU", False, "person")


def test_unknown_mayor_takes_the_side_of_his_city():
    assert named("il sindaco di Kharkiv Ihor Terekhov ha detto")["Ihor Terekhov"].side == "UA"


def test_local_governor_takes_the_side_of_the_region_just_named():
    text = "Droni su Budyonnovsk, nella regione russa di Stavropol. Lo ha reso noto il " \
           "governatore locale Vladimir Vladimirov."
    assert named(text)["Vladimir Vladimirov"].side == "RU"


def test_official_installed_by_moscow_is_russian():
    text = "secondo il governatore della parte sotto controllo russo, Ivan Petrov."
    assert named(text)["Ivan Petrov"].side == "RU"


def test_name_then_comma_title_is_a_person():
    m = named("Yaroslav Yanushevych, capo dell'amministrazione militare di Kherson, ha detto")[
        "Yaroslav Yanushevych"]
    assert (m.kind, m.side) == ("person", "UA")


def test_analyst_nationality_is_no_side():
    assert named("l'analista russo Ivan Ivanov ha detto")["Ivan Ivanov"].side is None


def test_verb_after_a_capitalised_word_ends_the_descriptor():
    assert "Lukashenko" not in named("Il capo del Cremlino incontra Lukashenko: «Bene»")


def test_surname_later_refers_to_the_titled_person():
    text = "il governatore locale Vladimir Vladimirov ha parlato. Poi Vladimirov ha aggiunto."
    later = [m for m in mentions(text) if m.source == "surname"]
    assert [(text[m.start:m.end], m.name) for m in later] == [("Vladimirov", "Vladimir Vladimirov")]


def test_institution_with_side_adjective():
    m = named("Il ministero dell'Energia ucraino ha fatto sapere")["ministero dell'Energia ucraino"]
    assert (m.name, m.kind, m.side) == ("Ministero dell'Energia ucraino", "institution", "UA")


def test_media_of_a_capital_are_a_group_with_its_side():
    m = named("lo riferiscono i media di Kiev.")["media di Kiev"]
    assert (m.kind, m.side) == ("group", "UA")


def test_anonymous_sources_have_no_side():
    assert named("Fonti ucraine affermano che")["Fonti ucraine"].side is None


def test_capital_city_is_a_metonym_for_the_state():
    m = named("Mosca accusa Kiev.")["Mosca"]
    assert (m.name, m.side, m.source) == ("Mosca", "RU", "metonym")


def test_gazetteer_outlet_after_agenzia():
    m = named("lo riporta l'agenzia Tass")["Tass"]
    assert (m.kind, m.side, m.is_outlet) == ("media", "RU", True)


def test_unknown_outlet_after_agenzia_has_no_side():
    m = named("L'agenzia TT riporta che")["TT"]
    assert (m.kind, m.side, m.known) == ("media", None, False)


def test_matcher_is_built_once_per_gazetteer():
    assert matcher_for(GAZETTEER) is matcher_for(GAZETTEER)


COSTA = Gazetteer.from_dicts([{"name": "António Costa", "kind": "person", "side": "EU"}], [])


def test_a_bare_surname_alone_is_not_a_known_person():
    assert matcher_for(COSTA).find_mentions("Lo ha detto Costa ai giornalisti.", DAY) == []


def test_a_bare_surname_names_the_person_the_article_introduced():
    text = "António Costa è arrivato a Kiev. Costa ha detto che l'Ue resterà al fianco."
    found = [m for m in matcher_for(COSTA).find_mentions(text, DAY) if m.name == "António Costa"]
    assert [text[m.start:m.end] for m in found] == ["António Costa", "Costa"]


def test_ministry_after_a_preposition_is_not_part_of_the_name():
    text = ("Lo ha detto il ministro delle Imprese Adolfo Urso, poi il sottosegretario al Mef "
            "Federico Freni.")
    names = {m.name for m in mentions(text)}
    assert {"Adolfo Urso", "Federico Freni"} <= names
