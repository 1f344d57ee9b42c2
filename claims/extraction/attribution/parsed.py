"""Speech the cue rules did not see, read off the parse of the sentence.

The rules know a closed list of written forms next to a name. Italian has more ways to say
that someone said something: other verbs, other tenses and moods ("avrebbe precisato",
"concluderà"), a subject several words away. So for every sentence the rules left without a
claim, and only those (a parse costs thirty times the rules), the parser's lemmas and relations
decide: a verb whose lemma is one of saying (`rules.speech_lemmas`), used as speech (with a
clausal complement, a quote or a colon, or "di" + infinitive for the verbs that ask or urge),
says the claim; its subject, or the agent of a passive ("confermato da X"), is the speaker.
With no subject written, the speaker goes on from before (a zero subject: "Ha poi precisato
che…"). A speaker phrase is resolved through the mentions the gazetteer and the patterns found
when one lies inside it; otherwise named entities tell people from organisations, a place never
speaks, and a bare role ("la portavoce") is kept as the mention it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from claims.extraction.attribution.finder import ClaimFinder
from claims.extraction.rules.sides import side_of_phrase
from claims.extraction.rules.speech_lemmas import ENDINGS, SAYING, STEMS, WITH_INFINITIVE
from claims.extraction.speakers.mentions import KIND_WORDS, Mention
from claims.extraction.wordscan import alternation

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

# A sentence is parsed only when a word could be a form of a verb of saying.
_CANDIDATE = re.compile(rf"(?<![\w])(?i:{alternation(STEMS)})(?i:{alternation(ENDINGS)})"
                        r"(?![\w])")
_SUBJECTS = ("nsubj", "csubj")
_COMPLEMENTS = ("ccomp", "parataxis")
_OPENING_QUOTES = "«“\"'"
_NP_INSIDE = {"det", "amod", "nmod", "case", "flat", "flat:name", "compound", "nummod",
              "det:poss", "fixed", "appos"}
_ENTITY_KINDS = {"PER": "person", "ORG": "institution"}


# What the parse reads at most: a sentence longer than any a newsroom writes (corpus articles
# have none over 2,728 characters) is a run-on the rules alone handle, and an article is
# parsed for its first PARSED_PER_ARTICLE characters of candidate sentences, so that a huge or
# hostile text costs the rules' linear time plus a bounded parse.
MAX_PARSED_SENTENCE = 1500
PARSED_PER_ARTICLE = 150_000


def candidate_sentences(text: str, finder: ClaimFinder, claimed: set[int]) -> list[int]:
    """Sentences with no claim yet and a word that may be a verb of saying."""
    chosen, budget = [], PARSED_PER_ARTICLE
    for s in finder.sentences:
        length = s.end - s.start
        if (s.index in claimed or length > MAX_PARSED_SENTENCE
                or not _CANDIDATE.search(text, s.start, s.end)):
            continue
        budget -= length
        if budget < 0:
            break
        chosen.append(s.index)
    return chosen


def parsed_claims(text: str, finder: ClaimFinder, nlp: Language, indexes: Iterable[int]) -> None:
    """Add to `finder` the claims the parse finds in the given sentences, in text order."""
    indexes = list(indexes)
    sentences = [finder.sentences[i] for i in indexes]
    # Named entities cost a third of the parse and matter only for a speaker the mentions do
    # not know: the recogniser (with its own token vectors) runs on those sentences alone.
    ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
    docs = nlp.pipe((text[s.start:s.end] for s in sentences), disable=["ner"])
    for index, sent, doc in zip(indexes, sentences, docs, strict=True):
        for verb in doc:
            # A verb inside a quote is the quoted speaker's own words, not a new speech.
            if (verb.pos_ in ("VERB", "AUX") and _saying(verb)
                    and finder.quote_at(sent.start + verb.idx) is None):
                _speech(text, finder, index, sent.start, doc, verb, ner)


def _saying(verb: Token) -> bool:
    """A verb of saying by its lemma; a form the lemmatizer left as it is ("puntualizzato")
    by the stem its verb's forms begin with."""
    if verb.lemma_ in SAYING:
        return True
    return verb.lemma_ == verb.lower_ and _CANDIDATE.fullmatch(verb.lower_) is not None


def _speech(text: str, f: ClaimFinder, index: int, offset: int, doc, verb: Token,
            ner) -> None:
    span = _said(text, f, offset, doc, verb)
    if span is None:
        return
    if any(c.start < span[1] and span[0] < c.end for c in f.claims_in(index)):
        return
    who = _speaker_token(verb, span, offset)
    if who is None:
        previous = _previous_claim(f, index)
        if previous is None:
            return
        f.add(span, previous.speaker, verb.text, index, via=previous.via,
              rule="parse-continuing")
        return
    speaker = _speaker(f, doc, who, offset, ner)
    if speaker is not None:
        f.add(span, speaker, verb.text, index, rule="parse-verb")


def _previous_claim(f: ClaimFinder, index: int):
    """The last attributed claim before the sentence, if it is at most three sentences back:
    whose turn a sentence with no subject goes on."""
    before = [c for c in f.claims if c.speaker is not None and c.sentence < index]
    if not before:
        return None
    last = max(before, key=lambda c: c.start)
    return last if index - max(last.sentence, last.attribution or 0) <= 3 else None


