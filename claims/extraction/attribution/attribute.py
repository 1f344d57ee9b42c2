"""Speakers and the claims attributed to them."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from typing import TYPE_CHECKING

from claims.extraction.attribution.constructions import constructions
from claims.extraction.attribution.cue_handlers import handle
from claims.extraction.attribution.cues import find_cues
from claims.extraction.attribution.discourse import (
    pronoun_sources,
    resolve_bodies,
    resolve_roles,
)
from claims.extraction.attribution.finder import ClaimFinder, Found
from claims.extraction.attribution.interviews import interview_answers
from claims.extraction.attribution.parsed import candidate_sentences, parsed_claims
from claims.extraction.attribution.quotes import find_quotes
from claims.extraction.attribution.sides import claim_side
from claims.extraction.attribution.speech import (
    MIN_HEADLINE_WORDS,
    headline_speakers,
    quotes_in_speech,
)
from claims.extraction.rules import cues as rules
from claims.extraction.speakers.gazetteer import Gazetteer
from claims.extraction.speakers.matcher import Mention, matcher_for
from claims.extraction.speakers.mentions import names_someone
from claims.extraction.types import Claim, Sentence, SpeakerRef
from claims.extraction.wordscan import alternation

if TYPE_CHECKING:
    from spacy.language import Language

# Headline and lead forms "Zelensky: «…»", "Mosca accusa: «…»", "La bozza: «…»".
_COLON = re.compile(r"(?:\s+[\w'’]+){0,4}?\s*:\s*")
_SPEECH_NOUN_BEFORE = re.compile(
    rf"(?i:{alternation(set(rules.SPEECH_NOUNS))})\s+(?i:di|del|della|dello|dell['’]|dei|degli)\s*$"
)
# A quote that is a sentence on its own continues the previous speaker's words.
_MIN_STANDALONE_WORDS = 4


def attribute(
    text: str, sentences: list[Sentence], gazetteer: Gazetteer, day: date | None,
    nlp: Language | None = None, parse_every: bool = False,
) -> tuple[list[SpeakerRef], list[Claim]]:
    """Speakers mentioned in the text and the claims attributed to them, in text order.

    With `nlp` (Fonte's Italian pipeline), sentences the cue rules leave without a claim are
    parsed for speech the rules do not know (`parsed`)."""
    if not sentences:
        return [], []
    matcher = matcher_for(gazetteer)
    quotes = find_quotes(text)
    hits = matcher.dispatch.scan(text)
    mentions = matcher.find_mentions(text, day, hits)
    finder = ClaimFinder(text, sentences, quotes, mentions)
    cues = find_cues(text, hits)
    colons = _colon_claims(finder)
    ci = 0
    for index, sent in enumerate(sentences):
        for found in colons.get(index, ()):
            finder.keep(found)
            finder.last = found
        while ci < len(cues) and cues[ci].start < sent.end:
            if cues[ci].start >= sent.start:
                handle(finder, cues[ci])
            ci += 1
        _standalone_quotes(finder, index)
    constructions(finder)
    if nlp is not None:
        claimed = {i for c in finder.claims for i in c.sentences}
        chosen = (range(len(sentences)) if parse_every
                  else candidate_sentences(text, finder, claimed))
        parsed_claims(text, finder, nlp, chosen)
    resolve_roles(text, finder.claims, mentions)
    resolve_bodies(text, finder.claims, mentions)
    pronoun_sources(finder)
    _quotes_before_their_speaker(finder)
    headline_speakers(finder)
    quotes_in_speech(finder)
    interview_answers(finder)
    claims = _dedupe(text, finder.claims)
    return _speakers(text, mentions, claims), [_claim(text, c) for c in claims]


def _colon_claims(f: ClaimFinder) -> dict[int, list[Found]]:
    """"Putin: “Creare ordine mondiale equo”", "Zelensky vede Macron: "…"": the first mention of
    a clause, a colon within a few words, then a quote (or, right after the name, a statement)."""
    out: dict[int, list[Found]] = {}
    text = f.text
    for m in f.mentions:
        if m.kind == "group" and m.source == "group" and m.name.lower() == "media":
            continue
        colon = _COLON.match(text, m.end)
        if colon is None or ":" not in colon.group():
            continue
        sentence = f.sentence_at(m.start)
        sent = f.sentences[sentence]
        if not _clause_start(text, m.np_start) and text[sent.start:m.np_start].strip() and (
                not _SPEECH_NOUN_BEFORE.search(text, max(sent.start, m.np_start - 80),
                                               m.np_start)):
            continue
        at = colon.end()
        q = f.quote_at(at)
        if q is not None and q.start == at:
            span = (q.start + 1, q.end - 1, "direct")
        elif colon.group().strip() == ":" and at < sent.end and _ends_sentence(text, sent):
            # A headline without quotes ("Zelensky: 52 persone rapite") sums up the body's
            # claim, which is attributed there; in running text the colon opens the claim.
            end = sent.end
            words = text[at:end].split()
            if len(words) < MIN_HEADLINE_WORDS or f.quote_at(at) is not None:
                continue
            span = (at, _trim(text, at, end), "reported")
        else:
            continue
        found = Found(span[0], span[1], f.author_of(m, sent.end), span[2], ":", sentence,
                      rule="colon")
        found.sentences = list(range(f.sentence_at(span[0]), f.sentence_at(span[1] - 1) + 1))
        out.setdefault(sentence, []).append(found)
    return out


def _clause_start(text: str, pos: int) -> bool:
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] in "\n.,;!?"


def _ends_sentence(text: str, sent: Sentence) -> bool:
    return text[sent.start:sent.end].rstrip()[-1:] in (".", "!", "?", "»", "”", '"')


def _standalone_quotes(f: ClaimFinder, index: int) -> None:
    """Quotes with no cue of their own: one that makes up a whole sentence continues the
    previous speaker; one in a sentence whose other quote is attributed shares its speaker
    ("«…», dichiara la nota, i due Paesi «hanno confermato…»")."""
    sent = f.sentences[index]
    lo = bisect_left(f.quote_starts, sent.start)
    hi = bisect_left(f.quote_starts, sent.end)
    for q in f.quotes[lo:hi]:
        if any(c.start <= q.start + 1 and q.end - 1 <= c.end
               for c in f.claims_in(f.sentence_at(q.start + 1))):
            continue
        if q.words(f.text) < _MIN_STANDALONE_WORDS:
            continue
        same = [c for c in f.claims_cued_in(index) if c.kind == "direct" and c.sentence == index
                and c.attribution is None and c.end < q.start]
        if same:
            f.add((q.start + 1, q.end - 1, "direct"), same[-1].speaker, None, index,
                  via=same[-1].via, rule="quote-beside-attributed")
            continue
        if q.end - q.start + 2 < sent.end - sent.start:
            continue
        prev = f.previous_speaker(index)
        if prev is None or index - prev.sentence > 1:
            continue
        f.add((q.start + 1, q.end - 1, "direct"), prev.speaker, None, index, via=prev.via,
              rule="quote-continuing")


# How many sentences after a quote its speaker may be named: "«…». Lo dice, nel suo ufficio,
# il sindaco…" or "«…». Marco Verdi ha parlato così…, spiegando che…".
_SPEAKER_AFTER_QUOTE = 2
# The lead: the headline, the summary and the first sentences of the body.
_LEAD_SENTENCES = 4


def _quotes_before_their_speaker(f: ClaimFinder) -> None:
    """A quote that is a sentence of its own in the lead, with no one speaking before it,
    opens a speech whose speaker is named right after. It is said by the speaker of the first
    claim in the next sentences."""
    for q in f.quotes:
        index = f.sentence_at(q.start + 1)
        if index >= _LEAD_SENTENCES:
            break
        sent = f.sentences[index]
        if (q.words(f.text) < _MIN_STANDALONE_WORDS
                or q.end - q.start + 2 < sent.end - sent.start
                or f.claims_in(index) or _spoken_before(f, index)):
            continue
        following = [c for c in f.claims if c.speaker is not None
                     and index < c.sentence <= index + _SPEAKER_AFTER_QUOTE
                     and names_someone(c.speaker)]
        if following:
            first = min(following, key=lambda c: c.start)
            f.add((q.start + 1, q.end - 1, "direct"), first.speaker, None, index,
                  attribution=first.sentence, via=first.via, rule="quote-before-speaker")


def _spoken_before(f: ClaimFinder, index: int) -> bool:
    """Whether someone spoke in the three sentences before: then a quote goes on their turn."""
    return any(c.speaker is not None and index - 3 <= c.sentence < index for c in f.claims)


def _dedupe(text: str, claims: list[Found]) -> list[Found]:
    """Drop claims without a speaker, repeats of a span, and claims inside a longer claim of
    the same speaker ("ha confermato che … ma ha anche ribadito che …")."""
    out: list[Found] = []
    seen: set[tuple[str, str]] = set()
    spans: set[tuple[int, int]] = set()
    # Claims come in start order, so an earlier claim contains a later one when it ends no
    # sooner: the furthest end per speaker answers "inside a longer claim of the same speaker".
    reach: dict[str, int] = {}
    for c in sorted(claims, key=lambda c: (c.start, -(c.end - c.start))):
        if c.speaker is None or c.end <= c.start:
            continue
        # The same words by the same speaker again (a headline repeated over the body).
        key = (c.speaker.name, text[c.start:c.end])
        if key in seen:
            continue
        seen.add(key)
        if reach.get(c.speaker.name, -1) >= c.end or (c.start, c.end) in spans:
            continue
        out.append(c)
        spans.add((c.start, c.end))
        reach[c.speaker.name] = max(reach.get(c.speaker.name, -1), c.end)
    return out


def _claim(text: str, c: Found) -> Claim:
    # An outlet speaking for itself relays nobody: "secondo Reuters" has no via.
    via = c.via.name if c.via is not None and c.via.name != c.speaker.name else None
    relays = c.relays or ([c.via] if via is not None else [])
    return Claim(
        speaker=c.speaker.name, side=claim_side(text, c), start=c.start, end=c.end,
        sentence_indexes=c.sentences, kind=c.kind, cue=c.cue, via=via,
        attribution_sentence=c.attribution, evidence=f"{c.rule}/{c.speaker.source}",
        speaker_named=names_someone(c.speaker),
        relays=[(r.name, r.start, r.end) for r in relays if r.name != c.speaker.name],
    )


# People named in the article are listed even when they say nothing; an outlet only when it
# speaks or relays ("sul suo canale Telegram" names no speaker).
_ALWAYS_LISTED = {"name", "role", "title", "surname"}


def _speakers(text: str, mentions: list[Mention], claims: list[Found]) -> list[SpeakerRef]:
    """One SpeakerRef per distinct speaker: every known or titled name, and every institution,
    group, document or outlet that a claim is attributed to or relayed by."""
    speaking = ({c.speaker.name for c in claims} | {c.via.name for c in claims if c.via}
                | {r.name for c in claims for r in c.relays})
    refs: dict[str, SpeakerRef] = {}
    for m in mentions:
        if m.source not in _ALWAYS_LISTED and m.name not in speaking or not names_someone(m):
            continue
        ref = refs.get(m.name)
        if ref is None:
            ref = refs[m.name] = SpeakerRef(m.name, m.side, m.kind, [], m.known)
        ref.mentions.append((m.start, m.end))
    for c in claims:
        sp = c.speaker
        if sp.name not in refs and names_someone(sp):
            refs[sp.name] = SpeakerRef(sp.name, sp.side, sp.kind, [(sp.start, sp.end)], sp.known)
    return list(refs.values())


def _trim(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1] in " \t\n.;:,":
        end -= 1
    return end
