"""Extraction time on pathological text: each input about a million characters on one line.

Usage: .venv/bin/python bench/hostile.py [--chars N]
Attribution and figures are linear in the text's length, so every case should take seconds;
a case that grows faster than its input shows up here long before it hangs an ingest.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.extraction import Gazetteer, extract  # noqa: E402

# One unit of each case, repeated until the text is about --chars long.
UNITS = {
    "claim-dense sentences": (
        "Il portavoce del Cremlino Dmitry Peskov ha detto che «le forze russe hanno abbattuto "
        "129 droni ucraini», mentre Zelensky ha dichiarato: «Non ci arrenderemo mai». "
        "Secondo Kiev 12 civili sono morti. "
    ),
    "one sentence of speech verbs": "Putin ha detto che la guerra continua e Zelensky afferma che ",
    "one word": "a",
    "figures and odd numbers": "1.2.3.4 1e400 99999999999999999999 miliardi 129 droni 3,5 "
                               "milioni di dollari ",
    "unbalanced quotes": "«apre ma non chiude ",
    "stray closing quotes": "chiude » senza aprire “ e ” poi \" ",
    "right-to-left marks": "\u200f\u202eمرحبا Putin ha detto «ciao» \u202c ",
    "capitalised names": "Mario Rossi Giovanni Bianchi Ministro Della Difesa ",
    "secondo": "secondo secondo Secondo Kiev, secondo Mosca ",
    "colons": "Putin: Zelensky: Biden: «sì» ",
    "interrupting dashes": "- ha detto Putin - «x - ha aggiunto Zelensky - y» ",
    "newlines": "\n",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=1_000_000)
    args = parser.parse_args()
    gazetteer = Gazetteer.from_fixtures()
    extract("Peskov ha detto che «sì».", gazetteer=gazetteer)  # build the matchers once
    print(f"{'input':<30} {'chars':>10} {'seconds':>8} {'sentences':>9} {'claims':>7} "
          f"{'figures':>7}")
    for name, unit in UNITS.items():
        text = unit * max(1, args.chars // len(unit))
        started = time.process_time()
        doc = extract(text, gazetteer=gazetteer)
        seconds = time.process_time() - started
        print(f"{name:<30} {len(text):>10,} {seconds:>8.2f} {len(doc.sentences):>9} "
              f"{len(doc.claims):>7} {len(doc.figures):>7}", flush=True)


if __name__ == "__main__":
    main()