def _said(text: str, f: ClaimFinder, offset: int, doc, verb: Token) -> tuple | None:
    """What the verb says: a quote or colon right after it, its clausal complement, or "di"
    + infinitive for verbs that ask."""
    after = offset + verb.idx + len(verb.text)
    rest = text[after:after + 4].lstrip(" ,")
    if rest[:1] == ":" or rest[:1] in _OPENING_QUOTES:
        q = f.quote_after(after)
        if q is not None and q.start - after <= 4:
            return q.start + 1, q.end - 1, "direct"
    for child in verb.children:
        # A "che" clause the parser attached as adverbial is the complement all the same.
        that_clause = child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "che" for m in child.children)
        if child.dep_ in _COMPLEMENTS or that_clause or (
                child.dep_ == "xcomp" and verb.lemma_ in WITH_INFINITIVE
                and any(m.dep_ == "mark" and m.lower_ in ("di", "a", "ad")
                        for m in child.children)):
            if child.i < verb.i and child.dep_ != "ccomp" or not _clause(child):
                continue
            start = offset + child.left_edge.idx
            end = offset + child.right_edge.idx + len(child.right_edge.text)
            return _trimmed(text, start, end)
    return None


def _clause(head: Token) -> bool:
    """A clause has a verb: a verb head, or a copula ("che la città è al sicuro"). A noun or
    an adjective the parser hung on a verb of saying ("definisce il regime…") is not said."""
    return head.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in head.children)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    while end > start and text[end - 1] in " \t\n.,;:»”\"":
        end -= 1
    while start < end and text[start] in " \t\n,«“\"":
        start += 1
    if len(text[start:end].split()) < 3:
        return None
    return start, end, "reported"


def _speaker_token(verb: Token, span: tuple, offset: int) -> Token | None:
    """The subject, or the agent of a passive ("confermato da X"); outside the claim."""
    inside = range(span[0] - offset, span[1] - offset)
    for child in verb.children:
        if child.dep_ in _SUBJECTS and child.idx not in inside:
            return child
    for child in verb.children:
        if child.dep_ in ("obl:agent", "obl") and child.idx not in inside and any(
                c.dep_ == "case" and c.lower_ == "da" for c in child.children) and any(
                a.dep_ == "aux:pass" for a in verb.children):
            return child
    # «…», ha detto il portavoce: parsers trained on treebanks take the subject after an
    # inverted verb of saying for its object.
    before = verb.doc[:verb.i]
    if before and any(t.text in "»”\"" for t in before[-4:]):
        for child in verb.children:
            if child.dep_ in ("obj", "nsubj:pass") and child.i > verb.i:
                return child
    return None


def _speaker(f: ClaimFinder, doc, head: Token, offset: int, ner=None) -> Mention | None:
    tokens = [t for t in head.subtree if _in_np(t, head)]
    start = offset + min(t.idx for t in tokens)
    end = max(offset + t.idx + len(t.text) for t in tokens)
    # What the gazetteer and the speaker patterns know of the phrase comes first.
    for m in f.mentions_between(start, end):
        if m.end <= end:
            return f.author_of(m, offset + len(doc.text))
    if head.pos_ == "PRON":
        return None
    if ner is not None and not doc.user_data.get("ner"):
        ner(doc)
        doc.user_data["ner"] = True
    for ent in doc.ents:
        if ent.start <= head.i < ent.end or (ent.start >= tokens[0].i and ent.end - 1 <= head.i):
            if ent.label_ in _ENTITY_KINDS:
                return _mention(ent, offset, _ENTITY_KINDS[ent.label_], "parse-entity")
            return None  # a place is never a person
    if head.pos_ == "PROPN":
        name = [t for t in tokens if t.pos_ == "PROPN"]
        return Mention(offset + name[0].idx, offset + name[-1].idx + len(name[-1].text),
                       " ".join(t.text for t in name), "person" if len(name) > 1
                       else "institution", None, False, "parse-name", start)
    if head.pos_ == "NOUN":
        # "il ministro della Difesa", "un funzionario russo": a role, kept as written, on the
        # side its words name. "Le immagini raccontano che…" is no one speaking.
        if not _may_speak(head):
            return None
        words = [t for t in tokens if t.i >= head.i]
        end = offset + words[-1].idx + len(words[-1].text)
        name = doc.text[head.idx:end - offset]
        return Mention(offset + head.idx, end, name, "person", side_of_phrase(name), False,
                       "parse-role", start)
    return None


# Italian agent nouns name people by what they do: conduttrice, cronista, docente, portiere,
# politologo.
_AGENT = re.compile(r"(?:tore|tori|trice|trici|ista|isti|iste|ante|anti|ente|enti|iere|ieri"
                    r"|iera|logo|logi|loga|loghe)$")


def _may_speak(head: Token) -> bool:
    """Whether a common noun can name a speaker: a kind of speaker Fonte knows (a title, an
    institution, a group, a medium, a document) or an agent noun."""
    return head.lower_ in KIND_WORDS or head.lemma_ in KIND_WORDS or bool(
        _AGENT.search(head.lower_))


def _in_np(token: Token, head: Token) -> bool:
    """Whether a token of the head's subtree belongs to its noun phrase (not a relative
    clause or an apposition set off by commas)."""
    # spaCy makes a new Token object at each access: compare positions, not identities.
    while token.i != head.i:
        if token.dep_ not in _NP_INSIDE:
            return False
        token = token.head
    return True


def _mention(ent: Span, offset: int, kind: str, source: str) -> Mention:
    return Mention(offset + ent.start_char, offset + ent.end_char, ent.text, kind, None, False,
                   source)

