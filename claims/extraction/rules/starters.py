"""Words that tell where an Italian sentence starts when the punctuation does not.

Used by `claims.extraction.layout.sentences` for two decisions: whether a period after an
initial or a dotted acronym ("Serie A.", "U.S.A.") ends the sentence, and where a headline
without final punctuation is glued to the next sentence, as live blogs lose their line breaks
("Almeno tre feriti a Kiev Il sindaco ha riferito…"). Keys are exact-case (sentence starters
are capitalised).
"""

from __future__ import annotations

# Closed-class words that begin a sentence and, capitalised, almost never stand inside one.
STARTERS: frozenset[str] = frozenset({
    # articles: "Il sindaco", "La Russia", "Gli attacchi", "Un morto", "L'esercito"
    "Il", "Lo", "La", "I", "Gli", "Le", "Un", "Uno", "Una",
    # demonstratives: "Questo è", "Quella notte"
    "Questo", "Questa", "Questi", "Queste", "Quello", "Quella", "Quelli", "Quelle", "Quel", "Ciò",
    # articulated prepositions opening a time or place: "Nella notte", "Dal fronte", "Sul posto"
    "Nel", "Nella", "Nei", "Nelle", "Negli", "Nello", "Dal", "Dalla", "Dai", "Dalle", "Dagli",
    "Sul", "Sulla", "Sui", "Sulle", "Sugli", "Alla", "Ai", "Alle", "Agli", "Allo",
    # plain prepositions and connectives: "Per il Cremlino", "Secondo Kiev", "Dopo l'attacco"
    "Per", "Secondo", "Dopo", "Prima", "Durante", "Tra", "Fra", "Con", "Contro", "Oltre",
    "Ma", "Però", "Tuttavia", "Inoltre", "Intanto", "Infine", "Insomma", "Quindi", "Anche",
    "Mentre", "Se", "Quando", "Poi", "Ora", "Già", "Ancora", "Così", "Ecco", "Eppure", "Oppure",
    # time adverbs that open news sentences: "Ieri il ministro", "Stanotte i droni"
    "Ieri", "Oggi", "Domani", "Stamani", "Stamattina", "Stanotte", "Stasera",
    # verb-initial and negative clauses: "Sono 52 le persone", "È stato", "Non ci sono"
    "Sono", "È", "Era", "Erano", "Sarà", "Saranno", "Ci", "Si", "Non", "Ha", "Hanno", "C'è",
})

# Starters that stand before a noun: the next word is never an article or a preposition
# ("Il sindaco", "Sulla linea del fronte"; "Sulla che" is the surname Sulla).
NOUN_STARTERS: frozenset[str] = frozenset({
    "Il", "Lo", "La", "I", "Gli", "Le", "Un", "Uno", "Una", "L'", "Un'",
    "Nel", "Nella", "Nei", "Nelle", "Negli", "Nello", "Nell'", "Dal", "Dalla", "Dai", "Dalle",
    "Dagli", "Dall'", "Sul", "Sulla", "Sui", "Sulle", "Sugli", "Sull'", "Alla", "Ai", "Alle",
    "Agli", "Allo", "All'",
    "Questo", "Questa", "Questi", "Queste", "Quello", "Quella", "Quelli", "Quelle", "Quel",
})

# Starters that are also surnames, numerals or name particles ("Jack Ma", "Carlo I",
# "Al Jazeera"): glued after a capitalised word they are more likely part of a name.
NAME_LIKE_STARTERS: frozenset[str] = frozenset({"I", "Ma", "Con", "Se", "Ha", "Si", "Ci"})

# Articles and prepositions: after a sentence starter or a capitalised noun they show a name
# with its complement ("Sulla che…", "il negozio Spoon di via Emilia"), not a new sentence.
ARTICLES_AND_PREPOSITIONS: frozenset[str] = frozenset({
    "a", "ad", "di", "da", "in", "con", "su", "per", "tra", "fra", "del", "della", "dello", "dei",
    "degli", "delle", "dell", "al", "alla", "allo", "ai", "agli", "alle", "all", "dal", "dalla",
    "dallo", "dai", "dagli", "dalle", "dall", "nel", "nella", "nello", "nei", "negli", "nelle",
    "nell", "sul", "sulla", "sullo", "sui", "sugli", "sulle", "sull", "il", "lo", "la", "i", "gli",
    "le", "un", "uno", "una", "che", "e", "ed", "o", "de", "of",
})

