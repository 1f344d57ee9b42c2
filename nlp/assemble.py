"""Join the trained UD pipeline and the trained NER into the pipeline Fonte ships.

    python nlp/assemble.py --ud <ud/model-best> --ner <ner/model-best> --out models/it_fonte

The NER is added as a sourced component: it brings its own tok2vec, so neither corpus's
training touched the other's weights, and the result loads with one spacy.load().
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy

LICENCES = {
    # ISDT, VIT, ParTUT and PoSTWITA are CC BY-NC-SA; a model trained on them keeps those terms.
    "all": "CC BY-NC-SA 4.0",
    # MarkIT (CC BY), PUD, ParlaMint, TWITTIRO (CC BY-SA) and KIND (CC BY 2.5, public domain).
    "commercial": "CC BY-SA 4.0",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--ner", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--licence", choices=sorted(LICENCES), default="all")
    args = parser.parse_args()

    nlp = spacy.load(args.ud)
    ner = spacy.load(args.ner)
    nlp.add_pipe("ner", source=ner)
    nlp.meta.update(
        {
            "name": "fonte",
            "version": "1.0.0",
            "description": (
                "Fonte's Italian pipeline: morphologizer (UPOS and features), edit-tree "
                "lemmatizer and dependency parser trained on Universal Dependencies Italian "
                "treebanks; NER (PER, ORG, LOC) trained on KIND. CNN tok2vec, no vectors."
            ),
            "license": LICENCES[args.licence],
            "sources": [
                {
                    "name": "Universal Dependencies Italian treebanks",
                    "url": "https://universaldependencies.org",
                },
                {"name": "KIND", "url": "https://github.com/dhfbk/KIND"},
            ],
        }
    )
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    print(f"{args.out}: {', '.join(nlp.pipe_names)}")


if __name__ == "__main__":
    main()
