"""Rate limits: a low one per address for anonymous clients, a higher one per signed-in user."""

from __future__ import annotations

from rest_framework.throttling import UserRateThrottle


class SignedInRateThrottle(UserRateThrottle):
    """DRF's UserRateThrottle also counts anonymous requests (by address) against the
    *user* rate; anonymous clients have AnonRateThrottle, so this one skips them."""

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)
