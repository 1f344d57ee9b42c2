"""Site furniture: lines of a saved news page that are not part of the article.

Every pattern must match a whole line (or a whole sentence), case-insensitively, after the
surrounding whitespace is stripped: a pattern never removes part of a real sentence. Patterns
are kept short and anchored on the furniture's own words, so that "Leggi anche" is dropped but
"Leggi anche il rapporto dell'Onu." (a sentence) is not.
"""

from __future__ import annotations

# Lines that are furniture wherever they stand.
LINE_PATTERNS: tuple[str, ...] = (
    # rights notices: "Riproduzione riservata", "© RIPRODUZIONE RISERVATA", DICE's licence line
    r"(?:©\s*)?(?:riproduzione\s+(?:riservata|vietata)|tutti\s+i\s+diritti\s+riservati)\W*",
    r"(?:[a-z]{2,4}\s+)?(?:by\s+)?nc\s+nd\s+alcuni\s+diritti\s+riservati\w?",
    # copyright lines: "© Copyright Adnkronos", "Copyright © 2024 ANSA", "(c) Reuters"
    r"(?:©|\(c\)|copyright)(?=[\s\d©]|$).{0,100}",
    # share and follow buttons: "SEGUICI SUI SOCIAL", "Seguici su Telegram", "Condividi"
    r"seguici(?:\s+(?:su|sui|anche\s+su)\s+.{0,40})?",
    r"(?:segui|seguite)\s+(?:[\w’']+\s+){0,3}su\s+(?:facebook|instagram|twitter|x|telegram"
    r"|whatsapp|youtube|tiktok|linkedin|threads|google\s+news)\W*",
    r"(?:condividi(?:\s+(?:su|l['’]articolo|questo\s+articolo))?|copia\s+(?:il\s+)?link"
    r"|stampa|invia|commenta|salva)(?:\s+(?:facebook|twitter|whatsapp|e-?mail|x))*\W*",
    # rows of share-button labels: "threads whatsapp linkedin twitter youtube facebook instagram"
    r"(?:(?:threads|whatsapp|linkedin|twitter|x|youtube|facebook|instagram|telegram|tiktok"
    r"|pinterest|reddit|flipboard|e-?mail|mail|messenger|rss|google\s+news)[\s,|·•/]*){2,}",
    # links to other articles: "Leggi anche", "LEGGI ANCHE:", "Vedi anche", "Potrebbe interessarti"
    r"(?:leggi|vedi|guarda|ascolta|scopri)\s+(?:anche|pure|qui|altro)\W*",
    r"(?:ti\s+)?potrebbe(?:ro)?\s+(?:anche\s+)?interessar(?:ti|e)\W*",
    r"(?:articoli|notizie|contenuti)\s+(?:correlat[ie]|consigliat[ie]|simili)\W*|correlat[ie]\W*",
    r"(?:i\s+)?(?:più\s+letti|più\s+visti|più\s+condivisi|ultime\s+notizie|ultim['’]ora)\W*",
    r"(?:video\s+su\s+questo\s+argomento|approfondisci(?:\s+con\s+il\s+podcast)?"
    r"|approfondimenti|dello\s+stesso\s+autore|altri\s+articoli(?:\s+di\s+.{1,40})?)\W*",
    # section and navigation labels: "Tag", "Argomenti", "ora in", "Prima pagina", "in Evidenza"
    r"(?:tag|tags|argomenti|temi|topic|articoli|notizie|sezioni|menu|home|homepage|prima\s+pagina"
    r"|ora\s+in|in\s+evidenza|in\s+primo\s+piano|top\s+news|live|diretta|video|foto|gallery"
    r"|fotogallery|galleria\s+fotografica|podcast|newsletter|abbonati|accedi|registrati|esci"
    r"|login|logout|cerca|chiudi|indietro|avanti|torna\s+su|torna\s+all['’]inizio)\W*",
    # reading time: "LETTURA: 3 minuti", "2' di lettura", "Tempo di lettura: 4 min"
    r"(?:tempo\s+di\s+)?lettura\s*:?\s*\d+\s*(?:min(?:uti|uto)?\.?|['’])",
    r"\d+\s*(?:['’]|min(?:uti|uto)?\.?)\s+(?:di\s+)?lettura",
    # audio players: "Ascolta l'articolo", "Ascolta la versione audio dell'articolo"
    r"ascolta(?:\s+(?:la\s+versione\s+audio\s+del(?:l['’])?|questo|l['’]))?\s*articolo\W*",
    r"(?:ascolta|riproduci|play)(?:\s+(?:audio|podcast|video))?\W*",
    r"\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?",  # a player's elapsed / total time
    # newsletter, subscription and paywall banners
    r"iscriviti\s+(?:alla|alle|alla\s+nostra|al\s+nostro|gratis|gratuitamente|ora|qui).{0,100}",
    r".{0,150}\biscriviti\s+alla\s+(?:nostra\s+)?newsletter\b.{0,250}",  # a newsletter box
    r"(?:clicca|cliccate|basta\s+cliccare)\s+qui\b.{0,60}",  # "CLICCA QUI PER INIZIARE"
    r"(?:abbonati|abbonatevi|sottoscrivi)(?:\s+(?:ora|subito|oggi|qui|per\s+(?:leggere|continuare)"
    r"|a\s+\S+(?:\s+\S+)?\s+per\s+.{0,60}))?\W*",
    r"(?:questo\s+(?:articolo|contenuto)\s+è\s+riservato\s+agli\s+abbonati|contenuto\s+riservato"
    r"\s+agli\s+abbonati|sei\s+già\s+abbonato\??|accedi\s+per\s+continuare.{0,60})\W*",
    r"(?:sostienici|sostieni\s+(?:il\s+nostro\s+lavoro|l['’]informazione(?:\s+\w+)?"
    r"|il\s+giornalismo(?:\s+\w+)?|[\w-]+\.(?:it|com|org|net|eu|info)))\W*",
    r"aiutaci\s+a\s+(?:migliorare|crescere|sostenere).{0,60}",
    r"partecipa\s+al\s+nostro\s+(?:breve\s+)?sondaggio.{0,80}",
    # cookie and consent banners, which address the reader ("Questo sito utilizza cookie…",
    # "Accetta i cookie per continuare"); news about cookie rules does not
    r".{0,200}\b(?:questo\s+sito|utilizziamo|usiamo|accett\w*|acconsenti\w*|continuando"
    r"\s+(?:a\s+navigare|la\s+navigazione))\b.{0,200}\bcookie.{0,300}",
    r".{0,200}\bcookie\b.{0,200}\b(?:accett\w*|acconsenti\w*|continuando\s+(?:a\s+navigare"
    r"|la\s+navigazione)|gestisci\s+le\s+preferenze)\b.{0,200}",
    r"(?:accetta(?:\s+tutti)?|rifiuta(?:\s+tutti)?|gestisci\s+(?:le\s+)?preferenze"
    r"|privacy\s+policy|cookie\s+policy|informativa\s+(?:sulla\s+)?privacy)\W*",
    # advertising slots and loaders: "Pubblicità", "ADV", "eADV", "Loading...", "Caricamento…"
    r"(?:pubblicità|advertisement|sponsor(?:izzato)?|contenuto\s+sponsorizzato|e?adv"
    r"|loading|caricamento(?:\s+in\s+corso)?)\W*",
    # photo and video credits: "(foto Ansa)", "Foto: Reuters", "Photo credits: … via Flickr"
    r"\(?(?:(?:copertina\s+)?(?:photo|foto|immagine)\s*credits?|credits?\s*:).{0,120}",
    r"\(?(?:foto|video|immagine|fonte\s+foto)(?:\s+(?:di|da|tratta\s+da|tratto\s+da|in\s+alto"
    r"|in\s+copertina|d['’]archivio))?\s*[:(]?\s*(?:ansa|ap|afp|reuters|epa|getty(?:\s*images)?"
    r"|lapresse|imagoeconomica|ipa|agf|shutterstock|archivio|web|ufficio\s+stampa|facebook"
    r"|twitter|x|instagram|telegram|youtube|wikimedia(?:\s+commons)?|flickr)\)?\.?",
    r"\(?(?:foto|video)\s*:\s*.{1,80}",
    # bylines alone on a line: "di Mario Rossi", "DAL NOSTRO INVIATO", "a cura di Anna Neri"
    r"(?:dal|dalla|dai|dalle)\s+(?:nostr[oaie])\s+(?:inviat[oaie]|corrispondent[ei])"
    r"(?:\s+a\s+.{1,30})?",
    r"a\s+cura\s+di\s+.{1,60}",
    r"[—–-]\s*(?:[a-z]\.\s?){1,3}",  # a signature alone on its line: "— F. D."
    # embedded tweet signatures: "— Name (@handle) June 14, 2022", "pic.twitter.com/…"
    r"[—–-]\s*.{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}",
    r"pic\.twitter\.com/\S+",
    # bare links and handles left by embeds: "https://…", "@ansa_it", "rogerloguarro"
    r"(?:https?://|www\.)\S+|@\w+",
)

