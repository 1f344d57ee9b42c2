"""Finding article files on disk."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path


def iter_article_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given, directories walked recursively for *.txt, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path
