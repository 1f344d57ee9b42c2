"""Sanity checks for the reference fixtures (sides, outlets, speakers).

Plain pytest: no Django, no database. The extractor matches these aliases and role phrases
in running Italian text, so the checks focus on what would create wrong or ambiguous
speakers: duplicated names/aliases, role phrases that resolve to two people on the same
day, unknown side codes and generic aliases.

Conventions checked here:
- Alias matching is case-sensitive, so one entry may list capitalisation variants of the
  same alias ("ministero della Difesa russo" / "Ministero della Difesa russo"); across
  entries, names and aliases must be unique case-insensitively.
- A role is held on `day` when start <= day < end (end exclusive, None = open), as in
  `claims.extraction.gazetteer.Role.held_on`; an undated article only sees open roles.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

SPEAKER_KINDS = {"person", "institution", "media", "document", "group"}
OUTLET_KINDS = {"agency", "newspaper", "broadcaster", "online", "social"}
BODIES = {"EU", "NATO", "UN"}

# Metonyms and generic words that must never be a speaker or outlet alias.
FORBIDDEN_ALIASES = {
    "mosca", "kiev", "kyiv", "washington", "pechino", "londra", "parigi", "berlino", "roma",
    "minsk", "bruxelles", "teheran", "ankara", "varsavia", "budapest", "pyongyang", "vaticano",
    "presidente", "premier", "ministro", "ministero", "difesa", "esteri", "governo", "esercito",
    "portavoce", "leader", "papa", "ue", "usa", "russia", "ucraina", "cina", "europa", "occidente",
}
# Role phrases too generic to name one office.
FORBIDDEN_PHRASES = {
    "presidente", "premier", "ministro", "portavoce", "leader", "governatore", "sindaco", "capo",
    "presidente del consiglio", "capo dello stato", "capo del governo", "primo ministro",
    "ministro degli esteri", "ministro della difesa", "segretario di stato", "segretario generale",
    "presidente della repubblica", "presidente della commissione",
}


def _load(name: str) -> list[dict]:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sides() -> list[dict]:
    return _load("sides.json")


@pytest.fixture(scope="module")
def outlets() -> list[dict]:
    return _load("outlets.json")


@pytest.fixture(scope="module")
def speakers() -> list[dict]:
    return _load("speakers.json")


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _held_on(role: dict, day: date | None) -> bool:
    start, end = _day(role.get("start")), _day(role.get("end"))
    if day is None:
        return end is None
    return (start is None or start <= day) and (end is None or day < end)


def holders(speakers: list[dict], phrase: str, day: date | None) -> list[str]:
    """Names of the speakers whose role named by `phrase` is held on `day`."""
    phrase = phrase.lower()
    return [
        s["name"]
        for s in speakers
        for role in s.get("roles", ())
        if phrase in (p.lower() for p in role["phrases"]) and _held_on(role, day)
    ]


def _overlap(a: dict, b: dict) -> bool:
    """Half-open intervals [start, end) with None meaning unbounded."""
    a_start, a_end = _day(a.get("start")) or date.min, _day(a.get("end")) or date.max
    b_start, b_end = _day(b.get("start")) or date.min, _day(b.get("end")) or date.max
    return a_start < b_end and b_start < a_end


# --- shape -------------------------------------------------------------------------------------


def test_counts(speakers, outlets):
    assert len(speakers) >= 150
    assert len(outlets) >= 45


def test_sides_shape(sides):
    codes = [s["code"] for s in sides]
    assert len(codes) == len(set(codes)), "duplicate side codes"
    for side in sides:
        assert set(side) == {"code", "name"}
        assert side["name"].strip()
        code = side["code"]
        assert code in BODIES or (len(code) == 2 and code.isupper() and code.isalpha()), code
    assert BODIES <= set(codes)
    for required in ("RU", "UA", "US", "BY", "CN", "IT", "VA"):
        assert required in codes


def test_speaker_shape(speakers):
    for s in speakers:
        assert set(s) == {"name", "kind", "side", "description", "aliases", "roles"}, s["name"]
        assert s["kind"] in SPEAKER_KINDS, s["name"]
        assert s["name"].strip() == s["name"] and s["name"], s["name"]
        assert isinstance(s["description"], str) and s["description"].strip(), s["name"]
        assert isinstance(s["aliases"], list) and isinstance(s["roles"], list), s["name"]
        for role in s["roles"]:
            assert set(role) == {"title", "phrases", "start", "end"}, s["name"]
            assert role["title"].strip() and role["phrases"], (s["name"], role["title"])


def test_outlet_shape(outlets):
    for o in outlets:
        assert set(o) == {"name", "kind", "country", "side", "url", "aliases"}, o["name"]
        assert o["kind"] in OUTLET_KINDS, o["name"]
        assert o["url"].startswith(("http://", "https://")), o["name"]
        assert isinstance(o["aliases"], list), o["name"]


def test_side_codes_are_known(sides, speakers, outlets):
    codes = {s["code"] for s in sides}
    for s in speakers:
        assert s["side"] is None or s["side"] in codes, (s["name"], s["side"])
    for o in outlets:
        assert o["side"] is None or o["side"] in codes, (o["name"], o["side"])
        assert o["country"] in codes, (o["name"], o["country"])


def test_state_media_side_matches_country(outlets):
    """`side` is set only for state media, and then it is the owning state."""
    for o in outlets:
        if o["side"] is not None:
            assert o["side"] == o["country"], o["name"]
    state = {o["name"] for o in outlets if o["side"]}
    assert {"Tass", "Ria Novosti", "Xinhua", "Belta", "Ukrinform"} <= state
    assert not state & {"Reuters", "ANSA", "BBC", "Rai", "Meduza", "Kyiv Independent"}


# --- names and aliases -------------------------------------------------------------------------


def _entries(speakers, outlets):
    for i, s in enumerate(speakers):
        yield f"speaker:{s['name']}#{i}", s
    for i, o in enumerate(outlets):
        yield f"outlet:{o['name']}#{i}", o


def test_aliases_are_clean(speakers, outlets):
    for key, e in _entries(speakers, outlets):
        for alias in e["aliases"]:
            assert alias and alias == alias.strip() and "  " not in alias, (key, alias)
            assert alias.lower() not in FORBIDDEN_ALIASES, (key, alias)
        assert e["name"].lower() not in FORBIDDEN_ALIASES, key


def test_no_duplicate_alias_within_entry(speakers, outlets):
    for key, e in _entries(speakers, outlets):
        aliases = e["aliases"]
        repeated = [a for a in aliases if aliases.count(a) > 1]
        assert not repeated, (key, repeated)
        # The name may also be listed as an alias, but only once.
        assert aliases.count(e["name"]) <= 1, key


def test_no_name_or_alias_shared_between_entries(speakers, outlets):
    owners: dict[str, set[str]] = defaultdict(set)
    for key, e in _entries(speakers, outlets):
        for text in [e["name"], *e["aliases"]]:
            owners[text.lower()].add(key)
    shared = {text: sorted(keys) for text, keys in owners.items() if len(keys) > 1}
    assert not shared, shared


def test_people_have_no_bare_given_names(speakers):
    given = {"vladimir", "volodymyr", "sergei", "sergey", "dmitry", "dmitri", "joe", "donald",
             "giorgia", "emmanuel", "olaf", "boris", "ursula", "antonio", "mario", "andriy",
             "oleksandr", "kamala", "jake", "marco", "mark", "keir", "rishi", "alexander",
             "aleksandr", "francesco", "leone"}
    for s in speakers:
        if s["kind"] != "person":
            continue
        for alias in s["aliases"]:
            assert alias.lower() not in given, (s["name"], alias)


def test_person_names_do_not_end_in_a_given_name(speakers):
    """The extractor treats the last word of a person's name as a surname alias ("Peskov"),
    so a name must not end in a common given name ("Papa Francesco" would make "Francesco" an
    alias of the Pope)."""
    given = {"francesco", "leone", "paolo", "giovanni", "maria", "pietro", "giuseppe", "michele",
             "luca", "marco", "matteo", "andrea", "antonio", "vladimir", "sergei", "ivan", "pavel"}
    for s in speakers:
        if s["kind"] == "person" and " " in s["name"]:
            assert s["name"].rsplit(" ", 1)[1].lower() not in given, s["name"]


# --- roles -------------------------------------------------------------------------------------


def test_role_dates(speakers):
    for s in speakers:
        for role in s["roles"]:
            start, end = _day(role["start"]), _day(role["end"])  # raises on a malformed date
            if start and end:
                assert start < end, (s["name"], role["title"], role["start"], role["end"])


def test_role_phrases_are_specific(speakers):
    for s in speakers:
        for role in s["roles"]:
            lowered = [p.lower() for p in role["phrases"]]
            assert len(lowered) == len(set(lowered)), (s["name"], role["title"])
            for phrase in role["phrases"]:
                assert phrase == phrase.strip() and "  " not in phrase, (s["name"], phrase)
                assert phrase.lower() not in FORBIDDEN_PHRASES, (s["name"], phrase)


def test_role_phrase_resolves_to_one_holder_per_day(speakers):
    """Two entries sharing a phrase must hold it on disjoint date ranges."""
    by_phrase: dict[str, list[tuple[int, dict]]] = defaultdict(list)
    for i, s in enumerate(speakers):
        for role in s["roles"]:
            for phrase in role["phrases"]:
                by_phrase[phrase.lower()].append((i, role))
    clashes = []
    for phrase, uses in by_phrase.items():
        for (i, a), (j, b) in combinations(uses, 2):
            if i != j and _overlap(a, b):
                clashes.append((phrase, speakers[i]["name"], a["start"], a["end"],
                                speakers[j]["name"], b["start"], b["end"]))
    assert not clashes, clashes


def test_us_president_by_date(speakers):
    assert holders(speakers, "presidente degli Stati Uniti", date(2024, 6, 1)) == ["Joe Biden"]
    assert holders(speakers, "presidente degli Stati Uniti", date(2025, 3, 1)) == ["Donald Trump"]
    assert holders(speakers, "Presidente Usa", date(2019, 6, 1)) == ["Donald Trump"]
    assert holders(speakers, "inquilino della Casa Bianca", date(2021, 1, 20)) == ["Joe Biden"]
    assert holders(speakers, "presidente americano", date(2025, 1, 20)) == ["Donald Trump"]


@pytest.mark.parametrize(
    ("phrase", "day", "expected"),
    [
        ("portavoce del Cremlino", date(2022, 12, 20), ["Dmitry Peskov"]),
        ("presidente russo", date(2023, 5, 1), ["Vladimir Putin"]),
        ("leader ucraino", date(2026, 1, 6), ["Volodymyr Zelensky"]),
        ("ministro della Difesa russo", date(2024, 1, 10), ["Sergei Shoigu"]),
        ("ministro della Difesa russo", date(2024, 6, 1), ["Andrei Belousov"]),
        ("ministro della Difesa ucraino", date(2022, 6, 1), ["Oleksii Reznikov"]),
        ("ministro della Difesa ucraino", date(2024, 6, 1), ["Rustem Umerov"]),
        ("ministro della Difesa ucraino", date(2025, 9, 1), ["Denys Shmyhal"]),
        ("ministro degli Esteri ucraino", date(2024, 9, 10), ["Andrii Sybiha"]),
        ("comandante in capo delle forze armate ucraine", date(2023, 6, 1), ["Valerii Zaluzhnyi"]),
        ("comandante in capo delle forze armate ucraine", date(2024, 6, 1), ["Oleksandr Syrskyi"]),
        ("capo dell'ufficio di presidenza ucraino", date(2024, 12, 15), ["Andriy Yermak"]),
        ("segretario generale della Nato", date(2024, 10, 15), ["Mark Rutte"]),
        ("capo della diplomazia europea", date(2023, 3, 1), ["Josep Borrell"]),
        ("premier italiana", date(2024, 1, 1), ["Giorgia Meloni"]),
        ("presidente del Consiglio italiano", date(2022, 9, 1), ["Mario Draghi"]),
        ("cancelliere tedesco", date(2025, 6, 1), ["Friedrich Merz"]),
        ("premier britannico", date(2022, 10, 1), ["Liz Truss"]),
        ("governatore della regione di Kursk", date(2024, 12, 15), ["Alexander Khinshtein"]),
        ("governatore di Tver", date(2026, 1, 6), ["Vitaly Korolev"]),
        ("Pontefice", date(2024, 12, 25), ["Papa Francesco (Jorge Mario Bergoglio)"]),
        ("Papa", date(2025, 4, 30), []),
        ("Santo Padre", date(2025, 6, 1), ["Papa Leone XIV (Robert Francis Prevost)"]),
        ("presidente bielorusso", None, ["Alexander Lukashenko"]),
        ("presidente degli Stati Uniti", None, ["Donald Trump"]),
    ],
)
def test_role_resolution_examples(speakers, phrase, day, expected):
    assert holders(speakers, phrase, day) == expected


def test_apostrophe_variants_resolve_alike(speakers):
    straight = holders(speakers, "capo dell'ufficio di presidenza ucraino", date(2024, 1, 1))
    curly = holders(speakers, "capo dell\u2019ufficio di presidenza ucraino", date(2024, 1, 1))
    assert straight == curly == ["Andriy Yermak"]
