# Fonte: `make demo` serves admin + API on SQLite; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: demo test lint bench bench-pages venv clean

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

venv: $(VENV)/.installed

demo: venv
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_reference
	$(PY) manage.py ingest seeds/
	$(PY) manage.py demo_curator
	$(PY) manage.py runserver $(HOST)

test: venv
	$(PY) -m pytest $(PYTEST_ARGS)

lint: venv
	$(VENV)/bin/ruff check .

bench: venv
	bash bench/ingest_postgres.sh
	$(PY) bench/pages.py

# Server time of each reader page on the seeds database (SQLite scratch file).
bench-pages: venv
	$(PY) bench/pages.py

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache

# The API under load on a scratch PostgreSQL database (1M figures; not run in CI).
.PHONY: bench-api
bench-api: venv
	bash bench/api_bench.sh
