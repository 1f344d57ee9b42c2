"""Quotes inside a speech: words in quotation marks that no cue attributes, said while someone
is speaking, or announced by a colon.

News copy reports a speech as a run of quotes: "«…», ha detto Rossi. «…». Il ministro ha poi
parlato dei conti, «che restano in ordine»." Only some of them carry a cue; the others belong to
the speaker whose words frame them. A quote is taken into the speech when someone spoke in its
own sentence, or in one of the two sentences before it within the same paragraph. A quote with
no one speaking around it (a title, a slogan, a scare quote in narration) stays unclaimed.

A colon announces a quote whatever verb stands before it ("Rossi è tornato sul tema: «…»",
"Ecco le sue parole: «…»", a colon that closes a paragraph and a quote that opens the next):
the speaker is the one the clause before the colon names, else the one speaking before.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from claims.extraction.attribution.discourse import following_person
from claims.extraction.attribution.finder import NOT_SUBJECT, ClaimFinder, Found
from claims.extraction.attribution.quotes import Quote
from claims.extraction.speakers.mentions import NAME_RUN, Mention, names_someone

# Fewer words than this are a name, a title or a scare quote ("la cosiddetta «operazione»").
MIN_WORDS = 4
# How many sentences back a speech is still going on, within one paragraph.
REACH = 2
# A colon right before the quote, maybe across a paragraph break.
_COLON_BEFORE = re.compile(r":\s*$")
# A name and a colon opening a line: "Rossi: il porto riaprirà".
HEADLINE_NAME = re.compile(rf"(?P<name>{NAME_RUN})\s*:\s*")
# Fewer words after a headline's colon are a label, not a claim.
MIN_HEADLINE_WORDS = 3
_FULL_NAME = re.compile(r"(?<![\w'’])[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý][a-zà-ÿ]+(?![\w'’])")
_NAME_LAST = re.compile(rf"(?<![\w'’])(?P<name>{NAME_RUN})\s*$")


def headline_speakers(f: ClaimFinder) -> None:
    """"Rossi: il porto riaprirà" as a line of its own, with or without quotes: a known
    speaker speaks, and so does a name the gazetteer does not know when the article names
    that person in full ("Mario Rossi"); a word the article never uses as a surname is a
    topic ("Pensioni: …"), not a speaker."""
    text = f.text
    for sent in f.sentences:
        if not _alone_on_its_line(text, sent.start, sent.end):
            continue
        head = HEADLINE_NAME.match(text, sent.start, sent.end)
        if head is None or head.group("name").split()[0] in NOT_SUBJECT:
            continue
        known = f.mentions_between(sent.start, head.end("name"))
        if known:
            speaker = known[0]
            if speaker.end != head.end("name") or not names_someone(speaker):
                continue
        elif (person := f.person_named(head.start("name"), head.end("name"))) is not None:
            speaker = person
        else:
            continue
        at = head.end()
        q = f.quote_at(at)
        if q is not None and q.start == at:
            span = (q.start + 1, q.end - 1, "direct")
        elif len(text[at:sent.end].split()) >= MIN_HEADLINE_WORDS:
            span = (at, sent.end, "reported")
        else:
            continue
        if not any(c.start == span[0] for c in f.claims_in(sent.index)):
            f.add(span, speaker, ":", sent.index, rule="headline-name")


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    return (start == 0 or text[start - 1] == "\n") and text[end:end + 1] in ("", "\n")


def quotes_in_speech(f: ClaimFinder) -> None:
    """Attribute each unclaimed quote to the speaker whose speech surrounds it."""
    covered = _union(sorted((c.start, c.end) for c in f.claims if c.speaker is not None))
    starts = [start for start, _ in covered]
    for q in f.quotes:
        if q.words(f.text) < MIN_WORDS or _covered(q, covered, starts):
            continue
        index = f.sentence_at(q.start + 1)
        colon = _COLON_BEFORE.search(f.text, max(0, q.start - 8), q.start)
        if colon is not None:
            at = f.sentence_at(colon.start())
            named = _named_before(f, colon.start(), f.sentences[at].start)
            if named is not None:
                f.add((q.start + 1, q.end - 1, "direct"), named, ":", index, attribution=at,
                      rule="colon-quote")
                continue
        speaker = _speaking_at(f, index, q)
        rule = "quote-in-speech"
        if speaker is None:
            speaker = _carried_over(f, index, q)
            rule = "quote-carried-over"
        if speaker is None:
            # "Il sindaco Rossi è scosso. «…»": a quote that is a sentence of its own after
            # a person the copy follows, in the same paragraph.
            sent = f.sentences[index]
            person = (following_person(f, index, sent.start, None)
                      if q.end - q.start + 2 >= sent.end - sent.start else None)
            if person is not None:
                f.add((q.start + 1, q.end - 1, "direct"), person, None, index,
                      rule="quote-after-person")
            continue
        f.add((q.start + 1, q.end - 1, "direct"), speaker.speaker, None, index, via=speaker.via,
              rule=rule)


def _named_before(f: ClaimFinder, colon: int, lo: int) -> Mention | None:
    """Who the clause before a colon names: a person or body, or an unknown name, right
    before the colon ("A contro B, Rossi: «…»", "ha detto al Corriere Marco Rossi:"), else
    the clause's first person or body, else an outlet, else an unknown name opening it."""
    named = [m for m in f.mentions_between(lo, colon)
             if m.end <= colon and names_someone(m) and not f.governed(m)]
    people = [m for m in named if not m.is_outlet]
    if people and not f.text[people[-1].end:colon].strip():
        return f.author_of(people[-1], colon)
    after_named = max((m.end for m in f.mentions_between(lo, colon) if m.end <= colon),
                      default=lo)
    last = _NAME_LAST.search(f.text, after_named, colon)
    if last is not None and (person := f.person_named(last.start("name"),
                                                      last.end("name"))) is not None:
        return person
    if people:
        return f.author_of(people[0], colon)
    if named:
        return named[0]
    return f.bare_name_after(lo, colon)


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans merged where they overlap, so that a bisect finds the one at a point."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _covered(q: Quote, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether a claim overlaps the quoted words and is not a mere part of them (a parse of
    a verb inside the quote)."""
    i = bisect_left(starts, q.end - 1) - 1
    return i >= 0 and spans[i][1] > q.start + 1 and not (
        spans[i][0] > q.start + 1 and spans[i][1] < q.end - 1)


def _speaking_at(f: ClaimFinder, index: int, q: Quote) -> Found | None:
    """The claim whose speaker is speaking at the quote: the nearest attributed claim of its
    sentence (cued or made there), else the latest in the sentences before it, same paragraph."""
    paragraph = f.sentences[index].paragraph
    here = [c for c in (*f.claims_in(index), *f.claims_cued_in(index)) if c.speaker is not None]
    if here:
        return min(here, key=lambda c: min(abs(c.start - q.start), abs(c.end - q.end)))
    for back in range(index - 1, max(-1, index - REACH - 1), -1):
        if f.sentences[back].paragraph != paragraph:
            return None
        spoken = [c for c in (*f.claims_in(back), *f.claims_cued_in(back))
                  if c.speaker is not None]
        if spoken:
            return max(spoken, key=lambda c: c.end)
    return None


def _carried_over(f: ClaimFinder, index: int, q: Quote) -> Found | None:
    """A paragraph that is only a quote goes on with the speech of the paragraph before, when
    that paragraph ends with a person speaking and no other person is named in between:
    "«…», ha detto Marco Verdi.¶«…»"."""
    sent = f.sentences[index]
    if index == 0 or not _quote_is_paragraph(f, q, sent.paragraph):
        return None
    spoken: list[Found] = []
    for back in range(index - 1, max(-1, index - REACH - 1), -1):
        if f.sentences[back].paragraph != sent.paragraph - 1:
            break
        spoken = [c for c in (*f.claims_in(back), *f.claims_cued_in(back))
                  if c.speaker is not None]
        if spoken:
            break
    if not spoken:
        return None
    last = max(spoken, key=lambda c: c.end)
    if last.speaker.kind != "person" or not names_someone(last.speaker):
        return None
    between = f.mentions_between(min(last.end, q.start), q.start)
    if any(m.kind == "person" and m.name != last.speaker.name for m in between):
        return None
    for name in _FULL_NAME.finditer(f.text, min(last.end, q.start), q.start):
        person = f.person_named(name.start(), name.end())
        if person is not None and person.name != last.speaker.name:
            return None
    return last


def _quote_is_paragraph(f: ClaimFinder, q: Quote, paragraph: int) -> bool:
    """Whether the quote opens its paragraph and nothing but punctuation follows it there."""
    first = f.sentence_at(q.start)
    last = f.sentence_at(max(q.start, q.end - 1))
    if f.sentences[first].paragraph != paragraph or (
            first > 0 and f.sentences[first - 1].paragraph == paragraph):
        return False
    if f.text[f.sentences[first].start:q.start].strip():
        return False
    end = f.sentences[last].end
    nxt = last + 1
    if nxt < len(f.sentences) and f.sentences[nxt].paragraph == paragraph:
        return False
    return not f.text[q.end:end].strip(" \t\n.;!?")
