"""The curators group and the demo account."""

from __future__ import annotations

import secrets

from django.contrib.auth.models import Group, Permission, User
from django.db import transaction

CURATORS = "curators"

# Curators review and edit claims, figures and speakers; they may read sources but never
# delete them, and they have no power over users.
CURATOR_PERMISSIONS = {
    "claim": ("view", "add", "change"),
    "figure": ("view", "add", "change"),
    "speaker": ("view", "add", "change"),
    "speakeralias": ("view", "add", "change", "delete"),
    "speakerrole": ("view", "add", "change", "delete"),
    "rolephrase": ("view", "add", "change", "delete"),
    "source": ("view",),
    "sentence": ("view",),
    "outlet": ("view",),
    "side": ("view",),
}


@transaction.atomic
def curators_group_ensure() -> Group:
    group, _ = Group.objects.get_or_create(name=CURATORS)
    codenames = [f"{action}_{model}" for model, actions in CURATOR_PERMISSIONS.items()
                 for action in actions]
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="claims", codename__in=codenames)
    )
    return group


@transaction.atomic
def demo_curator_create(*, username: str = "curator") -> tuple[User, str]:
    """A staff account in the curators group, with a fresh random password each time."""
    password = secrets.token_urlsafe(12)
    user, _ = User.objects.get_or_create(username=username)
    user.is_staff = True
    user.set_password(password)
    user.save()
    user.groups.add(curators_group_ensure())
    return user, password
