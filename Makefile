# The README's two commands are `make demo` and `make test`; both bootstrap .venv and node_modules from pinned
# versions on a fresh machine (python3 >= 3.11, pip, node/npm, make).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
BUILD := build
SPEC := $(BUILD)/waba.openapi.json
NODE_BIN := node_modules/.bin
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: demo test spec spec-check generate check-generated lint typecheck pytest lock clean cassettes conformance bench \
	bench-quick bench-validation docs chromium java consumers spec-diff soak

$(BIN)/.bootstrapped: requirements-dev.lock pyproject.toml sandbox/pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "python3 >= 3.11 is required")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . -e sandbox/
	touch $@

node_modules/.bootstrapped: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The benchmark's extra (Meta's SDK, measured side by side), on top of the development environment.
$(BIN)/.bench-bootstrapped: $(BIN)/.bootstrapped requirements-bench.lock
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-bench.lock -c requirements-dev.lock
	touch $@

venv: $(BIN)/.bootstrapped
node: node_modules/.bootstrapped

# openapi-generator (the consumer matrix) runs on java: Debian's headless JRE is installed when java is missing.
java:
	@command -v java >/dev/null 2>&1 || { \
		echo "java not found: installing Debian's default-jre-headless"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null 2>&1; then SUDO=sudo; \
		else echo "java is missing and installing it needs root: apt-get install default-jre-headless" >&2; exit 1; fi; \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends default-jre-headless; }
	@java -version 2>&1 | head -n 1

# Optic, for `make spec-diff` only (its own package.json: `make test` does not install it).
SPEC_DIFF_TOOL := openapi/spec-diff
$(SPEC_DIFF_TOOL)/node_modules/.bootstrapped: $(SPEC_DIFF_TOOL)/package.json $(SPEC_DIFF_TOOL)/package-lock.json
	npm ci --prefix $(SPEC_DIFF_TOOL) --no-audit --no-fund --loglevel=error
	touch $@

spec: $(BIN)/.bootstrapped
	$(PY) scripts/spec_bundle.py $(SPEC)

spec-check: spec node_modules/.bootstrapped
	$(BIN)/openapi-spec-validator $(SPEC)
	$(NODE_BIN)/spectral lint --ruleset openapi/spectral.mjs --fail-severity=warn $(SPEC)
	$(PY) scripts/redocly_lint.py $(SPEC)
	$(PY) scripts/check_examples.py $(SPEC)

generate: $(BIN)/.bootstrapped
	$(PY) scripts/generate.py
	$(PY) scripts/operation_signatures.py

check-generated: $(BIN)/.bootstrapped
	$(PY) scripts/generate.py --check
	$(PY) scripts/operation_signatures.py --check

lint: $(BIN)/.bootstrapped
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(BIN)/.bootstrapped
	$(BIN)/mypy

# The docs tests build the site (fonts from node_modules) and open it in Debian's Chromium; the consumer matrix
# runs openapi-generator on Debian's java.
pytest: $(BIN)/.bootstrapped node_modules/.bootstrapped chromium java
	$(BIN)/pytest --record-mode=none --block-network --allowed-hosts='^127\.0\.0\.1$$'

# The consumer matrix alone (also part of `make pytest`): other people's generators on the published spec,
# then the table of what each reported (build/consumers/report.md).
consumers: $(BIN)/.bootstrapped node_modules/.bootstrapped java
	$(BIN)/pytest tests/consumers --record-mode=none --block-network --allowed-hosts='^127\.0\.0\.1$$'
	@cat $(BUILD)/consumers/report.md

# `make spec-diff BASE=<git ref>`: the changes, and the breaking ones, from the spec at BASE to the working tree's.
BASE ?=
export BASE
spec-diff: $(BIN)/.bootstrapped $(SPEC_DIFF_TOOL)/node_modules/.bootstrapped
	@test -n "$$BASE" || { echo "usage: make spec-diff BASE=<git ref>" >&2; exit 2; }
	$(PY) scripts/spec_diff.py "$$BASE"

test: spec-check check-generated lint typecheck pytest

