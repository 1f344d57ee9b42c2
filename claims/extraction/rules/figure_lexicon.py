"""What a number counts, as data: head nouns, the verbs that decide a category, and the
contexts that make a number a date, a label or a duration instead of a figure.

Adding a head noun is one line in _HEADS (every form that can follow a number, comma
separated) with its category or kind and a singular English unit.
"""

from __future__ import annotations

# Head kinds whose category comes from the verb around them, not from the noun alone.
PERSON = "person"  # "tre civili sono stati uccisi" = killed; with no casualty verb = other
DRONE = "drone"  # "intercettati 129 droni" = downed, "ha lanciato 150 droni" = launched
MISSILE = "missile"  # same for missiles and rockets; supplied ones are weapons
SHELL = "shell"  # "sparati 300 colpi" = strikes; supplied shells are weapons
BOMB = "bomb"  # "sganciate 80 bombe" = strikes; "centinaia di ordigni" found or stocked = weapons
TARGET = "target"  # "colpiti 180 obiettivi" = strikes; "55 obiettivi del PNRR" is no figure
TIMES = "times"  # "ha bombardato per 81 volte" = strikes; "nove volte tanto" is no figure
PRONOUN = "pronoun"  # "decine di altre sono rimaste ferite": counts only with a casualty verb
MONEY = "money"  # "24 miliardi di aiuti": money without a named currency

# Category of a drone/missile/shell/bomb by what the verb says happened to it, and with no
# verb: a drone or missile named in a war report was most likely launched.
MUNITION_CATEGORIES: dict[str, dict[str, str]] = {
    DRONE: {"launched": "drones_launched", "downed": "drones_downed", "supplied": "weapons",
            "default": "drones_launched"},
    MISSILE: {"launched": "missiles_launched", "downed": "missiles_downed",
              "supplied": "weapons", "default": "missiles_launched"},
    SHELL: {"launched": "strikes", "downed": "strikes", "supplied": "weapons",
            "default": "strikes"},
    BOMB: {"launched": "strikes", "downed": "missiles_downed", "supplied": "weapons",
           "default": "weapons"},
}

