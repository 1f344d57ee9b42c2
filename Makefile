# Fonte: `make demo` serves admin + API on SQLite; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: demo release deploy test lint bench bench-pages backup restore venv clean

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

# Production (README, "Running in production"): DJANGO_DEBUG=0 with DJANGO_SECRET_KEY,
# DJANGO_ALLOWED_HOSTS and DATABASE_URL set. `release` readies the database and the static
# files WhiteNoise serves; `deploy` does that, then serves with gunicorn.
WORKERS ?= 4
release: venv
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_reference
	$(PY) manage.py collectstatic --noinput

deploy: release
	$(VENV)/bin/gunicorn project.wsgi --bind $(HOST) --workers $(WORKERS)

test: venv
	$(PY) -m pytest $(PYTEST_ARGS)

lint: venv
	$(VENV)/bin/ruff check .

bench: venv
	bash bench/ingest_postgres.sh
	$(PY) bench/hostile.py
	$(PY) bench/pages.py

# Server time of each reader page on the seeds database (SQLite scratch file).
bench-pages: venv
	$(PY) bench/pages.py

# Backups of the configured database (DATABASE_URL or the SQLite file): make backup writes
# backups/fonte-<timestamp>.json.gz; make restore BACKUP=<file> loads one into an empty database.
backup: venv
	$(PY) manage.py backup backups/fonte-$$(date +%Y%m%d-%H%M%S).json.gz

restore: venv
	@test -n "$(BACKUP)" || (echo "usage: make restore BACKUP=backups/<file>.json.gz" && exit 2)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py restore $(BACKUP)

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache

# The API under load on a scratch PostgreSQL database (1M figures; not run in CI).
.PHONY: bench-api
bench-api: venv
	bash bench/api_bench.sh

# Reads plus curator writes for 10 minutes on the same database; counts lost writes.
# DB=<name> reuses a seeded database (see bench/mixed_load.sh).
.PHONY: bench-load
bench-load: venv
	bash bench/mixed_load.sh

# Fonte's Italian pipeline (README, "Italian pipeline"): converts ../shared/nlp, trains the UD
# components and the NER side by side (one core each), joins them into models/it_fonte and
# prints its accuracy on the held-back test sets. LICENCE=commercial leaves out the
# NonCommercial treebanks (ISDT, VIT, ParTUT, PoSTWITA).
LICENCE ?= all
NLP_DATA ?= ../shared/nlp
NLP_BUILD = nlp/build/$(LICENCE)
MODEL_DIR ?= models/it_fonte
NLP_TRAIN = OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(PY) -m spacy train

NLP_SPEED_TEXT ?= ../shared/corpus

.PHONY: model model-corpus model-ud model-ner model-eval
model: venv
	$(MAKE) model-corpus
	$(MAKE) -j2 model-ud model-ner
	$(PY) nlp/assemble.py --ud $(NLP_BUILD)/ud/model-best --ner $(NLP_BUILD)/ner/model-best \
		--out $(MODEL_DIR) --licence $(LICENCE)
	$(PY) nlp/evaluate.py $(MODEL_DIR) $(NLP_BUILD)/corpus

model-corpus:
	$(PY) nlp/prepare.py --data $(NLP_DATA) --out $(NLP_BUILD)/corpus --licence $(LICENCE)

model-ud:
	rm -rf $(NLP_BUILD)/ud
	$(NLP_TRAIN) nlp/ud.cfg --output $(NLP_BUILD)/ud \
		--paths.train $(NLP_BUILD)/corpus/ud_train.spacy --paths.dev $(NLP_BUILD)/corpus/ud_dev.spacy

model-ner:
	rm -rf $(NLP_BUILD)/ner
	$(NLP_TRAIN) nlp/ner.cfg --output $(NLP_BUILD)/ner \
		--paths.train $(NLP_BUILD)/corpus/ner_train.spacy --paths.dev $(NLP_BUILD)/corpus/ner_dev.spacy

# Recount how often each evidence path is right on ../shared/gold/train.json
# (claims/extraction/rules/confidence.json); run after changing the extractor. Not run by CI.
.PHONY: confidence
confidence: venv
	$(PY) nlp/calibrate_confidence.py

# Accuracy again, plus speed over the first 200 news files on one core.
model-eval: venv
	taskset -c 0 $(PY) nlp/evaluate.py $(MODEL_DIR) $(NLP_BUILD)/corpus --speed $(NLP_SPEED_TEXT)
