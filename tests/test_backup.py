"""make backup / make restore round-trip sources, curated work, history and users."""

from __future__ import annotations

import json
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.models import Claim, Figure, Sentence, Source, Status
from claims.services.accounts import CURATORS, curators_group_ensure
from claims.services.review import claim_create, claim_update, figure_create

pytestmark = pytest.mark.django_db

TEXT = "Il ministero ha detto che 12 droni sono stati abbattuti. Kiev smentisce."


def snapshot() -> dict:
    return {
        "sources": list(Source.objects.values_list("sha256", "text", "title")),
        "sentences": list(Source.objects.values_list(
            "sentences__index", "sentences__start", "sentences__end", "sentences__text"
        ).order_by("sentences")),
        "claims": list(Claim.objects.values_list("text", "status", "curator_note",
                                                 "reviewed_by__username", "origin")),
        "figures": list(Figure.objects.values_list("text", "value", "category", "status")),
        "claim_history": list(Claim.history.values_list("status", "history_user__username",
                                                        "history_change_reason")
                              .order_by("history_date", "history_id")),
        "users": list(User.objects.values_list("username", "password", "is_staff")),
        "curators": list(User.objects.filter(groups__name=CURATORS)
                         .values_list("username", flat=True)),
        "curator_permissions": sorted(Group.objects.get(name=CURATORS)
                                      .permissions.values_list("codename", flat=True)),
    }


# A real transaction: PostgreSQL cannot TRUNCATE (flush) inside the test's own transaction.
@pytest.mark.django_db(transaction=True)
def test_backup_then_restore_into_an_empty_database_gives_the_same_data(make_source, tmp_path):
    # A group whose primary key differs from the one migrate gives the restored database.
    Group.objects.filter(name=CURATORS).delete()
    curators = curators_group_ensure()
    Group.objects.create(name="zz placeholder").delete()
    curator = User.objects.create_user("ada", password="secret-pw", is_staff=True)
    curator.groups.add(curators)
    source = make_source(TEXT)
    claim = claim_create(source=source, start=26, end=55, kind="reported", user=curator,
                         status=Status.EXTRACTED)
    claim_update(claim=claim, user=curator, status=Status.VERIFIED, curator_note="checked")
    figure_create(source=source, start=26, end=34, value=Decimal(12),
                  category="drones_downed", user=curator)
    before = snapshot()
    assert before["claim_history"] and before["curators"] == ["ada"]

    path = tmp_path / "fonte.json.gz"
    call_command("backup", str(path), stdout=StringIO())
    call_command("flush", interactive=False, verbosity=0)
    assert not Source.objects.exists() and not User.objects.exists()
    call_command("restore", str(path), stdout=StringIO())

    assert snapshot() == before


@pytest.mark.django_db(transaction=True)
def test_a_backup_from_before_sentences_stored_their_words_gets_them_back(make_source, tmp_path):
    source = make_source(TEXT)
    path = tmp_path / "old.json"
    call_command("backup", str(path), stdout=StringIO())
    records = json.loads(path.read_text())
    for record in records:
        if record["model"] == "claims.sentence":
            del record["fields"]["text"]
    path.write_text(json.dumps(records))
    call_command("flush", interactive=False, verbosity=0)

    call_command("restore", str(path), stdout=StringIO())

    [sentence] = Sentence.objects.all()
    assert sentence.text == TEXT == Source.objects.get(sha256=source.sha256).text


def test_restore_refuses_a_database_that_holds_sources(make_source, tmp_path):
    make_source(TEXT)
    path = tmp_path / "fonte.json"
    call_command("backup", str(path), stdout=StringIO())
    with pytest.raises(CommandError, match="already holds sources"):
        call_command("restore", str(path), stdout=StringIO())
