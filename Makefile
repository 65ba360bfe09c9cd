# Two commands set up a fresh machine: `make run` and `make test` (see README.md).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PIP_FLAGS := --disable-pip-version-check -q

.PHONY: run test setup install system-packages messages migrate demo lint check pytest browser-deps serve-production audit load benchmark clean topology topology-stop topology-packages topology-test soak

run: setup demo
	$(MANAGE) runserver 127.0.0.1:8000

test: setup browser-deps lint check pytest

setup: system-packages install messages migrate

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || python3.11 -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install $(PIP_FLAGS) --upgrade pip
	$(PY) -m pip install $(PIP_FLAGS) -c constraints.txt -e '.[dev]'
	touch $@

install: $(VENV)/.installed

# gettext compiles the message catalogues, postgresql-client backs up and restores PostgreSQL
# (manage.py backup/restore); installed from Debian when missing.
system-packages:
	@command -v msgfmt >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; }
	@command -v pg_dump >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null; }

# The browser tests drive Debian's Chromium (never a browser downloaded by a test tool).
browser-deps:
	@test -x /usr/bin/chromium || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

messages: install
	$(MANAGE) compilemessages --ignore=.venv -v 0

migrate: install
	$(MANAGE) migrate --noinput -v 0

demo: migrate
	$(MANAGE) load_demo

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

check: install
	$(MANAGE) check
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=$$(printf 'x%.0s' {1..60})check-only \
		$(MANAGE) check --deploy --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run -v 1

pytest: install
	$(VENV)/bin/pytest -q

# Production-like serving for measurements: collected, compressed static files and gunicorn.
serve-production: setup demo
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=$${SECRET_KEY:-$$(python3 -c 'import secrets;print(secrets.token_urlsafe(60))')} \
		SECURE_SSL_REDIRECT=0 SESSION_COOKIE_SECURE=0 SECURE_HSTS_SECONDS=0 \
		sh -c '$(MANAGE) collectstatic --noinput -v 0 && $(VENV)/bin/gunicorn portal.wsgi -w 2 -b 127.0.0.1:8000 --access-logfile -'

# The production topology on loopback (README "Production"): nginx with its page cache in front of two
# app hosts (gunicorn), PostgreSQL and Redis; deploy/topology.py says which ports.
topology: setup topology-packages
	$(PY) deploy/topology.py start

topology-stop:
	$(PY) deploy/topology.py stop

# nginx with the cache-purge module and Redis from Debian when missing; PostgreSQL's cluster started.
topology-packages:
	@{ command -v nginx >/dev/null && test -f /usr/lib/nginx/modules/ngx_http_cache_purge_module.so \
		&& command -v redis-server >/dev/null; } || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq nginx libnginx-mod-http-cache-purge redis-server >/dev/null; }
	@pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || pg_ctlcluster --skip-systemctl-redirect "$$(ls /etc/postgresql)" main start

# The topology tests start and stop a topology of their own (other ports, database topology_test).
topology-test: setup topology-packages
	TOPOLOGY_TESTS=1 $(VENV)/bin/pytest -q -p no:randomly tests/topology

# Ten minutes at 16 connections across the topology: 0 errors and resident memory growing < 10 %.
# Not in CI. SOAK_SECONDS shortens it; LOAD is the wrk wrapper (shared/tools/load).
soak: topology
	$(PY) deploy/soak.py

# Every public page type against benchmarks/budget.json (Lighthouse mobile and axe: ../shared/tools/audit),
# served from the demo data with the production settings; AUDIT_ARGS="--every-language --runs 3" for more.
audit: setup demo
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=$${SECRET_KEY:-$$(python3 -c 'import secrets;print(secrets.token_urlsafe(60))')} \
		SECURE_SSL_REDIRECT=0 SESSION_COOKIE_SECURE=0 SECURE_HSTS_SECONDS=0 sh -c '$(MANAGE) collectstatic --noinput -v 0 \
		&& $(VENV)/bin/gunicorn portal.wsgi -w 2 -b 127.0.0.1:8010 --pid .audit-gunicorn.pid --daemon && sleep 3; \
		$(PY) benchmarks/audit_pages.py --base http://127.0.0.1:8010 $(AUDIT_ARGS); status=$$?; \
		kill $$(cat .audit-gunicorn.pid); exit $$status'

benchmark: install
	$(VENV)/bin/pytest -q benchmarks --benchmark-only -p no:randomly

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 search_index.sqlite3
