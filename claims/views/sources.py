"""A source's text with every claim and figure marked, and the list of sources."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from claims import highlight
from claims.models import Source
from claims.reader_selectors import sources_with_counts
from claims.selectors import source_text_spans
from claims.views.common import paginate, reader_page
from claims.views.marks import article_spans, shown, speakers_of


@reader_page
def source_list(request: HttpRequest) -> HttpResponse:
    page, query = paginate(request, sources_with_counts())
    return render(request, "claims/reader/source_list.html", {"page": page, "query": query})


@reader_page
def source_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Four queries (source_text_spans), whatever the article's length."""
    try:
        spans = source_text_spans(source_id=pk)
    except Source.DoesNotExist:
        raise Http404("No such source.") from None
    claims, figures = shown(spans.claims), shown(spans.figures)
    article = highlight.render(spans.source.text,
                               article_spans(spans.sentences, claims, figures))
    return render(request, "claims/reader/source_detail.html", {
        "source": spans.source, "article": article, "claims": claims, "figures": figures,
        "speakers": speakers_of(claims, figures),
    })
