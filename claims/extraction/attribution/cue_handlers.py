"""What each kind of cue makes of the text around it: speaker, claim span and via."""

from __future__ import annotations

import re

from claims.extraction.attribution import cues as cm
from claims.extraction.attribution.discourse import following_person
from claims.extraction.attribution.finder import ClaimFinder, Found, skip_space
from claims.extraction.rules import titles
from claims.extraction.speakers.matcher import Mention
from claims.extraction.speakers.mentions import names_someone

# "lo riporta l'agenzia Interfax": after a colon the claim is the clause before it, same sentence.
_COLON_BEFORE = re.compile(r"[:;]\s*$")
# Sentence openers that are no subject: "Ha aggiunto che…", "«…», ha scritto sul suo canale".
_INVERTED_BEFORE = re.compile(r"(?:[,»”\"'’:]|[-–—])\s*$")
_RELATIVE_AFTER = re.compile(r"\s*(?:cui|il quale|la quale|i quali|le quali)\s*,?\s*")
_VERB_KEY = {**cm.FORMS, **{p.split()[-1]: p for p in cm.PARTICIPLES}}
_PERSON_OBJECT = {v.participle for v in cm.rules.SPEECH_VERBS if not v.after_lo}
# A gerund of saying with a reported clause: "…, precisando che due civili…".
_THAT = re.compile(r"\s*(?:(?i:anche|poi|inoltre)\s+)?che\s+")
# "«…», ha detto X, citato da…": a cue right after a quote attributes the quote.
_AFTER_QUOTE = re.compile(r"[»”\"']\s*,?\s*$")
_RELAY_PARENTHESIS = re.compile(r"\s*,")
_PAREN_START = re.compile(r",\s*(?:\S+\s+){0,2}$")
_SOURCE_DETERMINER = re.compile(
    r"\s*(?i:il|lo|la|i|gli|le|l['’]|un|una|quanto|questo|questa|fonti)\b")
_ORDINAL_NEXT = re.compile(r"\s*(?:me|noi|te|voi|[a-zà-ÿ]+(?<!quanto)(?<!cui))\b")
_SOURCE_NP_END = re.compile(r"[,;:.!?«»“”\"]|\s[-–—]\s")


def handle(f: ClaimFinder, cue: cm.Cue) -> None:
    sentence = f.sentence_at(cue.start)
    {
        cm.VERB: _verb, cm.ANAPHORIC: _anaphoric, cm.SOURCE: _source,
        cm.AS_REPORTED: _as_reported, cm.GERUND: _gerund,
        # "citato da Ria Novosti", "citando il ministero": read by the cue they qualify
        # (`_via_near`, `_cited`), never a claim of their own.
        cm.RELAYED: _noop, cm.CITING: _noop,
    }[cue.kind](f, cue, sentence)


def _noop(f: ClaimFinder, cue: cm.Cue, sentence: int) -> None:
    return None