# (forms, category or kind, unit). Forms are lower case, comma separated; a form may be
# several words ("carri armati").
_HEADS: tuple[tuple[str, str, str | None], ...] = (
    # the noun names the casualty: "51 morti", "almeno 42 vittime", "un morto", "migliaia ferite"
    ("morti, morto, vittime, vittima, deceduti, decedute, caduti, martiri", "killed", "person"),
    ("uccisi, uccise, decessi, uccisioni", "killed", "person"),
    # the dead found after a strike: "recuperati 40 corpi", "trovate 12 salme"
    ("cadaveri, salme, corpi", "killed", "person"),
    ("feriti, ferito, ferite, contusi, ustionati, intossicati", "injured", "person"),
    ("rapiti, rapite, deportati, deportate, sequestrati, sequestrate", "abducted", "person"),
    ("ostaggi, ostaggio", "abducted", "person"),
    ("dispersi, dispersa, disperso, disperse, scomparsi, scomparse", "missing", "person"),
    ("prigionieri, prigioniero, prigioniere, catturati, catturate", "prisoners", "person"),
    ("arrestati, arrestate, detenuti, detenute, arresti, reclusi", "prisoners", "person"),
    ("evacuati, evacuate, sfollati, sfollate, sfollato", "evacuated", "person"),
    ("profughi, profugo, profughe, rifugiati, rifugiate, esuli", "evacuated", "person"),
    # people, whose fate the verb tells: "tre civili uccisi", "52 persone rapite"
    ("persone, persona, civili, civile, individui", PERSON, "person"),
    ("bambini, bambino, bambine, bambina, minori, minorenni, neonati", PERSON, "person"),
    ("ragazzi, ragazzo, ragazze, ragazza, giovani, adulti", PERSON, "person"),
    ("uomini, uomo, donne, donna, anziani, anziano, anziane, anziana", PERSON, "person"),
    ("abitanti, residenti, cittadini, cittadino, famiglie, membri", PERSON, "person"),
    ("soldati, soldato, militari, militare, combattenti, combattente", PERSON, "person"),
    ("miliziani, guerriglieri, mercenari, volontari, riservisti, coscritti, reclute", PERSON,
     "person"),
    ("marinai, piloti, ufficiali, agenti, poliziotti, guardie", PERSON, "person"),
    ("paracadutisti, cecchini, artiglieri, fanti, carristi, sabotatori, spie", PERSON,
     "person"),
    ("militanti, terroristi, jihadisti, separatisti, ribelli, insorti, partigiani", PERSON,
     "person"),
    ("oppositori, dissidenti", PERSON, "person"),
    ("diplomatici, funzionari, dirigenti, deputati, parlamentari, sindaci, politici", PERSON,
     "person"),
    ("familiari, parenti, figli, genitori, madri, padri, mogli", PERSON, "person"),
    ("contadini, pescatori, insegnanti, tecnici, ingegneri, scienziati, osservatori", PERSON,
     "person"),
    ("lavoratori, operai, minatori, dipendenti, impiegati", PERSON, "person"),
    ("giornalisti, reporter, medici, infermieri, soccorritori, pompieri", PERSON, "person"),
    ("studenti, pazienti, passeggeri, turisti, fedeli, pellegrini", PERSON, "person"),
    ("manifestanti, attivisti, migranti, stranieri", PERSON, "person"),
    ("ucraini, russi, israeliani, palestinesi, libanesi, americani, statunitensi", PERSON,
     "person"),
    ("britannici, inglesi, francesi, tedeschi, italiani, polacchi, bielorussi", PERSON, "person"),
    ("ceceni, georgiani, siriani, iraniani, nordcoreani, cinesi", PERSON, "person"),
    ("moldavi, rumeni, ungheresi, lituani, lettoni, estoni, finlandesi, svedesi", PERSON,
     "person"),
    ("turchi, armeni, azeri, curdi, afghani, iracheni, yemeniti, indiani, africani", PERSON,
     "person"),
    ("ebrei, cristiani, musulmani, europei", PERSON, "person"),
    # "decine di altre sono rimaste ferite": the noun was said before
    ("altri, altre", PRONOUN, "person"),
    # drones, missiles, rockets, shells: the verb decides launched, downed or supplied
    ("droni, drone, uav, velivoli senza pilota, aerei senza pilota", DRONE, "drone"),
    ("shahed, geran, lancet, orlan", DRONE, "drone"),
    ("missili, missile", MISSILE, "missile"),
    ("iskander, kalibr, kinzhal, oreshnik, tomahawk, atacms, storm shadow, scalp", MISSILE,
     "missile"),
    ("razzi, razzo", MISSILE, "rocket"),
    ("colpi", SHELL, "shell"),
    ("bombe, bomba, ordigni", BOMB, "bomb"),
    # attacks as such: "81 nuovi raid", "almeno 403 sparatorie"
    ("attacchi, raid, bombardamenti, incursioni, assalti, attentati", "strikes", "strike"),
    ("cannoneggiamenti, blitz, agguati, imboscate, esplosioni, deflagrazioni", "strikes",
     "strike"),
    ("sparatorie", "strikes", "shooting"),
    ("volte", TIMES, "strike"),
    ("obiettivi, bersagli, postazioni, target", TARGET, "target"),
    # weapons and equipment: "centinaia di veicoli corazzati", "migliaia di lanciarazzi"
    ("proiettili, munizioni, granate, testate, mine", "weapons", "munition"),
    ("carri armati, carro armato, carri, tank, blindati", "weapons", "tank"),
    ("veicoli, veicolo, mezzi corazzati, mezzi blindati, mezzi militari", "weapons", "vehicle"),
    ("obici, cannoni, mortai, lanciarazzi, lanciamissili, lanciatori, batterie", "weapons",
     "weapon"),
    ("sistemi, armi, fucili, mitragliatrici, pezzi di artiglieria", "weapons", "weapon"),
    ("armamenti, equipaggiamenti, semoventi, cingolati, autoblindo, pistole, lanciagranate",
     "weapons", "weapon"),
    ("cartucce, radar, materiali, mezzi pesanti", "weapons", "weapon"),
    ("himars, patriot, javelin, stinger, nlaw, leopard, abrams, bradley", "weapons", "weapon"),
    ("caccia, aerei, jet, elicotteri, bombardieri, velivoli", "weapons", "aircraft"),
    ("fregate, sottomarini, corvette, navi da guerra", "weapons", "ship"),
    # money named by its currency: "725 milioni di dollari", "350 sterline"
    ("dollari, dollaro, dollari americani, dollari statunitensi, dollari usa", "aid_money",
     "USD"),
    ("dollari australiani", "aid_money", "AUD"),
    ("dollari canadesi", "aid_money", "CAD"),
    ("euro", "aid_money", "EUR"),
    ("sterline, sterlina", "aid_money", "GBP"),
    ("rubli, rublo", "aid_money", "RUB"),
    ("grivnie, grivnia, grivne, hryvnia, hryvnie", "aid_money", "UAH"),
    ("franchi svizzeri", "aid_money", "CHF"),
    ("yuan", "aid_money", "CNY"),
    ("yen", "aid_money", "JPY"),
    # money named by its purpose: "24 miliardi di aiuti", "5 miliardi di prestiti"
    ("aiuti, prestiti, finanziamenti, fondi, investimenti, sussidi, sovvenzioni", MONEY, None),
    ("contributi, asset, beni, riserve, entrate, ricavi, profitti, debiti, crediti", MONEY, None),
    ("stanziamenti, donazioni, spese, costi, danni, risarcimenti, indennizzi, tranche", MONEY,
     None),
    # other counted quantities of a war or its politics
    ("regioni, regione, oblast, province, distretti", "other", "region"),
    ("paesi, paese, stati, nazioni", "other", "country"),
    ("guerre, conflitti", "other", "war"),
    ("città, villaggi, località, insediamenti, centri abitati, comuni", "other", "settlement"),
    ("leader, capi di stato, ministri, delegazioni", "other", "leader"),
    ("chilometri, chilometro, km", "other", "kilometre"),
    ("chilometri quadrati, km quadrati", "other", "square kilometre"),
    ("metri", "other", "metre"),
    ("metri quadrati, mq", "other", "square metre"),
    ("miglia", "other", "mile"),
    ("ettari", "other", "hectare"),
    ("tonnellate", "other", "tonne"),
    ("barili", "other", "barrel"),
    ("metri cubi", "other", "cubic metre"),
    ("case, abitazioni, edifici, palazzi, appartamenti", "other", "building"),
    ("scuole, ospedali, ponti, centrali, impianti, infrastrutture", "other", "facility"),
    ("reattori, aeroporti, porti, basi, depositi, raffinerie, dighe, caserme, stazioni",
     "other", "facility"),
    ("fabbriche, stabilimenti, chiese, ambasciate", "other", "facility"),
    ("navi", "other", "ship"),
    ("brigate, battaglioni, divisioni, reggimenti, truppe", "other", "unit"),
    ("pacchetti", "other", "package"),
    ("cercapersone", "other", "device"),
)

