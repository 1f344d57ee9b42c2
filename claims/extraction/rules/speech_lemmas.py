"""Lemmas of saying, as the parser gives them: one table for every tense, mood and person.

A verb here is speech only with what speech takes: a clausal complement ("ha precisato che…",
"concluderebbe che…"), a quote or a colon after it, or, for the verbs marked `di`, an
infinitive with "di" ("ha chiesto di fermare…", "esorta a trattare"). "Le truppe continuano ad
avanzare" has none of these, so no verb outside this table, and no verb in it used otherwise,
makes a claim.
"""

from __future__ import annotations

# Verbs that report what someone said, wrote or holds true. Verbs whose written forms are
# mostly nouns or adjectives in news copy ("posto", "pubblico", "nota", "giudice") are left
# out: every sentence with one would be parsed for nothing.
SAYING: frozenset[str] = frozenset((
    "dire", "dichiarare", "affermare", "aggiungere", "spiegare", "riferire", "sottolineare",
    "ribadire", "precisare", "specificare", "osservare", "annunciare", "confermare",
    "denunciare", "scrivere", "sostenere", "rispondere", "replicare", "riportare",
    "comunicare", "assicurare", "avvertire", "accusare", "promettere", "ammettere",
    "commentare", "evidenziare", "ricordare", "segnalare", "rivendicare", "negare",
    "smentire", "twittare", "insistere", "concludere", "rivelare", "raccontare", "definire",
    "prevedere", "paragonare", "garantire", "minacciare", "lamentare", "criticare",
    "auspicare", "ritenere", "credere", "pensare", "argomentare", "puntualizzare",
    "chiarire", "ammonire", "avvisare", "esortare", "invitare", "chiedere", "domandare",
    "proporre", "suggerire", "sollecitare", "annotare", "rilevare", "stimare",
    "valutare", "dichiararsi", "dirsi", "ipotizzare", "anticipare",
    "confidare", "sentenziare", "tuonare", "attaccare", "incalzare", "rimarcare",
    "esclamare", "urlare", "gridare", "sussurrare", "elencare",
    "illustrare", "descrivere", "obiettare", "contestare", "ricostruire", "testimoniare",
))

# Verbs that take what is asked or urged as an infinitive: "chiede di…", "esorta a…".
WITH_INFINITIVE: frozenset[str] = frozenset((
    "chiedere", "esortare", "invitare", "sollecitare", "proporre", "suggerire", "promettere",
    "minacciare", "annunciare", "domandare", "ammonire", "avvertire", "garantire",
))

# Stems that begin the written forms of irregular verbs above ("detto", "disse", "scrisse").
_IRREGULAR_STEMS = (
    "dic", "dir", "dett", "diss", "scriv", "scritt", "scriss", "rispost", "rispos", "chiest",
    "chies", "ammess", "ammis", "promess", "promis", "conclus", "previst", "previd", "ritien",
    "riteng", "ritenn", "sostien", "sosteng", "sostenn", "propon", "propos",
    "descritt", "descriss", "aggiunt", "aggiuns", "insistett", "espress",
)


def _stem(lemma: str) -> str:
    """"precisare" → "precis": what every regular form of the verb begins with."""
    lemma = lemma.removesuffix("si")
    if lemma.endswith("r"):  # dichiararsi → dichiarar
        lemma += "e"
    return lemma[:-3]


# What follows a stem in the written forms of a verb: present, past, imperfect, future,
# conditional, subjunctive, participles, gerund, infinitive ("dichiar-ava", "conclu-derà").
ENDINGS: tuple[str, ...] = (
    "o", "i", "a", "e", "iamo", "ate", "ete", "ite", "ano", "ono", "ato", "ata", "ati", "uto",
    "uta", "uti", "ito", "ita", "iti", "ò", "ì", "é", "è", "ava", "avano", "eva", "evano", "iva",
    "ivano", "erà", "irà", "eranno", "iranno", "erebbe", "irebbe", "erebbero", "irebbero",
    "ebbe", "ebbero", "ero", "asse", "assero", "esse", "essero", "isse", "issero", "ando",
    "endo", "are", "ere", "ire", "isce", "iscono", "isca", "iscano", "ì", "irono", "arono",
    "erono", "ino", "à", "anno", "ebbero", "ettero", "ette", "àno",
)

# Stems of the verbs above: a sentence is parsed only when a word is a stem and an ending.
STEMS: frozenset[str] = frozenset(
    {stem for stem in map(_stem, SAYING) if len(stem) >= 3} | set(_IRREGULAR_STEMS)
)
