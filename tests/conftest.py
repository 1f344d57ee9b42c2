from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.services.accounts import CURATORS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"


def pytest_collection_modifyitems(config, items):
    corpus_missing = not CORPUS.is_dir()
    for item in items:
        if corpus_missing and item.get_closest_marker("corpus"):
            item.add_marker(pytest.mark.skip(reason=f"{CORPUS} is absent"))


@pytest.fixture
def on_postgres() -> bool:
    return connection.vendor == "postgresql"


@pytest.fixture(autouse=True)
def _skip_postgres_only(request):
    if request.node.get_closest_marker("requires_postgres"):
        # Resolved lazily: the database connection settings are known by now.
        from django.conf import settings

        if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
            pytest.skip("needs PostgreSQL (set DATABASE_URL)")


@pytest.fixture
def reference(db):
    """Sides, outlets and the speaker gazetteer from fixtures/."""
    from claims.services.reference import reference_load

    return reference_load()


@pytest.fixture
def make_source(db):
    """A stored source with sentences built from the given text (no extraction)."""
    from claims.models import Sentence, Source
    from claims.services.ingest import text_sha256

    def make(text: str = "Il ministero ha detto che 12 droni sono stati abbattuti.", **fields):
        source = Source.objects.create(
            text=text, sha256=text_sha256(text), extractor_version="test", **fields
        )
        Sentence.objects.create(source=source, index=0, start=0, end=len(text), text=text)
        return source

    return make


@pytest.fixture
def curator(db) -> User:
    """A member of the curators group who may use the admin."""
    user = User.objects.create_user("ada", password="not-a-secret", is_staff=True)
    user.groups.add(Group.objects.get(name=CURATORS))
    return user


@pytest.fixture
def curator_api(curator) -> APIClient:
    """An API client that authenticates as the curator with a token."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=curator).key}")
    return client
