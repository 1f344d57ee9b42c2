from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User

from claims.services.accounts import CURATORS


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # The default hasher is slow on purpose; these tests log in, they do not guard secrets.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def curator(db) -> User:
    user = User.objects.create_user("ada", password="not-a-secret", is_staff=True)
    user.groups.add(Group.objects.get(name=CURATORS))
    return user


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client
