"""Role nouns, honorifics and institution heads that introduce a speaker in Italian news.

Lowercase; matched case-insensitively at word boundaries, longest first.
"""

from __future__ import annotations

# Offices: a person named after one speaks for a side ("il governatore locale Vladimir
# Vladimirov", "il viceministro degli Esteri russo Andrei Rudenko").
OFFICIAL_TITLES: tuple[str, ...] = (
    "presidente", "vicepresidente", "presidentessa", "premier", "primo ministro",
    "prima ministra", "vicepremier", "ministro", "ministra", "viceministro", "viceministra",
    "sottosegretario", "sottosegretaria", "segretario di stato", "segretario generale",
    "segretario", "segretaria", "portavoce", "consigliere", "consigliera", "capo", "capa",
    "vicecapo", "governatore", "governatrice", "vicegovernatore", "sindaco", "sindaca",
    "vicesindaco", "ambasciatore", "ambasciatrice", "generale", "comandante", "colonnello",
    "ammiraglio", "maggiore", "tenente", "deputato", "deputata", "senatore", "senatrice",
    "parlamentare", "leader", "cancelliere", "cancelliera", "commissario", "commissaria",
    "alto rappresentante", "direttore", "direttrice", "funzionario", "funzionaria",
    "procuratore", "procuratrice", "difensore civico", "ombudsman", "alto commissario",
    "capo di stato maggiore", "capo della diplomazia", "responsabile", "emissario", "inviato",
    "inviata", "negoziatore", "negoziatrice", "delegato", "mediatore", "speaker", "zar",
    "agente", "assistente", "vice", "ufficiale", "dirigente", "titolare", "numero uno",
    "capogruppo", "sovrano", "re", "regina", "principe", "patriarca", "metropolita",
)

# Roles that speak for no state: their nationality is not a side ("un mercenario americano",
# "l'analista russo"), per the gold conventions (analysts, media, anonymous sources: null).
UNAFFILIATED_TITLES: tuple[str, ...] = (
    "analista", "esperto", "esperta", "giornalista", "corrispondente", "testimone",
    "residente", "mercenario", "volontario", "volontaria", "attivista", "blogger", "scrittore",
    "scrittrice", "professore", "professoressa", "docente", "storico", "storica", "politologo",
    "politologa", "economista", "ricercatore", "ricercatrice", "avvocato", "avvocata",
    "reporter", "inviato speciale", "opinionista", "editorialista", "commentatore", "trader",
    "oppositore", "oppositrice", "dissidente", "blogger militare", "milblogger", "osservatore",
)

# Honorifics written before a name: "Sir William Harcourt", "don Giovanni Neri".
HONORIFICS: tuple[str, ...] = (
    "sir", "lord", "lady", "don", "padre", "monsignor", "mons.", "dott.", "dr.", "prof.",
    "gen.", "sen.", "on.", "signor", "signora", "mr.", "mrs.", "ms.",
)

# Heads of institution names: "il ministero della Difesa russo", "lo Stato maggiore ucraino",
# "l'aeronautica militare ucraina", "le autorità di Kiev".
INSTITUTION_HEADS: tuple[str, ...] = (
    "ministero", "dicastero", "stato maggiore", "esercito", "marina", "aeronautica",
    "forze armate", "forze aeree", "difesa aerea", "comando", "autorità", "governo",
    "amministrazione", "procura", "polizia", "dipartimento", "servizi di emergenza",
    "servizi segreti", "servizio di sicurezza", "intelligence", "guardia di frontiera",
    "guardia costiera", "guardia nazionale", "protezione civile", "ufficio", "ambasciata",
    "consiglio", "commissione", "parlamento", "duma", "rada", "cancelleria", "presidenza",
    "vertici", "direzione", "agenzia spaziale", "banca centrale", "compagnia", "azienda",
    "società", "multinazionale", "gruppo", "operatore", "municipio", "prefettura", "questura",
    "carabinieri", "vigili del fuoco", "soccorritori", "partito", "opposizione",
)

# Media and anonymous collectives: "i media di Kiev", "fonti locali", "i canali Telegram russi".
GROUP_HEADS: tuple[str, ...] = (
    "media", "fonti", "fonte", "canali telegram", "blogger militari", "funzionari",
    "testimoni", "residenti", "osservatori", "analisti", "esperti", "soccorritori", "medici",
    "investigatori", "inquirenti", "militari", "traders", "trader", "ufficiali",
)

# Documents that speak: "la bozza", "la nota diffusa dal ministero", "il comunicato".
DOCUMENT_HEADS: tuple[str, ...] = (
    "bozza", "nota", "comunicato", "documento", "rapporto", "report", "dichiarazione",
    "dati", "bollettino", "lettera", "post", "messaggio", "testo", "risoluzione",
    "relazione", "stime", "stima", "sondaggio", "studio",
)

# Media outlet heads before an outlet name: "l'agenzia TT", "il quotidiano The Independent".
OUTLET_HEADS: tuple[str, ...] = (
    "agenzia", "agenzia di stampa", "quotidiano", "giornale", "testata", "emittente", "tv",
    "televisione", "sito", "rivista", "settimanale", "tabloid", "canale", "radio", "portale",
)

# Demonyms as collective speakers: "i russi affermano", "dicono sempre gli ucraini".
DEMONYMS: tuple[str, ...] = (
    "russi", "ucraini", "americani", "statunitensi", "bielorussi", "cinesi", "britannici",
    "inglesi", "francesi", "tedeschi", "polacchi", "turchi", "iraniani", "europei",
)

# Capitalised words that begin sentences or name times, never a person's name.
NOT_NAMES: frozenset[str] = frozenset((
    "Il", "Lo", "La", "I", "Gli", "Le", "Un", "Uno", "Una", "L", "E", "Ma", "Per", "Con", "In",
    "Nel", "Nella", "Del", "Della", "Da", "Dal", "Dalla", "Secondo", "Intanto", "Anche",
    "Mentre", "Quindi", "Poi", "Ora", "Oggi", "Ieri", "Domani", "Non", "Se", "Come", "Che",
    "Questo", "Questa", "Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato",
    "Domenica", "Gennaio", "Febbraio", "Marzo", "Aprile", "Maggio", "Giugno", "Luglio",
    "Agosto", "Settembre", "Ottobre", "Novembre", "Dicembre", "Telegram", "Facebook",
    "Twitter", "X", "Instagram", "Ansa", "Ucraina", "Russia", "Stati", "Uniti", "Europa",
    "Kiev", "Mosca", "Nato", "Ue", "Onu", "Usa", "Cremlino", "Difesa", "Esteri", "Interno",
    "Stato", "Paese", "Paesi", "Al", "Alla", "Sul", "Sulla", "A", "O", "Tra", "Fra", "Dopo",
    "Prima", "Già", "Ecco", "Così", "Lui", "Lei", "Noi", "Loro", "Ci", "Si", "Ne", "Più",
))
