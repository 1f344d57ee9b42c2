"""Score the extractor on dev2 in two halves: the first half is for tuning rules (its misses
may be read), the second is held out as unseen text (only its summary line is printed).

Usage: python bench/score_dev2.py [--misses]   (from the project's root; ../shared beside it)

The halves are fixed by the gold file's article order: articles 1-24 tune, 25-48 held out.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "dev2.json"
SCORER = SHARED / "tools" / "score_extract.py"
TUNE = 24


def score(articles: list[dict], about: str, show_misses: bool) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as gold:
        json.dump({"about": about, "articles": articles}, gold)
    out = subprocess.run([sys.executable, str(SCORER), gold.name, str(SHARED / "corpus")],
                         cwd=ROOT, capture_output=True, text=True).stdout
    Path(gold.name).unlink()
    lines = out.strip().splitlines()
    return "\n".join(lines if show_misses else lines[-1:])


def main() -> None:
    articles = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
    print("tune (1-24):    ", score(articles[:TUNE], "dev2 tune", "--misses" in sys.argv))
    print("held out (25-48):", score(articles[TUNE:], "dev2 held out", False))


if __name__ == "__main__":
    main()