# Words that never end a headline or a sentence: a capitalised word after them is a name or a
# title ("intervista a La Stampa", "del quotidiano Il Foglio"), not a new sentence.
FUNCTION_WORDS: frozenset[str] = frozenset({
    # prepositions, simple and articulated
    "a", "ad", "di", "da", "in", "con", "su", "per", "tra", "fra", "del", "della", "dello", "dei",
    "degli", "delle", "dell", "al", "alla", "allo", "ai", "agli", "alle", "all", "dal", "dalla",
    "dallo", "dai", "dagli", "dalle", "dall", "nel", "nella", "nello", "nei", "negli", "nelle",
    "nell", "sul", "sulla", "sullo", "sui", "sugli", "sulle", "sull", "col", "coi", "verso",
    # articles and conjunctions
    "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "e", "ed", "o", "od", "né", "che",
    "ma", "se", "come", "quale", "quali", "cui", "anche", "non",
    # subordinating conjunctions: "ma quando Claudia annuncia…"
    "quando", "mentre", "perché", "poiché", "dove", "finché", "sebbene", "benché", "affinché",
    "qualora", "appena", "siccome",
    # words that announce what follows: "soprattutto I soliti ignoti", "cioè La Stampa"
    "soprattutto", "cioè", "ovvero", "ossia", "oppure", "incluso", "inclusa", "inclusi",
    "compreso", "compresa", "compresi", "tipo", "tranne", "eccetto",
    # copulas, whose complement follows: "i film furono Le notti bianche", "il vincitore è…"
    "è", "e'", "era", "erano", "fu", "furono", "sarà", "saranno", "sono", "diventa", "resta",
    # numerals before a noun: "i due Comandanti"
    "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci",
    # name particles and English function words in names: "Wall of Sound", "Van Der Bellen"
    "of", "the", "and", "de", "des", "du", "von", "van", "der", "el", "al-",
})

# Nouns after which a capitalised article starts a title, not a sentence:
# "il quotidiano La Repubblica", "il film La vita è bella", "la trasmissione Le Iene".
TITLE_NOUNS: frozenset[str] = frozenset({
    # press
    "quotidiano", "giornale", "settimanale", "mensile", "periodico", "rivista", "testata",
    "agenzia", "sito", "blog", "magazine", "tabloid",
    # broadcast and works
    "programma", "trasmissione", "rubrica", "canale", "emittente", "film", "serie", "libro",
    "romanzo", "saggio", "documentario", "canzone", "brano", "album", "spettacolo", "mostra",
    "podcast", "opera", "titolo", "intitolato", "intitolata", "chiamato", "chiamata", "detto",
    "cosiddetto", "cosiddetta", "cosiddetti", "cosiddette", "denominato", "denominata",
    "affresco", "dipinto", "quadro", "poesia", "pagina", "profilo", "account", "hashtag",
    # organisations named with an article
    "movimento", "partito", "lista", "associazione", "fondazione", "gruppo", "operazione",
    "festival", "premio",
    # streets and places, whose names are capitalised: "in via Stazione", "piazza Grande"
    "via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "strada", "località",
    "frazione", "quartiere", "borgo", "ponte", "porta", "stazione", "centro", "bar", "ristorante",
    "hotel", "albergo", "negozio", "supermercato", "locale", "squadra", "nucleo", "reparto",
})

# Common nouns that Italian news capitalises as names of institutions or places
# ("la zona Nord", "il ministero della Difesa", "fonti Usa"): never a glued sentence start.
CAPITALISED_NOUNS: frozenset[str] = frozenset({
    # compass points
    "Nord", "Sud", "Est", "Ovest", "Centro",
    # institutions
    "Stato", "Stati", "Paese", "Paesi", "Governo", "Parlamento", "Camera", "Senato", "Consiglio",
    "Ministero", "Comune", "Regione", "Provincia", "Procura", "Tribunale", "Corte", "Repubblica",
    "Difesa", "Esteri", "Interni", "Presidente", "Premier", "Papa", "Chiesa", "Questura",
    "Prefettura", "Polizia", "Esercito", "Marina", "Aeronautica", "Arma", "Forze", "Unione",
    # country and bloc shorthands that are also Italian words ("usa" is "uses")
    "Usa", "Ue", "Nato", "Onu",
})

# Speech verbs that open a lede right after its headline: "…nella notte Mosca afferma che…",
# "…al confine Kiev denuncia…". A name followed by one of them, after a headline-like stretch,
# starts a sentence.
REPORTING_VERBS: frozenset[str] = frozenset({
    # saying and stating
    "afferma", "affermano", "dice", "dicono", "dichiara", "dichiarano", "sostiene", "sostengono",
    "ribadisce", "ribadiscono", "assicura", "assicurano", "riferisce", "riferiscono",
    # announcing and confirming
    "annuncia", "annunciano", "conferma", "confermano", "smentisce", "smentiscono",
    "rivendica", "rivendicano", "avverte", "avvertono",
    # accusing and answering
    "accusa", "accusano", "denuncia", "denunciano", "replica", "replicano", "risponde",
    "rispondono", "minaccia", "minacciano", "chiede", "chiedono",
})
