from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extraction.attribution_helpers import claim_text, claims_of, only_claim, run


def test_lo_ha_detto_attributes_previous_sentence():
    text = "La tregua reggerà fino a domenica. Lo ha detto Peskov ai giornalisti."
    claim = only_claim(text)
    assert (claim.speaker, claim.side, claim.kind, claim.cue) == (
        "Dmitry Peskov", "RU", "reported", "Lo ha detto")
    assert claim_text(text, claim) == "La tregua reggerà fino a domenica"
    assert (claim.sentence_indexes, claim.attribution_sentence) == ([0], 1)


def test_lo_riporta_with_a_quote_makes_the_quote_the_claim():
    text = 'Il Cremlino "non commenta indiscrezioni di stampa su questo tema". Lo ha detto Peskov.'
    claim = only_claim(text)
    assert (claim_text(text, claim), claim.kind) == (
        "non commenta indiscrezioni di stampa su questo tema", "direct")


def test_quote_then_inverted_cue():
    text = "«Non ci sono progressi nei negoziati», ha detto Peskov."
    claim = only_claim(text)
    assert (claim.speaker, claim.kind, claim_text(text, claim)) == (
        "Dmitry Peskov", "direct", "Non ci sono progressi nei negoziati")


def test_subject_verb_che_clause():
    text = "Zelensky ha dichiarato che l'offensiva proseguirà per tutto l'inverno."
    claim = only_claim(text)
    assert (claim.speaker, claim.side, claim.cue) == ("Volodymyr Zelensky", "UA", "ha dichiarato")
    assert claim_text(text, claim) == "l'offensiva proseguirà per tutto l'inverno"


def test_subject_verb_colon_quote():
    text = "Putin ha detto: «La Russia non vuole la guerra con la Nato»."
    assert claim_text(text, only_claim(text)) == "La Russia non vuole la guerra con la Nato"


def test_headline_name_colon_quote():
    text = 'Zelensky: "Servono più difese aeree per le città"\n\nAltro testo senza citazioni.'
    claim = only_claim(text)
    assert (claim.speaker, claim.cue, claim.kind) == ("Volodymyr Zelensky", ":", "direct")


def test_headline_subject_verb_colon_quote():
    text = 'Mosca accusa: "Un morto nel raid ucraino su Belgorod".'
    claim = only_claim(text)
    assert (claim.speaker, claim.side) == ("Mosca", "RU")


def test_role_phrase_speaker_resolves_to_the_person():
    text = "Il leader ucraino ha ribadito che non ci saranno cessioni di territorio."
    assert only_claim(text).speaker == "Volodymyr Zelensky"


def test_pronoun_continuation_takes_previous_speaker():
    text = ("Peskov ha detto che i colloqui sono utili. "
            "Ha poi aggiunto che nessuna data è stata fissata per il vertice.")
    claims = claims_of(text)
    assert [c.speaker for c in claims] == ["Dmitry Peskov", "Dmitry Peskov"]
    assert claim_text(text, claims[1]) == "nessuna data è stata fissata per il vertice"


def test_quote_interrupted_by_dashed_cue():
    text = '"Abbiamo discusso di difesa aerea - ha aggiunto Zelensky - e di nuovi aiuti".'
    claim = only_claim(text)
    assert (claim.speaker, claim.kind) == ("Volodymyr Zelensky", "direct")


def test_multi_sentence_quote_is_one_claim():
    text = "«Siamo pronti. Non cederemo. Vinceremo», ha detto Zelensky."
    claim = only_claim(text)
    assert claim.sentence_indexes == [0, 1, 2]
    assert claim_text(text, claim) == "Siamo pronti. Non cederemo. Vinceremo"


def test_secondo_after_the_content():
    text = "Due civili sono morti nel bombardamento notturno, secondo il sindaco di Kharkiv Ihor " \
           "Terekhov."
    claim = only_claim(text)
    assert (claim.speaker, claim.side, claim.cue) == ("Ihor Terekhov", "UA", "secondo")
    assert claim_text(text, claim) == "Due civili sono morti nel bombardamento notturno"


def test_secondo_before_the_content():
    text = "Secondo Putin, l'economia russa resiste alle sanzioni occidentali."
    claim = only_claim(text)
    assert claim_text(text, claim) == "l'economia russa resiste alle sanzioni occidentali"


def test_ordinal_secondo_is_not_a_source():
    assert claims_of("Nel secondo trimestre le importazioni sono cresciute molto.") == []


