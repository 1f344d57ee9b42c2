"""Italian calendar words: months, weekdays and the relative days that date an article.

Used by `claims.extraction.layout.dates`; every key is lowercase and accent-exact, the lookup folds
case (and "lunedi" without the accent, common in copy typed on foreign keyboards).
"""

from __future__ import annotations

# Month names and the abbreviations datelines use ("23 Giu 2022", "3 sett. 2024").
MONTHS: dict[str, int] = {
    # full names, as in "giovedì 29 dicembre"
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    # three-letter dateline abbreviations ("23 Giu 2022", ANSA's "22 SET")
    "gen": 1, "feb": 2, "mar": 3, "apr": 4, "mag": 5, "giu": 6,
    "lug": 7, "ago": 8, "set": 9, "ott": 10, "nov": 11, "dic": 12,
    # four-letter forms some outlets prefer
    "febb": 2, "sett": 9,
}

# Weekday names, Monday = 0 as in `date.weekday()`; unaccented spellings from plain keyboards.
WEEKDAYS: dict[str, int] = {
    # standard spelling
    "lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4,
    "sabato": 5, "domenica": 6,
    # accent dropped or typed as an apostrophe ("lunedi'", common in agency copy)
    "lunedi": 0, "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4,
}

# Words that place a stated day relative to the day the article was written:
# the value is how many days after the stated day the article came out.
RELATIVE_DAYS: dict[str, int] = {
    # the same day: "oggi, martedì 6 gennaio", "questa mattina (venerdì 26 febbraio)"
    "oggi": 0, "stamani": 0, "stamane": 0, "stamattina": 0, "stasera": 0, "stanotte": 0,
    "questa mattina": 0, "questa sera": 0, "questa notte": 0, "questo pomeriggio": 0,
    # the day before: "ieri, giovedì 29 dicembre" was written on the 30th
    "ieri": 1,
    # two days before
    "l'altro ieri": 2, "l’altro ieri": 2, "altroieri": 2, "avantieri": 2,
    # the day after: "da domani, sabato 20 novembre" was written on the 19th
    "domani": -1,
}

# Time-of-day words that may stand between the relative word and the date
# ("ieri sera, mercoledì 10 marzo", "ieri pomeriggio, venerdì 28 settembre").
TIMES_OF_DAY: tuple[str, ...] = (
    "mattina", "mattino", "pomeriggio", "sera", "notte", "presto", "in mattinata", "in serata",
)

# The years a weekday date without a year may fall in: Fonte's sources start with the 2014
# war in Donbas; the latest candidate is capped at the day the text is read.
EARLIEST_YEAR = 2014