HEAD_NOUNS: dict[str, tuple[str, str | None]] = {
    form: (category, unit)
    for forms, category, unit in _HEADS
    for form in forms.split(", ")
}

# Heads that count only with what follows them: "due sistemi di governo" is no weapon,
# "2 o 3 sistemi Pantsir", "sistemi di difesa aerea", "sistemi antiaerei" are.
HEAD_NEEDS_AFTER: dict[str, str] = {
    "sistemi": r"[ \t]+(?:[A-Z]|di difesa|anti|missilistic|d['’]arma|di artiglieria|lancia"
               r"|di lancio)",
    "carri": r"[ \t]+[A-Z]",  # "31 carri Abrams"
    # "500 materiali bellici", "200 materiali ed equipaggiamenti": not "tre materiali diversi"
    "materiali": r"[ \t]+(?:bellic|militar|d['’]armamento|ed? equipaggiament|pesanti)",
}

# Words after a count that make it a ratio: "otto ragazzi su dieci", "tre su quattro".
PROPORTION_AFTER = (
    r"[ \t]+(?:su|ogni)[ \t]+(?:\d|dieci|cento|mille|due|tre|quattro|cinque|sei|sette|otto)"
)

# "aumentati di 100 volte", "nove volte quella della Russia": a multiplier, not a count.
MULTIPLIER_AROUND = (
    r"(?:di|a)[ \t]+$",
    r"[ \t]+(?:più|meno|tanto|tanti|tante|superiore|maggiore|inferiore|quell[oaie])",
)

# Casualty nouns that a tally names before its number: "le vittime sono salite a 558",
# "il bilancio dei morti è arrivato a 51", "le persone morte sono 11".
TALLY_NOUNS: dict[str, str] = {
    "vittime": "killed", "morti": "killed", "persone morte": "killed", "persone uccise": "killed",
    "feriti": "injured", "persone ferite": "injured", "dispersi": "missing",
    "sfollati": "evacuated", "profughi": "evacuated", "prigionieri": "prisoners",
    "deportati": "abducted",
}

# Speeds are no counts: "30 km/h", "250 chilometri orari", "50 chilometri all'ora".
SPEED_AFTER = r"[ \t]*(?:/h|/ora|orari|all['’]ora|l['’]ora|nodi)"

# Rates per population are no counts: "1000 casi per 100.000 abitanti", "ogni mille abitanti".
RATE_BEFORE = r"(?<!\w)(?:per|ogni)[ \t]+$"

