"""Which side a descriptor points to: adjectives, places, metonyms, phrases of control.

Side codes follow the gold conventions: ISO 3166 alpha-2, or "EU", "NATO", "UN".
Keys are lowercase; lookups fold the case of the text.
"""

from __future__ import annotations

import re

from claims.extraction.rules import places

# Nationality adjectives in all four endings: "il presidente russo", "l'aeronautica ucraina".
_ADJECTIVE_STEMS: dict[str, str] = {
    "russ": "RU", "ucrain": "UA", "american": "US", "statunitens": "US", "bieloruss": "BY",
    "turc": "TR", "frances": "FR", "tedesc": "DE", "italian": "IT", "britannic": "GB",
    "ingles": "GB", "polacc": "PL", "iranian": "IR", "georgian": "GE", "nordcorean": "KP",
    "israelian": "IL", "ungheres": "HU", "cines": "CN", "filo-russ": "RU",
    "filoruss": "RU", "europe": "EU", "moldav": "MD", "rumen": "RO", "lituan": "LT",
    "letton": "LV", "eston": "EE", "finlandes": "FI", "sved": "SE", "norveges": "NO",
    "giappones": "JP", "indian": "IN", "saudit": "SA", "canades": "CA", "olandes": "NL",
    "spagnol": "ES", "slovacc": "SK", "ceco": "CZ", "danes": "DK", "bulgar": "BG",
    # The Middle East, Asia, Africa and the Americas, whose officials report casualties and
    # strikes in the same copy. "giordan" is left out: Giordano is a common Italian surname.
    "libanes": "LB", "sirian": "SY", "palestines": "PS", "egizian": "EG", "irachen": "IQ",
    "yemenit": "YE", "qatariot": "QA", "emiratin": "AE", "afghan": "AF", "pakistan": "PK",
    "sudcorean": "KR", "vietnamit": "VN", "australian": "AU", "brasilian": "BR",
    "messican": "MX", "sudafrican": "ZA", "libic": "LY", "tunisin": "TN", "marocchin": "MA",
    "algerin": "DZ", "nigerian": "NG", "sudanes": "SD", "etiop": "ET", "kazak": "KZ",
    "armen": "AM", "azer": "AZ", "uzbek": "UZ",
    # The rest of Europe.
    "svizzer": "CH", "austriac": "AT", "portoghes": "PT", "grec": "GR", "croat": "HR",
    "serb": "RS", "sloven": "SI", "albanes": "AL", "bosniac": "BA", "montenegrin": "ME",
    "maltes": "MT", "cipriot": "CY", "irlandes": "IE", "islandes": "IS", "lussemburghes": "LU",
    "vatican": "VA",
}
_ENDINGS: tuple[str, ...] = ("o", "a", "i", "e", "")  # "cinese/cinesi", "russo/russa/russi/russe"

# Nouns naming a state or alliance used as adjectives: "il presidente Usa", "i vertici Nato".
_INVARIABLE: dict[str, str] = {
    "usa": "US", "Usa": "US", "nato": "NATO", "ue": "EU", "onu": "UN", "uk": "GB",
}


def _adjectives() -> dict[str, str]:
    table: dict[str, str] = {}
    for stem, side in _ADJECTIVE_STEMS.items():
        for ending in _ENDINGS:
            word = stem + ending
            # "russ" alone or "ingles" alone are not words; "ceco" already carries its ending.
            if ending == "" and stem[-1] not in "oe":
                continue
            table.setdefault(word, side)
    # Plurals in -chi/-che ("tedeschi", "turche") do not follow the stem + ending rule.
    table.update({"cechi": "CZ", "ceche": "CZ", "ceca": "CZ", "tedeschi": "DE", "tedesche": "DE",
                  "turchi": "TR", "turche": "TR", "polacchi": "PL", "polacche": "PL",
                  "slovacchi": "SK", "slovacche": "SK", "austriaci": "AT", "austriache": "AT",
                  "greci": "GR", "greche": "GR", "libici": "LY", "libiche": "LY",
                  "belga": "BE", "belgi": "BE", "belghe": "BE"})
    table.update({k.lower(): v for k, v in _INVARIABLE.items()})
    return table


ADJECTIVES: dict[str, str] = _adjectives()

