"""Rate limits: a low one per address for anonymous clients, a higher one per signed-in user.
The admin's login lockout counts failures by the same address."""

from __future__ import annotations

from django.http import HttpRequest
from rest_framework.throttling import BaseThrottle, UserRateThrottle


def client_address(request: HttpRequest) -> str:
    """The connection's address, or with NUM_PROXIES trusted proxies in front the address the
    outermost of them saw: the only X-Forwarded-For entry a client cannot write itself."""
    return BaseThrottle().get_ident(request)


class SignedInRateThrottle(UserRateThrottle):
    """DRF's UserRateThrottle also counts anonymous requests (by address) against the
    *user* rate; anonymous clients have AnonRateThrottle, so this one skips them."""

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)
