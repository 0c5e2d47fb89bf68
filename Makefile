# The two commands: `make run` starts the service on its embedded defaults, `make test` runs
# the whole suite. Each creates .venv and installs what it needs first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run once test bench lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsmon serve

once: $(STAMP)
	$(BIN)/newsmon run --once

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

lint: $(STAMP)
	$(BIN)/ruff check pipeline workers tests benchmarks
	$(BIN)/mypy pipeline

clean:
	rm -rf $(VENV) data *.egg-info
