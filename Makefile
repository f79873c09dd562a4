# leaderdeck - `make decks` builds every deck in decks/, `make test` runs the tests.
# Both set up .venv themselves; nothing needs to be installed by hand.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: decks test validate lint stats schema preview bench clean

decks: $(STAMP)
	$(BIN)/leaderdeck build

test: $(TEST_STAMP)
	$(BIN)/leaderdeck validate
	$(BIN)/leaderdeck lint
	$(BIN)/python -m pytest

validate: $(STAMP)
	$(BIN)/leaderdeck validate

lint: $(STAMP)
	$(BIN)/leaderdeck lint

stats: $(STAMP)
	$(BIN)/leaderdeck stats

schema: $(STAMP)
	$(BIN)/leaderdeck schema --out leaderdeck/schema/source.schema.json

bench: $(STAMP)
	$(BIN)/python bench/run.py

preview: $(STAMP)
	$(BIN)/leaderdeck preview

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) build *.egg-info leaderdeck.egg-info .pytest_cache .hypothesis
	rm -f decks/*.apkg
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
