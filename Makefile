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
OVERLAYS ?= overlays/realtimekit.yaml
SHAPES ?= shapes/realtimekit.yaml

.PHONY: setup generate test test-fast check lint clean bench mock mutation dist recover docs

setup: $(STAMP)

# requirements.lock pins every package with its sha256 hashes (pip-compile --generate-hashes, see
# docs/maintaining.md, "Dependencies"): a re-uploaded or tampered file fails the install.
$(STAMP): requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-input --require-hashes -r requirements.lock
	touch $@

generate: $(STAMP)
	$(PY) scripts/regenerate.py $(foreach d,$(DOCS),--docs $(d)) $(foreach o,$(OVERLAYS),--overlay $(o)) $(foreach s,$(SHAPES),--shapes $(s)) --spec $(SPEC) --client $(CLIENT)

# The tests start hundreds of Python processes (the pipeline, the generator, the client): their
# bytecode is cached in the virtual environment, not beside the sources, so that each process does
# not compile scripts/ and the client again (also where PYTHONDONTWRITEBYTECODE is set). xdist's
# worksteal keeps both workers busy to the end: a few tests take ten times the others.
TEST_ENV := SCARF_ANALYTICS=false PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(CURDIR)/$(VENV)/pycache
PYTEST := $(TEST_ENV) $(PY) -m pytest -n 2 --dist worksteal

test: recover lint $(NODE_STAMP)
	$(PYTEST)

# The tests read the spec and the client: an install a killed make generate left half done is
# finished (or undone) first, or make stops with the command to run. Without a journal (the
# usual case) this is a file test and starts no Python.
JOURNALS := $(dir $(SPEC)).$(notdir $(SPEC)).journal $(dir $(CLIENT)).$(notdir $(CLIENT)).journal
recover:
	@for journal in $(JOURNALS); do if [ -e "$$journal" ]; then \
		$(PY) scripts/regenerate.py --recover --spec $(SPEC) --client $(CLIENT) --changes $(CHANGES) || exit 1; break; fi; done

# The edit loop: the tests that start no process and need no mock server (no pipeline, generator
# or mypy runs, no lint, no npm; tests/conftest.py marks the others `slow`), each property test
# with at most 5 examples. make test runs all, with every example.
test-fast: recover $(STAMP)
	$(PYTEST) -m "not slow" --max-examples 5

# The mock server of the contract tests (Prism, pinned in package.json / package-lock.json).
$(NODE_STAMP): package-lock.json
	@command -v node >/dev/null && command -v npm >/dev/null || { echo "make: the contract tests need Node.js (20 or later) and npm; install them (e.g. apt-get install nodejs npm) and run make test again" >&2; exit 1; }
	SCARF_ANALYTICS=false npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The mock server on a local port (printed; MOCK_PORT=4010 for a fixed one): try the client with no account.
MOCK_PORT ?= 0
mock: $(STAMP) $(NODE_STAMP)
	$(PY) scripts/serve_mock.py --spec $(SPEC) --port $(MOCK_PORT)

# The client's wheel and sdist in dist/ (scripts/build_dist.py): built from a copy of the client,
# so generated_client/ never gets build/ or *.egg-info, then checked as `twine check` would.
dist: $(STAMP)
	$(PY) scripts/build_dist.py --client $(CLIENT) --out dist

# templates/runtime/ is the client's runtime, a package of its own: checked here, before any generation.
lint: $(STAMP)
	$(VENV)/bin/ruff check scripts tests bench templates/runtime mutation docsite
	$(VENV)/bin/ruff format --check scripts tests bench templates/runtime mutation docsite
	$(VENV)/bin/mypy

# Fails, with the report of API changes, when regenerating from the docs would change the
# committed spec or client, or when CHANGES.md does not match the spec (its newest entry must be
# the spec's version, no version twice). It first finishes (or cleans up after) a regeneration
# that was interrupted. It holds the pipeline's lock (a second check waits) and regenerates into a
# private temporary folder; the files of your own in the client (those make generate keeps) and
# untracked build output are not compared. See scripts/make_check.py.
CHANGES ?= $(dir $(SPEC))CHANGES.md
check: $(STAMP)
	@$(PY) scripts/make_check.py $(foreach d,$(DOCS),--docs $(d)) $(foreach o,$(OVERLAYS),--overlay $(o)) $(foreach s,$(SHAPES),--shapes $(s)) --spec $(SPEC) --client $(CLIENT) --changes $(CHANGES)

