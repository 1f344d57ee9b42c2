"""Italian number vocabulary as data: what `claims.extraction.figures.numbers` recognises.

Each table says which Italian usage it covers. Values are plain ints; the parser turns them
into Decimals. A new word is a one-line change here plus a test in tests/extraction.
"""

from __future__ import annotations

# Pieces that glue into Italian cardinals written as one word ("ventitré", "duecentomila",
# "milleottocento"). Only used to *spot* a candidate word; text2num computes and validates it.
# Elided tens ("vent", "trent") cover "ventotto", "trentuno"; "tré" is the accented compound end.
CARDINAL_MORPHEMES: tuple[str, ...] = (
    "diciassette", "diciannove", "quattordici", "cinquanta", "cinquant", "sessanta", "sessant",
    "settanta", "settant", "quaranta", "quarant", "quattro", "cinque", "diciotto", "ottanta",
    "ottant", "novanta", "novant", "tredici", "quindici", "undici", "dodici", "sedici", "trenta",
    "trent", "venti", "vent", "cento", "cent", "mille", "mila", "dieci", "sette", "otto", "nove",
    "uno", "due", "tre", "tré", "sei",
)

# "un morto", "una persona è deceduta", "uno dei leader": the indefinite article doubles as 1,
# so it only counts in front of a casualty noun (see figure_lexicon.ONE_COUNTS).
ONE_WORDS: frozenset[str] = frozenset({"un", "una", "uno"})

# "un ulteriore miliardo", "un altro milione di profughi": an adjective between "un" and
# its scale word.
ONE_SCALE_ADJECTIVES: frozenset[str] = frozenset({
    "ulteriore", "altro", "nuovo", "intero", "ennesimo", "solo",
})

# "qualche centinaio di metri", "qualche decina": only before a collective noun.
SOME_WORDS: frozenset[str] = frozenset({"qualche", "alcune", "alcuni", "poche", "pochi"})

# Scale words after a number: "725 milioni", "20 miliardi", "30 mila", "2,5 mln", "3 mld".
SCALE_WORDS: dict[str, int] = {
    "mila": 1_000,
    "milione": 1_000_000,
    "milioni": 1_000_000,
    "mln": 1_000_000,
    "miliardo": 1_000_000_000,
    "miliardi": 1_000_000_000,
    "mld": 1_000_000_000,
    "mrd": 1_000_000_000,
}

# Scale written onto the digits: "160mila", "250mila", "3mln".
ATTACHED_SCALES: dict[str, int] = {"mila": 1_000, "mln": 1_000_000, "mld": 1_000_000_000}

# "mezzo milione" = 500.000: half only makes sense in front of a scale word.
HALF_WORDS: frozenset[str] = frozenset({"mezzo"})

# Vague plurals read as their lower bound ("centinaia" means at least 100). They chain with
# "di": "centinaia di migliaia" = 100 × 1.000, "decine di migliaia" = 10 × 1.000.
VAGUE_PLURALS: dict[str, int] = {
    "decine": 10,
    "dozzine": 12,
    "centinaia": 100,
    "migliaia": 1_000,
    "milioni": 1_000_000,
    "miliardi": 1_000_000_000,
}

# Collective nouns after "un/una": "una decina" ≈ 10, "una ventina" ≈ 20, "un centinaio" ≈ 100,
# "un paio" = 2 (all approximate).
APPROXIMATE_NOUNS: dict[str, int] = {
    "paio": 2,
    "decina": 10,
    "dozzina": 12,
    "quindicina": 15,
    "ventina": 20,
    "trentina": 30,
    "quarantina": 40,
    "cinquantina": 50,
    "sessantina": 60,
    "settantina": 70,
    "ottantina": 80,
    "novantina": 90,
    "centinaio": 100,
    "migliaio": 1_000,
}

# Hedges before a number: (phrase, qualifier, approximate). Longest phrases win.
QUALIFIERS: tuple[tuple[str, str | None, bool], ...] = (
    # lower bounds: "almeno tre feriti", "non meno di 20"
    ("almeno", "at_least", True),
    ("perlomeno", "at_least", True),
    ("per lo meno", "at_least", True),
    ("come minimo", "at_least", True),
    ("non meno di", "at_least", True),
    ("un minimo di", "at_least", True),
    # strictly above: "oltre 20 regioni", "più di 8 miliardi", "ben oltre", "sopra i 50"
    ("oltre", "more_than", True),
    ("ben oltre", "more_than", True),
    ("più di", "more_than", True),
    ("piu di", "more_than", True),
    ("poco più di", "more_than", True),
    ("sopra i", "more_than", True),
    ("sopra le", "more_than", True),
    ("superiore a", "more_than", True),
    # around: "circa 200", "quasi 600", "intorno ai 50", "all'incirca"
    ("circa", "about", True),
    ("quasi", "about", True),
    ("intorno a", "about", True),
    ("intorno ai", "about", True),
    ("intorno alle", "about", True),
    ("attorno a", "about", True),
    ("attorno ai", "about", True),
    ("attorno alle", "about", True),
    ("all'incirca", "about", True),
    ("all’incirca", "about", True),
    ("approssimativamente", "about", True),
    ("pressoché", "about", True),
    ("poco meno di", "about", True),
    ("nell'ordine di", "about", True),
    ("nell’ordine di", "about", True),
    ("una media di", "about", True),
    # upper bounds: "fino a 30 droni", "al massimo", "non più di"
    ("fino a", "up_to", True),
    ("fino ad", "up_to", True),
    ("sino a", "up_to", True),
    ("al massimo", "up_to", True),
    ("non più di", "up_to", True),
    ("un massimo di", "up_to", True),
    # strictly below: "meno di 10", "sotto i 100"
    ("meno di", "less_than", True),
    ("sotto i", "less_than", True),
    ("sotto le", "less_than", True),
    ("inferiore a", "less_than", True),
    # emphasis, exact number: "per ben 81 volte", "appena tre", "altri 10.000", "solo due"
    ("ben", None, False),
    ("appena", None, False),
    ("soltanto", None, False),
    ("solo", None, False),
    ("altri", None, False),
    ("altre", None, False),
    ("ulteriori", None, False),
)

# Range openers and their joiner: "tra 20 e 30", "fra 5 e 10", "da 20 a 30", "tra i 500mila e
# i 600mila euro", "dai 35 ai 55 euro". ("tra il 29 e il 30" is a pair of dates, not a range.)
RANGE_OPENERS: dict[str, str] = {
    "tra": "e", "fra": "e", "da": "a", "dai": "ai", "dalle": "alle", "tra i": "e i",
    "fra i": "e i", "tra le": "e le", "fra le": "e le",
}

# More digits than any real count: a longer run is a code, a phone number or noise.
MAX_DIGITS = 15

# Larger than any amount the world has (its yearly product is ~10**14 dollars): noise.
MAX_VALUE = 10**18
