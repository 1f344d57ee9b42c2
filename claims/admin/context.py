"""What the curator reads: a claim in its sentences, a figure in its sentence, a whole source."""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from claims.admin.highlight import Mark, highlight, mention_marks
from claims.models import Claim, Figure, RolePhrase, Sentence, Source, Speaker, Status


def change_url(item: Claim | Figure | Source) -> str:
    opts = item._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])


def source_text_of(source: Source) -> str:
    # A historical Source (the revert page) has no text: it is not versioned, it never changes.
    return source.text or Source.objects.filter(pk=source.pk).values_list("text", flat=True)[0]


def figure_title(figure: Figure) -> str:
    value = f"{figure.value.normalize():f}"
    if figure.value_max is not None:
        value += f"–{figure.value_max.normalize():f}"
    return " ".join(p for p in [figure.get_qualifier_display() if figure.qualifier else "",
                                value, figure.unit, f"({figure.category})"] if p)


def related(item: Claim | Figure, name: str):
    """A foreign key's row, or None; an old version (history page) may point at a deleted row."""
    try:
        return getattr(item, name)
    except ObjectDoesNotExist:
        return None


def claim_marks(claims: list[Claim], *, current: int | None = None) -> list[Mark]:
    return [
        Mark(c.start, c.end, f"fonte-claim fonte-status-{c.status}"
             + (" fonte-current" if c.pk == current else ""),
             title=f"{related(c, 'speaker') or 'no speaker'} · {c.kind} · {c.status}",
             href=change_url(c), anchor=f"claim-{c.pk}")
        for c in claims
    ]


def figure_marks(figures: list[Figure], *, own_claim: int | None = None,
                 current: int | None = None) -> list[Mark]:
    marks = []
    for f in figures:
        css = f"fonte-figure fonte-status-{f.status}"
        if (own_claim is not None and f.claim_id != own_claim) and f.pk != current:
            css += " fonte-other"
        if f.pk == current:
            css += " fonte-current"
        marks.append(Mark(f.start, f.end, css, title=figure_title(f), href=change_url(f),
                          anchor=f"figure-{f.pk}"))
    return marks


def speaker_phrases(speaker: Speaker) -> list[str]:
    """How the text may name the speaker: name, aliases, surname, the phrases of its roles."""
    phrases = [speaker.name, *speaker.aliases.values_list("alias", flat=True)]
    words = speaker.name.split()
    if speaker.kind == Speaker.Kind.PERSON and len(words) > 1 and len(words[-1]) > 3:
        phrases.append(words[-1])
    phrases += RolePhrase.objects.filter(role__speaker=speaker).values_list("phrase", flat=True)
    return phrases


def text_block(text: str, marks: list[Mark], start: int, end: int, *, source: Source,
               css: str = "fonte-text") -> SafeString:
    """A block of article text; `data-base` lets the selection script compute offsets."""
    return format_html(
        '<div class="{}" data-source="{}" data-base="{}">{}</div>',
        css, source.pk, start, highlight(text, marks, start=start, end=end),
    )


def window_sentences(source: Source, start: int, end: int) -> list[Sentence]:
    """The sentences a span lies in, with the one before and the one after."""
    inner = list(source.sentences.filter(start__lt=end, end__gt=start).order_by("index"))
    if not inner:
        return []
    around = source.sentences.filter(
        Q(index=inner[0].index - 1) | Q(index=inner[-1].index + 1)
    ).order_by("index")
    return sorted([*inner, *around], key=lambda s: s.index)


def _window(source, item_start: int, item_end: int) -> tuple[int, int, list[Mark]] | None:
    """Where the window around a span starts and ends, with its other sentences marked as
    context; None when the span lies in no stored sentence."""
    sentences = window_sentences(source, item_start, item_end)
    if not sentences:
        return None
    marks = [Mark(s.start, s.end, "fonte-context") for s in sentences
             if s.end <= item_start or s.start >= item_end]
    return sentences[0].start, sentences[-1].end, marks


def claim_in_source(claim: Claim) -> SafeString:
    """The claim's sentences with the one before and after; claim, figures, speaker marked."""
    source = claim.source
    text = source_text_of(source)
    window = _window(source, claim.start, claim.end)
    if window is None:
        return format_html("<p>{}</p>", "The claim lies in no stored sentence.")
    start, end, marks = window
    marks += claim_marks([claim], current=claim.pk)
    figures = list(source.figures.filter(start__lt=end, end__gt=start))
    marks += figure_marks(figures, own_claim=claim.pk)
    attribution = related(claim, "attribution_sentence")
    outside = attribution is not None and (attribution.start < start or attribution.end > end)
    speaker = related(claim, "speaker")
    phrases = speaker_phrases(speaker) if speaker else []
    if phrases:
        # The speaker is marked where the text names them: the attribution sentence when
        # it is on show, otherwise anywhere in the window.
        where = (start, end)
        if attribution is not None and not outside:
            where = (attribution.start, attribution.end)
        marks += mention_marks(text, phrases, *where, title=f"speaker: {speaker}")
    html = text_block(text, marks, start, end, source=source)
    if outside and attribution is not None:
        html = format_html(
            '{}<p class="fonte-caption">The speaker is named in sentence {}:</p>{}', html,
            attribution.index + 1,
            text_block(text, mention_marks(text, phrases, attribution.start, attribution.end,
                                           title=f"speaker: {speaker}"),
                       attribution.start, attribution.end, source=source),
        )
    return html


def figure_in_source(figure: Figure) -> SafeString:
    """The figure's sentence with the one before and after; the figure and its claim marked."""
    source = figure.source
    text = source_text_of(source)
    window = _window(source, figure.start, figure.end)
    if window is None:
        return format_html("<p>{}</p>", "The figure lies in no stored sentence.")
    start, end, marks = window
    if (claim := related(figure, "claim")) is not None:
        marks += claim_marks([claim])
    marks += figure_marks([figure], current=figure.pk)
    return text_block(text, marks, start, end, source=source)


def source_in_full(source: Source, claims: list[Claim], figures: list[Figure]) -> SafeString:
    text = source_text_of(source)
    return text_block(text, claim_marks(claims) + figure_marks(figures), 0, len(text),
                      source=source, css="fonte-text fonte-full")


def span_preview(source: Source, start: int, end: int) -> SafeString | None:
    """The span a curator selected, in its sentences, for the add pages."""
    text = source.text
    if not (0 <= start < end <= len(text)):
        return None
    sentences = window_sentences(source, start, end)
    lo = sentences[0].start if sentences else start
    hi = sentences[-1].end if sentences else end
    return text_block(text, [Mark(start, end, "fonte-selected", title=f"{start}:{end}")],
                      min(lo, start), max(hi, end), source=source)


STATUS_LABELS = dict(Status.choices)


def status_badge(status: str) -> SafeString:
    return format_html('<span class="fonte-badge fonte-status-{}">{}</span>', status,
                       STATUS_LABELS.get(status, status))
