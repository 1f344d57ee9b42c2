"""Speech cues: the verbs and phrases Italian news uses to attribute words to a speaker.

Each verb is one line; `cue_forms()` spells out its conjugated forms. Adding a cue verb is
adding a `Verb(...)` line here (and a test that uses it).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Verb:
    participle: str  # "detto": ha detto, hanno detto, avrebbe detto
    present: str = ""  # 3rd person singular and plural, space separated: "dice dicono"
    past: str = ""  # passato remoto, "disse dissero" (older or literary copy)
    gerund: str = ""  # "dicendo": continues the same speaker's turn, never opens a claim
    after_lo: bool = True  # allowed in "Lo ha detto X" (False where "lo" is an object person)


# Verbs of saying, reporting and announcing. Present forms cover ANSA's historic present
# ("Rudenko afferma che…"), participles the passato prossimo ("ha dichiarato che…").
SPEECH_VERBS: tuple[Verb, ...] = (
    Verb("detto", "dice dicono", "disse dissero", "dicendo"),
    Verb("dichiarato", "dichiara dichiarano", "dichiarò", "dichiarando"),
    Verb("affermato", "afferma affermano", "affermò", "affermando"),
    Verb("aggiunto", "aggiunge aggiungono", "aggiunse", "aggiungendo"),
    Verb("spiegato", "spiega spiegano", "spiegò", "spiegando"),
    Verb("riferito", "riferisce riferiscono", "riferì", "riferendo"),
    Verb("sottolineato", "sottolinea sottolineano", "sottolineò", "sottolineando"),
    Verb("ribadito", "ribadisce ribadiscono", "ribadì", "ribadendo"),
    Verb("precisato", "precisa precisano", "precisò", "precisando"),
    Verb("specificato", "specifica specificano", "", "specificando"),
    Verb("osservato", "osserva osservano", "osservò", "osservando"),
    Verb("annunciato", "annuncia annunciano", "annunciò", "annunciando"),
    Verb("confermato", "conferma confermano", "confermò", "confermando"),
    # "lo hanno denunciato per furto": with "lo" the object is a person reported to police.
    Verb("denunciato", "denuncia denunciano", "denunciò", "denunciando", after_lo=False),
    Verb("scritto", "scrive scrivono", "scrisse", "scrivendo"),
    Verb("reso noto", "rende noto rendono noto", "rese noto", "rendendo noto"),
    Verb("fatto sapere", "fa sapere fanno sapere", "fece sapere"),
    Verb("sostenuto", "sostiene sostengono", "sostenne", "sostenendo"),
    Verb("risposto", "risponde rispondono", "rispose", "rispondendo"),
    Verb("riportato", "riporta riportano", "riportò", "riportando"),
    Verb("comunicato", "comunica comunicano", "comunicò", "comunicando"),
    Verb("assicurato", "assicura assicurano", "assicurò", "assicurando"),
    Verb("avvertito", "avverte avvertono", "avvertì", "avvertendo", after_lo=False),
    Verb("accusato", "accusa accusano", "accusò", "accusando", after_lo=False),
    Verb("promesso", "promette promettono", "promise", "promettendo", after_lo=False),
    Verb("ammesso", "ammette ammettono", "ammise", "ammettendo"),
    Verb("commentato", "commenta commentano", "commentò", "commentando", after_lo=False),
    Verb("evidenziato", "evidenzia evidenziano", "evidenziò", "evidenziando"),
    Verb("ricordato", "ricorda ricordano", "ricordò", "ricordando", after_lo=False),
    Verb("segnalato", "segnala segnalano", "segnalò", "segnalando"),
    Verb("indicato", "indica indicano", "indicò", "indicando"),
    Verb("rivendicato", "rivendica rivendicano", "rivendicò", "rivendicando", after_lo=False),
    Verb("negato", "nega negano", "negò", "negando", after_lo=False),
    Verb("smentito", "smentisce smentiscono", "smentì", "smentendo"),
    Verb("twittato", "twitta twittano", "twittò", "twittando"),
    Verb("insistito", "insiste insistono", "insistette", "insistendo", after_lo=False),
    Verb("avvisato", "avvisa avvisano", "avvisò", "avvisando", after_lo=False),
    Verb("invitato", "invita invitano", "invitò", "invitando", after_lo=False),
    Verb("chiarito", "chiarisce chiariscono", "chiarì", "chiarendo"),
    Verb("raccontato", "racconta raccontano", "raccontò", "raccontando"),
    Verb("rilevato", "rileva rilevano", "rilevò", "rilevando"),
    # "ha definito la tregua «una farsa»": the quoted object is what was said.
    Verb("definito", "definisce definiscono", "definì", "definendo", after_lo=False),
    Verb("concluso", "conclude concludono", "concluse", "concludendo"),
    Verb("rivelato", "rivela rivelano", "rivelò", "rivelando"),
    Verb("proseguito", "prosegue proseguono", "proseguì", "proseguendo"),
    Verb("esortato", "esorta esortano", "esortò", "esortando", after_lo=False),
)

# Auxiliaries of the compound tenses ("ha detto", "avrebbe detto": reported allegation).
AUXILIARIES: tuple[str, ...] = (
    "ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "ha già", "abbia", "abbiano",
)

# Adverbs that sit between auxiliary and participle, or after an inverted verb:
# "ha poi spiegato", "ha anche ribadito", "afferma ancora Saldo".
ADVERBS: tuple[str, ...] = (
    "poi", "anche", "inoltre", "ancora", "infatti", "già", "quindi", "più volte", "ieri",
    "oggi", "però", "invece", "nuovamente", "pure", "successivamente", "tra l'altro",
    "tra l’altro", "sempre", "poco dopo", "in seguito", "stamani", "stamattina", "stasera",
)

# Reflexive speech: "Xi si è detto disponibile", "si è impegnato a fornire".
REFLEXIVE: tuple[str, ...] = (
    "si è detto", "si è detta", "si sono detti", "si dice", "si dicono",
    "si è impegnato", "si è impegnata", "si impegna", "si sono impegnati",
    "si è mostrato", "si è mostrata", "si è dichiarato", "si è dichiarata",
)

# The claim is the previous sentence: "Lo ha detto X", "Lo riporta Tass".
ANAPHORIC_OBJECTS: tuple[str, ...] = ("lo", "Lo", "lo si", "Lo si")

# Cleft attributions of the previous sentence: "A dirlo è Peskov", "È quanto scrive il Guardian".
CLEFTS: tuple[str, ...] = (
    "a dirlo è", "a dirlo sono", "a riferirlo è", "a riferirlo sono", "a renderlo noto è",
    "a renderlo noto sono", "a darne notizia è", "a darne notizia sono", "a scriverlo è",
    "a riportarlo è", "a riportarlo sono", "a sostenerlo è", "a confermarlo è",
    "a confermarlo sono", "a denunciarlo è", "a spiegarlo è", "ne dà notizia", "ne danno notizia",
)

# "È quanto scrive il Guardian", "E' quanto riferisce la Tass": followed by a present or past form.
WHAT_CLEFTS: tuple[str, ...] = ("è quanto", "e' quanto", "è ciò che", "questo è quanto")

# Prepositions that name a source: "secondo Peskov", "stando a fonti locali", "a detta di".
SOURCE_PREPOSITIONS: tuple[str, ...] = (
    "secondo", "stando a", "stando al", "stando alla", "stando alle", "stando ai", "stando agli",
    "stando all'", "stando all’", "a detta di", "a detta del", "a detta della", "a detta dei",
    "a parere di", "a giudizio di",
)

# Relayed by: "come riferito da X", "come ha riportato il Wall Street Journal".
AS_REPORTED: tuple[str, ...] = (
    "come riferito", "come riportato", "come ha riferito", "come ha riportato", "come riporta",
    "come riferisce", "come scrive", "come ha scritto", "come ha detto", "come dice",
    "come ha spiegato", "come spiega", "come ha annunciato", "come annunciato",
    "come ha reso noto", "come reso noto", "come afferma", "come ha affermato",
    "come ha dichiarato", "come dichiarato",
)

# Passive relays that name the medium, not the speaker: "citato da Ria Novosti",
# "riportata dall'agenzia Tass", "ripresa dalla Cnn".
RELAYED_BY: tuple[str, ...] = (
    "citato", "citata", "citati", "citate", "riportato", "riportata", "riportati", "riportate",
    "ripreso", "ripresa", "ripresi", "riprese", "rilanciato", "rilanciata", "diffuso", "diffusa",
    "diffusi", "diffuse", "pubblicato", "pubblicata", "ottenuti", "ottenuto", "ottenuta",
)

# Who a medium cites: "citando il ministero", "che cita un portavoce".
CITING: tuple[str, ...] = ("citando", "che cita", "che citano", "che ha citato", "sulla base di")


# Nouns of speech that hand a colon to their owner: "l'annuncio di Blinken: presenterà…".
SPEECH_NOUNS: tuple[str, ...] = (
    "annuncio", "parole", "messaggio", "appello", "avvertimento", "replica", "risposta",
    "commento", "accusa", "monito", "promessa", "minaccia", "denuncia", "dichiarazione",
)


def cue_forms() -> dict[str, str]:
    """Every finite form of every speech verb, mapped to its participle (the verb's key)."""
    forms: dict[str, str] = {}
    for verb in SPEECH_VERBS:
        for form in (*verb.present.split(" "), *verb.past.split(" ")):
            if form:
                forms.setdefault(form, verb.participle)
        # multiword present forms ("rende noto", "fa sapere") are split above; rebuild them.
        for chunk in _multiword(verb.present) + _multiword(verb.past):
            forms[chunk] = verb.participle
    return {k: v for k, v in forms.items() if k not in _FRAGMENTS}


def _multiword(forms: str) -> list[str]:
    words = forms.split(" ")
    return [f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if b in ("noto", "sapere")]


# Pieces of multiword forms that are not verbs on their own.
_FRAGMENTS = {"noto", "sapere", "rende", "rendono", "fa", "fanno", "rese", "fece"}
