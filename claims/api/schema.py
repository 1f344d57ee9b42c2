"""The OpenAPI schema: drf-spectacular's, plus the answers the API's policy gives everywhere.

Authentication, permissions, throttling, content negotiation and the error handler are set
once, in settings.REST_FRAMEWORK, for every view; so the errors they answer with are
documented once, here, rather than on each view: a bad parameter is a 400, a bad token a
401, a write by anyone but a curator a 401 or 403, an unknown id a 404, a body in another
format a 415, a client going too fast a 429, a database out of reach a 503. Reads need no
credentials at all.
"""

from __future__ import annotations

from drf_spectacular import openapi
from drf_spectacular.plumbing import ResolvedComponent
from rest_framework import serializers
from rest_framework.permissions import SAFE_METHODS

from claims.api.permissions import CuratorWritesOrReadOnly


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong.")


# DRF's ValidationError body: each parameter or field with its messages; a list parameter's
# messages are keyed by the position of the bad item.
_MESSAGES = {"type": "array", "items": {"type": "string"}}
_FIELD_ERRORS = {
    "type": "object",
    "description": "Each invalid parameter or field with its messages "
    "(`non_field_errors`: the input as a whole).",
    "additionalProperties": {
        "oneOf": [_MESSAGES, {"type": "object", "additionalProperties": _MESSAGES}],
    },
}


class AutoSchema(openapi.AutoSchema):
    def get_auth(self) -> list[dict]:
        auths = super().get_auth()
        # drf-spectacular only knows DRF's own permission classes; ours lets anyone read.
        if self.method in SAFE_METHODS and self._is_public_read() and {} not in auths:
            auths.append({})
        return auths

    def _is_public_read(self) -> bool:
        return any(
            isinstance(permission, CuratorWritesOrReadOnly)
            for permission in self.view.get_permissions()
        )

    def get_operation(self, path, path_regex, path_prefix, method, registry):
        operation = super().get_operation(path, path_regex, path_prefix, method, registry)
        if operation is None:
            return None
        responses = operation["responses"]
        for code, (description, schema) in self._errors(operation).items():
            # A view's own words for an error win; the body is the same everywhere.
            response = responses.setdefault(code, {"description": description})
            response.setdefault("content", self._error_content(schema))
        return operation

    def _errors(self, operation: dict) -> dict[str, tuple[str, dict]]:
        detail = self.resolve_serializer(ErrorSerializer, "response").ref
        write = self.method not in SAFE_METHODS
        parameters = {(p["in"], p["name"]) for p in operation.get("parameters", [])}
        errors = {
            # Any view: an unsupported `?format=`; lists and inputs: a bad value or an
            # unknown parameter (claims/api/filters.py); writes: a body that is not JSON.
            "400": ("A parameter or field is invalid; the body names it.",
                    {"oneOf": [self._field_errors(), detail]}),
        }
        if write:
            errors["401"] = ("Not signed in (no valid token or session).", detail)
            errors["403"] = ("Signed in, but not a curator (or a session write without its "
                             "CSRF token).", detail)
        else:
            errors["401"] = ("The token sent is not valid (reads need none).", detail)
        if any(location == "path" for location, _ in parameters):
            errors["404"] = ("Nothing has this id.", detail)
        elif ("query", "page") in parameters:
            errors["404"] = ("No such page: past the last one.", detail)
        if "requestBody" in operation:
            errors["415"] = ("The body is in a format this operation does not read.", detail)
        if self.view.get_throttles():
            errors["429"] = ("Too many requests; try again after `Retry-After` seconds.",
                             detail)
        # claims/api/middleware.py, for every route.
        errors["503"] = ("The database cannot be reached; try again after `Retry-After` "
                         "seconds.", detail)
        return errors

    def _field_errors(self) -> dict:
        component = ResolvedComponent(
            name="FieldErrors", type=ResolvedComponent.SCHEMA, object="FieldErrors",
            schema=_FIELD_ERRORS,
        )
        self.registry.register_on_missing(component)
        return component.ref

    def _error_content(self, schema: dict) -> dict:
        # Errors come in the format asked for: JSON (or JSON-LD), or the CSV renderer's
        # "field,message" rows on a list asked for as CSV.
        return {
            media_type: {"schema": schema if "json" in media_type else {"type": "string"}}
            for media_type in self.map_renderers("media_type")
        }
