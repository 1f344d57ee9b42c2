"""What every reader page shares: read-only, in English, and paginated lists."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.core.paginator import Page, Paginator
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.views.decorators.http import require_safe

PAGE_SIZE = 50


def reader_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """GET and HEAD only, rendered in English.

    The pages are written in English; without the override Django's own words on them (a
    form's "Select a valid choice") would come in LANGUAGE_CODE's Italian, which the admin
    keeps for the curators."""

    @require_safe
    @wraps(view)
    def page(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        with translation.override("en"):
            return view(request, *args, **kwargs)

    return page


def paginate(request: HttpRequest, rows, per_page: int = PAGE_SIZE) -> tuple[Page, str]:
    """The requested page (a bad or too-large number gives the nearest page) and the query
    string without `page`, for the page links."""
    page = Paginator(rows, per_page).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return page, query.urlencode()
