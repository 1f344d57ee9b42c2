#!/usr/bin/env bash
# API load benchmark (make bench-api; not run in CI):
#   1. a scratch PostgreSQL database, migrated, with the reference data;
#   2. real articles ingested (seeds/ plus, when ../shared/corpus exists, a sample of it);
#   3. grown in SQL to 2,000,000 sentences, 300,000 claims, 1,000,000 figures (api_seed.py);
#   4. gunicorn on 127.0.0.1 (DEBUG off, throttling off), 8 concurrent clients per scenario
#      (api_load.py: wrk when installed — apt-get install wrk — else Python client processes).
# Steps 1–3 and gunicorn are in api_server.sh, shared with mixed_load.sh.
# KEEP_DB=1 keeps the database (its name is printed) for another run with DB=<name>;
# WORKERS/THREADS size gunicorn; arguments go to api_load.py (e.g. --seconds 30).
set -euo pipefail
source "$(dirname "$0")/api_server.sh"

$PY bench/api_load.py --url "$base_url" --figures "$max_figure" "$@"