# Benchmarks (not part of `make test`): per-call cost beside plain httpx and the official SDK,
# import times, converter and generation speed. The SDK lives in its own environment.
BENCH_VENV := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): bench/requirements.txt
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-input --require-hashes -r bench/requirements.txt
	touch $@

bench: $(STAMP) $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python bench/bench.py $(BENCH_ARGS)

# The documentation site (not part of `make test` or CI: it needs Debian's chromium and
# chromium-driver for its browser test): the guides and the package's API reference from its
# docstrings (MkDocs + mkdocstrings, pinned with hashes in docsite/requirements.txt, own venv),
# staged in .docs-src/ and built into site/ with every link and anchor checked (--strict), then
# opened in headless Chromium (docsite/browser_check.py). See docs/maintaining.md.
DOCS_VENV := .venv-docs
DOCS_STAMP := $(DOCS_VENV)/.installed

$(DOCS_STAMP): docsite/requirements.txt
	test -x $(DOCS_VENV)/bin/python || $(PYTHON) -m venv $(DOCS_VENV)
	$(DOCS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-input --require-hashes -r docsite/requirements.txt
	touch $@

docs: $(DOCS_STAMP)
	$(DOCS_VENV)/bin/python docsite/build_site.py --root . --stage .docs-src --site site
	$(DOCS_VENV)/bin/mkdocs build --strict -f .docs-src/mkdocs.yml
	$(DOCS_VENV)/bin/python docsite/browser_check.py --site site

# Mutation testing (not part of `make test` or CI; takes a long while): mutmut mutates the
# converter, the change report and the client's runtime modules in a copy (.mutation/, mutmut wants
# its sources under src/; all of scripts/ is copied, since the mutated packages import the others)
# and runs the tests listed in mutation/pyproject.toml against each mutant. mutmut runs a mutant's
# tests only, those that reached its function in its first run of the suite: recheck.py runs each
# survivor again against more of them (a function called at import or memoized is reached once).
# score.py prints the score, and the score without the survivors judged equivalent
# (mutation/equivalent.md).
MUTATION_VENV := .venv-mutation
MUTATION_STAMP := $(MUTATION_VENV)/.installed

$(MUTATION_STAMP): requirements.lock mutation/requirements.txt
	test -x $(MUTATION_VENV)/bin/python || $(PYTHON) -m venv $(MUTATION_VENV)
	$(MUTATION_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-input --require-hashes -r requirements.lock
	$(MUTATION_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-input --require-hashes -r mutation/requirements.txt
	touch $@

mutation: $(MUTATION_STAMP)
	rm -rf .mutation && mkdir -p .mutation/src
	cp -r scripts/. generated_client/realtimekit_client .mutation/src/
	cp -r tests docs docsite mutation bench templates generated_client overlays shapes openapi.yaml generator-config.yaml README.md CHANGES.md mutation/pyproject.toml .mutation/ && cp mutation/fresh_imports.py .mutation/conftest.py
	find .mutation -name __pycache__ -prune -exec rm -rf {} +
	cd .mutation && PYTHONDONTWRITEBYTECODE= ../$(MUTATION_VENV)/bin/mutmut run >mutmut.log 2>&1 || { tail -20 mutmut.log; exit 1; }
	cd .mutation && ../$(MUTATION_VENV)/bin/python ../mutation/recheck.py >recheck.log 2>&1 || { tail -20 recheck.log; exit 1; }
	cd .mutation && ../$(MUTATION_VENV)/bin/python ../mutation/score.py

clean:
	rm -rf $(VENV) $(BENCH_VENV) $(MUTATION_VENV) $(DOCS_VENV) node_modules dist .check .mutation .pytest_cache .mypy_cache .hypothesis site .docs-src
