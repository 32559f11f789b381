# The two commands a newcomer needs are `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint typecheck unit bench system-deps vendor-web

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## Set everything up and code the bundled example articles, printed as a table.
demo: setup
	$(BIN)/eventwire code examples/articles.jsonl examples/wire --format table
	@echo "eventwire is installed in $(BIN): run 'source $(BIN)/activate' to use the eventwire command"

## Everything CI checks: lint, types, the whole test suite.
test: setup system-deps lint typecheck unit

system-deps:
	bash scripts/system-deps.sh

lint:
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck:
	$(BIN)/mypy

unit:
	$(BIN)/pytest -q

bench: setup
	$(BIN)/python benchmarks/throughput.py

## Re-fetch the dashboard's pinned front-end libraries from npm (committed; see scripts/vendor-web.py).
vendor-web:
	$(PYTHON) scripts/vendor-web.py