# The documentation site, strict and offline: build/docs/site (scripts/docs_build.py, mkdocs.yml).
docs: $(BIN)/.bootstrapped node_modules/.bootstrapped
	$(PY) scripts/docs_build.py

# Headless Chromium for the browser test: Debian's package, installed with apt when missing (never a downloaded
# browser build). Needs root (or sudo) on a machine without it.
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
chromium:
	@test -x $(CHROMIUM) || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium; }
	@test -x $(CHROMIUM) || { echo "$(CHROMIUM) is still missing after apt-get install chromium" >&2; exit 1; }

demo: $(BIN)/.bootstrapped
	$(PY) -m waba_sandbox.demo

cassettes: $(BIN)/.bootstrapped
	$(PY) scripts/record_cassettes.py

conformance: $(BIN)/.bootstrapped
	$(PY) scripts/conformance.py --max-examples 50

# `make soak` (long: tens of minutes on 2 cores): the Hypothesis properties at 10,000 examples each, the sandbox
# fuzz and the canary run (counts appended to $(SOAK_REPORT)), then the full soak workload and load test, which
# print the figures table. `make test` runs the quick versions (500 examples, a bounded workload).
SOAK_REPORT := $(BUILD)/soak/report.jsonl
SOAK_EXAMPLES ?= 10000
soak: $(BIN)/.bootstrapped
	mkdir -p $(BUILD)/soak && rm -f $(SOAK_REPORT)
	WABA_HYPOTHESIS_EXAMPLES=$(SOAK_EXAMPLES) WABA_SOAK_REPORT=$(abspath $(SOAK_REPORT)) $(BIN)/pytest -q \
		--record-mode=none --block-network --allowed-hosts='^127\.0\.0\.1$$' \
		tests/reliability/test_properties.py tests/sandbox/test_hostile_input.py tests/reliability/test_canary.py
	PYTHONPATH=scripts $(PY) -m soak --config full --properties $(SOAK_REPORT)

# `make bench` writes $(BENCH_OUT).json and .md (default: build/bench/results); to record a result for the
# repository: make bench BENCH_OUT=docs/benchmarks/<name> BENCH_LABEL="..." BENCH_NOTE="...".
BENCH_OUT ?= $(BUILD)/bench/results
BENCH_LABEL ?= latest run
BENCH_NOTE ?=
export BENCH_OUT BENCH_LABEL BENCH_NOTE
bench: $(BIN)/.bench-bootstrapped
	PYTHONPATH=scripts $(PY) -m bench --config full --out "$$BENCH_OUT" --label "$$BENCH_LABEL" --note "$$BENCH_NOTE"

bench-quick: $(BIN)/.bench-bootstrapped
	PYTHONPATH=scripts $(PY) -m bench --config quick --out $(BUILD)/bench/quick

bench-validation: $(BIN)/.bootstrapped
	$(PY) scripts/bench_validation.py

lock:
	rm -rf $(BUILD)/lockvenv && $(PYTHON) -m venv $(BUILD)/lockvenv
	$(PYTHON) scripts/dev_requirements.py > $(BUILD)/dev-requirements.txt
	$(BUILD)/lockvenv/bin/pip install --quiet -r $(BUILD)/dev-requirements.txt
	{ head -n 2 requirements-dev.lock; $(BUILD)/lockvenv/bin/pip freeze --exclude-editable; } > requirements-dev.lock.new
	mv requirements-dev.lock.new requirements-dev.lock
	$(PYTHON) scripts/dev_requirements.py bench > $(BUILD)/bench-requirements.txt
	$(BUILD)/lockvenv/bin/pip install --quiet -r $(BUILD)/bench-requirements.txt -c requirements-dev.lock
	{ head -n 2 requirements-bench.lock; $(BUILD)/lockvenv/bin/pip freeze --exclude-editable \
		| grep -vxF -f requirements-dev.lock; } > requirements-bench.lock.new
	mv requirements-bench.lock.new requirements-bench.lock

clean:
	rm -rf $(VENV) node_modules $(SPEC_DIFF_TOOL)/node_modules $(BUILD)
