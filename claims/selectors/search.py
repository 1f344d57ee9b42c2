"""Full-text search over sentences and claims: PostgreSQL's Italian configuration with GIN
indexes, or a plain word match on SQLite."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVectorField,
)
from django.db import connection
from django.db.models import DateField, Expression, ExpressionWrapper, F, QuerySet
from django.db.models.functions import Left

from claims.models import Claim, Sentence, Source
from claims.selectors.provenance import claims_with_provenance, sentences_with_source

# to_tsvector fails on more than 1 MB of lexemes; an article is at most 5 MB (decoding.py), so
# the search vectors read the first 250,000 characters (a long live blog is ~200,000).
# Migration 0003 stores exactly these vectors in a generated `search_vector` column of claims
# and sources, with a GIN index on it.
SEARCH_CHARS = 250_000
SEARCH_CONFIG = "italian"

# Ranking runs over the most recent matches, not over every match of a common word.
CLAIM_CANDIDATES = 100
SOURCE_CANDIDATES = 8
ROWS_PER_CANDIDATE = 50  # see _newest_matching

# Headline markers that cannot occur in an article, turned into <mark> after HTML escaping.
_MARK_START, _MARK_STOP = "\ue000", "\ue001"


class StoredVector(Expression):
    """The row's stored `search_vector` column (PostgreSQL; claims and sources: migration
    0003, sentences: 0005), qualified by whatever alias the query gives the table."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        alias = compiler.query.get_initial_alias()
        return f"{compiler.quote_name_unless_alias(alias)}.search_vector", []


@dataclass
class SearchResults:
    query: str
    full_text: bool  # False on SQLite: every word must appear, no stemming
    sentences: list[Sentence]  # each with .headline, .rank
    claims: list[Claim]  # each with .headline, .rank


def _websearch(q: str) -> SearchQuery:
    return SearchQuery(q, config=SEARCH_CONFIG, search_type="websearch")


def claims_matching(claims: QuerySet[Claim], q: str) -> QuerySet[Claim]:
    if connection.vendor == "postgresql":
        return claims.annotate(search=StoredVector()).filter(search=_websearch(q))
    for word in _words(q):
        claims = claims.filter(text__icontains=word)
    return claims


def _words(q: str) -> list[str]:
    # The fallback's reading of a websearch query: quotes and operators dropped, all words
    # required.
    return [w for w in re.split(r"[\s\"]+", q) if w and w.lower() != "or" and w != "-"]


def _marked(headline: str) -> str:
    """HTML-safe headline: article text escaped, matches in <mark>."""
    return (
        html.escape(headline, quote=False)
        .replace(_MARK_START, "<mark>")
        .replace(_MARK_STOP, "</mark>")
    )


def _headline(expression, query: SearchQuery) -> SearchHeadline:
    return SearchHeadline(
        expression, query, config=SEARCH_CONFIG, start_sel=_MARK_START, stop_sel=_MARK_STOP,
        max_words=35, min_words=15, short_word=2, highlight_all=False,
    )


def search(*, q: str, limit: int = 20) -> SearchResults:
    """Sentences and claims matching `q`, best first.

    PostgreSQL: websearch syntax ("quoted phrase", -excluded, or), Italian stemming, ranked
    with ts_rank among the most recent matching claims and sources (see CLAIM_CANDIDATES).
    SQLite: every word must appear (case-insensitive), newest first.
    """
    if connection.vendor == "postgresql":
        return _search_postgres(q, limit)
    return _search_fallback(q, limit)


def _newest_unindexed() -> tuple:
    """Newest first, in a form no index offers. Ordered by a plain (published_on, id) index,
    PostgreSQL may walk it testing each row until enough match, which reads the whole table
    for a rare word; this way it takes every match from the GIN index at once and sorts
    those."""
    date_plus_zero = ExpressionWrapper(F("published_on") + 0, output_field=DateField())
    return (date_plus_zero.desc(nulls_last=True), F("id").desc())


