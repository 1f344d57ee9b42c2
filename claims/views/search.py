"""Full-text search over sentences and claims: the API's search, as a page."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from claims.selectors import search
from claims.views.common import reader_page

RESULTS = 20


class SearchForm(forms.Form):
    # The same bound as the API's `q`.
    q = forms.CharField(max_length=200, strip=True, label="Search")


@reader_page
def search_page(request: HttpRequest) -> HttpResponse:
    """Two queries (claims, sentences) for a query; none for an empty box."""
    form = SearchForm(request.GET or None)
    results = search(q=form.cleaned_data["q"], limit=RESULTS) if form.is_valid() else None
    return render(request, "claims/reader/search.html", {
        "form": form, "results": results, "search_q": request.GET.get("q", "")})
