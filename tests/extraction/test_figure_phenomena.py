"""Figures that Italian leaves half said: counts whose noun was given once before, bare numbers
after a verb, weekdays before counts, and people helped rather than harmed. Each behaviour has
a control that differs from it only in the phenomenon."""

from __future__ import annotations

from tests.extraction.test_figures import described

# --- elliptical counts: the noun said once, the numbers after refer back to it ----------------


def test_bare_count_two_sentences_after_its_drones_takes_their_verb():
    text = ("Venti droni hanno sorvolato la regione. Il governatore ha parlato di danni. "
            "Nove sono precipitati nei campi.")
    assert described(text)[-1] == ("Nove", 9, "drones_downed")


def test_bare_count_with_no_drones_before_is_no_figure():
    text = "Il governatore ha parlato di danni. Nove sono precipitati nei campi."
    assert described(text) == []


def test_participle_before_a_bare_number_counts_the_people_named_before():
    assert described("Nel crollo sono morte 8 persone e ferite 31.") == [
        ("8 persone", 8, "killed"), ("31", 31, "injured")]


def test_a_bare_number_before_a_time_unit_is_no_count():
    assert described("Nel crollo sono morte 8 persone, ferite 3 ore prima.") == [
        ("8 persone", 8, "killed")]


def test_second_verb_with_its_own_count_does_not_take_the_first_count():
    assert described("Sono morte 8 persone e sono rimaste ferite 31.") == [
        ("8 persone", 8, "killed"), ("31", 31, "injured")]


def test_tally_listed_by_nouns_counts_each():
    assert described("I morti sono 6 e i feriti 14.") == [("6", 6, "killed"),
                                                          ("14", 14, "injured")]


def test_participle_after_launched_drones_counts_drones():
    assert described("Sono stati lanciati 44 droni, abbattuti 39.") == [
        ("44 droni", 44, "drones_launched"), ("39", 39, "drones_downed")]


def test_one_of_the_missiles_counts_one_missile():
    assert described("Uno dei missili ha colpito un magazzino.") == [
        ("Uno dei missili", 1, "missiles_launched")]


def test_one_without_of_the_is_an_article():
    assert described("Un missile ha colpito un magazzino.") == []


def test_some_of_the_drones_take_the_verb():
    assert described("Tre dei droni sono stati abbattuti dalla contraerea.") == [
        ("Tre dei droni", 3, "drones_downed")]


def test_one_of_the_injured_who_died_is_killed():
    assert described("Uno dei feriti è morto durante la notte.") == [
        ("Uno dei feriti", 1, "killed")]


def test_one_of_the_victims_described_is_no_count():
    assert described("Una delle vittime era un insegnante.") == []


def test_people_counted_with_in_take_the_verb_before():
    assert described("Dal quartiere sono scappati in 4mila verso la costa.") == [
        ("4mila", 4000, "evacuated")]


def test_in_before_a_duration_is_no_count():
    assert described("Il quartiere è stato evacuato in 4 giorni.") == []


def test_enclitic_ne_on_a_gerund_counts_the_vague_number():
    text = "Il razzo ha colpito il mercato, uccidendo due donne e ferendone a decine."
    assert described(text) == [("due donne", 2, "killed"), ("decine", 10, "injured")]


def test_ne_with_a_before_a_vague_number():
    assert described("Il raid ne ha feriti a centinaia.") == [("centinaia", 100, "injured")]


def test_vague_count_after_its_noun_and_a():
    assert described("I soldati nemici si sono arresi a decine.") == [
        ("decine", 10, "prisoners")]


def test_vague_count_after_a_with_no_noun_is_no_figure():
    assert described("Il prezzo è salito a decine.") == []


def test_list_item_takes_the_casualty_noun_of_its_sentence():
    text = "Pochi paesi hanno accolto tanti profughi quanto la Romania - 90mila."
    assert described(text) == [("90mila", 90000, "evacuated")]


def test_list_item_without_a_casualty_noun_is_no_figure():
    assert described("Pochi paesi hanno speso quanto la Romania - 90mila.") == []


