from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # The default hasher is slow on purpose; these tests log in, they do not guard secrets.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


@pytest.fixture
def source(db):
    """The four-sentence article of tests.admin.factories.PESKOV."""
    from tests.admin.factories import PESKOV, article

    return article(*PESKOV)


@pytest.fixture
def extractor(monkeypatch):
    """Makes the extractor return a hand-made document for the next re-extraction."""
    from claims.services import reextract

    def use(doc):
        monkeypatch.setattr(reextract, "extract", lambda text, **kw: doc)
    return use