# "un"/"una"/"uno" count as 1 only before these ("un morto", "una persona è deceduta"):
# elsewhere the article is just an article ("un drone abbattuto", "un incontro").
ONE_COUNTS: frozenset[str] = frozenset({
    "morto", "vittima", "ferito", "disperso", "ostaggio", "prigioniero", "sfollato",
    "persona", "civile", "uomo", "donna", "bambino", "bambina", "ragazzo", "ragazza",
    "soldato", "militare", "anziano", "anziana", "cittadino", "combattente",
})

# "uno dei razzi", "una delle persone ferite", "due dei droni": a count taken out of a group
# named after it. "un"/"una"/"uno" count as 1 before these too.
ONE_OF: frozenset[str] = frozenset({"dei", "degli", "delle"})

# Words between a number and its noun: "81 nuovi raid", "centinaia di ulteriori proiettili",
# "due suoi combattenti", "tre diverse città".
PRE_NOMINAL: frozenset[str] = frozenset({
    "nuovi", "nuove", "ulteriori", "altri", "altre", "diversi", "diverse", "vari", "varie",
    "suoi", "sue", "loro", "nostri", "nostre", "propri", "proprie", "piccoli", "piccole",
    "grandi", "grossi", "potenti", "moderni", "moderne", "vecchi", "vecchie", "presunti",
    "presunte", "veri", "vere", "soli", "sole", "giovani", "ex", "principali",
})

# Adjectives that stay in the figure's span after its noun: "129 droni ucraini",
# "16 droni kamikaze", "centinaia di veicoli corazzati", "missili da crociera".
POST_NOMINAL = (
    r"(?:russ|ucrain|american|statunitens|israelian|liban|palestines|iranian|britannic|ingles"
    r"|frances|tedesc|polacc|bielorus|cines|nordcorean|stranier|civil|militar|corazzat"
    r"|blindat|balistic|ipersonic|nemic|occidental|europe|antiaere|anticarro|armat|kamikaze"
    r"|da crociera|d['’]artiglieria|di artiglieria)\w*"
)

# The key of verbs of help ("soccorse", "salvati"): people they govern are no casualties.
RESCUED = "rescued"

# Verbs (and nouns of action: "l'uccisione di", "il rapimento di") that decide what happened
# to people, as regex stems matched at a word start. Nouns of people ("profughi", "vittime")
# are no cues: they name other people ("5mila ragazzi intervistati … dei profughi").
CASUALTY_CUES: tuple[tuple[str, str], ...] = (
    # "sono stati uccisi", "ha ucciso", "uccidendo", "è deceduta", "hanno perso la vita"
    (r"uccis\w*|uccid\w*|uccision\w*|ammazzat\w*|mort[oaie]|muoi\w*|morir\w*|decedut\w*"
     r"|decess\w*|(?:pers[oaie]|perdendo|perder\w*|persero) la vita|senza vita|massacr\w*"
     r"|giustiziat\w*|trucidat\w*|stermin\w*|eccidi\w*|assassin\w*|(?:corpi|salme|cadaveri"
     r"|resti)\s+di|elimin\w*|fucilat\w*|freddat\w*|annegat\w*|carbonizzat\w*"
     r"|(?:ars|arso|bruciat|sepolt)[oaie]? viv[oaie]"
     # "sono caduti tre soldati" (in battle); not "caduti prigionieri", "caduti in mano"
     r"|cadut[oaie](?!\s+(?:prigionier|nelle mani|in mano|in trappola|in un))",
     "killed"),
    # "sono rimaste ferite", "ne ha ferite 15", "ferendo tre persone", "ricoverati in 20"
    (r"ferit\w*|ferend\w*|ferisc\w*|feriment\w*|contus[io]|ustionat\w*|intossicat\w*"
     r"|ricoverat\w*|ospedalizzat\w*|in (?:gravi|gravissime|critiche|serie) condizioni"
     r"|in condizioni (?:gravi|critiche|serie|disperate)", "injured"),
    # "52 le persone rapite", "bambini deportati", "presi in ostaggio"
    (r"rapit\w*|rapiment\w*|rapiscon\w*|deportat\w*|deportazion\w*|sequestrat\w*"
     r"|in ostaggio|portat[ie] via|trasferit[ie] con la forza|trasferit[ie] forzatamente",
     "abducted"),
    # "tre persone risultano disperse", "mancano all'appello in 12", "irreperibili"
    (r"dispers[oaie]|scompars[oaie]|irreperibil\w*|all['’]appello", "missing"),
    # "catturati 200 soldati", "scambiati 95 prigionieri", "si sono arresi", "liberati",
    # "fermati 30 manifestanti", "rimpatriati dopo lo scambio"
    (r"catturat\w*|arrest\w*|arres[io]|scambiat\w*|scambio|rilasciat\w*|liberat\w*"
     r"|fatti prigionieri|pres[ie] prigionieri|fermat[ie]|imprigionat\w*|incarcerat\w*"
     r"|detenut[ie] (?:in|nelle|nei)|rimpatriat\w*", "prisoners"),
    # "evacuati 3.000 civili", "costretto 250mila persone a lasciare le loro case"
    (r"evacuat\w*|evacuazion\w*|sfollat\w*|fuggit\w*|fuggir\w*|fuggon\w*|in fuga|allontanat\w*"
     r"|scapp\w*|rifugiat[ie] (?:in|nei|negli|all)|sradicat\w*|esodo"
     r"|(?:rimast[ie]|lasciat[ie]) senza (?:casa|tetto)|senzatetto|costrett[ie] a (?:fuggire"
     r"|lasciare|scappare|abbandonare)|(?:cercare|cerca di|trovato|trovare) rifugio"
     r"|attravers\w* (?:il confine|la frontiera|i confini)"
     r"|ospitat\w*\s+(?:nei|negli|in|presso)"
     r"|(?:lasci|abbandon)\w*\s+(?:le|i|il|la|l['’])\s*(?:loro\s+|propri[ae]\s+)?"
     r"(?:case|abitazioni|centri|città|paese|territorio|regione|zona|villaggi)\w*", "evacuated"),
    # Help is no casualty: "altre due sono state soccorse", "tre persone tratte in salvo". A
    # cue of its own, so that a nearer rescue verb stops a farther "morti" from reaching them.
    (r"soccors[oaie]|soccorrend\w*|salvat[oaie]|tratt[oaie] in salvo|aiutat[oaie]"
     r"|assistit[oaie]|rintracciat[oaie]|ritrovat[oaie] viv[oaie]|illes[oaie]", RESCUED),
)

