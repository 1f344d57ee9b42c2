"""Abbreviations whose final period does not end a sentence.

Keys are lowercase and without the final period; `claims.extraction.layout.sentences` folds the word
before a period to look it up. Dotted forms ("S.p.A.", "a.C.", "U.S.A.") and single initials
("J. D. Vance") are recognised by shape, not listed here.
"""

from __future__ import annotations

# Titles and ranks written before a name: "il dott. Rossi", "il gen. Gerasimov" never end a
# sentence, whatever follows.
TITLES: frozenset[str] = frozenset({
    # courtesy titles: "il sig. Bianchi", "i sigg. Rossi", "gent. sig.ra", "egr. dott."
    "sig", "sigg", "gent", "egr", "spett",
    # professions and degrees: "dott. Rossi", "avv. Bianchi", "ing. Verdi", "prof. Neri"
    "dott", "dr", "prof", "avv", "ing", "arch", "geom", "rag",
    # offices: "on. Meloni" (onorevole), "sen. Renzi", "pres. Mattarella", "min. Tajani"
    "on", "sen", "dep", "pres", "segr", "amm", "gov", "cons", "ass", "sott",
    # military ranks: "gen. Gerasimov", "magg. Rossi", "col. Bianchi", "ten. col.", "cap. Verdi"
    # ("mar." is maresciallo in crime news; "app." and "uff." are left out: "l'app." ends
    # sentences far more often than it names an appuntato)
    "gen", "magg", "col", "ten", "cap", "serg", "mar", "brig", "cav",
    # clergy: "mons. Zuppi", "card. Parolin", "fr. Mario", "rev. Smith"
    "mons", "card", "rev", "fr", "don",
    # English titles in quoted copy: "Mr. Biden", "Dr. Fauci", "St. Petersburg Times"
    "mr", "mrs", "ms", "st", "jr", "sr", "messrs",
})

# Words that announce a number: "n. 5", "art. 57", "pag. 3", "tel. 059…", "3 ott. 2024".
# Before a digit they never end a sentence; before a capitalised word they may.
BEFORE_NUMBERS: frozenset[str] = frozenset({
    # numbering: "il n. 4", "nr. 12", "num. 3", "art. 57", "artt. 3 e 4", "co. 2" (comma)
    "n", "nr", "num", "art", "artt", "co", "lett", "par", "cap", "capp", "cod",
    # pages and parts: "pag. 3", "pp. 12-14", "vol. 2", "fig. 4", "tab. 1", "all. 3"
    "pag", "pagg", "p", "pp", "vol", "fig", "tab", "all", "ed", "sez", "tit",
    # contacts: "tel. 059 123456", "fax 059…", "cell. 333…", "int. 4" (interno)
    "tel", "fax", "cell", "int",
    # approximations and units written with a period: "ca. 300", "h. 8.30", "km. 5"
    "ca", "h", "km", "mln", "mld", "min",
    # month abbreviations in dates: "3 ott. 2024", "gen. 2023"
    "gen", "feb", "febb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "sett",
    "ott", "nov", "dic",
})

# Abbreviations used inside a sentence, before anything: "ad es. Roma", "cfr. Corte",
# "Inter vs. Milan", "v. sopra".
INSIDE: frozenset[str] = frozenset({
    # examples and references: "es.", "cfr.", "v." (vedi), "ibid.", "cit.", "op."
    "es", "cfr", "v", "ibid", "cit", "op", "rif", "vd",
    # versus and similar: "Italia vs. Francia"
    "vs",
    # "soc. coop." (società cooperativa) before the company name
    "soc",
    # "ecc." ends many sentences, so it is deliberately not here; "etc.", "Inc.", "Coop."
    # ("rubato alla Coop. I carabinieri…") likewise.
})
