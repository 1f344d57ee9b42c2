"""A figure's and a claim's trace to their sentence and source, and the lists that filter them
by speaker, side, outlet and category."""

from __future__ import annotations

from django.db.models import F
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from claims import highlight
from claims.models import Claim, Figure, Status
from claims.reader_selectors import NEARBY_DAYS, day_window, figures_from_other_sides
from claims.selectors import (
    claim_trace,
    claims_with_provenance,
    figure_trace,
    figures_with_provenance,
)
from claims.views.common import paginate, reader_page
from claims.views.filters import ClaimFilter, FigureFilter
from claims.views.marks import claim_span, figure_span, shown

# Newest sources first, undated last on both databases; in reading order within a source.
NEWEST = (F("published_on").desc(nulls_last=True), "-source_id", "start", "id")


@reader_page
def figure_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The figure traced to its characters, and what the other sides said around that date:
    three queries (figure_trace's two and the nearby figures)."""
    try:
        trace = figure_trace(figure_id=pk)
    except Figure.DoesNotExist:
        raise Http404("No such figure.") from None
    figure, source, sentence = trace.figure, trace.source, trace.sentences[0]
    spans = [figure_span(figure, anchor=False, css="is-traced")]
    if trace.claim is not None:
        spans.append(claim_span(trace.claim, anchor=False))
    day = source.published_on
    return render(request, "claims/reader/figure_detail.html", {
        "trace": trace, "figure": figure, "source": source, "claim": trace.claim,
        "speaker": trace.speaker,
        "sentence_html": highlight.render(source.text, spans, start=sentence.start,
                                          end=sentence.end),
        "previous": trace.previous_sentence, "next": trace.next_sentence,
        "nearby": figures_from_other_sides(figure=figure),
        "nearby_days": NEARBY_DAYS,
        "window": day_window(day) if day else None,
        "day_precise": day is not None and source.date_precision == source.Precision.DAY,
    })


@reader_page
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The claim in the sentences it spans with its figures marked: claim_trace's four
    queries."""
    try:
        trace = claim_trace(claim_id=pk)
    except Claim.DoesNotExist:
        raise Http404("No such claim.") from None
    claim, source = trace.claim, trace.source
    figures = shown(trace.figures)
    for figure in figures:
        if figure.speaker_id == claim.speaker_id:
            figure.speaker = claim.speaker  # already loaded; labels name the speaker
    spans = [claim_span(claim, anchor=False), *(figure_span(f, anchor=False) for f in figures)]
    return render(request, "claims/reader/claim_detail.html", {
        "trace": trace, "claim": claim, "source": source, "speaker": trace.speaker,
        "figures": figures,
        "claim_html": highlight.render(source.text, spans, start=trace.sentences[0].start,
                                       end=trace.sentences[-1].end),
        "previous": trace.previous_sentence, "next": trace.next_sentence,
    })


@reader_page
def figure_list(request: HttpRequest) -> HttpResponse:
    rows = figures_with_provenance().exclude(status=Status.REJECTED).order_by(*NEWEST)
    listing = FigureFilter(request.GET, queryset=rows, request=request)
    page, query = paginate(request, listing.qs)
    return render(request, "claims/reader/figure_list.html",
                  {"filter": listing, "page": page, "query": query})


@reader_page
def claim_list(request: HttpRequest) -> HttpResponse:
    rows = claims_with_provenance().exclude(status=Status.REJECTED).order_by(*NEWEST)
    listing = ClaimFilter(request.GET, queryset=rows, request=request)
    page, query = paginate(request, listing.qs)
    return render(request, "claims/reader/claim_list.html",
                  {"filter": listing, "page": page, "query": query})
