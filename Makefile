# quizapp: `make run` installs into .venv and opens the app; `make test` installs and runs every test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench bundle clean

run: $(VENV)/.deps
	$(BIN)/quizapp

test: $(VENV)/.deps
	./packaging/system-deps.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.deps
	$(BIN)/ruff check quizapp tests benchmarks
	$(BIN)/ruff format --check quizapp tests benchmarks
	$(BIN)/mypy

bench: $(VENV)/.deps
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

bundle: $(VENV)/.deps
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	PYTHON=$(BIN)/python ./packaging/build_bundle.sh

$(VENV)/.deps: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	./packaging/system-deps.sh
	touch $@

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