# States, capitals and seats of power as subjects of speech: "Mosca accusa", "Kiev denuncia".
# Canonical speaker name on the right, so that "Kyiv" and "Kiev" are one speaker.
METONYMS: dict[str, tuple[str, str]] = {
    "mosca": ("Mosca", "RU"), "cremlino": ("Cremlino", "RU"), "kiev": ("Kiev", "UA"),
    "kyiv": ("Kiev", "UA"), "washington": ("Washington", "US"),
    "casa bianca": ("Casa Bianca", "US"),
    "pentagono": ("Pentagono", "US"), "pechino": ("Pechino", "CN"), "minsk": ("Minsk", "BY"),
    "ankara": ("Ankara", "TR"), "parigi": ("Parigi", "FR"), "eliseo": ("Eliseo", "FR"),
    "berlino": ("Berlino", "DE"), "londra": ("Londra", "GB"), "downing street": ("Londra", "GB"),
    "varsavia": ("Varsavia", "PL"), "teheran": ("Teheran", "IR"), "bruxelles": ("Bruxelles", "EU"),
    "palazzo chigi": ("Palazzo Chigi", "IT"), "farnesina": ("Farnesina", "IT"),
    "russia": ("Russia", "RU"), "ucraina": ("Ucraina", "UA"), "stati uniti": ("Stati Uniti", "US"),
    "usa": ("Stati Uniti", "US"), "cina": ("Cina", "CN"), "bielorussia": ("Bielorussia", "BY"),
    "turchia": ("Turchia", "TR"), "nato": ("Nato", "NATO"), "onu": ("Onu", "UN"),
    "ue": ("Ue", "EU"), "unione europea": ("Unione europea", "EU"),
    "gerusalemme": ("Israele", "IL"), "tel aviv": ("Israele", "IL"), "israele": ("Israele", "IL"),
    "beirut": ("Libano", "LB"), "damasco": ("Siria", "SY"), "riad": ("Arabia Saudita", "SA"),
    "doha": ("Qatar", "QA"), "pyongyang": ("Corea del Nord", "KP"), "seul": ("Corea del Sud", "KR"),
    "tokyo": ("Giappone", "JP"), "nuova delhi": ("India", "IN"), "budapest": ("Ungheria", "HU"),
    "santa sede": ("Santa Sede", "VA"), "vaticano": ("Santa Sede", "VA"),
}

# Cities and regions whose side is not in doubt, for local officials named without one:
# "il sindaco di Kharkiv", "la regione di Belgorod". Occupied places (Donetsk, Luhansk,
# Crimea, Mariupol…) are left out on purpose: their officials need a descriptor.
PLACES: dict[str, str] = {
    **{p: "RU" for p in (
        "mosca", "san pietroburgo", "belgorod", "kursk", "bryansk", "briansk", "tver", "stavropol",
        "voronezh", "rostov", "krasnodar", "lipetsk", "tula", "kaluga", "smolensk", "orel",
        "oryol", "tambov", "saratov", "samara", "volgograd", "tatarstan", "daghestan", "cecenia",
        "novorossiysk", "sochi", "kaliningrad", "ryazan", "yaroslavl", "pskov", "novgorod",
        "nizhny novgorod", "penza", "ulyanovsk", "engels", "tuapse", "murmansk", "chuvashia",
    )},
    **{p: "UA" for p in (
        "kiev", "kyiv", "kharkiv", "kharkov", "kharkiv", "charkiv", "odessa", "odesa", "leopoli",
        "lviv", "dnipro", "dnipropetrovsk", "sumy", "chernihiv", "poltava", "mykolaiv", "zhytomyr",
        "vinnytsia", "ivano-frankivsk", "ternopil", "rivne", "lutsk", "uzhhorod", "cherkasy",
        "kropyvnytskyi", "khmelnytskyi", "kryvyi rih", "kramatorsk", "sloviansk", "kherson",
        "zaporizhzhia", "zaporizhia", "zaporizhzhya", "zaporozhye", "bucha", "irpin", "pokrovsk",
    )},
}

# Phrases of control and allegiance in a descriptor: "governatore della parte sotto controllo
# russo", "il capo installato da Mosca", "le autorità filorusse".
CONTROL_PHRASES: tuple[tuple[str, str], ...] = (
    ("sotto controllo russo", "RU"), ("controllata dai russi", "RU"),
    ("controllato dai russi", "RU"), ("installato da mosca", "RU"), ("installata da mosca", "RU"),
    ("installati da mosca", "RU"), ("nominato da mosca", "RU"), ("nominata da mosca", "RU"),
    ("nominato dal cremlino", "RU"), ("occupata dai russi", "RU"), ("occupato dai russi", "RU"),
    ("annessa dalla russia", "RU"), ("annessa da mosca", "RU"), ("separatist", "RU"),
    ("autoproclamat", "RU"), ("sotto controllo ucraino", "UA"), ("sotto controllo di kiev", "UA"),
    ("del cremlino", "RU"), ("di mosca", "RU"), ("di kiev", "UA"), ("di kyiv", "UA"),
    ("della casa bianca", "US"), ("di washington", "US"), ("di pechino", "CN"),
    ("di minsk", "BY"), ("della nato", "NATO"), ("dell'onu", "UN"), ("dell’onu", "UN"),
    ("delle nazioni unite", "UN"), ("dell'ue", "EU"), ("dell’ue", "EU"),
    ("della commissione europea", "EU"), ("degli stati uniti", "US"), ("della russia", "RU"),
    ("dell'ucraina", "UA"), ("dell’ucraina", "UA"),
)


