"""Reads: provenance traces, side-by-side comparisons, search and the spans of a source.

The API and the reader pages present what these return; nothing here writes.
"""

from claims.selectors.compare import (
    FigureGroup,
    Group,
    SideClaims,
    SideFigures,
    SpeakerClaims,
    claims_compare_by_side,
    figures_compare_by_side,
)
from claims.selectors.provenance import (
    QUOTE_CONTEXT,
    SourceSpans,
    TextSelectors,
    Trace,
    claim_trace,
    claims_with_provenance,
    figure_trace,
    figures_with_provenance,
    sentences_with_source,
    source_text_spans,
)
from claims.selectors.search import (
    CLAIM_CANDIDATES,
    SEARCH_CHARS,
    SEARCH_CONFIG,
    SOURCE_CANDIDATES,
    SearchResults,
    StoredVector,
    search,
)

__all__ = [
    "CLAIM_CANDIDATES", "QUOTE_CONTEXT", "SEARCH_CHARS", "SEARCH_CONFIG", "SOURCE_CANDIDATES",
    "FigureGroup", "Group", "SearchResults", "SideClaims", "SideFigures", "SourceSpans",
    "SpeakerClaims", "StoredVector", "TextSelectors", "Trace", "claim_trace",
    "claims_compare_by_side", "claims_with_provenance", "figure_trace", "figures_compare_by_side",
    "figures_with_provenance", "search", "sentences_with_source", "source_text_spans",
]
