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

# Each figure beside Anki's from the same run, at every size; banks are built once into
# BENCH_DIR and reused (the 100k one takes minutes): `make bench BENCH_SIZES=10000` to iterate.
BENCH_SIZES ?= 1000 10000 100000
BENCH_DIR ?= /tmp/quizapp-bench
bench: $(VENV)/.dev
	$(BIN)/python benchmarks/bench_scheduler.py --sizes $(BENCH_SIZES) --keep $(BENCH_DIR)
	for n in $(BENCH_SIZES); do \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_startup.py --size $$n --keep $(BENCH_DIR) || exit 1; \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_close_and_cli.py --size $$n --keep $(BENCH_DIR) || exit 1; \
	done
	$(BIN)/python benchmarks/bench_generator.py

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