# Officials of a town or region, whose side is the place's: "il governatore", "il sindaco".
LOCAL_TITLES = frozenset({
    "governatore", "governatrice", "vicegovernatore", "sindaco", "sindaca", "vicesindaco",
    "prefetto",
})


def side_of_word(word: str) -> str | None:
    """The side named by one adjective or invariable noun ("russa", "Usa"), if any."""
    return ADJECTIVES.get(word.lower())


def side_of_phrase(phrase: str) -> str | None:
    """The side a descriptor points to: control phrases first, then adjectives, then places."""
    low = phrase.lower()
    for needle, side in CONTROL_PHRASES:
        if needle in low:
            return side
    words = _words(low)
    for word in words:
        if side := ADJECTIVES.get(word):
            return side
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            if side := PLACES.get(" ".join(words[i:i + n])):
                return side
    return side_of_place_after_of(phrase)


# "la polizia di Birmingham", "il ministro della Salute del Libano", "i media statali di
# Teheran": a place after "di" in a descriptor is where the body or office belongs. Italian
# gives cities a bare "di" and states an article ("del Libano", "della Francia"), so a city's
# name is read only after a bare "di": "la portavoce della Marina" names no town.
_OF_PLACE = re.compile(
    r"(?<![\w'’])(?P<prep>di|d['’]|del|dello|della|dell['’]|dei|degli|delle)\s*"
    r"(?P<place>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:del\s+|d['’])?[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2})"
)
# Titles whose "di" names a person or body rather than a place: "il portavoce di Biden".
RELATIONAL_HEADS = frozenset({
    "portavoce", "consigliere", "consigliera", "consiglieri", "collaboratore", "collaboratrice",
    "assistente", "inviato", "inviata", "emissario", "alleato", "alleati", "vice", "braccio",
    "avvocato", "legale", "moglie", "marito", "figlio", "figlia", "entourage", "staff",
})


# Bodies that speak for no state wherever they stand: "l'università di Lione", "l'istituto di
# studi di Milano", "il quotidiano di Marsiglia" (analysts and independent media).
UNAFFILIATED_BODIES = frozenset({
    "università", "universita", "ateneo", "istituto", "osservatorio", "fondazione", "think",
    "studi", "ricerca", "ricercatori", "quotidiano", "giornale", "settimanale", "ospedale",
    "analista", "analisti", "esperto", "esperti", "docente", "professore", "professoressa",
})


def side_of_place_after_of(phrase: str, text: str | None = None) -> str | None:
    """The side of a capital, state or city named after "di" in a descriptor. A city two
    countries share a name for has one only where `text`, the article, says which."""
    if UNAFFILIATED_BODIES & set(_words(phrase.lower())):
        return None
    pos = 0
    while (m := _OF_PLACE.search(phrase, pos)) is not None:
        # The next "di" may stand inside this place's words: "della Salute del Libano".
        pos = m.end("prep")
        bare = m.group("prep").lower() in ("di", "d'", "d’")
        before = phrase[:m.start()].split()
        relational = bool(before) and before[-1].lower() in RELATIONAL_HEADS
        words = m.group("place").split()
        # The longest name first: "Corea del Sud" before "Corea".
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).lower()
            if name in METONYMS:
                return METONYMS[name][1]
            if side := places.countries().get(name):
                return side
            if not bare or relational:
                continue
            side = places.city_country(name) if text is None else places.city_country_in(
                text, " ".join(words[:n]))
            if side:
                return side
    return None


def _words(low: str) -> list[str]:
    out: list[str] = []
    word = []
    for ch in low:
        if ch.isalnum() or ch == "-":
            word.append(ch)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


# Offices and bodies that only Italy has under these names, which Italian copy leaves
# unqualified: "il presidente del Senato", "il sottosegretario al Lavoro", "la procura di
# Milano" (a foreign one is named with its country: "il Senato Usa"). They decide a side only
# when nothing else in the descriptor does.
_ITALIAN_OFFICES: tuple[str, ...] = (
    "sottosegretari", "del senato", "della camera", "del quirinale", "di palazzo chigi",
    "della farnesina", "del viminale", "del consiglio dei ministri", "dei carabinieri",
    "della guardia di finanza", "della questura", "della prefettura", "questore", "prefetto",
    "procuratore della repubblica", "capo dello stato", "presidente del consiglio",
    "consiglio regionale",
)


def italian_office(phrase: str) -> str | None:
    """"IT" for a descriptor naming an office only Italy has under that name, else None."""
    low = phrase.lower()
    return "IT" if any(needle in low for needle in _ITALIAN_OFFICES) else None
