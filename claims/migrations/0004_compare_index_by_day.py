"""compare/ aggregates figures per (category, day, side, unit): an index in that order lets
PostgreSQL group a year of figures straight off an index-only scan, without sorting them."""

from django.db import migrations

from claims.migrations._postgres import PostgresOnlySQL

BY_DAY = ("claims_figure (category, published_on, side_id, unit) "
          "INCLUDE (status, value, id)")
BEFORE = "claims_figure (category, published_on) INCLUDE (side_id, unit, status, value, id)"


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0003_stored_search_vectors"),
    ]

    operations = [
        PostgresOnlySQL(
            sql=["DROP INDEX figure_compare", f"CREATE INDEX figure_compare ON {BY_DAY}"],
            reverse_sql=["DROP INDEX figure_compare", f"CREATE INDEX figure_compare ON {BEFORE}"],
        ),
    ]
