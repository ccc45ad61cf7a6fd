# The two commands: `make run` (set up everything, import the sample reports, serve on
# http://127.0.0.1:8000/) and `make test` (set up everything, run the whole suite).
# Both are safe to repeat: each step checks before it acts.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | sha1sum | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000

# Development defaults; production sets DEBUG=0 and a real SECRET_KEY (see README).
export DEBUG ?= 1

.DEFAULT_GOAL := help
.PHONY: help run test test-fast db db-stop db-status migrate refdata import-samples superuser editor lint \
	format browser venv clean bench bench-peers serve backup restore wrk loadtest eval-real eval-grouping fingerprint

help:
	@echo "make run        set up and serve the archive with the sample reports imported"
	@echo "make test       set up and run the whole test suite (lint, migrations check, pytest)"
	@echo "make test-fast  lint and the tests not marked slow (Chromium, servers, own PostgreSQL)"
	@echo "make superuser  create an admin account without a prompt (see README)"
	@echo "make editor EDITOR=name  create an editor's account (staff, Editors group; see README)"
	@echo "make db-stop    stop the project's own PostgreSQL"

venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@rm -f $(VENV)/.installed-*
	@touch $@

# The project's own cluster, only when DATABASE_URL is not set (scripts/pgcluster.sh says why).
db:
ifeq ($(strip $(DATABASE_URL)),)
	@scripts/pgcluster.sh start
	@mkdir -p .state && scripts/pgcluster.sh url > .state/database_url
else
	@echo "Using DATABASE_URL from the environment"
endif

db-stop:
	@scripts/pgcluster.sh stop

db-status:
	@scripts/pgcluster.sh status

migrate: venv db
	$(PY) manage.py migrate --noinput

refdata: migrate
	$(PY) manage.py load_reference_data

superuser: migrate
	$(PY) manage.py ensure_superuser

# An editor's account: staff in the Editors group, never a superuser. The password comes from
# DJANGO_EDITOR_PASSWORD, or is generated and printed once. EMAIL= is optional.
editor: migrate
	@test -n "$(EDITOR)" || { echo "usage: make editor EDITOR=name [EMAIL=address]" >&2; exit 2; }
	$(PY) manage.py create_editor $(EDITOR) $(if $(EMAIL),--email $(EMAIL))

# The sample reports are published so readers see them; re-running imports nothing new.
import-samples: refdata
	$(PY) manage.py import_reports fixtures/reports --status published --quiet

run: import-samples
	$(PY) manage.py runserver $(HOST):$(PORT)

# Debian's Chromium for the browser tests; Playwright's own browser download does not work here.
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" -eq 0 ]; then \
		echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "Browser tests need Chromium: sudo apt-get install chromium" >&2; exit 1; fi

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: venv db browser lint
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# The quick loop while working: what `make test` runs minus the tests marked slow (Chromium,
# gunicorn, a PostgreSQL cluster of their own, worker processes, fuzzing; pyproject.toml).
test-fast: venv db lint
	$(VENV)/bin/pytest -m "not slow" $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles test-artifacts

# Benchmark (not a test): prints a table and writes bench-results/bench-*.json.
bench: venv db
	$(PY) scripts/bench.py $(BENCH_ARGS)

# Our search beside Datasette on the same meetings and PostgreSQL's floor for exact counts, at
# 10,000 and 100,000 meetings (scripts/bench_peers.py); writes bench-results/peers-*.json.
bench-peers: venv db
	$(PY) scripts/bench_peers.py $(BENCH_PEERS_ARGS)

# --- Production ----------------------------------------------------------------------
# `make serve`: the production server — DEBUG off, static files collected and served by
# whitenoise, migrations applied, gunicorn with 2 x cores + 1 sync workers on $(HOST):$(PORT)
# (127.0.0.1 by default: put a TLS-terminating proxy in front). Needs SECRET_KEY and
# ALLOWED_HOSTS in the environment (.env.example lists everything); to try it on plain HTTP
# locally: SECRET_KEY=... ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=0 make serve
WORKERS ?= $(shell echo $$(( 2 * $$(nproc) + 1 )))
# No web request needs a statement longer than this; imports and migrations are not limited.
DB_STATEMENT_TIMEOUT_MS ?= 10000

serve: venv db
	DEBUG=0 $(PY) manage.py check --deploy
	DEBUG=0 $(PY) manage.py collectstatic --noinput -v0
	DEBUG=0 $(PY) manage.py migrate --noinput
	DEBUG=0 $(PY) manage.py createcachetable
	DEBUG=0 DB_STATEMENT_TIMEOUT_MS=$(DB_STATEMENT_TIMEOUT_MS) $(VENV)/bin/gunicorn archive.wsgi --config scripts/gunicorn.conf.py --bind $(HOST):$(PORT) --workers $(WORKERS) \
		--timeout 30 --graceful-timeout 20 --max-requests 2000 --max-requests-jitter 200 \
		--no-control-socket --error-logfile -

# Backups of the configured database (DATABASE_URL or the project's own cluster), pg_dump's
# custom format: `make backup [BACKUP=file]`, `make restore BACKUP=file` (asks first on a
# terminal; RESTORE_CONFIRM=1 to skip). Default file: .state/backups/archive-<UTC time>.dump.
backup: db
	@scripts/backup.sh $(BACKUP)

restore: db
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=path/to/file.dump" >&2; exit 2; }
	@scripts/restore.sh $(BACKUP)

# Load test (a benchmark, not a test): gunicorn on a free loopback port against the current
# database, wrk with LOADTEST_CONNECTIONS clients for LOADTEST_SECONDS; prints requests/s, p95
# and errors, writes bench-results/loadtest-*.json, stops the server.
# Against a benchmark archive: DATABASE_URL=<url of archive_bench100000m> make loadtest
LOADTEST_CONNECTIONS ?= 20
LOADTEST_SECONDS ?= 60

wrk:
	@if command -v wrk >/dev/null; then :; \
	elif [ "$$(id -u)" -eq 0 ]; then \
		echo "Installing Debian's wrk for the load test"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	else echo "The load test needs wrk: sudo apt-get install wrk" >&2; exit 1; fi

loadtest: venv db wrk
	$(PY) scripts/loadtest.py --connections $(LOADTEST_CONNECTIONS) --duration $(LOADTEST_SECONDS)

# Extraction on real published reports (a benchmark, not a test): eval/real/README.md.
eval-real: venv
	$(PY) scripts/eval_real.py $(EVAL_ARGS)

# How imports group the real reports into meetings, in a scratch database (a benchmark).
eval-grouping: venv db
	$(PY) scripts/eval_grouping.py $(GROUPING_ARGS)

# What an import of synthetic reports writes, as one digest (scripts/fingerprint.py).
fingerprint: venv db
	$(PY) scripts/fingerprint.py $(FINGERPRINT_ARGS)
