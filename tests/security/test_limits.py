"""Limits a client cannot walk around: a forged X-Forwarded-For is not a new client, throttle
counters are shared by every worker, and the admin's login locks out after five failures."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
import redis
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

from tests.conftest import ROOT


@pytest.fixture
def three_a_minute(monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/min"})


@pytest.mark.django_db
def test_a_forged_forwarded_for_does_not_reset_the_anonymous_throttle(three_a_minute):
    api = APIClient()
    assert [api.get("/api/sides/").status_code for _ in range(4)] == [200, 200, 200, 429]
    forged = [api.get("/api/sides/", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code
              for n in range(20)]
    assert forged == [429] * 20


@pytest.mark.django_db
def test_behind_one_proxy_the_address_it_saw_is_the_client(three_a_minute, monkeypatch):
    from rest_framework.settings import api_settings

    monkeypatch.setattr(api_settings, "NUM_PROXIES", 1)
    api = APIClient()
    first = [api.get("/api/sides/", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}, 198.51.100.7")
             .status_code for n in range(4)]
    other_client = api.get("/api/sides/", HTTP_X_FORWARDED_FOR="198.51.100.8").status_code
    assert (first, other_client) == ([200, 200, 200, 429], 200)


def test_the_throttle_counts_in_a_cache_all_workers_share():
    assert not isinstance(caches["default"], LocMemCache)


# Two requests from one address, as one worker process sees them: prints how many it let pass.
WORKER = """
import sys
import django
django.setup()
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from rest_framework.throttling import AnonRateThrottle
AnonRateThrottle.THROTTLE_RATES = {"anon": "3/min"}
request = RequestFactory().get("/api/sides/", REMOTE_ADDR=sys.argv[1])
request.user = AnonymousUser()
print(sum(AnonRateThrottle().allow_request(request, None) for _ in range(2)))
"""


def allowed_by_two_workers(**env: str) -> list[int]:
    """Two worker processes in turn, two requests each, at a limit of three a minute."""
    environment = {k: v for k, v in os.environ.items()
                   if not k.startswith("DJANGO_") and k not in {"DATABASE_URL", "REDIS_URL"}}
    environment.update(env, DJANGO_SETTINGS_MODULE="project.settings")
    address = f"2001:db8::{uuid.uuid4().hex[:4]}"  # a client no other run has counted
    allowed = []
    for _ in range(2):
        worker = subprocess.run([sys.executable, "-c", WORKER, address], cwd=ROOT,
                                env=environment, capture_output=True, text=True, timeout=60)
        assert worker.returncode == 0, worker.stderr
        allowed.append(int(worker.stdout))
    return allowed


def test_workers_share_the_count_in_the_database(tmp_path):
    database_url = f"sqlite:///{tmp_path / 'fonte.sqlite3'}"
    made = subprocess.run([sys.executable, "manage.py", "createcachetable"], cwd=ROOT,
                          env={**os.environ, "DATABASE_URL": database_url}, timeout=60)
    assert made.returncode == 0
    assert allowed_by_two_workers(DATABASE_URL=database_url) == [2, 1]


def redis_url() -> str | None:
    url = os.environ.get("FONTE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return None
    return url


def test_workers_share_the_count_in_redis(tmp_path):
    url = redis_url()
    if url is None:
        pytest.skip("Redis is not reachable")
    # No database: a worker that fell back to the database cache would fail.
    missing = f"sqlite:///{tmp_path / 'absent' / 'fonte.sqlite3'}"
    assert allowed_by_two_workers(REDIS_URL=url, DATABASE_URL=missing) == [2, 1]


@pytest.fixture
def editor(db, settings):
    from django.contrib.auth.models import User

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return User.objects.create_user("ada", password="the-right-one", is_staff=True)


def log_in(client, password: str, **headers) -> int:
    """The admin's login form, as a browser posts it; 302 is a success."""
    response = client.post("/admin/login/", {"username": "ada", "password": password,
                                             "next": "/admin/"}, **headers)
    return response.status_code


def test_five_wrong_passwords_lock_the_admin_login_even_for_the_right_one(client, editor):
    assert [log_in(client, "wrong") for _ in range(5)] == [200, 200, 200, 200, 429]
    assert log_in(client, "the-right-one") == 429
    assert "_auth_user_id" not in client.session


def test_a_success_forgets_earlier_failures(client, editor):
    assert [log_in(client, "wrong") for _ in range(4)] == [200] * 4
    assert log_in(client, "the-right-one") == 302
    client.logout()
    assert [log_in(client, "wrong") for _ in range(4)] == [200] * 4
    assert log_in(client, "the-right-one") == 302


def test_a_forged_forwarded_for_does_not_reset_the_lockout(client, editor):
    for n in range(5):
        log_in(client, "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    assert log_in(client, "the-right-one", HTTP_X_FORWARDED_FOR="198.51.100.1") == 429


def test_a_lockout_leaves_the_api_token_working(client, editor):
    from rest_framework.authtoken.models import Token

    for _ in range(5):
        log_in(client, "wrong")
    token = Token.objects.create(user=editor)
    api = APIClient(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api.get("/api/sides/").status_code == 200
    assert api.get("/api/sides/").wsgi_request.user == editor
