"""Reference data: sides, outlets and the speaker gazetteer, from `fixtures/`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.db import transaction

from claims.extraction.speakers.gazetteer import FIXTURES_DIR
from claims.models import Outlet, RolePhrase, Side, Speaker, SpeakerAlias, SpeakerRole


@dataclass
class ReferenceCounts:
    sides: int = 0
    outlets: int = 0
    speakers: int = 0
    aliases: int = 0
    roles: int = 0


def _read(directory: Path, name: str) -> list[dict]:
    return json.loads((directory / name).read_text(encoding="utf-8"))


@transaction.atomic
def reference_load(*, directory: Path = FIXTURES_DIR) -> ReferenceCounts:
    """Create what is missing; never overwrite what exists (a curator may have changed it).

    Running it twice changes nothing: the counts say how many rows were created.
    """
    created = ReferenceCounts()
    sides = {s.code: s for s in Side.objects.all()}
    for row in _read(directory, "sides.json"):
        if row["code"] not in sides:
            sides[row["code"]] = Side.objects.create(code=row["code"], name=row["name"])
            created.sides += 1

    existing_outlets = set(Outlet.objects.values_list("name", flat=True))
    for row in _read(directory, "outlets.json"):
        if row["name"] in existing_outlets:
            continue
        Outlet.objects.create(
            name=row["name"],
            kind=row.get("kind", Outlet.Kind.ONLINE),
            country=row.get("country") or "",
            side=sides.get(row.get("side")) if row.get("side") else None,
            url=row.get("url") or "",
            aliases=row.get("aliases", []),
        )
        created.outlets += 1

    speakers = {s.name: s for s in Speaker.objects.all()}
    rows = _read(directory, "speakers.json")
    new_speakers = Speaker.objects.bulk_create([
        Speaker(
            name=row["name"],
            kind=row["kind"],
            side=sides.get(row.get("side")) if row.get("side") else None,
            description=row.get("description", ""),
            in_gazetteer=True,
        )
        for row in rows if row["name"] not in speakers
    ])
    speakers.update((s.name, s) for s in new_speakers)
    created.speakers = len(new_speakers)

    known_aliases = {a.lower() for a in SpeakerAlias.objects.values_list("alias", flat=True)}
    known_roles = set(SpeakerRole.objects.values_list("speaker__name", "title", "start_date"))
    aliases, roles, phrases = [], [], []
    for row in rows:
        speaker = speakers[row["name"]]
        for alias in row.get("aliases", []):
            if alias.lower() not in known_aliases:
                aliases.append(SpeakerAlias(speaker=speaker, alias=alias))
                known_aliases.add(alias.lower())
        for role in row.get("roles", []):
            key = (speaker.name, role["title"], _day(role.get("start")))
            if key not in known_roles:
                known_roles.add(key)
                roles.append(SpeakerRole(speaker=speaker, title=role["title"],
                                         start_date=key[2], end_date=_day(role.get("end"))))
                phrases.append(list(dict.fromkeys(role.get("phrases", []))))
    SpeakerAlias.objects.bulk_create(aliases)
    roles = SpeakerRole.objects.bulk_create(roles)
    RolePhrase.objects.bulk_create(
        [RolePhrase(role=role, phrase=p) for role, ps in zip(roles, phrases, strict=True)
         for p in ps]
    )
    created.aliases, created.roles = len(aliases), len(roles)
    return created


def _day(value: str | None) -> date | None:

    return date.fromisoformat(value) if value else None
