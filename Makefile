# Spravka's two commands: `make run` (the application on the default catalogue) and `make test`.
# Each installs what it needs first: system packages (apt, when missing), a virtual environment
# in .venv with the package and its dependencies, and the compiled translations.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.spravka-installed

.PHONY: run test setup system-deps translations lint dist clean

run: setup
	bash packaging/run-gui.sh

# One pytest worker per core (at most four: each test may start Tesseract or a worker pool of
# its own); `make test TEST_JOBS=0` runs in this one process.
TEST_JOBS ?= auto
test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_JOBS) --maxprocesses=4

setup: system-deps $(STAMP) translations

# Quick when everything is present: it only asks dpkg.
system-deps:
	@bash packaging/install-system-deps.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

# Qt Linguist sources (.ts) compiled to .qm beside them.
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
translations: $(QM)
resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The one-folder application (PyInstaller) in dist/spravka, checked after the build.
dist: setup
	bash packaging/build.sh

lint: setup
	$(BIN)/ruff check catalog desktop tests
	$(BIN)/ruff format --check catalog desktop tests

clean:
	rm -rf $(VENV) build dist *.egg-info resources/i18n/*.qm
