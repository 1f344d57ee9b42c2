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

# Institution heads that are also given names: "Marina Petrova", "Rada Ivanova".
HEADS_ALSO_FIRST_NAMES: frozenset[str] = frozenset(("marina", "rada"))

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

# Occupations and other person nouns with no office behind them, written before a name: "il
# miliardario X", "l'imprenditrice russa X", "la moglie X". Their holder speaks for no state.
# Agent nouns (`PERSON_SUFFIXES`) are a productive class and need no entry here.
PERSON_NOUNS: tuple[str, ...] = (
    "miliardario", "miliardaria", "milionario", "milionaria", "magnate", "oligarca", "tycoon",
    "manager", "ceo", "medico", "chirurgo", "poeta", "poetessa", "regista", "atleta",
    "pilota", "soldato", "soldatessa", "militare", "prete", "sacerdote", "vescovo",
    "cardinale", "rabbino", "imam", "pastore", "rapper", "influencer", "youtuber", "politico",
    "candidato", "candidata", "fisico", "chimico", "matematico", "filosofo", "filosofa",
    "ingegnere", "architetto", "architetta", "notaio", "operaio", "operaia", "studente",
    "studentessa", "dottoressa", "ragazzo", "ragazza", "uomo", "donna", "moglie", "marito",
    "figlio", "figlia", "fratello", "sorella", "madre", "zio", "zia", "nipote", "vedova",
    "missionario", "missionaria", "proprietario", "proprietaria", "sicario", "veterano",
    "veterana", "ostaggio", "prigioniero", "prigioniera", "detenuto", "detenuta", "rifugiato",
    "rifugiata", "profugo", "profuga", "sopravvissuto", "sopravvissuta", "campione",
    "campionessa", "papa", "pontefice", "eurodeputato", "eurodeputata", "cofondatore",
    "cofondatrice",
)

# Endings of Italian agent nouns, which name people by what they do: scrittore, imprenditrice,
# sindacalista, cantante, sociologo, banchiere. Things that share an ending are in THING_NOUNS.
PERSON_SUFFIXES: tuple[str, ...] = (
    "tore", "trice", "sore", "ista", "ante", "ente", "logo", "loga", "iere", "iera", "ografo",
    "ografa",
)

# Nouns with a person's ending that name things or places: "il settore Energia", "il
# quartiere Obolon", "la lista Rossi", "l'intervista X".
THING_NOUNS: frozenset[str] = frozenset((
    "settore", "motore", "reattore", "vettore", "trattore", "fattore", "contatore",
    "generatore", "trasformatore", "radiatore", "ventilatore", "acceleratore", "collettore",
    "rilevatore", "indicatore", "simulatore", "aggregatore", "ascensore", "processore",
    "evasore", "compressore", "lista", "pista", "vista", "svista", "rivista", "conquista",
    "intervista", "provvista", "ristorante", "istante", "carburante", "lubrificante",
    "diamante", "elefante", "gigante", "variante", "restante", "quadrante", "volante",
    "continente", "ambiente", "torrente", "serpente", "dente", "ente", "accidente",
    "occidente", "oriente", "incidente", "precedente", "seguente", "corrente", "fronte",
    "componente", "catalogo", "dialogo", "prologo", "epilogo", "decalogo",
    "monologo", "quartiere", "cantiere", "bicchiere", "sentiere", "paniere", "dossiere",
    "brigante",
))

# Words before a noun that count as part of its phrase, like an article: "alcuni media",
# "diverse fonti", "lo stesso presidente".
QUANTIFIERS: tuple[str, ...] = (
    "alcuni", "alcune", "alcun", "alcuna", "diversi", "diverse", "molti", "molte",
    "numerosi", "numerose", "vari", "varie", "certi", "certe", "altri", "altre", "tanti",
    "tante", "pochi", "poche", "due", "tre", "quattro", "cinque",
)
