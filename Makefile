# RealtimeKit docs -> openapi.yaml -> generated_client/. See README.md.
# Every target sets itself up: a fresh clone needs only python3 (3.11+), node and npm.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# npm ci writes node_modules/.package-lock.json: newer than package-lock.json once installed.
NODE_STAMP := node_modules/.package-lock.json

DOCS ?= docs/realtimekit
SPEC ?= openapi.yaml
CLIENT ?= generated_client
OVERLAYS ?=

.PHONY: setup generate test check lint clean

setup: $(STAMP)

$(STAMP): requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-input -r requirements.lock
	touch $@

generate: $(STAMP)
	$(PY) scripts/regenerate.py $(foreach d,$(DOCS),--docs $(d)) --spec $(SPEC) --client $(CLIENT)

test: lint $(NODE_STAMP)
	SCARF_ANALYTICS=false $(PY) -m pytest

# The mock server of the contract tests (Prism, pinned in package.json / package-lock.json).
$(NODE_STAMP): package-lock.json
	@command -v node >/dev/null && command -v npm >/dev/null || { echo "make: the contract tests need Node.js (20 or later) and npm; install them (e.g. apt-get install nodejs npm) and run make test again" >&2; exit 1; }
	SCARF_ANALYTICS=false npm ci --no-audit --no-fund --loglevel=error
	touch $@

lint: $(STAMP)
	$(VENV)/bin/ruff check scripts tests
	$(VENV)/bin/ruff format --check scripts tests
	$(VENV)/bin/mypy

# Fails when regenerating from the docs would change the committed spec or client.
check: $(STAMP)
	@rm -rf .check && mkdir -p .check
	@$(PY) scripts/regenerate.py $(foreach d,$(DOCS),--docs $(d)) --spec .check/openapi.yaml --client .check/generated_client >/dev/null
	@diff -u $(SPEC) .check/openapi.yaml && diff -r -x __pycache__ $(CLIENT) .check/generated_client \
		|| { echo "make check: $(SPEC) or $(CLIENT) is not what the docs produce; run make generate and commit" >&2; rm -rf .check; exit 1; }
	@rm -rf .check
	@echo "make check: $(SPEC) and $(CLIENT) are what the docs produce"

clean:
	rm -rf $(VENV) node_modules .check .pytest_cache .mypy_cache .hypothesis
