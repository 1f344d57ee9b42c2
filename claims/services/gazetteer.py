"""The extractor's gazetteer, built from the database (what curators maintain)."""

from __future__ import annotations

from collections import defaultdict

from claims.extraction.speakers.gazetteer import Entry, Gazetteer, Outlet, Role
from claims.models import Outlet as OutletModel
from claims.models import Speaker, SpeakerRole


def gazetteer_from_db() -> Gazetteer:
    """Speakers known before extraction (reference or curated), with aliases and dated roles."""
    roles: dict[int, list[Role]] = defaultdict(list)
    # One query for roles and their phrases instead of one per speaker.
    for role in SpeakerRole.objects.prefetch_related("phrases"):
        roles[role.speaker_id].append(
            Role(
                title=role.title,
                phrases=tuple(p.phrase for p in role.phrases.all()),
                start=role.start_date,
                end=role.end_date,
            )
        )
    speakers = [
        Entry(
            name=s.name,
            kind=s.kind,
            side=s.side.code if s.side else None,
            aliases=tuple(a.alias for a in s.aliases.all()),
            roles=tuple(roles.get(s.pk, ())),
            description=s.description,
        )
        for s in Speaker.objects.filter(in_gazetteer=True)
        .select_related("side")
        .prefetch_related("aliases")
    ]
    outlets = [
        Outlet(name=o.name, side=o.side.code if o.side else None, aliases=tuple(o.aliases))
        for o in OutletModel.objects.select_related("side")
    ]
    return Gazetteer(speakers=speakers, outlets=outlets)
