"""How much text a client may send: limits the API, the admin and the reader pages share."""

from __future__ import annotations

# Ids are BigAutoFields, 1 to 2**63 - 1. A larger number cannot be an id, and Django passes it
# to the database as it is, where SQLite raises OverflowError (a 500) instead of matching
# nothing.
MAX_ID = 2**63 - 1

# A curator's note is a few paragraphs at most.
NOTE_MAX_LENGTH = 10_000

# Words looked for by a text filter, a search box or the admin's search. No search needs
# more than a sentence, and SQLite refuses a LIKE pattern over 50,000 characters ("LIKE or
# GLOB pattern too complex"): a 500 on a long enough one.
SEARCH_MAX_LENGTH = 200