# Bylines need the capitals of a name, so they are matched case-sensitively:
# "di Mario Rossi", "di Giuseppe Guastella", "Di Anna Maria De Luca".
BYLINE_PATTERN = (
    r"(?:[Dd]i|[Bb]y|DI)\s+(?:[A-ZÀ-Ý][\w’'-]+|d[ei]|De|Di|Da|Del|Della|La|Lo)"
    r"(?:\s+(?:[A-ZÀ-Ý][\w’'.-]+|de|di|da|del|della|von|van|der)){1,4}"
)

# A lone token that is no word of a sentence: a social handle ("rogerloguarro"),
# a site signature ("Toba60"), an image file name.
TOKEN_PATTERN = r"@?[a-z][a-z0-9_.]*[a-z0-9_]|[A-Za-z]+\d+|\S+\.(?:jpe?g|png|gif|webp)"

# Lines after which the next short line is a linked headline, not article text:
# "LEGGI ANCHE" / "Il premier non fa miracoli", "Video su questo argomento" / a video title.
HEADLINE_MARKERS: tuple[str, ...] = (
    # related-article and related-video boxes
    r"(?:leggi|vedi|guarda|scopri)\s+(?:anche|pure|altro)\W*",
    r"video\s+su\s+questo\s+argomento|approfondisci|potrebbe\s+interessarti|loading\W*",
    r"(?:articoli|notizie)\s+correlat[ie]\W*|(?:ti\s+)?potrebbe\s+(?:anche\s+)?interessare\W*",
)