def _verb(f: ClaimFinder, cue: cm.Cue, sentence: int) -> None:
    text = f.text
    sent = f.sentences[sentence]
    inner = f.quote_at(cue.start)
    if inner is not None:
        _interrupting(f, cue, sentence, inner)
        return
    before = text[sent.start:cue.start]
    subject = f.mention_before(cue.start, sent.start)
    after = f.mention_after(cue.end, sent.end)
    # "invita i russi", "accusa Kiev": after these verbs a name is the object, so only
    # punctuation before the verb ("«…», accusa Mosca") makes a subject after it.
    object_verb = _VERB_KEY.get(cue.text.split()[-1].lower()) in _PERSON_OBJECT
    inverted = _INVERTED_BEFORE.search(before) is not None or (subject is None
                                                                and not object_verb)
    if subject is None and not _INVERTED_BEFORE.search(before):
        bare = f.bare_name_before(cue.start, sent.start)
        if bare is not None:
            inverted = False
    spoken_to = after is not None and _is_addressee(text, cue.end, after)
    if inverted and (after is None or spoken_to) and before.strip() and (
            past := f.subject_past_phrase(cue.end, sent.end)) is not None:
        after, spoken_to = past, False
    if inverted and after is not None and not spoken_to:
        # "«…», riferisce l'agenzia Tass citando il sindaco": the mayor, relayed by Tass.
        speaker, relays = relay_chain(f, after, sent.end)
        speaker = f.author_of(speaker, sent.end)
        earlier = [c for c in f.claims_in(sentence) if c.end <= cue.start]
        if speaker.is_outlet and earlier:
            for claim in earlier:  # "«…», ha affermato Putin, …, scrive Interfax."
                if claim.speaker is not None and claim.speaker.name != speaker.name:
                    claim.via = claim.via or speaker
            return
        if (_RELAY_PARENTHESIS.match(text, speaker.end) and len(before.split()) <= 4
                and not _AFTER_QUOTE.search(before)):
            _parenthetical(f, cue, sentence, speaker)
            return
        span = f.span_before(cue.start, sent, _after_claims(f, sentence, cue.start))
        if span is not None:
            via = relays[0] if relays else _via_near(f, after.end, sent.end, speaker)
            f.add(span, speaker, cue.text, sentence, via=via, rule="verb-inverted").relays = (
                relays)
        return
    if subject is not None:
        span = f.span_after(cue.end, sent)
        if span is None:
            # "Podoliak rivendica l'attacco…": no claim, but he is who speaks next.
            f.last = Found(cue.start, cue.end, f.author_of(subject, sent.end), "reported",
                           cue.text, sentence)
        if span is not None:
            via = None
            if subject.is_outlet and (paren := _PAREN_START.search(text, sent.start,
                                                                   subject.np_start)):
                via = subject  # skip back over the relay to the real subject
                subject = (f.mention_before(paren.start(), sent.start)
                           or f.name_alone(sent.start, paren.start()) or subject)
            speaker = f.author_of(subject, sent.end)
            via = via or _via_near(f, subject.end, cue.start, speaker)
            f.add(span, speaker, cue.text, sentence, via=via, rule="verb-subject")
        return
    if not inverted and (bare := f.bare_name_before(cue.start, sent.start)) is not None:
        span = f.span_after(cue.end, sent)
        if span is not None:
            f.add(span, bare, cue.text, sentence, rule="verb-subject")
        return
    if inverted and before.strip() and (bare := f.bare_name_after(cue.end, sent.end)
                                        or f.role_after(cue.end, sent.end)) is not None:
        if (_RELAY_PARENTHESIS.match(text, bare.end) and len(before.split()) <= 4
                and not _AFTER_QUOTE.search(before)):
            _parenthetical(f, cue, sentence, bare)
            return
        span = f.span_before(cue.start, sent)
        if span is not None:
            f.add(span, bare, cue.text, sentence, via=_via_near(f, bare.end, sent.end, bare),
                  rule="verb-inverted")
        return
    # No subject named: the previous speaker goes on ("ha aggiunto", "«…», spiega.").
    aside = (before.rstrip().endswith(",") and text[cue.end:cue.end + 2].lstrip(" ")[:1] == ","
             and len(before.split()) <= 4 and not f.mentions_between(sent.start, cue.start))
    if aside:
        # "La crisi, ha aggiunto, durerà a lungo": the clause around the cue.
        end = _end(text, cue.end, sent.end)
        span = (skip_space(text, sent.start), end, "reported") if len(
            text[cue.end:end].split()) >= 2 else None
    elif _INVERTED_BEFORE.search(before) and before.strip():
        span = f.span_before(cue.start, sent, _after_claims(f, sentence, cue.start))
    elif not before.strip() or before.rstrip().endswith((",", "e", "ma", "Quindi", "poi")):
        span = f.span_after(cue.end, sent)
    else:
        span = None
    prev = f.previous_speaker(f.sentence_at(span[0])) if span is not None else None
    if prev is not None:
        f.add(span, prev.speaker, cue.text, sentence, via=prev.via, rule="verb-continuing")
    elif aside and span is not None and (
            followed := following_person(f, sentence, cue.start, None)) is not None:
        # No one spoke before, but the copy follows a person: "Rossi ha parlato ai
        # cronisti. La crisi, ha aggiunto, durerà."
        f.add(span, followed, cue.text, sentence, rule="verb-zero-subject")


def _parenthetical(f: ClaimFinder, cue: cm.Cue, sentence: int, speaker: Mention) -> None:
    """A cue and its speaker set off by commas inside a clause. After a name ("Sullivan,
    scrive il Guardian, si è impegnato…") they relay the next verb's subject; after anything
    else ("La decisione, sostiene Mosca, è definitiva") they say the clause around them."""
    text = f.text
    sent = f.sentences[sentence]
    if f.mentions_between(sent.start, cue.start) or f.name_alone(sent.start, cue.start):
        return
    end = _end(text, cue.end, sent.end)
    if len(text[speaker.end:end].split()) >= 2:
        f.add((skip_space(text, sent.start), end, "reported"), speaker, cue.text, sentence,
              rule="verb-parenthetical")


