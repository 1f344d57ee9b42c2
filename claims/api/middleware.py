"""Requests the views should never see, and API errors no view answers."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import defaults

from claims.api.exceptions import is_api, json_error

logger = logging.getLogger("django.request")

NUL = "\x00"
# Forms whose fields Django parses into request.POST (JSON bodies: claims/api/parsers.py).
_FORM_TYPES = frozenset({"application/x-www-form-urlencoded", "multipart/form-data"})


class RejectNulMiddleware:
    """A NUL character in the path, a query parameter or a form field is a 400, on every
    page of the site. PostgreSQL cannot hold NUL in any text and refuses a query that
    compares a column with one (psycopg raises DataError), so each filter, search box and
    lookup by code would otherwise be a 500 unless it checked on its own."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        problem = _nul_in(request)
        if problem is None:
            return self.get_response(request)
        if is_api(request):
            return JsonResponse(problem, status=400)
        return defaults.bad_request(request, ValueError(problem))


def _nul_in(request: HttpRequest) -> dict | None:
    """The error body naming where the NUL is, or None."""
    message = "must not contain NUL characters"
    if NUL in request.path:
        return {"detail": f"The path {message}."}
    fields = [request.GET]
    if request.method == "POST" and request.content_type in _FORM_TYPES:
        fields.append(request.POST)
    for query in fields:
        for name, values in query.lists():
            if NUL in name:
                return {"detail": f"A parameter's name {message}."}
            if any(NUL in value for value in values):
                return {name: [message]}
    return None


class DatabaseDownMiddleware:
    """Under /api/, a database that cannot be reached (or a connection it drops) is a JSON
    503 a client may retry, not a 500."""

    RETRY_AFTER = "30"

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not (is_api(request) and isinstance(exception, OperationalError)):
            return None
        logger.error("Database unavailable: %s", request.path, exc_info=exception)
        return json_error("The database is unavailable; try again later.", 503,
                          **{"Retry-After": self.RETRY_AFTER})
