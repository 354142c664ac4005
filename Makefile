# Two commands for a fresh machine: `make demo` (install, then memos for inputs/) and `make test`.
PYTHON ?= python3
VENV ?= .venv
# A CPU build of torch, installed before the package so the `torch>=2.2` range is already met
# and pip never pulls a multi-GB CUDA build. Elsewhere, e.g.:
#   make demo TORCH="torch --index-url https://download.pytorch.org/whl/cpu"
TORCH ?= torch==2.13.0
BIN := $(VENV)/bin

.PHONY: install demo test lint format clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet $(TORCH)
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

demo: install
	$(BIN)/briefing make inputs/

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check briefing tests benchmarks
	$(BIN)/ruff format --check briefing tests benchmarks

format: install
	$(BIN)/ruff format briefing tests benchmarks
	$(BIN)/ruff check --fix briefing tests benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info
