#!/usr/bin/env bash
# API load benchmark (make bench-api; not run in CI):
#   1. a scratch PostgreSQL database, migrated, with the reference data;
#   2. real articles ingested (seeds/ plus, when ../shared/corpus exists, a sample of it);
#   3. grown in SQL to 2,000,000 sentences, 300,000 claims, 1,000,000 figures (api_seed.py);
#   4. gunicorn on 127.0.0.1 (DEBUG off, throttling off), 8 concurrent clients per scenario
#      (api_load.py: wrk when installed — apt-get install wrk — else Python client processes).
# KEEP_DB=1 keeps the database (its name is printed) for another run with DB=<name>;
# WORKERS/THREADS size gunicorn; arguments go to api_load.py (e.g. --seconds 30).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
PORT="${PORT:-8123}"
WORKERS="${WORKERS:-3}"  # 3 single-threaded workers beat 2×4 threads on 2 cores (GIL)
THREADS="${THREADS:-1}"
CORPUS_SAMPLE="${CORPUS_SAMPLE:-600}"
psql_() { psql -h 127.0.0.1 -U postgres -d postgres -qAtc "$1"; }

db="${DB:-}"
if [ -z "$db" ]; then
  db="fonte_bench_api_$$"
  psql_ "CREATE DATABASE $db"
  fresh=1
else
  fresh=0
fi
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db"
gunicorn_pid=""
cleanup() {
  [ -n "$gunicorn_pid" ] && kill "$gunicorn_pid" 2>/dev/null || true
  if [ "${KEEP_DB:-0}" = 1 ] || [ "$fresh" = 0 ]; then
    echo "database kept: DB=$db"
  else
    psql_ "DROP DATABASE IF EXISTS $db" || true
  fi
}
trap cleanup EXIT

if [ "$fresh" = 1 ]; then
  echo "== seeding $db"
  $PY manage.py migrate -v0
  $PY manage.py load_reference
  sample="$(mktemp -d)"
  cp seeds/*.txt "$sample/"
  if [ -d ../shared/corpus ]; then
    # The dated and war-related folders first; a fixed sample so runs compare.
    find ../shared/corpus/ansa-ilpost-2024-09 ../shared/corpus/italian-news-topics-2025-03-31 \
      ../shared/corpus/semeval2023-task3-it ../shared/corpus/facta-factchecks-2020-2021 \
      -name '*.txt' 2>/dev/null | sort | head -n "$CORPUS_SAMPLE" \
      | while read -r f; do cp "$f" "$sample/$(basename "$(dirname "$f")")_$(basename "$f")"; done \
      || true  # head closes the pipe early: find's SIGPIPE is expected
  fi
  time $PY manage.py ingest --no-progress "$sample" || true  # a bad file must not stop it
  rm -rf "$sample"
  time $PY bench/api_seed.py
fi

max_figure="$(psql -h 127.0.0.1 -U postgres -d "$db" -qAtc 'SELECT max(id) FROM claims_figure')"
echo "== gunicorn: $WORKERS workers × $THREADS threads on 127.0.0.1:$PORT"
DJANGO_DEBUG=0 DJANGO_SECRET_KEY="bench-$(date +%s)-not-secret" DJANGO_SECURE_SSL_REDIRECT=0 \
  DJANGO_API_ANON_RATE=off DJANGO_API_USER_RATE=off DJANGO_CONN_MAX_AGE=600 \
  .venv/bin/gunicorn project.wsgi --bind "127.0.0.1:$PORT" --workers "$WORKERS" \
  --threads "$THREADS" --worker-class gthread --access-logfile /dev/null --log-level warning &
gunicorn_pid=$!
for _ in $(seq 50); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/sides/" && break
  sleep 0.2
done
$PY bench/api_load.py --url "http://127.0.0.1:$PORT" --figures "$max_figure" "$@"
