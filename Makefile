# The two commands a newcomer needs: `make run` and `make test`.
# Each step leaves a stamp, so a second run skips what is already done.

SHELL := /bin/bash
PORT ?= 5000
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
  command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
  && { echo $$p; break; }; done)

PO_FILES := $(wildcard translations/*/LC_MESSAGES/messages.po)
MO_FILES := $(PO_FILES:.po=.mo)
STYLES := $(wildcard portal/styles/*.scss)
GOVUK := node_modules/govuk-frontend/dist/govuk
MOJ := node_modules/@ministryofjustice/frontend/moj

.PHONY: run test check setup tools assets translations db bench soak lint types contracts lock format clean wheel wheel-check

run: setup
	@$(BIN)/python -m devtools.server --port $(PORT)

# Everything: unit, integration, sweeps, browser, journeys and reliability tiers, on both
# cores (a file's tests stay on one worker, so each module keeps its live server and
# browser). A run that collects nothing exits 5, which fails make.
test: setup
	@$(BIN)/python -m pytest -n 3 --dist loadfile --durations=15 $(PYTEST_ARGS)

# The loop while working: unit and integration tiers only, on both cores (the sweeps,
# browser, journeys and reliability tiers are left to `make test`).
check: setup
	@$(BIN)/python -m pytest -m "unit or integration" -n 2 --dist worksteal -q $(PYTEST_ARGS)

setup: tools $(VENV)/.installed node_modules/.installed portal/static/.built $(MO_FILES) db

ifneq ($(filter-out clean,$(or $(MAKECMDGOALS),run)),)
ifeq ($(PYTHON),)
$(error The portal needs Python 3.11 or newer: install it, then run make again)
endif
ifeq ($(shell command -v npm),)
$(error The portal needs Node.js and npm to fetch GOV.UK Frontend: install Node.js 18 or newer, then run make again)
endif
endif

tools:
	@true

# Exactly the versions in requirements.lock, each checked against its hash; the portal
# itself is then installed without resolving anything further. The development tools
# (devtools/: reference case system, embedded sign-in, demo data) are not part of the
# package production installs: a .pth file puts this checkout on the path instead.
$(VENV)/.installed: pyproject.toml requirements.lock
	@echo "Installing the portal and its Python dependencies into $(VENV)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	@$(BIN)/python -m pip install --quiet --no-deps -e .
	@$(BIN)/python -c 'import site, pathlib; pathlib.Path(site.getsitepackages()[0], "send_portal_checkout.pth").write_text(str(pathlib.Path.cwd()) + "\n")'
	@touch $@

# After changing a dependency in pyproject.toml: `make lock`, then commit the three locks.
# `make lock UPGRADE=1` moves every package to its newest allowed version.
# requirements.lock is everything (development); production installs the wheel with
# requirements-production.lock, or requirements-verify.lock for `flask case-api verify`:
# the same versions as requirements.lock, fewer packages.
LOCK := $(BIN)/uv pip compile pyproject.toml --generate-hashes --python-version 3.11 \
  --universal --quiet
lock: $(VENV)/.installed
	$(LOCK) --extra dev --extra verify $(if $(UPGRADE),--upgrade) --output-file requirements.lock
	$(LOCK) -c requirements.lock --output-file requirements-production.lock
	$(LOCK) --extra verify -c requirements.lock --output-file requirements-verify.lock

# The wheel production installs, in dist/ (README: Installing in production). setup.py
# compiles the catalogues and copies the built assets into it; build/ is removed before
# and after, so no file left from an earlier build can slip in.
wheel: $(VENV)/.installed portal/static/.built
	@rm -rf build dist
	@$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .
	@rm -rf build
	@ls dist/*.whl

# Builds the wheel, installs it outside the checkout in a fresh virtual environment and
# serves pages from it with gunicorn in production mode (CI runs it after lint).
wheel-check: $(VENV)/.installed portal/static/.built
	@$(BIN)/python .ci/wheel_check.py

node_modules/.installed: package.json package-lock.json
	@echo "Installing GOV.UK Frontend and MoJ Frontend from npm"
	@npm ci --no-audit --no-fund --loglevel=error
	@touch $@

assets: portal/static/.built
# MoJ Frontend's Sass reaches GOV.UK Frontend by a path from the checkout's root, hence
# --load-path=. beside node_modules.
SCRIPTS := $(wildcard portal/scripts/*.mjs)
portal/static/.built: node_modules/.installed $(STYLES) $(SCRIPTS)
	@echo "Building the stylesheet and copying GOV.UK Frontend's and MoJ Frontend's scripts"
	@mkdir -p portal/static
	@cp $(GOVUK)/govuk-frontend.min.js portal/static/govuk-frontend.min.js
	@cp $(MOJ)/moj-frontend.min.js portal/static/moj-frontend.min.js
	@mkdir -p portal/static/images
	@cp $(MOJ)/assets/images/*.svg portal/static/images/
	@cp $(SCRIPTS) portal/static/
	@npx --no-install sass --no-source-map --style=compressed --quiet-deps \
	  --load-path=. --load-path=node_modules --pkg-importer=node \
	  portal/styles/application.scss portal/static/application.css
	@touch $@

%.mo: %.po $(VENV)/.installed
	@$(BIN)/pybabel compile --statistics -i $< -o $@

db: $(VENV)/.installed
	@mkdir -p instance
	@$(BIN)/alembic upgrade head

translations: $(VENV)/.installed
	$(BIN)/pybabel extract -F translations/babel.cfg -k lazy_gettext -k _l -k voiced -k lazy_pgettext:1c,2 \
	  -c NOTE --no-location --sort-output -o translations/messages.pot.new .
	@# Only the extraction's date changed: keep the catalogues as they are.
	@if diff -q -I '^"POT-Creation-Date:' translations/messages.pot translations/messages.pot.new \
	  >/dev/null 2>&1; then rm translations/messages.pot.new; \
	  else mv translations/messages.pot.new translations/messages.pot; fi
	$(BIN)/pybabel update -i translations/messages.pot -d translations \
	  --ignore-obsolete --no-fuzzy-matching

bench: setup
	@PORTAL_ENV=test $(BIN)/python -m bench.pages 2>/dev/null
	@PORTAL_ENV=test $(BIN)/python -m bench.throughput 2>/dev/null
	@PORTAL_ENV=test $(BIN)/python -m bench.outbox 2>/dev/null
	@PORTAL_ENV=test $(BIN)/python -m bench.queue 2>/dev/null
	@PORTAL_ENV=test $(BIN)/python -m bench.family_growth 2>/dev/null
	@PORTAL_ENV=test BENCH_RETENTION_ROWS=$${BENCH_RETENTION_ROWS:-100000} $(BIN)/python -m bench.retention 2>/dev/null
	@PORTAL_ENV=test $(BIN)/python -m bench.weight 2>/dev/null

# 200 families for 5 minutes through two app processes and two outbox workers (on
# PostgreSQL when TEST_DATABASE_URL is set): bench/soak.py. Smaller while developing:
# SOAK_FAMILIES=20 SOAK_SECONDS=30 make soak.
soak: setup
	@PORTAL_ENV=test SOAK_FAMILIES=$${SOAK_FAMILIES:-200} SOAK_SECONDS=$${SOAK_SECONDS:-300} \
	  $(BIN)/python -m bench.soak 2>/dev/null

# What CI checks before the tests: lint, format, import contracts and types.
lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python .ci/code_shape.py
	$(BIN)/python .ci/mypy_baseline.py

# Rewrite the mypy baseline after fixing errors (it should only ever shrink).
types: $(VENV)/.installed
	$(BIN)/python .ci/mypy_baseline.py --update

format: $(VENV)/.installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) node_modules portal/static instance $(MO_FILES) build dist
