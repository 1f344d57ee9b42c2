#!/usr/bin/env bash
# Extraction and ingest benchmark on a scratch PostgreSQL database (dropped afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
db="fonte_bench_$$"
psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db"
trap 'psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db"' EXIT
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db"
.venv/bin/python manage.py migrate -v0
.venv/bin/python manage.py bench_extract --ingest "$@"