def _newest_matching(matching: QuerySet, limit: int) -> list[int]:
    """Ids of the `limit` newest rows of `matching`, newest first (undated last).

    Looked for first among the table's newest ROWS_PER_CANDIDATE × limit dated rows, where
    PostgreSQL intersects the GIN and date indexes before it reads a row: a common word
    fills the list there, instead of every match in the table being read for its date
    (thousands of pages). When the window holds fewer, the whole table."""
    newest = matching.order_by(*_newest_unindexed()).values_list("id", flat=True)
    window = ROWS_PER_CANDIDATE * limit
    # The window's oldest day, as a value: planned against it, PostgreSQL sees how few rows
    # the window holds (as a subquery it guesses a third of the table and may skip the
    # date index).
    edge = (
        matching.model.objects.filter(published_on__isnull=False).order_by("-published_on")
        .values_list("published_on", flat=True)[window - 1:].first()
    )
    if edge is not None:
        ids = list(newest.filter(published_on__gte=edge)[:limit])
        if len(ids) == limit:
            return ids
    return list(newest[:limit])


def _search_postgres(q: str, limit: int) -> SearchResults:
    query = _websearch(q)
    # The newest candidates, ranked on the claims table alone, then the winners joined to
    # their provenance: planning the seven-table join over a hundred ids costs more than
    # running both queries.
    candidates = (
        Claim.objects.annotate(search=StoredVector()).filter(search=query)
        .order_by(*_newest_unindexed()).values("id")[:CLAIM_CANDIDATES]
    )
    ranked = dict(
        Claim.objects.filter(id__in=candidates)
        .annotate(rank=SearchRank(StoredVector(), query))
        .order_by("-rank", F("published_on").desc(nulls_last=True), "-id")
        .values_list("id", "rank")[:limit]
    )
    found = claims_with_provenance().filter(id__in=list(ranked)).annotate(
        headline=_headline(Left("text", SEARCH_CHARS), query)
    ).in_bulk() if ranked else {}
    claims = [found[pk] for pk in ranked if pk in found]
    for claim in claims:
        claim.rank = ranked[claim.pk]
    # The newest matching sources, then their sentences ranked on the sentences' stored
    # vectors (migration 0005).
    source_ids = _newest_matching(
        Source.objects.annotate(search=StoredVector()).filter(search=query), SOURCE_CANDIDATES
    )
    sentences = list(
        sentences_with_source()
        .filter(source_id__in=source_ids)
        .annotate(search=StoredVector())
        .filter(search=query)
        .annotate(rank=SearchRank(F("search"), query), headline=_headline("text", query))
        .order_by("-rank", F("source__published_on").desc(nulls_last=True), "source_id",
                  "index")[:limit]
    ) if source_ids else []
    for item in [*claims, *sentences]:
        item.headline = _marked(item.headline)
    return SearchResults(query=q, full_text=True, sentences=sentences, claims=claims)


def _search_fallback(q: str, limit: int) -> SearchResults:
    words = _words(q)
    if not words:
        return SearchResults(query=q, full_text=False, sentences=[], claims=[])
    claims_qs = claims_with_provenance()
    sentences_qs = sentences_with_source()
    for word in words:
        claims_qs = claims_qs.filter(text__icontains=word)
        sentences_qs = sentences_qs.filter(text__icontains=word)
    newest = (F("published_on").desc(nulls_last=True), F("id").desc())
    claims = list(claims_qs.order_by(*newest)[:limit])
    sentences = list(sentences_qs.order_by(
        F("source__published_on").desc(nulls_last=True), "source_id", "index")[:limit])
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    for item in claims:
        item.rank, item.headline = _fallback_rank(pattern, item.text)
    for item in sentences:
        item.rank, item.headline = _fallback_rank(pattern, item.text)
    claims.sort(key=lambda c: -c.rank)
    sentences.sort(key=lambda s: -s.rank)
    return SearchResults(query=q, full_text=False, sentences=sentences, claims=claims)


def _fallback_rank(pattern: re.Pattern, text: str, width: int = 120) -> tuple[float, str]:
    matches = list(pattern.finditer(text))
    if not matches:
        return 0.0, html.escape(text[:width], quote=False)
    begin = max(0, matches[0].start() - width // 3)
    window = text[begin:begin + width]
    marked = pattern.sub(lambda m: _MARK_START + m.group(0) + _MARK_STOP, window)
    return float(len(matches)), _marked(marked)