# Lines that open the furniture block closing a page: from the first of them on, when only
# short lines follow, nothing is article text ("Riproduzione riservata" / "© Copyright …" /
# "Tag" / "Vedi anche" / "SEGUICI SUI SOCIAL" / share buttons / "ora in" / "Prima pagina" …).
TRAILING_MARKERS: tuple[str, ...] = (
    # rights and copyright
    r"(?:©\s*)?riproduzione\s+riservata\W*|(?:©|\(c\)|copyright)(?=[\s\d©]|$).{0,100}",
    # related links, tags and follow boxes
    r"(?:leggi|vedi|guarda)\s+(?:anche|pure|altro)\W*|tags?\W*|argomenti\W*|seguici.{0,40}",
    r"(?:articoli|notizie)\s+correlat[ie]\W*|(?:ti\s+)?potrebbe(?:ro)?\s+interessar(?:ti|e)\W*",
)

# The longest line that may sit inside a closing furniture block; article paragraphs are longer.
TRAILING_LINE_MAX = 120

# A signature after the last sentence of a paragraph, on the same line: DICE's " — F. D.",
# " — © RIPRODUZIONE RISERVATA", " — VALENTINA CORSINI". The dash must follow a sentence end.
LINE_TAIL_PATTERN = (
    r"(?<=[.!?»”\"')])\s+—\s*(?:"
    r"(?:[A-Z]\.\s?){1,3}"  # initials: "— F. D.", "— D.M."
    r"|[©A-ZÀ-Ý][©A-ZÀ-Ý\s+.]{0,50}"  # capitals: "— © RIPRODUZIONE RISERVATA", "— GIB"
    r"|[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ]+){1,3}"  # a name: "— Serena Arbizzi"
    r")?\s*$"
)
