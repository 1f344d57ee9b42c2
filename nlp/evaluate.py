"""Accuracy of the shipped pipeline on the held-back test sets, and its speed on news text.

    python nlp/evaluate.py models/it_fonte nlp/build/all/corpus [--speed ../shared/corpus]

Prints a Markdown table (the one in the README) and writes scores.json beside the corpora.
The pipeline runs on raw text with its own tokenizer; spaCy's scorer aligns its tokens with
the gold ones, so tokenization errors count against it.
"""

from __future__ import annotations

import os

# One core: numpy's BLAS would otherwise spread over every core and flatter the speed.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
from spacy.training import Corpus  # noqa: E402

UD_TESTS = {"ISDT test": ["ud_test_isdt"], "PUD test": ["ud_test_pud"]}
UD_TESTS["ISDT + PUD"] = UD_TESTS["ISDT test"] + UD_TESTS["PUD test"]
NER_TESTS = {
    "KIND wikinews test": ["ner_test_wikinews"],
    "KIND moro test": ["ner_test_moro"],
    "KIND degasperi test": ["ner_test_degasperi"],
}
UD_KEYS = ["pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las"]
# PUD's features follow an older Italian convention (articles without Definite, among others)
# than the treebanks the model learns from, so morphology is scored on ISDT alone.
NO_MORPH = {"PUD test", "ISDT + PUD"}
NER_LABELS = ["PER", "ORG", "LOC"]


def score(nlp: spacy.Language, corpus: Path, names: list[str]) -> dict:
    examples = []
    for name in names:
        examples.extend(Corpus(corpus / f"{name}.spacy")(nlp))
    return nlp.evaluate(examples)


def speed(nlp: spacy.Language, root: Path, n_files: int, disable: tuple[str, ...] = ()) -> dict:
    files = sorted(root.glob("**/*.txt"))[:n_files]
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    nlp(texts[0])  # warm-up
    start = time.perf_counter()
    docs = nlp.pipe(texts, batch_size=32, disable=list(disable))
    n_tokens = sum(len(doc) for doc in docs)
    seconds = time.perf_counter() - start
    return {
        "files": len(texts),
        "tokens": n_tokens,
        "seconds": round(seconds, 1),
        "tokens_per_second": round(n_tokens / seconds),
    }


def pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--speed", type=Path, help="folder of .txt news files to time")
    parser.add_argument("--speed-files", type=int, default=200)
    args = parser.parse_args()

    nlp = spacy.load(args.model)
    results: dict = {"ud": {}, "ner": {}}
    for title, names in UD_TESTS.items():
        scores = score(nlp, args.corpus, names)
        results["ud"][title] = {key: scores[key] for key in UD_KEYS}
        if title in NO_MORPH:
            results["ud"][title]["morph_acc"] = None
    for title, names in NER_TESTS.items():
        scores = score(nlp, args.corpus, names)
        per_type = scores.get("ents_per_type") or {}
        results["ner"][title] = {
            "all": {k: scores[f"ents_{k}"] for k in "prf"},
            **{label: per_type.get(label, {}) for label in NER_LABELS},
        }
    if args.speed:
        results["speed"] = speed(nlp, args.speed, args.speed_files)
        results["speed_without_ner"] = speed(nlp, args.speed, args.speed_files, ("ner",))

    print("| UD test set | UPOS | morph | lemma | UAS | LAS |")
    print("| --- | --- | --- | --- | --- | --- |")
    for title, s in results["ud"].items():
        print(f"| {title} | " + " | ".join(pct(s[k]) for k in UD_KEYS) + " |")
    print()
    print("| NER test set | P | R | F | PER F | ORG F | LOC F |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for title, s in results["ner"].items():
        cells = [pct(s["all"][k]) for k in "prf"]
        cells += [pct(s[label].get("f")) for label in NER_LABELS]
        print(f"| {title} | " + " | ".join(cells) + " |")
    if "speed" in results:
        print()
        for label, key in (("whole pipeline", "speed"), ("without NER", "speed_without_ner")):
            sp = results[key]
            print(
                f"speed, {label}: {sp['tokens']} tokens in {sp['files']} files, "
                f"{sp['seconds']} s, {sp['tokens_per_second']} tokens/s"
            )
    (args.corpus / "scores.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
