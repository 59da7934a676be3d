# The two commands a newcomer needs: `make run` and `make test`. Both build .venv themselves.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench lock clean

# requirements.lock pins every package (with hashes) that run and test use; pyproject.toml keeps
# the ranges for people installing Louhu as a library. `make lock` regenerates it.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/evaluate_understanding.py
	$(BIN)/python bench/bench_understanding.py
	$(BIN)/python bench/bench_emergency_latency.py
	$(BIN)/python bench/bench_fanout.py
	$(BIN)/python bench/bench_calendar.py
	$(BIN)/python bench/bench_order_day.py
	$(BIN)/python bench/bench_pairing.py
	$(BIN)/python bench/bench_console.py --skip-import
	$(BIN)/python bench/bench_inbound.py --updates 1000

lock:
	test -x .venv-lock/bin/pip-compile || ($(PYTHON) -m venv .venv-lock && \
		.venv-lock/bin/python -m pip install -q pip-tools==7.7.0)
	.venv-lock/bin/pip-compile -q --extra dev --generate-hashes --strip-extras --allow-unsafe \
		--no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) .venv-lock .mypy_cache .pytest_cache .ruff_cache
