# Sourced by api_bench.sh and mixed_load.sh (not run on its own): the scratch database and
# gunicorn both load benchmarks run against, so that they measure the same server.
#   - DB=<name> reuses a seeded database; otherwise a new one is created and seeded:
#     migrated, the reference data, real articles ingested (seeds/ plus, when
#     ../shared/corpus exists, a sample of it), grown in SQL to 2,000,000 sentences,
#     300,000 claims and 1,000,000 figures (api_seed.py);
#   - gunicorn on 127.0.0.1:$PORT (DEBUG off, throttling off), stopped on exit.
# KEEP_DB=1 keeps a new database (its name is printed) for another run with DB=<name>;
# WORKERS/THREADS size gunicorn. Sets db, max_figure, base_url and DATABASE_URL.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
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
  if [ -n "$gunicorn_pid" ]; then
    kill "$gunicorn_pid" 2>/dev/null || true
    wait "$gunicorn_pid" 2>/dev/null || true  # its workers may hold connections to $db
  fi
  if [ "${KEEP_DB:-0}" = 1 ] || [ "$fresh" = 0 ]; then
    echo "database kept: DB=$db"
  else
    psql_ "DROP DATABASE IF EXISTS $db" || true
  fi
}
trap cleanup EXIT

# A kept database may predate the latest migrations.
$PY manage.py migrate -v0
if [ "$fresh" = 1 ]; then
  echo "== seeding $db"
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
base_url="http://127.0.0.1:$PORT"
echo "== gunicorn: $WORKERS workers × $THREADS threads on 127.0.0.1:$PORT"
DJANGO_DEBUG=0 DJANGO_SECRET_KEY="bench-$(date +%s)-not-secret" DJANGO_SECURE_SSL_REDIRECT=0 \
  DJANGO_API_ANON_RATE=off DJANGO_API_USER_RATE=off DJANGO_CONN_MAX_AGE=600 \
  .venv/bin/gunicorn project.wsgi --bind "127.0.0.1:$PORT" --workers "$WORKERS" \
  --threads "$THREADS" --worker-class "${WORKER_CLASS:-gthread}" --access-logfile /dev/null --log-level warning &
gunicorn_pid=$!
for _ in $(seq 50); do
  curl -sf -o /dev/null "$base_url/api/sides/" && break
  sleep 0.2
done