def test_losses_listed_by_fate_in_brackets_are_other():
    text = "La brigata ha perso 900 uomini (uccisi, feriti, catturati) in un mese."
    assert described(text) == [("900 uomini", 900, "other")]


def test_losses_with_one_fate_in_brackets_take_it():
    text = "La brigata ha perso 900 uomini (uccisi) in un mese."
    assert described(text) == [("900 uomini", 900, "killed")]


# --- a weekday before a number: what follows the number decides --------------------------------


def test_weekday_before_a_count_noun_is_a_count():
    assert described("Giovedì 5 soldati sono stati uccisi al confine.") == [
        ("5 soldati", 5, "killed")]


def test_weekday_before_a_month_is_a_date():
    assert described("Giovedì 5 febbraio sono stati uccisi sette soldati.") == [
        ("sette soldati", 7, "killed")]


def test_weekday_before_a_plural_verb_is_a_count():
    assert described("Domenica 6 sono rimasti feriti nel bombardamento.") == [
        ("6", 6, "injured")]


def test_weekday_before_a_number_and_nothing_countable_is_a_date():
    assert described("Domenica 6 ci sarà il vertice dei ministri.") == []


def test_weekday_before_a_number_beyond_any_day_is_a_count():
    assert described("Lunedì 45 civili sono stati evacuati.") == [
        ("45 civili", 45, "evacuated")]


# --- helped is not harmed -------------------------------------------------------------------


def test_rescued_people_do_not_take_the_killed_before_them():
    text = "Nel crollo sono morti tre operai. Altri due sono stati soccorsi dai pompieri."
    assert described(text) == [("tre operai", 3, "killed")]


def test_injured_people_after_the_dead_are_injured():
    text = "Nel crollo sono morti tre operai. Altri due sono rimasti feriti."
    assert described(text) == [("tre operai", 3, "killed"), ("Altri due", 2, "injured")]


def test_a_nearer_rescue_verb_stops_a_farther_death():
    text = "Sono morte due persone e sono state tratte in salvo 40 persone."
    assert described(text) == [("due persone", 2, "killed"), ("40 persone", 40, "other")]


# --- vocabulary -------------------------------------------------------------------------------


def test_eliminating_people_kills_them():
    assert described("L'operazione ha eliminato centinaia di miliziani.") == [
        ("centinaia di miliziani", 100, "killed")]


def test_eliminating_drones_downs_them():
    assert described("La contraerea ha eliminato 25 droni.") == [
        ("25 droni", 25, "drones_downed")]


def test_burnt_alive_is_killed():
    assert described("Gli aggressori hanno arso vivi più di 20 operai.") == [
        ("più di 20 operai", 20, "killed")]


def test_arrest_noun_before_people_makes_prisoners():
    assert described("Il regime ha disposto l'arresto di centinaia di studenti.") == [
        ("centinaia di studenti", 100, "prisoners")]


def test_stopped_protesters_are_prisoners():
    assert described("Sono stati fermati 12 manifestanti.") == [
        ("12 manifestanti", 12, "prisoners")]


def test_hospitalised_people_are_injured():
    assert described("Sono state ricoverate 15 persone.") == [("15 persone", 15, "injured")]


def test_crossing_the_border_is_displacement():
    assert described("In due giorni 8mila persone hanno attraversato il confine.") == [
        ("8mila persone", 8000, "evacuated")]


def test_bodies_are_killed():
    assert described("Sono stati recuperati 17 corpi.") == [("17 corpi", 17, "killed")]


def test_new_count_nouns():
    assert described("Nel paese ci sono 4 reattori.") == [("4 reattori", 4, "other")]
    assert described("Ci sono stati almeno 11 decessi.") == [("almeno 11 decessi", 11, "killed")]
    assert described("Il rapporto conta 300 arresti.") == [("300 arresti", 300, "prisoners")]
    assert described("Sono stati consegnati 60 semoventi.") == [("60 semoventi", 60, "weapons")]


def test_an_adjective_between_un_and_its_scale():
    assert described("Il Congresso ha approvato un ulteriore miliardo di dollari.") == [
        ("un ulteriore miliardo di dollari", 1_000_000_000, "aid_money")]
