"""Contexts that make a number something other than a counted quantity, as data.

A date, a year, a clock time, a duration, a label ("giorno 309", "articolo 5") or a share
("30%") carries no count of the conflict: see gold/CONVENTIONS.md.
"""

from __future__ import annotations

# "29 dicembre", "23 Giu 2022", "6 gen.": a day number before a month is a date.
MONTHS = (
    r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre"
    r"|dicembre|gen|feb|mar|apr|mag|giu|lug|ago|set|sett|ott|nov|dic"
)

# "giovedì 29 dicembre", "martedì 6": a weekday before a number makes it a day.
WEEKDAYS = (
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|lunedi|martedi|mercoledi"
    r"|giovedi|venerdi"
)

# Durations and ages are not counts of the conflict: "LETTURA: 3 minuti", "62 anni di
# operazioni", "un uomo di 45 anni", "pausa di 21 giorni", "7 anni fa".
TIME_UNITS: frozenset[str] = frozenset({
    "anno", "anni", "mese", "mesi", "settimana", "settimane", "giorno", "giorni", "giornata",
    "giornate", "notte", "notti", "ora", "ore", "minuto", "minuti", "secondo", "secondi",
    "decennio", "decenni", "secolo", "secoli", "millennio", "millenni", "anniversario",
})

# A number after these is a label, not a count: "giorno 309", "articolo 5", "comma 2",
# "pagina 3", "risoluzione 2231", "volo 17", "Gruppo dei 20", "anno 2022"; "ogni mille
# abitanti" is a rate.
LABEL_WORDS = (
    r"giorno|articolo|art\.|articoli|comma|numero|n\.|nr\.?|num\.|pagina|pag\.|pagine|punto"
    r"|capitolo|cap\.|risoluzione|legge|decreto|paragrafo|versione|modello|telefono|tel\.?"
    r"|cell\.?|fax|anno|classe|lotto|sezione|volo|linea|codice|cod\.|gruppo dei|gruppo"
    r"|quota|civico|interno|scala|piano|km|chilometro|tappa|puntata|stagione|edizione|fase"
    r"|episodio|euro|serie|formula|industria|minuto|ore|h|ogni"
)

# Clock times written as "alle 15", "dalle 8 alle 20", "verso le 23".
CLOCK_WORDS = r"alle|dalle|verso le|entro le|fino alle|prima delle|dopo le|le ore|ore"

# Prepositions that make a four-digit number a year: "nel 2025", "dal 2016 al 2018".
YEAR_WORDS = (
    r"nel|del|dal|al|nell['’]|dell['’]|dall['’]|all['’]|entro il|fino al|anno|anni|estate"
    r"|inverno|primavera|autunno|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto"
    r"|settembre|ottobre|novembre|dicembre|fine|inizio|metà|tra il|fra il|e il|e nel|o nel"
)

# Shares are not counts: "il 30%", "20 per cento".
PERCENT = r"\s*(?:%|per\s?cento|percento)"
