from __future__ import annotations

import pytest

from claims.extraction.nlp import MODEL_ENV, PipelineMissing, load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_pipeline_has_every_component(nlp):
    assert nlp.lang == "it"
    for name in ("tok2vec", "morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert name in nlp.pipe_names


def test_loading_twice_returns_the_same_pipeline(nlp):
    assert load_pipeline() is nlp


def test_ha_detto_che_has_dire_its_subject_and_a_clause(nlp):
    doc = nlp("Il ministro della Difesa ha detto che trenta droni sono stati abbattuti.")
    detto = next(t for t in doc if t.text == "detto")
    assert detto.lemma_ == "dire"
    assert detto.pos_ == "VERB"
    ministro = next(t for t in doc if t.text == "ministro")
    assert ministro.dep_ == "nsubj"
    assert ministro.head == detto
    assert any(child.dep_ == "ccomp" for child in detto.children)


def test_plural_noun_has_its_singular_lemma(nlp):
    doc = nlp("Il ministro della Difesa ha detto che trenta droni sono stati abbattuti.")
    droni = next(t for t in doc if t.text == "droni")
    assert droni.pos_ == "NOUN"
    assert droni.lemma_ == "drone"
    assert "Plur" in droni.morph.get("Number")


def test_person_and_city_are_entities(nlp):
    doc = nlp("Ieri Sergio Mattarella è arrivato a Milano per incontrare i sindaci della regione.")
    entities = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("Sergio Mattarella", "PER") in entities
    assert ("Milano", "LOC") in entities


def test_sentences_are_split(nlp):
    doc = nlp("Il governo ha approvato il decreto. Le opposizioni hanno votato contro.")
    assert len(list(doc.sents)) == 2


def test_missing_model_says_to_run_make_model(monkeypatch, tmp_path):
    monkeypatch.setenv(MODEL_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(PipelineMissing, match="make model"):
        load_pipeline.__wrapped__()
