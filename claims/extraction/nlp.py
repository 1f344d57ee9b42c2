"""Fonte's Italian pipeline (models/it_fonte): tokens, UPOS and morphology, lemmas,
dependencies and PER/ORG/LOC entities. Pure Python, no Django.

`make model` trains it (README, "Italian pipeline"). FONTE_NLP_MODEL points elsewhere, e.g.
to the commercial-use build.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import spacy

MODEL_ENV = "FONTE_NLP_MODEL"
DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "models" / "it_fonte"


class PipelineMissing(RuntimeError):
    pass


def model_path() -> Path:
    configured = os.environ.get(MODEL_ENV)
    return Path(configured) if configured else DEFAULT_MODEL


@functools.cache
def load_pipeline() -> spacy.Language:
    # Loading takes about a second and some tens of MB: once per process, shared by every caller.
    path = model_path()
    if not (path / "config.cfg").is_file():
        raise PipelineMissing(
            f"No Italian pipeline at {path}: run `make model` to train it"
            f" (or set {MODEL_ENV} to a trained pipeline directory)."
        )
    return spacy.load(path)
