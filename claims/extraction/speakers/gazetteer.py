"""Known speakers and outlets, as the extractor sees them (no Django).

The same structure is built from `fixtures/*.json` (`Gazetteer.from_fixtures`) or
from the database (`claims.services.gazetteer.gazetteer_from_db`), so the
extractor can run in a worker without a database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

FIXTURES_DIR = Path(__file__).resolve().parents[3] / "fixtures"


@dataclass(frozen=True, slots=True)
class Role:
    """An office held for a time: 'portavoce del Cremlino' from 2012 on."""

    title: str
    phrases: tuple[str, ...]  # Italian phrases that name the office in running text
    start: date | None = None
    end: date | None = None

    def held_on(self, day: date | None) -> bool:
        if day is None:
            # Undated article: only an office that is still held counts.
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    kind: str  # person, institution, media, document, group
    side: str | None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    description: str = ""


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    side: str | None  # set for state media only
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class Gazetteer:
    speakers: list[Entry] = field(default_factory=list)
    outlets: list[Outlet] = field(default_factory=list)

    def role_holders(self, phrase: str, day: date | None) -> list[Entry]:
        """Who held the office named by `phrase` (lowercase) on `day`."""
        phrase = phrase.lower()
        return [
            entry
            for entry in self.speakers
            for role in entry.roles
            if phrase in (p.lower() for p in role.phrases) and role.held_on(day)
        ]

    @classmethod
    def from_dicts(cls, speakers: list[dict], outlets: list[dict]) -> Gazetteer:
        return cls(
            speakers=[
                Entry(
                    name=s["name"],
                    kind=s["kind"],
                    side=s.get("side"),
                    aliases=tuple(s.get("aliases", ())),
                    description=s.get("description", ""),
                    roles=tuple(
                        Role(
                            title=r["title"],
                            phrases=tuple(r.get("phrases", ())),
                            start=_date(r.get("start")),
                            end=_date(r.get("end")),
                        )
                        for r in s.get("roles", ())
                    ),
                )
                for s in speakers
            ],
            outlets=[
                Outlet(name=o["name"], side=o.get("side"), aliases=tuple(o.get("aliases", ())))
                for o in outlets
            ],
        )

    @classmethod
    def from_fixtures(cls, directory: Path = FIXTURES_DIR) -> Gazetteer:
        speakers = json.loads((directory / "speakers.json").read_text(encoding="utf-8"))
        outlets = json.loads((directory / "outlets.json").read_text(encoding="utf-8"))
        return cls.from_dicts(speakers, outlets)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
