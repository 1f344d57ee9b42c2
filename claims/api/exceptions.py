"""Errors as 400s that name what was wrong, never 500s."""

from __future__ import annotations

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


def page_not_found(request: HttpRequest, exception) -> HttpResponse:
    """Django's 404 page, except under /api/: a URL no route matches (`/api/claims/abc/`)
    answers JSON like every other API error, not an HTML page."""
    if request.path.startswith(reverse("api:api-root")):
        return JsonResponse({"detail": str(NotFound.default_detail)}, status=404)
    return defaults.page_not_found(request, exception)
