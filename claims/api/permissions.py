"""Who may do what: anyone reads; curators write."""

from __future__ import annotations

from rest_framework.permissions import SAFE_METHODS, BasePermission

from claims.services.accounts import CURATORS


def is_curator(user) -> bool:
    return bool(
        user and user.is_authenticated and user.groups.filter(name=CURATORS).exists()
    )


class CuratorWritesOrReadOnly(BasePermission):
    """Reads are public; every write needs a member of the `curators` group."""

    message = "Only curators may change claims, figures and sources."

    def has_permission(self, request, view) -> bool:
        return request.method in SAFE_METHODS or is_curator(request.user)
