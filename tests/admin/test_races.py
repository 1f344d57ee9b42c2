"""Races only PostgreSQL's row locks settle: a curator's edit against a re-extraction."""

from __future__ import annotations

import threading
import time

import pytest
from django.contrib.messages import get_messages
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from claims.extraction import Gazetteer
from claims.models import Claim, Status
from claims.services import reextract as reextract_module
from claims.services.reextract import source_reextract
from claims.services.review import claim_update
from tests.admin.factories import PESKOV, QUOTE, admin_form, article, document, machine_claim

KIEV_SAYS = "i droni russi erano almeno 40"

pytestmark = [pytest.mark.requires_postgres, pytest.mark.django_db(transaction=True)]


def wait_until_someone_waits_for_a_lock() -> None:
    """Block until another connection of this database is queued on a row lock."""
    with connection.cursor() as cursor:
        for _ in range(3000):
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            if cursor.fetchone()[0]:
                return
            time.sleep(0.01)
    raise AssertionError("no connection ever waited for the lock")


def in_thread(target) -> threading.Thread:
    def run():
        try:
            target()
        finally:
            connections.close_all()  # this thread's own connection

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_a_curator_edit_that_commits_while_reextract_waits_is_kept(curator, monkeypatch):
    source = article(*PESKOV)
    claim = machine_claim(source, QUOTE)
    doc = document(source, claims=[{"phrase": QUOTE}])
    monkeypatch.setattr(reextract_module, "extract", lambda text, **kw: doc)
    edited, release, reports = threading.Event(), threading.Event(), []

    def curator_edits():
        from django.db import transaction

        with transaction.atomic():
            claim_update(claim=Claim.objects.get(pk=claim.pk), user=curator,
                         status=Status.VERIFIED)
            edited.set()
            release.wait(30)  # hold the row lock until re-extraction queues behind it

    editor = in_thread(curator_edits)
    assert edited.wait(30)
    worker = in_thread(lambda: reports.append(source_reextract(source=source,
                                                                gazetteer=Gazetteer())))
    wait_until_someone_waits_for_a_lock()
    release.set()
    editor.join(30)
    worker.join(30)

    assert Claim.objects.get(pk=claim.pk).status == Status.VERIFIED
    assert Claim.objects.count() == 1
    (report,) = reports
    assert (report.kept, report.replaced, report.duplicates) == (1, 0, 1)


def test_an_admin_edit_waiting_on_reextract_does_not_bring_the_claim_back(curator,
                                                                          monkeypatch):
    source = article(*PESKOV)
    claim = machine_claim(source, QUOTE)
    doc = document(source, claims=[{"phrase": KIEV_SAYS}])
    monkeypatch.setattr(reextract_module, "extract", lambda text, **kw: doc)
    deleted, release = threading.Event(), threading.Event()
    insert = reextract_module.claims_insert

    def insert_after_a_pause(*args, **kwargs):
        deleted.set()  # the old claim is deleted, its row still locked
        release.wait(30)
        return insert(*args, **kwargs)

    monkeypatch.setattr(reextract_module, "claims_insert", insert_after_a_pause)
    worker = in_thread(lambda: source_reextract(source=source, gazetteer=Gazetteer()))
    assert deleted.wait(30)

    client = Client()
    client.force_login(curator)
    responses = []
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    editor = in_thread(lambda: responses.append(
        client.post(url, admin_form(claim) | {"_verify": "Verify"})
    ))
    wait_until_someone_waits_for_a_lock()
    release.set()
    worker.join(30)
    editor.join(30)

    assert not Claim.objects.filter(pk=claim.pk).exists()
    new = Claim.objects.get()
    assert (new.text, new.status, new.curated_at) == (KIEV_SAYS, Status.EXTRACTED, None)
    (response,) = responses
    assert any("no longer exists" in str(m) for m in get_messages(response.wsgi_request))
