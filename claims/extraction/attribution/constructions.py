"""Speech reported by a construction rather than a verb next to its speaker.

- A cleft: "È stata la sindaca a far sapere che…", "Sono stati i medici ad annunciare che…".
- A speech noun after a quote: "«…», è l'appello di X", "«…»: così il commento di X",
  "«…». Queste le parole di X".
- A light verb with a speech noun: "X ha lanciato un appello perché…", "X ha rivolto un
  monito a…", "X ha lanciato l'allarme:".

Each is read within one sentence, with patterns of bounded length, after the cue rules: a
sentence they already attributed is left as it is.
"""

from __future__ import annotations

import re

from claims.extraction.attribution.finder import ClaimFinder, skip_space
from claims.extraction.rules.cues import SPEECH_NOUNS
from claims.extraction.rules.speech_lemmas import STEMS
from claims.extraction.speakers.mentions import NAME_RUN, Mention, names_someone
from claims.extraction.wordscan import alternation

_INFINITIVE = rf"(?:far(?:e)?\s+sapere|(?:{alternation(STEMS)})(?:are|ere|ire|rre))"
_CLEFT = re.compile(
    rf"(?<![\w'’])(?i:è|e['’]|sono|fu|furono)\s+(?:(?i:stat[oaie])\s+)?"
    rf"(?P<np>[^,.;:!?«»“”\"]{{2,80}}?)\s+(?i:a|ad)\s+(?i:{_INFINITIVE})\b"
    rf"(?:\s+(?i:che)\b|\s*:)?\s*"
)
_NOUN = rf"(?i:{alternation(set(SPEECH_NOUNS) | {'appelli', 'parole', 'commenti'})})"
_OF = r"(?i:di|del|della|dello|dell['’]|dei|degli|delle)\s*"
_NOUN_AFTER_QUOTE = re.compile(
    rf"\s*[,.:;]?\s*(?:(?i:è|sono|questo è|queste sono|così|ecco|questo|queste)\s+)?"
    rf"(?i:il|lo|la|l['’]|le|i|gli)\s*{_NOUN}\s+{_OF}"
)
_LIGHT_VERB = re.compile(
    r"(?i:ha|hanno|avrebbe|avrebbero|aveva|avevano)\s+(?:(?i:anche|poi|già|quindi)\s+)?"
    r"(?i:lanciato|rivolto|rinnovato|fatto)\s+(?i:un|una|uno|l['’]|il|un['’])\s*"
    r"(?i:appello|allarme|monito|avvertimento|ultimatum)\b"
    r"(?:\s+(?:(?i:a|al|alla|ai|agli|alle|all['’])\s*[^,.;:!?«»“”\"]{1,40}?))?"
    r"(?:\s*:\s*|\s+(?i:perché|affinché|a|ad|di|per)\s+)"
)
_NAME = re.compile(rf"(?P<name>{NAME_RUN})")
_MIN_WORDS = 3


def constructions(f: ClaimFinder) -> None:
    """Add the claims these constructions make, sentence by sentence."""
    text = f.text
    for sent in f.sentences:
        if f.claims_in(sent.index):
            continue
        for m in _CLEFT.finditer(text, sent.start, sent.end):
            speaker = _named(f, m.start("np"), m.end("np"))
            span = _rest(f, m.end(), sent.end)
            if speaker is not None and span is not None:
                f.add(span, speaker, "cleft", sent.index, rule="cleft")
                break
        for m in _LIGHT_VERB.finditer(text, sent.start, sent.end):
            speaker = f.mention_before(m.start(), sent.start)
            span = _rest(f, m.end(), sent.end)
            if speaker is not None and span is not None:
                f.add(span, speaker, "appello", sent.index, rule="speech-noun")
                break
    _nouns_after_quotes(f)


def _nouns_after_quotes(f: ClaimFinder) -> None:
    """«…», è l'appello di X: the quote is X's."""
    text = f.text
    for q in f.quotes:
        if q.words(text) < 2:
            continue
        m = _NOUN_AFTER_QUOTE.match(text, q.end)
        if m is None:
            continue
        index = f.sentence_at(q.start + 1)
        if any(c.start <= q.start + 1 < c.end for c in f.claims_in(index)):
            continue
        speaker = f.mention_after(m.end(), m.end() + 80) or _name_at(f, m.end())
        if speaker is not None:
            f.add((q.start + 1, q.end - 1, "direct"), speaker, "appello", index,
                  attribution=f.sentence_at(m.start()), rule="speech-noun")


def _named(f: ClaimFinder, lo: int, hi: int) -> Mention | None:
    """Who a noun phrase names: a mention inside it, else an unknown name that is all of it."""
    for m in f.mentions_between(lo, hi):
        if m.end <= hi and names_someone(m):
            return m
    return f.name_alone(lo, hi)


def _name_at(f: ClaimFinder, pos: int) -> Mention | None:
    m = _NAME.match(f.text, pos)
    return f.person_named(m.start(), m.end()) if m else None


def _rest(f: ClaimFinder, at: int, end: int) -> tuple[int, int, str] | None:
    """The claim from `at` to the end of the sentence: a quote that opens it, or the clause."""
    text = f.text
    at = skip_space(text, at)
    q = f.quote_at(at)
    if q is not None and q.start == at:
        return q.start + 1, q.end - 1, "direct"
    while end > at and text[end - 1] in " \t\n.;:,":
        end -= 1
    if len(text[at:end].split()) < _MIN_WORDS:
        return None
    return at, end, "reported"