def _after_claims(f: ClaimFinder, sentence: int, pos: int) -> int:
    """Where an inverted cue's claim may begin: after claims already made in the sentence."""
    sent = f.sentences[sentence]
    lo = sent.start
    for c in f.claims_in(sentence):
        if sent.start <= c.end <= pos and c.end > lo:
            lo = c.end + 1
    return lo


def _interrupting(f: ClaimFinder, cue: cm.Cue, sentence: int, quote) -> None:
    """«… - ha aggiunto Zelensky - …»: a cue between dashes inside a quote attributes it."""
    text = f.text
    if not re.search(r"[-–—]\s*$", text[max(quote.start, cue.start - 4):cue.start]):
        return
    if any(c.start == quote.start + 1 for c in f.claims_in(f.sentence_at(quote.start + 1))):
        return
    after = f.mention_after(cue.end, quote.end) or f.bare_name_after(cue.end, quote.end)
    speaker = after
    if speaker is None:
        prev = f.previous_speaker(sentence)
        speaker = prev.speaker if prev else None
    if speaker is not None:
        f.add((quote.start + 1, quote.end - 1, "direct"), speaker, cue.text,
              f.sentence_at(quote.start), attribution=sentence,
              rule="verb-in-quote" if after is not None else "verb-in-quote-continuing")


def _anaphoric(f: ClaimFinder, cue: cm.Cue, sentence: int) -> None:
    """"Lo ha detto X" / "A dirlo è X" / "È quanto scrive X": the claim is before the cue."""
    text = f.text
    sent = f.sentences[sentence]
    if f.quote_at(cue.start) is not None:
        return
    subject = f.mention_after(cue.end, sent.end) or f.bare_name_after(cue.end, sent.end)
    if subject is None:
        prev = f.previous_speaker(sentence)
        if prev is None:
            return
        subject = prev.speaker
    speaker, relays = relay_chain(f, subject, sent.end)
    via = relays[0] if relays else None
    cited = speaker if relays else None
    speaker = f.author_of(speaker, sent.end)
    head = text[sent.start:cue.start]
    if head.strip():
        if not _COLON_BEFORE.search(head):
            return
        span = f.span_before(cue.start, sent)
        if span is not None:
            f.add(span, speaker, cue.text.strip(), sentence, via=via,
                  rule="anaphoric-colon").relays = relays
        return
    if sentence == 0:
        return
    target = sentence - 1
    existing = [c for c in f.claims_in(target) if c.attribution is None]
    if existing:
        for claim in existing:
            if subject.is_outlet and claim.via is None and claim.speaker is not subject:
                claim.via = subject
                if cited is not None and (claim.speaker is None or claim.speaker.source
                                          in ("metonym", "bare")):
                    claim.speaker = cited
            elif claim.speaker is None or claim.cue is None:
                # A speaker only inferred (a quote read as continuing the previous speaker)
                # gives way to the one the attribution names: «…». Lo scrive Zelensky.
                claim.speaker, claim.cue = speaker, cue.text.strip()
                claim.rule = "anaphoric-next-sentence"
                f.attribute_to(claim, sentence)
                claim.via = claim.via if via is None else via
        return
    prev_sent = f.sentences[target]
    span = f.span_before(prev_sent.end, prev_sent)
    if span is None:
        return
    # A quote inside the sentence that makes up most of it is the claim itself.
    q = f.quote_after(prev_sent.start)
    if q is not None and q.end <= prev_sent.end and (
            (q.end - q.start) * 2 > prev_sent.end - prev_sent.start):
        span = (q.start + 1, q.end - 1, "direct")
    f.add(span, speaker, cue.text.strip(), target, attribution=sentence, via=via,
          rule="anaphoric-next-sentence").relays = relays


