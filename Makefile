# The two commands of a fresh machine: `make pdfs` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: pdfs test lint catalogs system-deps clean bench

# The virtual environment, with handout installed from this folder (editable).
$(BIN)/handout: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Dates in the PDFs: the last commit's, so that a commit always builds the same bytes.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
export SOURCE_DATE_EPOCH

## pdfs: build every handout x locale x variant into output/
pdfs: $(BIN)/handout
	$(BIN)/handout build

## bench: time handout against a plain ReportLab baseline (see bench/README.md)
bench: $(BIN)/handout
	$(BIN)/python bench/run.py

## test: run the test suite (builds its own PDFs in a temporary copy of the project)
test: $(BIN)/handout system-deps
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

## lint: ruff over the code and tests
lint: $(BIN)/handout
	$(BIN)/ruff check src tests

## catalogs: refresh the .pot templates and merge them into every .po
catalogs: $(BIN)/handout
	$(BIN)/handout extract
	$(BIN)/handout update

# Debian packages the tests use: GNU gettext (msgfmt, msgmerge, msgcat) and
# poppler (pdftotext, a second text extractor beside pypdf).
system-deps:
	@command -v msgmerge >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	    apt-get install -y -qq --no-install-recommends gettext poppler-utils >/dev/null; } || \
	  { echo "error: the tests need GNU gettext and poppler-utils (apt-get install gettext poppler-utils)" >&2; exit 1; }

clean:
	rm -rf output/*/ $(VENV)
