"""Bytes to article text, or a one-line reason why not."""

from __future__ import annotations

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # a long live blog is ~200 KB; 5 MB is no article

# A text file has almost no control characters besides tab and newlines.
_CONTROL = {c for c in range(32) if c not in (9, 10, 13)} | {127}


class ArticleError(ValueError):
    """An input that cannot become a source; the message is one line for the user."""


def decode_article(data: bytes) -> str:
    """UTF-8 first, then cp1252 (Windows-edited copy), refusing binary and oversized input."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"too large: {len(data):,} bytes (the limit is {MAX_ARTICLE_BYTES:,})"
        )
    if not data.strip():
        raise ArticleError("empty file")
    if b"\x00" in data:
        raise ArticleError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise ArticleError(
                f"not UTF-8 nor cp1252 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r})"
            ) from None
    controls = sum(1 for ch in text if ord(ch) in _CONTROL)
    if controls > max(8, len(text) // 100):
        raise ArticleError(f"binary file ({controls} control characters)")
    return text
