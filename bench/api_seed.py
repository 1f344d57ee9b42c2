"""Grow an ingested sample into 2,000,000 sentences, 300,000 claims and 1,000,000 figures.

Run by bench/api_bench.sh after real articles were ingested. Every generated row is a copy
of a real one (its text, offsets, speaker, side, category, value), moved to a copy of its
source with another date, so selectivity and text look like the corpus'. All in SQL
(INSERT … SELECT over generate_series): minutes, not hours.

    DATABASE_URL=postgres://… python bench/api_seed.py [--sentences N --claims N --figures N]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402

TABLES = ["claims_source", "claims_sentence", "claims_claim", "claims_claim_sentences",
          "claims_figure"]
FIRST_DAY = "2022-02-24"  # copies are spread over four years from here
DAYS = 1461


def q(sql: str, params=None):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall() if cursor.description else None


def step(label: str):
    class _Timer:
        def __enter__(self):
            self.started = time.perf_counter()
            print(f"  {label} …", end="", flush=True)

        def __exit__(self, *exc):
            print(f" {time.perf_counter() - self.started:.1f} s", flush=True)

    return _Timer()


def secondary_indexes() -> list[tuple[str, str]]:
    """Indexes that are neither primary keys nor unique constraints: dropped during the
    load and rebuilt after (a bulk build is many times faster than row-by-row upkeep)."""
    return q("""
        SELECT i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.schemaname = 'public' AND i.tablename = ANY(%s)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
    """, [TABLES])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=2_000_000)
    parser.add_argument("--claims", type=int, default=300_000)
    parser.add_argument("--figures", type=int, default=1_000_000)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("api_seed.py needs PostgreSQL (DATABASE_URL)")

    counts = {t: q(f"SELECT count(*), coalesce(max(id), 0) FROM {t}")[0] for t in TABLES}
    n_sent, n_claim, n_fig = (counts[t][0] for t in
                              ("claims_sentence", "claims_claim", "claims_figure"))
    if not (n_sent and n_claim and n_fig):
        sys.exit("ingest some articles first (no sentences, claims or figures)")
    # Id strides: copy g of row i gets id i + g * stride, so references are arithmetic.
    ss, sn, cn = (counts[t][1] + 1 for t in ("claims_source", "claims_sentence",
                                               "claims_claim"))
    copies = math.ceil(args.sentences / n_sent)  # of each source, the original included
    claim_replicas = max(1, math.ceil(args.claims / (n_claim * copies)))
    figure_replicas = max(1, math.ceil(args.figures / (n_fig * copies)))
    print(f"sample: {counts['claims_source'][0]} sources, {n_sent} sentences, {n_claim} "
          f"claims, {n_fig} figures → {copies} copies of each source, claims ×"
          f"{claim_replicas}, figures ×{figure_replicas} per copy")

    shifted = (f"(DATE '{FIRST_DAY}' + ((%(col)s * 37 + g * 11) %% {DAYS})::int)")
    indexes = secondary_indexes()
    started = time.perf_counter()
    q("SET synchronous_commit = off")
    q("SET maintenance_work_mem = '512MB'")
    q("SET max_parallel_maintenance_workers = 2")
    with step(f"drop {len(indexes)} secondary indexes"):
        for name, _ in indexes:
            q(f"DROP INDEX {name}")
    # Foreign keys are checked by triggers; replica mode skips them for rows that are copies
    # of rows which passed them.
    q("SET session_replication_role = replica")
    with step("sources"):
        q(f"""
            INSERT INTO claims_source (id, title, outlet_id, url, published_on, date_precision,
                language, text, sha256, file_name, ingested_at, extractor_version)
            SELECT s.id + g * {ss}, s.title, s.outlet_id, s.url, {shifted % {'col': 's.id'}},
                'day', s.language, s.text, encode(sha256(convert_to(s.sha256 || g, 'UTF8')),
                'hex'), s.file_name, now(), s.extractor_version
            FROM claims_source s, generate_series(1, {copies - 1}) g WHERE s.id < {ss}
        """)
    with step("sentences"):
        q(f"""
            INSERT INTO claims_sentence (id, source_id, index, start, "end", paragraph, text)
            SELECT t.id + g * {sn}, t.source_id + g * {ss}, t.index, t.start, t."end",
                t.paragraph, t.text
            FROM claims_sentence t, generate_series(1, {copies - 1}) g WHERE t.id < {sn}
        """)
    replica = f"(g * {claim_replicas} + r)"
    with step("claims"):
        q(f"""
            INSERT INTO claims_claim (id, status, origin, curator_note, extractor_version,
                created_at, updated_at, source_id, speaker_id, side_id, text, start, "end",
                sentence_id, attribution_sentence_id, kind, cue, via_id, published_on)
            SELECT c.id + {replica} * {cn}, c.status, c.origin, '', c.extractor_version,
                now(), now(), c.source_id + g * {ss}, c.speaker_id, c.side_id, c.text, c.start,
                c."end", c.sentence_id + g * {sn}, c.attribution_sentence_id + g * {sn},
                c.kind, c.cue, c.via_id,
                CASE WHEN g = 0 THEN c.published_on ELSE {shifted % {'col': 'c.source_id'}} END
            FROM claims_claim c, generate_series(0, {copies - 1}) g,
                generate_series(0, {claim_replicas - 1}) r
            WHERE c.id < {cn} AND (g, r) <> (0, 0)
        """)
        q(f"""
            INSERT INTO claims_claim_sentences (claim_id, sentence_id)
            SELECT m.claim_id + {replica} * {cn}, m.sentence_id + g * {sn}
            FROM claims_claim_sentences m, generate_series(0, {copies - 1}) g,
                generate_series(0, {claim_replicas - 1}) r
            WHERE m.claim_id < {cn} AND (g, r) <> (0, 0)
        """)
    with step("figures"):
        q(f"""
            INSERT INTO claims_figure (status, origin, curator_note, extractor_version,
                created_at, updated_at, source_id, sentence_id, claim_id, speaker_id, side_id,
                text, start, "end", value, value_max, approximate, qualifier, unit, category,
                published_on)
            SELECT f.status, f.origin, '', f.extractor_version, now(), now(),
                f.source_id + g * {ss}, f.sentence_id + g * {sn},
                f.claim_id + (g * {claim_replicas} + r % {claim_replicas}) * {cn}, f.speaker_id,
                f.side_id, f.text, f.start, f."end", f.value, f.value_max, f.approximate,
                f.qualifier, f.unit, f.category,
                CASE WHEN g = 0 THEN f.published_on ELSE {shifted % {'col': 'f.source_id'}} END
            FROM claims_figure f, generate_series(0, {copies - 1}) g,
                generate_series(0, {figure_replicas - 1}) r
            WHERE f.id <= {counts['claims_figure'][1]} AND (g, r) <> (0, 0)
        """)
    for table, column in (("claims_source", "id"), ("claims_sentence", "id"),
                          ("claims_claim", "id"), ("claims_figure", "id"),
                          ("claims_claim_sentences", "id")):
        q(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
          f"(SELECT max({column}) FROM {table}))")
    with step(f"rebuild {len(indexes)} indexes"):
        for _, definition in indexes:
            q(definition)
    with step("trim to the exact counts"):
        _trim(args)
    q("SET session_replication_role = origin")
    with step("vacuum analyze"):
        for table in TABLES:
            q(f"VACUUM ANALYZE {table}")
        # Every table, the small reference ones too: a planner that thinks claims_speaker
        # is empty hashes it whole for each list request.
        q("ANALYZE")
    final = {t: q(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
    print(f"seeded in {time.perf_counter() - started:.0f} s: " +
          ", ".join(f"{t.removeprefix('claims_')}={n:,}" for t, n in final.items()))


def _trim(args) -> None:
    """Drop the surplus of the last copies so the counts are exactly the targets."""
    q(f"""DELETE FROM claims_figure WHERE id > (
            SELECT id FROM claims_figure ORDER BY id OFFSET {args.figures - 1} LIMIT 1)""")
    cutoff = q(f"SELECT id FROM claims_claim ORDER BY id OFFSET {args.claims - 1} LIMIT 1")
    if cutoff:
        last = cutoff[0][0]
        q(f"UPDATE claims_figure SET claim_id = NULL WHERE claim_id > {last}")
        q(f"DELETE FROM claims_claim_sentences WHERE claim_id > {last}")
        q(f"DELETE FROM claims_claim WHERE id > {last}")
    surplus = q("SELECT count(*) FROM claims_sentence")[0][0] - args.sentences
    if surplus > 0:
        # Sentences nothing points at, from the last copies (one hash anti-join).
        q(f"""
            DELETE FROM claims_sentence WHERE id IN (
                SELECT s.id FROM claims_sentence s LEFT JOIN (
                    SELECT sentence_id AS id FROM claims_figure
                    UNION SELECT sentence_id FROM claims_claim
                    UNION SELECT attribution_sentence_id FROM claims_claim
                    UNION SELECT sentence_id FROM claims_claim_sentences
                ) used ON used.id = s.id
                WHERE used.id IS NULL ORDER BY s.id DESC LIMIT {surplus})
        """)


if __name__ == "__main__":
    main()
