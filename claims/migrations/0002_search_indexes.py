"""PostgreSQL indexes for the API: full-text search and newest-first keyset pages.

Database-only: the model state does not change (these are expression and sort-order
indexes the models do not declare), and SQLite, which has neither GIN nor to_tsvector and
serves small databases, skips them.
"""

from django.db import migrations

from claims.migrations._postgres import PostgresOnlySQL

# Exactly the SQL Django wrote for the search vectors of claims and sources (0003 stores them
# in a column instead): the planner uses an expression index only for the same expression.
TSVECTOR = "to_tsvector('italian'::regconfig, COALESCE(LEFT(\"text\", 250000), ''))"

# Keyset pages sort by (published_on DESC NULLS LAST, id DESC): undated rows last. A plain
# (published_on) index scanned backwards gives NULLS FIRST, so PostgreSQL would sort every
# matching row for each page instead of reading 51 of them from an index.
NEWEST = "published_on DESC NULLS LAST, id DESC"

INDEXES = {
    "claim_text_search": f"claims_claim USING gin ({TSVECTOR})",
    "source_text_search": f"claims_source USING gin ({TSVECTOR})",
    "figure_newest": f"claims_figure ({NEWEST})",
    "figure_category_newest": f"claims_figure (category, {NEWEST})",
    "figure_side_category_newest": f"claims_figure (side_id, category, {NEWEST})",
    "claim_newest": f"claims_claim ({NEWEST})",
    "claim_side_newest": f"claims_claim (side_id, {NEWEST})",
    "claim_speaker_newest": f"claims_claim (speaker_id, {NEWEST})",
    # compare/ aggregates a category over a date range; with every column it reads in the
    # index, a year of figures is an index-only scan instead of 40,000 heap visits.
    "figure_compare": "claims_figure (category, published_on) "
    "INCLUDE (side_id, unit, status, value, id)",
}


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0001_initial"),
    ]

    operations = [
        PostgresOnlySQL(
            sql=f"CREATE INDEX {name} ON {target}",
            reverse_sql=f"DROP INDEX {name}",
        )
        for name, target in INDEXES.items()
    ]
