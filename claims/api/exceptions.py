"""Errors as 400s that name what was wrong, never 500s; and under /api/, errors in JSON."""

from __future__ import annotations

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.views import defaults
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.views import exception_handler as drf_exception_handler

# The services validate models, whose field names differ from the API's here and there.
_FIELD_NAMES = {"curator_note": "note", "__all__": "non_field_errors"}


def exception_handler(exc, context):
    """DRF's handler, plus the services' Django ValidationError (a span outside the text, a
    figure whose text does not match its span, an unknown category) as a 400."""
    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            detail = {_FIELD_NAMES.get(k, k): v for k, v in exc.message_dict.items()}
        else:
            detail = {"non_field_errors": exc.messages}
        exc = ValidationError(detail)
    return drf_exception_handler(exc, context)


# --- Django's error pages (project/urls.py), in JSON under /api/ ------------------------------
# What DRF does not catch reaches these: a URL no route matches, a body over Django's size
# limits, an unhandled exception. A client of the API reads JSON whatever went wrong.

def is_api(request: HttpRequest) -> bool:
    return request.path.startswith(reverse("api:api-root"))


def json_error(detail: str, status: int, **headers: str) -> JsonResponse:
    return JsonResponse({"detail": detail}, status=status, headers=headers or None)


_BAD_REQUESTS = {
    RequestDataTooBig: "The request body is larger than this server accepts.",
    TooManyFieldsSent: "The request has more fields than this server accepts.",
}


def bad_request(request: HttpRequest, exception) -> HttpResponse:
    if is_api(request):
        return json_error(_BAD_REQUESTS.get(type(exception), "Bad request."), 400)
    return defaults.bad_request(request, exception)


def page_not_found(request: HttpRequest, exception) -> HttpResponse:
    """A URL no route matches (`/api/claims/abc/`)."""
    if is_api(request):
        return json_error(str(NotFound.default_detail), 404)
    return defaults.page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    if is_api(request):
        return json_error("A server error occurred.", 500)
    return defaults.server_error(request)
