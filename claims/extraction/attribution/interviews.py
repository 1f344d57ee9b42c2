"""Interviews: questions in paragraphs of their own, each followed by the interviewee's answer.

An Italian interview runs as a lead that introduces the person ("Mario Rossi: «…»" as its
title, "Ne parliamo con Mario Rossi, economista", "Prova a spiegarlo Mario Rossi, docente…"),
then a question paragraph ending with "?" and an answer paragraph, again and again. The answers
open with a quote or not; no cue names who gives them, and whatever person an answer or a
question names ("Cosa pensa delle parole di Verdi?") is not its speaker. With two question and
answer pairs at least, every quoted answer is the interviewee's. Unquoted answers stay out: a
reader may as well take them for narration.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from claims.extraction.attribution.finder import ClaimFinder, Found
from claims.extraction.attribution.speech import HEADLINE_NAME
from claims.extraction.speakers.mentions import NAME_RUN, Mention, names_someone

# Fewer question and answer pairs than this are a rhetorical question or two in an article.
MIN_PAIRS = 2
# A question longer than this is a paragraph of narration that happens to end asking.
_MAX_QUESTION_WORDS = 90
# A line this short between two answers is the interviewer's aside ("Davvero?", "Teoricamente
# sì"), not a change of speaker.
_MAX_ASIDE_WORDS = 8
_OPENING_QUOTE = "«“\"‘'"
# The title names the interviewee right before a colon: "Crisi, Rossi: «Vi spiego…»".
# In the lead the interviewee comes with an apposition: "Mario Rossi, economista, …".
_APPOSITION = re.compile(rf"(?P<name>{NAME_RUN})\s*,\s*(?=[a-zà-ÿ])")


@dataclass(slots=True)
class _Paragraph:
    start: int
    end: int
    first: int  # index of its first sentence
    last: int  # index of its last sentence


def interview_answers(f: ClaimFinder) -> None:
    """Give the quoted answers of an interview to the interviewee."""
    paragraphs = _paragraphs(f)
    kinds = [_kind(f, p) for p in paragraphs]
    answers: list[int] = []
    pairs = 0
    for i in range(1, len(paragraphs)):
        if kinds[i] != "quote":
            continue
        before = kinds[i - 1]
        if before == "question":
            pairs += 1
            answers.append(i)
        elif answers and answers[-1] == i - 1 or (
                before == "aside" and answers and answers[-1] == i - 2):
            answers.append(i)
    if pairs < MIN_PAIRS:
        return
    first_question = kinds.index("question")
    interviewee = _interviewee(f, paragraphs[:first_question])
    if interviewee is None:
        return
    for i in answers:
        _give_answer(f, paragraphs[i], interviewee)


def _paragraphs(f: ClaimFinder) -> list[_Paragraph]:
    out: list[_Paragraph] = []
    for sent in f.sentences:
        if out and f.sentences[out[-1].last].paragraph == sent.paragraph:
            out[-1].end = sent.end
            out[-1].last = sent.index
        else:
            out.append(_Paragraph(sent.start, sent.end, sent.index, sent.index))
    return out


def _kind(f: ClaimFinder, p: _Paragraph) -> str:
    """"question", "quote" (an answer that opens with a quote), "aside" or "text"."""
    body = f.text[p.start:p.end].strip()
    if not body:
        return "text"
    if body[0] in _OPENING_QUOTE:
        return "quote"
    words = len(body.split())
    end = p.start + len(f.text[p.start:p.end].rstrip())
    if body.endswith("?") and words <= _MAX_QUESTION_WORDS and f.quote_at(end - 1) is None:
        return "question"
    return "aside" if words <= _MAX_ASIDE_WORDS else "text"


def _interviewee(f: ClaimFinder, lead: list[_Paragraph]) -> Mention | None:
    """The person the lead introduces: the name before the title's colon, else the last
    person the lead's closing paragraph names with an apposition."""
    if not lead:
        return None
    title = lead[0]
    for m in HEADLINE_NAME.finditer(f.text, title.start, title.end):
        person = _person(f, m.start("name"), m.end("name"))
        if person is not None:
            return person
    if len(lead) < 2:
        return None
    closing = lead[-1]
    found = None
    for m in _APPOSITION.finditer(f.text, closing.start, closing.end):
        if f.quote_at(m.start()) is None:
            found = _person(f, m.start("name"), m.end("name")) or found
    return found


def _person(f: ClaimFinder, start: int, end: int) -> Mention | None:
    """A person written text[start:end]: a known one the name ends with, or one the article
    names in full."""
    for m in f.mentions_between(max(0, start - 40), end):
        if m.end == end and m.kind == "person" and names_someone(m):
            return m
    words = f.text[start:end].split()
    # The last word is the surname: "Draghi vs Putin, Rossi" names Rossi.
    if len(words) > 1 and f.person_named(start, end) is None:
        start = end - len(words[-1])
    return f.person_named(start, end)


def _give_answer(f: ClaimFinder, p: _Paragraph, interviewee: Mention) -> None:
    """Each quote of the answer is the interviewee's, unless the answer itself names who
    says it ("«…», ha detto Verdi"): a speaker found in the question before or further back
    is only someone the answer talks about."""
    sentences = range(p.first, p.last + 1)
    i = bisect_left(f.quote_starts, p.start)
    while i < len(f.quotes) and f.quotes[i].start < p.end:
        q = f.quotes[i]
        i += 1
        if q.words(f.text) < 2:
            continue
        inner = (q.start + 1, q.end - 1)
        covering = [c for index in sentences for c in f.claims_in(index)
                    if c.start <= inner[0] and c.end >= inner[1]]
        if any(c.speaker is not None and p.start <= c.speaker.start < p.end
               for c in covering):
            continue
        for c in covering:
            _reassign(c, interviewee)
        if not covering:
            f.add((*inner, "direct"), interviewee, None, f.sentence_at(inner[0]),
                  rule="interview-answer")


def _reassign(c: Found, interviewee: Mention) -> None:
    c.speaker = interviewee
    c.via = None
    c.rule = "interview-answer"
