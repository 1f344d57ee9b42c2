"""Errors as 400s that name what was wrong, never 500s."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework.exceptions import ValidationError
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
