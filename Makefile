# RealtimeKit docs -> openapi.yaml -> generated_client/. See README.md.
# Every target sets itself up: a fresh clone needs only python3 (3.11+), node and npm.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

DOCS ?= docs/realtimekit
SPEC ?= openapi.yaml
CLIENT ?= generated_client
OVERLAYS ?=

.PHONY: setup generate test check lint clean bench

setup: $(STAMP)

$(STAMP): requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-input -r requirements.lock
	touch $@

generate: $(STAMP)
	$(PY) scripts/regenerate.py $(foreach d,$(DOCS),--docs $(d)) --spec $(SPEC) --client $(CLIENT)

test: lint
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check scripts tests bench
	$(VENV)/bin/ruff format --check scripts tests bench
	$(VENV)/bin/mypy

# Fails when regenerating from the docs would change the committed spec or client.
check: $(STAMP)
	@rm -rf .check && mkdir -p .check
	@$(PY) scripts/regenerate.py $(foreach d,$(DOCS),--docs $(d)) --spec .check/openapi.yaml --client .check/generated_client >/dev/null
	@diff -u $(SPEC) .check/openapi.yaml && diff -r -x __pycache__ -x build -x '*.egg-info' $(CLIENT) .check/generated_client \
		|| { echo "make check: $(SPEC) or $(CLIENT) is not what the docs produce; run make generate and commit" >&2; rm -rf .check; exit 1; }
	@rm -rf .check
	@echo "make check: $(SPEC) and $(CLIENT) are what the docs produce"

# Benchmarks (not part of `make test`): per-call cost beside plain httpx and the official SDK,
# import times, converter and generation speed. The SDK lives in its own environment.
BENCH_VENV := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): bench/requirements.txt
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-input -r bench/requirements.txt
	touch $@

bench: $(STAMP) $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python bench/bench.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(BENCH_VENV) .check .pytest_cache .mypy_cache .hypothesis