def test_secondo_cui_takes_the_antecedent():
    text = "Lo ha riferito Zelensky, secondo cui i droni hanno colpito una centrale elettrica."
    claims = claims_of(text)
    assert any(claim_text(text, c) == "i droni hanno colpito una centrale elettrica"
               and c.speaker == "Volodymyr Zelensky" for c in claims)


def test_stando_a_a_report_names_its_author():
    text = "I droni sono arrivati da sud, stando al report delle autorità ucraine."
    claim = only_claim(text)
    assert (claim.speaker, claim.side) == ("Autorità ucraine", "UA")


def test_a_dirlo_e_attributes_previous_sentence():
    text = "I colloqui di Miami non sono una svolta. A dirlo è il portavoce del Cremlino."
    claim = only_claim(text)
    assert (claim.speaker, claim.cue, claim.attribution_sentence) == (
        "Dmitry Peskov", "A dirlo è", 1)


def test_media_relaying_a_ministry_is_via_not_speaker():
    text = ("Mosca afferma che le difese hanno abbattuto 30 droni. "
            "Lo riporta l'agenzia Tass, citando il ministero della Difesa.")
    claim = only_claim(text)
    assert (claim.speaker, claim.side, claim.via) == ("Ministero della Difesa", "RU", "Tass")


def test_medium_speaking_for_itself_is_the_speaker():
    text = "Il vertice è stato rinviato a gennaio. Lo riporta Reuters."
    claim = only_claim(text)
    assert (claim.speaker, claim.side, claim.via) == ("Reuters", None, None)


def test_state_medium_speaking_for_itself_has_its_side():
    text = "Il vertice è stato rinviato a gennaio. Lo riporta Ria Novosti."
    assert only_claim(text).side == "RU"


def test_outlet_after_an_attributed_quote_is_via():
    text = '"Serve una gestione della crisi", ha affermato Putin, scrive Tass.'
    claim = only_claim(text)
    assert (claim.speaker, claim.via) == ("Vladimir Putin", "Tass")


def test_outlet_in_parenthesis_is_via_of_the_subject():
    text = 'Biden, scrive il Guardian, si è impegnato a fornire "nuovi sistemi di difesa aerea".'
    claim = only_claim(text, day=None)
    assert (claim.speaker, claim.via) == ("Joe Biden", "The Guardian")


def test_e_quanto_scrive_keeps_the_sentence_speaker_and_sets_via():
    text = ('La Casa Bianca ha promesso una "valanga di assistenza militare" a Kiev. '
            "È quanto scrive il Guardian.")
    claim = only_claim(text)
    assert (claim.speaker, claim.side, claim.via) == ("Casa Bianca", "US", "The Guardian")


def test_scare_quote_is_not_a_claim():
    assert claims_of("Il vertice dei 'Volenterosi' si è aperto con l'operazione 'Spiderweb'.") == []


def test_narration_is_not_a_claim():
    assert claims_of("Le truppe russe hanno bombardato la periferia di Kharkiv.") == []


def test_quoted_phrase_object_of_a_speech_verb_is_part_of_the_claim():
    text = 'Trump ha promesso a Kiev una "valanga di assistenza militare" entro gennaio.'
    claim = only_claim(text)
    assert claim.kind == "reported"
    assert "valanga di assistenza militare" in claim_text(text, claim)


def test_unknown_person_subject_by_title():
    text = "Il governatore della regione russa di Kursk Alexei Smirnov ha detto che i droni " \
           "sono stati abbattuti."
    claim = only_claim(text)
    assert (claim.speaker, claim.side) == ("Alexei Smirnov", "RU")


def test_surname_only_later_mention_keeps_the_speaker():
    text = ("Lo ha reso noto il governatore locale Ivan Sidorov, nella regione russa di Tula. "
            "Sidorov ha osservato che non ci sono vittime tra i civili.")
    claims = claims_of(text)
    assert claims[-1].speaker == "Ivan Sidorov" and claims[-1].side == "RU"


def test_demonym_group_inverted_subject():
    text = "Le truppe russe hanno bombardato il centro di Kharkiv, dicono gli ucraini."
    claim = only_claim(text)
    assert (claim.speaker, claim.side) == ("ucraini", "UA")


def test_object_after_invita_is_not_a_subject():
    text = "Zelensky invita i russi ad abbandonare la città occupata."
    assert all(c.speaker != "russi" for c in claims_of(text))


