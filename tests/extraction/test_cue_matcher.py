from __future__ import annotations

import re

import pytest

from claims.extraction.attribution import cues as cm
from claims.extraction.rules import cues as rules


def kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in cm.find_cues(text)]


@pytest.mark.parametrize("text, cue", [
    ("Peskov ha detto che", "ha detto"),
    ("Peskov ha poi spiegato che", "ha poi spiegato"),
    ("Rudenko afferma che", "afferma"),
    ("il ministero ha reso noto che", "ha reso noto"),
    ("Kiev fa sapere che", "fa sapere"),
    ("Xi si è detto disponibile", "si è detto"),
    ("Sullivan si è impegnato a fornire", "si è impegnato"),
    ("Sir William Harcourt disse al giovane", "disse"),
])
def test_speech_verb_forms_are_cues(text, cue):
    assert (cm.VERB, cue) in kinds(text)


@pytest.mark.parametrize("text", [
    "Lo ha detto Peskov.", "lo riporta l'agenzia Tass", "A dirlo è Peskov.",
    "È quanto scrive il Guardian.", "E' quanto riferisce la Tass.", "Lo rende noto Ria Novosti.",
])
def test_anaphoric_attributions(text):
    assert kinds(text)[0][0] == cm.ANAPHORIC


def test_lo_denunciato_is_a_police_report_not_a_cue():
    assert (cm.ANAPHORIC, "lo hanno denunciato") not in kinds("I carabinieri lo hanno denunciato.")


def test_noun_spelled_like_a_verb_is_not_a_cue():
    assert kinds("La denuncia è arrivata ieri, insieme alla conferma.") == []


def test_elided_article_noun_is_not_a_cue():
    assert kinds("L'accusa è pesante.") == []


def test_source_prepositions():
    assert kinds("Secondo Peskov, stando al report, a detta di tutti")[:2] == [
        (cm.SOURCE, "Secondo"), (cm.SOURCE, "stando al")]


def test_per_is_a_source_only_before_a_capitalised_name():
    assert (cm.SOURCE, "Per") in kinds("Per Vladimir Putin la crisi è finita.")
    assert kinds("Per tutto il 2021 le importazioni sono cresciute.") == []


def test_adding_a_cue_verb_is_one_line(monkeypatch):
    """A new Verb(...) in rules.cues is all it takes for every form to become a cue."""
    verb = rules.Verb("ammonito", "ammonisce ammoniscono", "ammonì", "ammonendo")
    monkeypatch.setattr(rules, "SPEECH_VERBS", (*rules.SPEECH_VERBS, verb))
    forms = rules.cue_forms()
    assert {"ammonisce", "ammoniscono", "ammonì"} <= set(forms)
    assert forms["ammonisce"] == "ammonito"


def test_every_table_verb_is_recognised_in_all_its_forms():
    for verb in rules.SPEECH_VERBS:
        for form in (*verb.present.split(), *verb.past.split()):
            if form in ("noto", "sapere", "rende", "rendono", "fa", "fanno", "rese", "fece"):
                continue
            assert cm.find_cues(f"Il ministro {form} che"), form
        assert cm.find_cues(f"Il ministro ha {verb.participle} che"), verb.participle


def test_multiword_present_forms_are_whole_cues():
    assert kinds("Il governo rende noto che")[0] == (cm.VERB, "rende noto")
    assert re.fullmatch(r"fa sapere", kinds("Kiev fa sapere che")[0][1])
