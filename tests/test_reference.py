from __future__ import annotations

from datetime import date

import pytest

from claims.models import Outlet, Side, Speaker, SpeakerAlias
from claims.services.gazetteer import gazetteer_from_db
from claims.services.reference import reference_load

pytestmark = pytest.mark.django_db


def test_load_reference_is_idempotent(reference):
    assert reference.speakers >= 120
    assert reference.outlets >= 40
    counts = (Side.objects.count(), Outlet.objects.count(), Speaker.objects.count(),
              SpeakerAlias.objects.count())
    again = reference_load()
    assert (again.sides, again.outlets, again.speakers, again.aliases, again.roles) == (0,) * 5
    assert counts == (Side.objects.count(), Outlet.objects.count(), Speaker.objects.count(),
                      SpeakerAlias.objects.count())


def test_load_reference_keeps_a_curators_change(reference):
    speaker = Speaker.objects.filter(in_gazetteer=True).first()
    speaker.description = "corrected by a curator"
    speaker.save()
    reference_load()
    speaker.refresh_from_db()
    assert speaker.description == "corrected by a curator"


def test_gazetteer_from_db_resolves_roles_by_date(reference):
    gazetteer = gazetteer_from_db()

    def holders(day):
        return [e.name for e in gazetteer.role_holders("presidente degli Stati Uniti", day)]

    assert holders(date(2023, 5, 1)) == ["Joe Biden"]
    assert holders(date(2025, 6, 1)) == ["Donald Trump"]