def test_relative_pronoun_subject_is_the_antecedent():
    text = "Ha parlato anche Trump, il quale ha confermato che i colloqui sono in corso."
    assert only_claim(text).speaker == "Donald Trump"


def test_repeated_headline_claim_is_kept_once():
    text = 'Putin: "Nessuna escalation con la Nato"\n\nPutin: "Nessuna escalation con la Nato"'
    assert len(claims_of(text)) == 1


def test_speakers_list_one_ref_per_speaker_with_all_mentions():
    text = "Peskov ha detto che il piano è utile. Il portavoce del Cremlino ha aggiunto altro."
    speakers, _ = run(text)
    peskov = [s for s in speakers if s.name == "Dmitry Peskov"]
    assert len(peskov) == 1 and len(peskov[0].mentions) == 2 and peskov[0].known


def test_empty_text_has_no_claims():
    assert run("") == ([], [])


_ITALIAN = st.sampled_from([
    "Peskov", "ha detto", "che", "«", "»", '"', "'", "“", "”", "Lo", "lo riporta", "Tass",
    "secondo", "il", "presidente russo", ",", ".", ":", " ", "\n", "Mosca", "afferma", "-",
    "l'attacco", "po'", "A dirlo è", "Zelensky", "droni", "E'", "citando", "ministero",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ITALIAN, max_size=40).map(" ".join))
def test_claim_spans_are_inside_the_text(text):
    speakers, claims = run(text)
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert claim.speaker
    for speaker in speakers:
        for start, end in speaker.mentions:
            assert 0 <= start < end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_claim_spans_are_inside_any_text(text):
    _, claims = run(text)
    assert all(0 <= c.start < c.end <= len(text) for c in claims)


def test_lo_scrive_names_the_speaker_of_a_quote_after_another_speakers_quote():
    text = ('Putin ha detto: "noi non lo faremo". "Ho visitato uno stabilimento di proiettili '
            'oggi". Lo scrive su X il presidente ucraino Volodymyr Zelensky.')
    claims = {claim_text(text, c)[:12]: c for c in claims_of(text)}
    assert claims["Ho visitato "].speaker == "Volodymyr Zelensky"
    assert claims["noi non lo f"].speaker == "Vladimir Putin"


def test_an_outlet_speaking_for_itself_is_not_its_own_via():
    text = "Reuters ha riferito che le sanzioni avrebbero un grave impatto sui consumatori russi."
    claim = only_claim(text)
    assert claim.speaker == "Reuters"
    assert claim.via is None


def test_secondo_without_a_comma_ends_the_source_at_its_name():
    text = "Secondo Putin le truppe hanno respinto cinque attacchi nella notte."
    claim = only_claim(text)
    assert claim.speaker == "Vladimir Putin"
    assert claim_text(text, claim).startswith("le truppe hanno respinto")


def test_secondo_with_a_comma_keeps_the_whole_source_phrase():
    text = "Secondo i dati diffusi dalla Tass, le truppe hanno respinto cinque attacchi."
    assert claim_text(text, only_claim(text)).startswith("le truppe hanno respinto")


def test_a_chain_of_relays_leads_to_the_original_speaker():
    text = ("Le truppe hanno lasciato il villaggio. Lo riporta Ria Novosti citando la Tass che "
            "cita Peskov.")
    claim = only_claim(text)
    assert claim.speaker == "Dmitry Peskov"
    assert [(name, text[start:end]) for name, start, end in claim.relays] == [
        ("Ria Novosti", "Ria Novosti"), ("Tass", "Tass")]
    assert claim.via == "Ria Novosti"


def test_a_medium_that_cites_nobody_is_the_speaker_with_no_relays():
    claim = only_claim("Le truppe hanno lasciato il villaggio. Lo riporta la Tass.")
    assert (claim.speaker, claim.relays, claim.via) == ("Tass", [], None)


def test_a_quote_in_the_lead_is_said_by_the_speaker_named_next():
    text = ("«Non lasceremo la città agli invasori». "
            "Marco Verdi ha detto che i rifugi resteranno aperti tutta la notte.")
    quote, reported = claims_of(text)
    assert (quote.speaker, claim_text(text, quote)) == (
        "Marco Verdi", "Non lasceremo la città agli invasori")
    assert quote.attribution_sentence == 1 and reported.speaker == "Marco Verdi"


def test_a_quote_in_the_lead_with_no_speaker_named_next_is_no_claim():
    assert claims_of("«Non lasceremo la città agli invasori». "
                     "I rifugi resteranno aperti tutta la notte.") == []
