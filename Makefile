# Two commands set up a fresh machine: `make run` and `make test` (see README.md).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PIP_FLAGS := --disable-pip-version-check -q

.PHONY: run test setup install system-packages messages migrate demo lint check pytest browser-deps serve-production audit load benchmark clean

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

# gettext compiles the message catalogues; installed from Debian when missing.
system-packages:
	@command -v msgfmt >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; }

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

benchmark: install
	$(VENV)/bin/pytest -q benchmarks --benchmark-only -p no:randomly

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 search_index.sqlite3