def _source(f: ClaimFinder, cue: cm.Cue, sentence: int) -> None:
    """"Secondo X, …" / "…, secondo X." / "X, secondo cui …" / "stando al report di X"."""
    text = f.text
    sent = f.sentences[sentence]
    if f.quote_at(cue.start) is not None:
        return
    rest = text[cue.end:sent.end]
    if (rel := _RELATIVE_AFTER.match(rest)) is not None:
        antecedent = f.mention_before(cue.start, sent.start)
        if antecedent is not None:
            at = cue.end + rel.end()
            f.add((at, _end(text, at, f._clause_end(sent)), "reported"), antecedent, cue.text,
                  sentence, rule="source-relative")
        return
    # "nel secondo trimestre": an ordinal, unless a determiner or a name follows.
    if (cue.text.lower() == "secondo" and _ORDINAL_NEXT.match(rest)
            and not rest.lstrip()[:1].isupper() and not _SOURCE_DETERMINER.match(rest)):
        return
    if cue.text == "Per":
        who = f.mention_after(cue.end, sent.end) or f.bare_name_after(cue.end, sent.end)
        if (who is None or who.kind != "person" or text[sent.start:cue.start].strip()
                or not re.match(r"\s*(?:,|«|“|\")", text[who.end:who.end + 3])):
            return
    stop = _SOURCE_NP_END.search(text, cue.end, sent.end)
    np_end = stop.start() if stop else sent.end
    lead = text[sent.start:cue.start].strip(" \t\n,")
    at_start = not lead or lead.endswith((":", "Così", "così", ";", "Ma", "E", "Intanto"))
    named = f.mention_after(cue.end, np_end, strong=False) or f.bare_name_after(cue.end, np_end)
    internal_stop = stop is not None and text[stop.end():sent.end].strip()
    if (at_start and not internal_stop and named is not None
            and len(text[named.end:np_end].split()) >= 3):
        # "Secondo il ministero della Difesa russo le truppe hanno…": copy often drops the
        # comma after the source; the source phrase then ends where its name ends.
        np_end = named.end
    speaker = _np_speaker(f, cue.end, np_end)
    if speaker is None:
        return
    if at_start:
        at = skip_space(text, np_end)
        if at >= sent.end - 3:
            return
        span = f.span_after(at, sent) if f.quote_at(at) else (at, _end(text, at, sent.end),
                                                              "reported")
        if span is None:
            return
    elif len(text[np_end:sent.end].split()) >= 4 and text[np_end:np_end + 1] == ",":
        # "…, secondo Oreshkin, la Russia si è preparata": the source is a parenthesis and
        # the claim is what follows it.
        at = skip_space(text, np_end)
        span = (at, _end(text, at, f._clause_end(sent)), "reported")
    else:
        span = f.span_before(cue.start, sent)
        if span is None:
            return
    f.add(span, speaker, cue.text, sentence, via=_via_near(f, cue.end, sent.end, speaker),
          rule="source")


def _np_speaker(f: ClaimFinder, lo: int, hi: int) -> Mention | None:
    """Who a source phrase names: a person or institution in it, else an outlet, a group or
    a document; "secondo i dati riportati dall'agenzia Reuters" is Reuters."""
    inside = f.mentions_between(lo, hi)
    for kinds in (("person",), ("institution",), ("media",), ("group",), ("document",)):
        for m in inside:
            if m.kind in kinds and not (m.kind == "document" and m.name.lower() in _OWNERLESS):
                return f.author_of(m, hi)
    m = f.bare_name_after(lo, hi)
    if m is not None:
        return m
    words = f.text[lo:hi].split()
    # "secondo il funzionario", "per il ministro": a bare title names the person just quoted.
    if len(words) == 2 and words[0].lower() in _DETERMINERS and (
            words[1].lower() in titles.OFFICIAL_TITLES):
        prev = f.previous_speaker(f.sentence_at(lo))
        if prev is not None and prev.speaker.kind == "person":
            return prev.speaker
    if 1 <= len(words) <= 4 and words[0].lower() in _DETERMINERS:
        name = " ".join(words[1:])
        if name and name.lower() not in _OWNERLESS:
            start = f.text.index(words[1], lo)
            return Mention(start, start + len(name), name, "group", None, False, "bare")
    return None


_DETERMINERS = {"il", "la", "lo", "i", "gli", "le", "l'", "questo", "questa", "quel", "quella",
                "un", "una", "uno"}
_OWNERLESS = {"dati", "stime", "stima", "dati preliminari", "testo", "post", "messaggio"}


def _as_reported(f: ClaimFinder, cue: cm.Cue, sentence: int) -> None:
    """"…, come riferito su Telegram da X." / "Come ha riportato il WSJ, …" / "come riporta Y"."""
    text = f.text
    sent = f.sentences[sentence]
    if f.quote_at(cue.start) is not None:
        return
    m = re.match(r"\s*(?:(?:su|in|via)\s+\S+\s+)?(?:d(?:a|al|alla|ai|all['’]|agli)\s*)?",
                 text[cue.end:sent.end])
    at = cue.end + (m.end() if m else 0)
    speaker = f.mention_after(at, sent.end) or f.bare_name_after(at, sent.end)
    if speaker is None:
        return
    speaker = f.author_of(speaker, sent.end)
    existing = [c for c in f.claims_in(sentence) if c.start < cue.start]
    if existing and speaker.is_outlet:
        for claim in existing:
            if claim.speaker is not None and claim.speaker.name != speaker.name:
                claim.via = claim.via or speaker
        return
    if not text[sent.start:cue.start].strip(" \t\n,"):
        stop = text.find(",", speaker.end, sent.end)
        if stop < 0:
            return
        at = skip_space(text, stop + 1)
        f.add((at, _end(text, at, sent.end), "reported"), speaker, cue.text, sentence,
              rule="as-reported")
        return
    span = f.span_before(cue.start, sent)
    if span is not None:
        f.add(span, speaker, cue.text, sentence, rule="as-reported")


