"""How often each way of finding a claim, or a figure's speaker, turns out right.

An item's evidence is a path, most general step first: "verb-inverted/name" is a claim made by
an inverted verb of saying ("«…», ha detto X") whose speaker was recognised by name;
"in-claim/verb-inverted/name" a figure inside such a claim. `confidence.json` counts, for
every prefix of every path, how many items the extractor gave on the hand-annotated training
articles and how many of them were right (span, speaker and side; for figures value,
category and side). It is rebuilt by `make confidence` and never by a test.

An item's confidence shrinks the rate of its longest path toward that of its shorter ones, so
that a path seen twice does not claim certainty.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

TABLE_PATH = Path(__file__).with_name("confidence.json")
# How many observations the shorter path's rate counts for against a longer path's own.
PRIOR_WEIGHT = 3.0


@cache
def _table() -> dict[str, dict[str, list[int]]]:
    return json.loads(TABLE_PATH.read_text(encoding="utf-8"))


def rate(evidence: str, *, figure: bool = False) -> float:
    """The estimated probability that an item found this way is right, in [0, 1]."""
    counts = _table()["figures" if figure else "claims"]
    right, seen = counts.get("", (0, 0))
    estimate = (right + 1) / (seen + 2)
    parts = evidence.split("/") if evidence else []
    for depth in range(1, len(parts) + 1):
        found = counts.get("/".join(parts[:depth]))
        if found is None:
            break
        right, seen = found
        estimate = (right + PRIOR_WEIGHT * estimate) / (seen + PRIOR_WEIGHT)
    return round(estimate, 3)
