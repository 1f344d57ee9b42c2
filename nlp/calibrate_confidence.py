"""Count how often each evidence path of the extractor is right on the training articles.

Usage (from the project's root, ../shared beside it): python nlp/calibrate_confidence.py
[GOLD.json ...] (default: ../shared/gold/train.json). Writes
claims/extraction/rules/confidence.json. Items are matched to the gold annotations as
../shared/tools/score_extract.py matches them: a claim covering at least half of a gold claim's
text, a figure overlapping a gold figure's.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from claims.extraction import Gazetteer, extract  # noqa: E402
from claims.extraction.rules.confidence import TABLE_PATH  # noqa: E402


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "score_extract", SHARED / "tools" / "score_extract.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _count(counts: Counter, evidence: str, right: bool) -> None:
    parts = evidence.split("/") if evidence else []
    for depth in range(len(parts) + 1):
        key = "/".join(parts[:depth])
        counts[key, "seen"] += 1
        counts[key, "right"] += right


def calibrate(gold_paths: list[Path]) -> dict:
    score = _scorer()
    gazetteer = Gazetteer.from_fixtures()
    claims, figures = Counter(), Counter()
    for gold_path in gold_paths:
        for article in json.loads(gold_path.read_text(encoding="utf-8"))["articles"]:
            text = (SHARED / "corpus" / article["file"]).read_text(encoding="utf-8")
            document = extract(text, gazetteer=gazetteer)
            for f in document.figures:
                gold = [
                    g
                    for g in article["figures"]
                    if (span := score.locate(text, g["find"], g.get("occurrence", 1)))
                    and score.overlap((f.start, f.end), span) > 0
                ]
                right = any(
                    float(f.value) == g["value"]
                    and f.category == g["category"]
                    and (
                        g.get("side") is None
                        or not g.get("required_side", True)
                        or f.side == g["side"]
                    )
                    for g in gold
                )
                _count(figures, f.evidence, right)
            if "claims" not in article.get("scope", ["claims", "figures"]):
                continue
            for c in document.claims:
                right = False
                for g in article["claims"]:
                    span = score.locate(text, g["find"], g.get("occurrence", 1))
                    if (
                        span
                        and score.overlap((c.start, c.end), span) >= (span[1] - span[0]) / 2
                        and score.speaker_ok(c.speaker, g["speaker"])
                        and c.side == g.get("side")
                    ):
                        right = True
                _count(claims, c.evidence, right)

    def table(counts: Counter) -> dict[str, list[int]]:
        keys = sorted({key for key, _ in counts})
        return {key: [counts[key, "right"], counts[key, "seen"]] for key in keys}

    return {
        "about": f"right/seen per evidence path on {', '.join(p.name for p in gold_paths)}"
        "; rebuilt by nlp/calibrate_confidence.py (make confidence)",
        "claims": table(claims),
        "figures": table(figures),
    }


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or [SHARED / "gold" / "train.json"]
    result = calibrate(paths)
    TABLE_PATH.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for kind in ("claims", "figures"):
        right, seen = result[kind][""]
        print(f"{kind}: {right}/{seen} right over {len(result[kind]) - 1} evidence paths")


if __name__ == "__main__":
    main()