def _gerund(f: ClaimFinder, cue: cm.Cue, sentence: int) -> None:
    """"…, definendo questa versione come “invenzioni…”": a quote after a gerund of saying
    is said by whoever speaks in that sentence."""
    sent = f.sentences[sentence]
    if f.quote_at(cue.start) is not None or cue.text.lower() == "citando":
        return
    q = f.quote_after(cue.end)
    that = _THAT.match(f.text, cue.end)
    if that is not None and (q is None or q.start > that.end()):
        span = (that.end(), _end(f.text, that.end(), sent.end), "reported")
        if len(f.text[span[0]:span[1]].split()) < 3:
            return
    elif (q is None or q.start >= sent.end or q.words(f.text) < 2
            or cm.VERB_RE.search(f.text, cue.end, q.start)):
        return
    else:
        span = (q.start + 1, q.end - 1, "direct")
    owners = f.claims_cued_in(sentence)
    if owners:
        speaker, via = owners[-1].speaker, owners[-1].via
    elif (subject := _sentence_subject(f, sent, cue.start)) is not None:
        speaker, via = subject, None
    elif (prev := f.previous_speaker(sentence)) is not None:
        speaker, via = prev.speaker, prev.via
    else:
        return
    if speaker is not None:
        f.add(span, speaker, cue.text, sentence, via=via, rule="gerund")


def _sentence_subject(f: ClaimFinder, sent, pos: int) -> Mention | None:
    """The person or body that opens the sentence, before a gerund at `pos`: "Il sindaco
    Marco Verdi ha parlato in aula, precisando che…"."""
    for m in f.mentions_between(sent.start, pos):
        if m.np_start - sent.start <= 2 and names_someone(m):
            return m
        break
    return None


def _via_near(f: ClaimFinder, lo: int, hi: int, speaker: Mention | None) -> Mention | None:
    """An outlet named in the attribution ("scrive Interfax", "riportata dall'agenzia Tass",
    "citato da Ria Novosti") relays the speaker's words."""
    if speaker is not None and speaker.is_outlet:
        return None
    for m in f.mentions_between(lo, hi):
        if m.is_outlet and (speaker is None or m.name != speaker.name):
            return m
    return None


# How far after a medium's name the word that cites its source may stand ("la Tass, che cita").
_CITING_REACH = 40
# Relays in one attribution, at most: "Ansa citando la Tass che cita Ria Novosti che cita…".
_MAX_RELAYS = 4


def relay_chain(f: ClaimFinder, m: Mention, hi: int) -> tuple[Mention, list[Mention]]:
    """From a medium that reports, through each one it cites, to the original speaker, and the
    media on the way, outermost first: "lo riporta Ansa citando la Tass che cita il ministero
    della Difesa" is the ministry, relayed by Ansa then Tass. Anyone else is their own speaker."""
    relays: list[Mention] = []
    while m.is_outlet and len(relays) < _MAX_RELAYS:
        cited = _cited(f, m.end, min(hi, m.end + _CITING_REACH + 60))
        if cited is None or cited.start - m.end > _CITING_REACH + 60:
            break
        relays.append(m)
        m = cited
    return m, relays


def _cited(f: ClaimFinder, lo: int, hi: int) -> Mention | None:
    m = cm.CITING_RE.search(f.text, lo, min(hi, lo + _CITING_REACH))
    if m is None:
        return None
    cited = f.mention_after(m.end(), hi)
    return f.author_of(cited, hi) if cited is not None else None


def _is_addressee(text: str, pos: int, m: Mention) -> bool:
    """"disse al giovane Winston Churchill": a name after "a/al/alla" is spoken to."""
    return re.match(r"\s*(?i:a|al|alla|ai|agli|all['’])\s", text[pos:m.np_start + 1]) is not None


def _end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1] in " \t\n.;:,":
        end -= 1
    return end
