# leaderdeck - `make decks` builds every deck in decks/, `make test` runs the tests.
# Both set up .venv themselves from the committed uv.lock; the only prerequisites are
# python3 (3.11 or newer) and make.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
UV_VERSION := 0.13.9
# uv installs into .venv, with the interpreter that created it, and never downloads a Python.
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON_DOWNLOADS := never
# Modules compiled once at install: a shell with PYTHONDONTWRITEBYTECODE set (as containers and CI often have)
# never writes them, and every command would compile every module again (about a third of a second each run).
export UV_COMPILE_BYTECODE := 1
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# --inexact: keep uv itself (and the test tools, once installed) in the venv.
SYNC := $(UV) sync --locked --inexact --python $(BIN)/python
# leaderdeck's own modules: installed editable, they stay in leaderdeck/, outside what uv compiles
COMPILE := $(BIN)/python -m compileall -q -j 0 leaderdeck

.PHONY: decks test check test-newest upgrade validate lint stats schema preview bench setup-times clean

decks: $(STAMP)
	$(BIN)/leaderdeck build

# The tool's own tests: fixtures in tests/, never your notes in source/ or decks/.
test: $(TEST_STAMP)
	$(BIN)/python -m pytest

# Checks of the notes in source/ and the decks in decks/: schema, coaching (lint), and every
# deck built and rendered in real Anki.
check: $(TEST_STAMP)
	$(BIN)/leaderdeck validate
	$(BIN)/leaderdeck lint
	$(BIN)/python -m pytest tests/content --project .

# The tests against the newest releases pyproject.toml allows, not the lock (CI runs it).
test-newest: $(UV)
	$(BIN)/python .ci/newest.py

# Refresh uv.lock to the newest releases pyproject.toml allows, then run the tests.
upgrade: $(UV)
	$(UV) lock --upgrade
	rm -f $(STAMP) $(TEST_STAMP)
	$(MAKE) test

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

setup-times:
	$(PYTHON) bench/setup_times.py

preview: $(STAMP)
	$(BIN)/leaderdeck preview

$(UV):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "leaderdeck needs Python 3.11 or newer; $(PYTHON) is " + sys.version.split()[0] + " (make PYTHON=python3.12 ...)")'
	$(PYTHON) -m venv --without-pip $(VENV)
	@# uv into the new venv with this Python's pip when it can install into another environment
	@# (pip 22.3 or newer: skips seeding the venv with pip, seconds), else with a pip of the venv's own
	$(PYTHON) -m pip --python $(BIN)/python install --quiet --disable-pip-version-check --no-deps "uv==$(UV_VERSION)" \
		|| { $(BIN)/python -m ensurepip --default-pip > /dev/null \
		     && $(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"; }

$(STAMP): pyproject.toml uv.lock | $(UV)
	$(SYNC)
	$(COMPILE)
	touch $@

$(TEST_STAMP): pyproject.toml uv.lock | $(UV)
	$(SYNC) --extra test
	$(COMPILE)
	touch $(STAMP) $@

clean:
	rm -rf $(VENV) $(VENV)-newest build *.egg-info leaderdeck.egg-info .pytest_cache .hypothesis
	rm -f decks/*.apkg
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
