# quizapp: `make run` installs the app into .venv and opens it; `make test` adds the dev tools and
# runs every test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench bundle clean

run: $(VENV)/.app
	$(BIN)/quizapp

test: $(VENV)/.dev
	./packaging/system-deps.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check quizapp tests benchmarks
	$(BIN)/ruff format --check quizapp tests benchmarks
	$(BIN)/mypy

# Each figure of issue 14 beside Anki's from one run, one table per size; the banks are built
# once into benchmarks/.banks/ (git-ignored; the 100k pair takes minutes) and reused:
# `make bench BENCH_SIZES=1000,10000` (or `benchmarks/bench.py --quick`) to iterate.
BENCH_SIZES ?= 1000,10000,100000
bench: $(VENV)/.dev
	BENCH_SIZES=$(BENCH_SIZES) $(BIN)/python benchmarks/bench.py

bundle: $(VENV)/.app
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	PYTHON=$(BIN)/python ./packaging/build_bundle.sh

# The app alone (what `make run` needs), then the dev extras on top (tests, linters, anki).
$(VENV)/.app: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	./packaging/system-deps.sh
	touch $@

$(VENV)/.dev: $(VENV)/.app
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
