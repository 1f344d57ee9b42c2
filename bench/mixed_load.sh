#!/usr/bin/env bash
# Mixed load (make bench-load; not run in CI): 8 concurrent clients on the 1M-figure database,
# 10 minutes of reads plus curator writes (PATCH status + note), then a check against the
# database that no acknowledged write was lost (mixed_load.py). The database and gunicorn
# (DEBUG off, throttling off) are api_bench.sh's, from api_server.sh: DB=<name> reuses a
# seeded database, else a new one is seeded (KEEP_DB=1 keeps it). The writes change notes and
# statuses of a few hundred rows and add a curator `load-curator` with a token.
# Arguments go to mixed_load.py (e.g. --seconds 60 --write-share 0.2).
set -euo pipefail
source "$(dirname "$0")/api_server.sh"

$PY bench/mixed_load.py --url "$base_url" --figures "$max_figure" "$@"
