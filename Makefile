# Two commands for a fresh machine: `make demo` (install, then memos for inputs/) and `make test`.
PYTHON ?= python3
VENV ?= .venv
# A CPU build of torch, installed before the package so the `torch>=2.2` range is already met
# and pip never pulls a multi-GB CUDA build. Elsewhere, e.g.:
#   make demo TORCH="torch --index-url https://download.pytorch.org/whl/cpu"
TORCH ?= torch==2.13.0
BIN := $(VENV)/bin

.PHONY: install demo test check-eval lint format clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet $(TORCH)
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

demo: install
	$(BIN)/briefing make inputs/

# Every test, the real-model ones (marked `slow`) included; no data from outside the checkout.
test: install
	$(BIN)/python -m pytest

# Checks on the evaluation data at ../shared/eval (or $BRIEFING_SHARED): CI has it, a clone not.
check-eval: install
	$(BIN)/python -m pytest checks

lint: install
	$(BIN)/ruff check briefing tests checks benchmarks
	$(BIN)/ruff format --check briefing tests checks benchmarks

format: install
	$(BIN)/ruff format briefing tests checks benchmarks
	$(BIN)/ruff check --fix briefing tests checks benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info
