# RealtimeKit docs -> openapi.yaml -> generated_client/. See README.md.
# Every target sets itself up: a fresh clone needs only python3 (3.11+), node and npm.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

DOCS ?= docs/realtimekit
SPEC ?= openapi.yaml
CLIENT ?= generated_client
OVERLAYS ?= overlays/realtimekit.yaml

.PHONY: setup generate test check lint clean

setup: $(STAMP)

$(STAMP): requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-input -r requirements.lock
	touch $@

generate: $(STAMP)
	$(PY) scripts/regenerate.py $(foreach d,$(DOCS),--docs $(d)) $(foreach o,$(OVERLAYS),--overlay $(o)) --spec $(SPEC) --client $(CLIENT)

test: lint
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check scripts tests
	$(VENV)/bin/ruff format --check scripts tests
	$(VENV)/bin/mypy

# Fails when regenerating from the docs would change the committed spec or client.
check: $(STAMP)
	@rm -rf .check && mkdir -p .check
	@$(PY) scripts/regenerate.py $(foreach d,$(DOCS),--docs $(d)) $(foreach o,$(OVERLAYS),--overlay $(o)) --spec .check/openapi.yaml --client .check/generated_client >/dev/null
	@diff -u $(SPEC) .check/openapi.yaml && diff -r -x __pycache__ $(CLIENT) .check/generated_client \
		|| { echo "make check: $(SPEC) or $(CLIENT) is not what the docs produce; run make generate and commit" >&2; rm -rf .check; exit 1; }
	@rm -rf .check
	@echo "make check: $(SPEC) and $(CLIENT) are what the docs produce"

clean:
	rm -rf $(VENV) .check .pytest_cache .mypy_cache .hypothesis