# What happened to drones, missiles and shells.
MUNITION_CUES: tuple[tuple[str, str], ...] = (
    # "intercettati 129 droni", "hanno abbattuto 16 droni", "distrutti", "neutralizzati"
    (r"intercett\w*|abbatt\w*|distrutt\w*|distrugg\w*|neutralizz\w*|respint\w*|eliminat\w*"
     r"|annientat\w*|soppress\w*|disattivat\w*"
     # "dodici sono precipitati nei campi": brought down before reaching a target
     r"|precipitat\w*|schiantat\w*|pers[io] localmente", "downed"),
    # "ha lanciato 150 droni", "sparato una quarantina di razzi", "attacco con 40 droni"
    (r"lanci\w*|sparat\w*|spar[aoò]\w*|attacc\w*|impiegat\w*|utilizzat\w*|usat[io]|colpit\w*"
     r"|raid|ondat\w*|bombardament\w*|sganci\w*|scagliat\w*", "launched"),
    # "fornire migliaia di razzi", "consegnati 31 carri", "ordinato 100 droni"
    (r"fornit\w*|fornir\w*|fornisc\w*|fornitur\w*|inviat\w*|inviar\w*|invio|invier\w*"
     r"|consegn\w*|promess\w*|promett\w*|donat\w*|acquist\w*|comprat\w*|vendut\w*|vender\w*"
     r"|ordinat\w*|produ\w*|pacchett\w*|stanziat\w*|trasferit\w*|ricevut\w*|ricever\w*"
     r"|arsenal\w*|scort[ae]|dotazion\w*|riserv[ae]|stock|addestr\w*|dispon(?!ibil)\w*|possied\w*"
     r"|possed\w*", "supplied"),
)

# Bombing verbs that turn "81 volte" or "180 postazioni" into strikes.
STRIKE_CUES: tuple[tuple[str, str], ...] = (
    (r"bombard\w*|colpit\w*|colpir\w*|colpend\w*|colpisc\w*|attacc\w*|pres[ie] di mira"
     r"|cannoneggi\w*|sparat\w*|distrutt\w*|raid|centrat\w*", "strikes"),
)

# A bare "24 miliardi" is money when the sentence talks money.
MONEY_CUES = (
    r"dollar\w*|euro|sterlin\w*|rubl\w*|grivn\w*|aiut\w*|prestit\w*|finanzi\w*|fond[oi]"
    r"|stanzi\w*|budget|spes[ae]|pacchett\w*|sanzion\w*|costo|cost[aiò]\w*|valore"
    r"|vale|pagat\w*|pagar\w*|investi\w*|miliard\w*"
)
