"""Figures: what a number counts, its category, and the numbers that are no figures."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction.figures.find import find_figures
from claims.extraction.types import Figure, Sentence


def sentences_of(text: str) -> list[Sentence]:
    """One sentence per full stop: enough for these examples, independent of text.py."""
    spans = [m.span() for m in re.finditer(r".+?(?:[.!?](?=\s|$)|$)", text, re.S)
             if m.group().strip()]
    return [Sentence(i, start, end, 0) for i, (start, end) in enumerate(spans)]


def figures(text: str) -> list[Figure]:
    return find_figures(text, sentences_of(text))


def only(text: str) -> Figure:
    found = figures(text)
    assert len(found) == 1, [(text[f.start:f.end], f.category) for f in found]
    return found[0]


def described(text: str) -> list[tuple[str, int, str]]:
    return [(text[f.start:f.end], int(f.value), f.category) for f in figures(text)]


# --- heads and categories -------------------------------------------------------------------

def test_intercettati_droni_are_drones_downed():
    f = only("Nella notte la contraerea ha intercettato 57 droni russi.")
    assert (f.value, f.category, f.unit) == (57, "drones_downed", "drone")


def test_downing_verb_after_the_drones_counts_too():
    f = only("Tutti i 12 droni kamikaze sono stati abbattuti sopra Odessa.")
    assert f.category == "drones_downed"


def test_launched_drones():
    assert only("Mosca ha lanciato 150 droni contro Kharkiv.").category == "drones_launched"
    assert only("Un attacco con 40 droni ha colpito Leopoli.").category == "drones_launched"


def test_missiles_downed_and_launched():
    assert only("Sono stati abbattuti 8 missili da crociera.").category == "missiles_downed"
    assert only("La Russia ha sparato 30 missili balistici.").category == "missiles_launched"


def test_supplied_missiles_are_weapons():
    f = only("Londra ha fornito migliaia di missili anticarro a Kiev.")
    assert (f.value, f.category) == (1000, "weapons")


def test_weapons_in_a_list_share_the_supply_verb():
    text = "Washington fornirà centinaia di proiettili, migliaia di razzi e decine di obici."
    assert [c for _, _, c in described(text)] == ["weapons", "weapons", "weapons"]


def test_generic_people_take_the_participle():
    text = "Quattro civili sono stati uccisi e due feriti gravemente."
    assert described(text) == [("Quattro civili", 4, "killed"), ("due feriti", 2, "injured")]


def test_casualty_nouns_carry_their_category():
    assert only("Il bilancio è di 51 morti.").category == "killed"
    assert only("Si contano almeno 42 vittime.").category == "killed"
    assert only("Ci sono 7 dispersi.").category == "missing"


def test_persone_rapite_are_abducted():
    f = only("Sono 30 le persone rapite dalle milizie.")
    assert (f.value, f.category) == (30, "abducted")


def test_evacuated_people():
    assert only("Sono stati evacuati 3.000 abitanti.").category == "evacuated"
    f = only("L'offensiva ha costretto 200mila persone a lasciare le loro case.")
    assert (f.value, f.category) == (200_000, "evacuated")


def test_prisoners_captured():
    assert only("Kiev afferma di aver catturato 40 soldati russi.").category == "prisoners"
    assert only("Previsto lo scambio di 90 prigionieri.").category == "prisoners"


def test_soldiers_without_a_casualty_verb_are_other():
    f = only("Il contingente conta 5.000 soldati.")
    assert (f.value, f.category, f.unit) == (5000, "other", "person")


def test_bombing_times_are_strikes():
    f = only("L'artiglieria ha bombardato la città per 40 volte.")
    assert (f.value, f.category) == (40, "strikes")


def test_times_as_a_multiplier_is_no_figure():
    assert figures("Spende nove volte quello che spende Mosca.") == []
    assert figures("Gli attacchi sono aumentati di 10 volte.") == []


def test_raids_and_attacks_are_strikes():
    assert only("Registrati 81 nuovi raid russi.").category == "strikes"


def test_money_is_aid_money_with_its_currency():
    f = only("Il Pentagono ha stanziato 725 milioni di dollari.")
    assert (f.value, f.category, f.unit) == (725_000_000, "aid_money", "USD")
    assert only("Un pacchetto da 1,3 miliardi di sterline.").unit == "GBP"
    assert only("Il debito supera i 430 milioni di euro.").unit == "EUR"


def test_billions_without_a_currency_are_money_in_a_money_sentence():
    f = only("Il Congresso ha bloccato ulteriori 24 miliardi di aiuti.")
    assert (f.value, f.category, f.unit) == (24_000_000_000, "aid_money", None)


def test_count_of_loans_is_not_money():
    assert figures("L'Ue ha approvato due finanziamenti.") == []


def test_other_counts_with_units():
    assert only("Colpite oltre 20 regioni.").unit == "region"
    f = only("Il villaggio si trova a circa 200 metri dal confine.")
    assert (f.value, f.category, f.unit, f.qualifier) == (200, "other", "metre", "about")


def test_tonnes_after_a_scale():
    f = only("Ha importato 1,05 milioni di tonnellate di gasolio.")
    assert (f.value, f.unit) == (1_050_000, "tonne")


# --- number words and the indefinite article ---------------------------------------------------

def test_un_morto_is_one_killed():
    f = only("Un morto nel raid su Belgorod.")
    assert (f.value, f.category) == (1, "killed")


def test_una_persona_deceduta_is_one_killed():
    f = only("Una persona è deceduta in ospedale.")
    assert (f.value, f.category) == (1, "killed")


def test_un_civile_rimasto_ferito_is_one_injured():
    assert only("Un civile è rimasto ferito.").category == "injured"


def test_indefinite_article_before_other_nouns_is_no_figure():
    assert figures("Si è svolto un incontro tra le delegazioni.") == []
    assert figures("Frammenti di un drone abbattuto sono caduti su una casa.") == []
    assert figures("Uno dei leader ha lasciato la sala.") == []


def test_number_word_needs_a_countable_noun():
    assert figures("Abbiamo due buone ragioni per restare.") == []
    assert figures("Sei stato chiaro.") == []


def test_referential_number_words_are_no_count():
    assert figures("I colloqui tra i due paesi sono ripresi.") == []


# --- bare numbers that still count ------------------------------------------------------------

def test_bare_number_with_copula_and_participle():
    text = "Dei 47 operai presenti, 30 sono morti e 17 sono rimasti feriti."
    assert described(text)[1:] == [("30", 30, "killed"), ("17", 17, "injured")]


def test_ne_ha_ferite_counts_the_injured():
    text = "Il raid ha ucciso almeno 2 persone e ne ha ferite 15."
    assert described(text) == [("almeno 2 persone", 2, "killed"), ("15", 15, "injured")]


def test_partitive_inherits_the_noun():
    text = "Lanciati 90 droni, 70 dei quali sono stati abbattuti."
    assert [(v, c) for _, v, c in described(text)] == [
        (90, "drones_launched"), (70, "drones_downed")]


def test_coordinated_numbers_share_the_noun():
    text = "Provocarono rispettivamente 11 e 20 morti."
    assert [(v, c) for _, v, c in described(text)] == [(11, "killed"), (20, "killed")]


def test_elliptic_hedged_number_inherits_the_previous_figure():
    text = "Sono state uccise quasi 600 persone, e da ottobre circa 1.250."
    assert [(v, c) for _, v, c in described(text)] == [(600, "killed"), (1250, "killed")]


def test_bare_number_without_context_is_no_figure():
    assert figures("Il Gruppo dei 20 si riunisce a Roma.") == []


# --- not figures -------------------------------------------------------------------------------

def test_year_is_not_a_figure():
    assert figures("Nel 2025 la guerra è continuata, come dal 2016 al 2018.") == []


def test_dates_are_not_figures():
    assert figures("Giovedì 29 dicembre, e poi tra il 29 e il 30 dicembre.") == []
    assert figures("Pubblicato il 23 Giu 2022.") == []


def test_clock_time_is_not_a_figure():
    assert figures("Le sirene sono suonate alle 15:30 e alle 08.44.") == []


def test_ordinals_are_not_figures():
    assert figures("Alla 79ª Assemblea, la 957ma brigata e il 1000° giorno.") == []


def test_day_count_of_the_war_is_not_a_figure():
    assert figures("Si è giunti al giorno 309 del conflitto.") == []


def test_reading_time_and_durations_are_not_figures():
    assert figures("LETTURA: 3 minuti") == []
    assert figures("Dopo 62 anni di attività l'azienda lascia il paese.") == []


def test_age_is_not_a_figure():
    assert figures("Un uomo di 45 anni è stato fermato.") == []


def test_article_and_section_numbers_are_not_figures():
    assert figures("L'articolo 5 e il comma 2 della legge.") == []


def test_percentages_are_not_figures():
    assert figures("Controlla il 20% del territorio, il 30 per cento.") == []


def test_model_names_are_not_figures():
    assert figures("Ha ricevuto F-16 e sistemi S-400, G7 e G20.") == []


def test_proportions_are_not_counts():
    assert figures("Otto ragazzi su dieci hanno paura.") == []


def test_model_name_after_a_number_is_the_weapon():
    f = only("L'Olanda invierà 24 F-16.")
    assert (f.value, f.category) == (24, "weapons")


# --- zero, spans, order --------------------------------------------------------------------------

def test_no_victims_is_zero_killed():
    f = only("Secondo i dati preliminari non ci sono vittime.")
    assert (f.value, f.category) == (0, "killed")


def test_span_covers_hedge_number_and_noun():
    text = "Sono stati intercettati oltre 129 droni ucraini nella notte."
    f = only(text)
    assert text[f.start:f.end] == "oltre 129 droni ucraini"
    assert (f.approximate, f.qualifier) == (True, "more_than")


def test_range_figure_has_value_max():
    f = only("Tra 20 e 30 missili sono stati lanciati.")
    assert (f.value, f.value_max) == (20, 30)


def test_figures_come_in_text_order_with_sentence_index():
    text = "Uccise tre persone. Lanciati 50 droni."
    found = figures(text)
    assert [(int(f.value), f.sentence_index) for f in found] == [(3, 0), (50, 1)]


def test_speaker_and_side_are_left_to_the_pipeline():
    f = only("Uccisi 4 civili.")
    assert (f.speaker, f.side, f.claim_index) == (None, None, None)


# --- robustness ----------------------------------------------------------------------------------

def test_hostile_input_does_not_crash():
    for text in ("1.2.3.4 droni", "1e400 morti", "99999999999999999999 miliardi di euro",
                 "9" * 10_000 + " morti", "tra e e", "centinaia di di di", "un " * 1000,
                 "3 morti uccisi e " * 2000, "centoventi" * 2000 + "x", "1," * 10_000,
                 "25 persone, inclusi " + "due bambini e " * 2000 + ", sono state uccise"):
        for f in figures(text):
            assert 0 <= f.start < f.end <= len(text)


_ITALIAN_BITS = st.sampled_from([
    "tre", "morti", "feriti", "droni", "1.200", "3,5", "milioni", "di", "dollari", "almeno",
    "circa", "tra", "e", "20-30", "un", "una", "persona", "è", "deceduta", "sono", "stati",
    "intercettati", "centinaia", "migliaia", "ne", "ha", "ferite", "15", "dei", "quali", ",",
    ".", "«", "»", "2025", "29", "dicembre", "volte", "bombardato", "nessun", "%", "F-16", "\n",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_ITALIAN_BITS, max_size=40).map(" ".join)))
def test_find_figures_never_crashes_and_spans_are_ordered(text):
    sentences = sentences_of(text)
    found = find_figures(text, sentences)
    previous_end = 0
    for f in found:
        assert previous_end <= f.start < f.end <= len(text)
        sentence = sentences[f.sentence_index]
        assert sentence.start <= f.start and f.end <= sentence.end
        previous_end = f.end


# --- more Italian constructions ----------------------------------------------------------------

def test_tally_names_the_casualty_before_the_number():
    text = "Secondo Beirut le vittime dei raid sono salite a 558."
    assert described(text) == [("558", 558, "killed")]


def test_count_in_an_aside_takes_the_enclosing_category():
    text = "Almeno 25 persone, inclusi due bambini, sono state uccise dai raid."
    assert [(v, c) for _, v, c in described(text)] == [(25, "killed"), (2, "killed")]


def test_participle_must_agree_with_the_count():
    text = "È accusato di aver segregato altre 12 donne il 43enne arrestato ieri."
    assert [(v, c) for _, v, c in described(text)] == [(12, "other")]


def test_a_few_people_in_a_story_are_no_count():
    assert figures("«Siamo russi», dicono tre soldati al posto di blocco.") == []


def test_agent_after_da_suffered_nothing():
    assert figures("Il bambino fu rapito da una donna.") == []


def test_active_verb_after_the_count_is_not_its_fate():
    f = only("Migliaia di miliziani entrarono nel paese uccidendo i civili.")
    assert f.category == "other"


def test_displaced_people_who_left_their_homes_are_evacuated():
    f = only("Oltre 27mila persone hanno lasciato il paese.")
    assert (f.value, f.category) == (27_000, "evacuated")


def test_speeds_are_not_distances():
    assert figures("Il vento ha soffiato fino a 225 km orari, poi a 30 km/h.") == []


def test_rates_per_population_are_not_counts():
    assert figures("Si contano 900 casi per 100.000 abitanti.") == []


def test_composite_thousands():
    f = only("Sequestrati contanti per 6mila 700 euro.")
    assert (f.value, f.unit) == (6700, "EUR")
    assert only("Un danno di circa un milione e 850 mila euro.").value == 1_850_000


def test_qualche_centinaio_is_about_a_hundred():
    f = only("Vivono a qualche centinaio di metri dal fronte.")
    assert (f.value, f.qualifier, f.unit) == (100, "about", "metre")


def test_numbers_among_two_nouns():
    f = only("Distrutti 80 tra droni e missili da crociera.")
    assert (f.value, f.category) == (80, "drones_downed")


def test_unknown_people_after_a_vague_count_take_the_casualty_verb():
    f = only("Il regime ha fatto uccidere migliaia di curdi.")
    assert (f.value, f.category, f.unit) == (1000, "killed", "person")


def test_unknown_things_after_a_vague_count_are_other():
    f = only("Israele ha fatto esplodere migliaia di cercapersone.")
    assert (f.value, f.category) == (1000, "other")


def test_inclusion_after_a_casualty_noun():
    text = "Sale a 37 morti, tra cui tre bambini, il bilancio del raid."
    assert [(v, c) for _, v, c in described(text)] == [(37, "killed"), (3, "killed")]


def test_strikes_on_targets():
    f = only("L'esercito afferma di aver colpito oltre 1.500 obiettivi.")
    assert (f.value, f.category, f.qualifier) == (1500, "strikes", "more_than")


def test_targets_without_a_strike_are_no_figure():
    assert figures("Il piano prevede di raggiungere 55 obiettivi entro l'anno.") == []


def test_downed_out_of_launched():
    text = "La contraerea ha abbattuto 45 dei 60 droni lanciati dalla Russia."
    assert [(v, c) for _, v, c in described(text)] == [
        (45, "drones_downed"), (60, "drones_launched")]
    text = "Kiev: abbattuti 30 droni su 35."
    assert [(v, c) for _, v, c in described(text)] == [
        (30, "drones_downed"), (35, "drones_launched")]


def test_bare_number_after_drones_takes_their_fate():
    text = "Lanciati 60 droni. 58 sono stati abbattuti."
    assert [(v, c) for _, v, c in described(text)] == [
        (60, "drones_launched"), (58, "drones_downed")]


def test_hanno_perso_la_vita_is_killed():
    assert only("Dodici persone hanno perso la vita.").category == "killed"


def test_one_with_an_age_between_noun_and_participle():
    f = only("Un bambino di 5 anni è stato ucciso.")
    assert (f.value, f.category) == (1, "killed")


def test_weapon_model_names_as_heads():
    text = "Lanciati nella notte 40 Shahed e 3 Iskander."
    assert [(v, c) for _, v, c in described(text)] == [
        (40, "drones_launched"), (3, "missiles_launched")]


def test_caused_no_victims_is_zero():
    assert only("L'esplosione non ha causato vittime.").value == 0


def test_a_capitalised_number_word_in_a_place_name_is_not_a_figure():
    text = "I ladri hanno colpito in via Due Ponti e poi in via Allegri."
    assert figures(text) == []


def test_people_already_named_running_away_are_not_evacuees():
    text = "Gli agenti li hanno visti. I tre sono poi fuggiti a piedi."
    assert figures(text) == []


def test_people_fleeing_a_war_are_evacuees():
    text = "Oltre due milioni di persone sono fuggite dalla regione."
    (figure,) = figures(text)
    assert (figure.value, figure.category) == (2_000_000, "evacuated")
