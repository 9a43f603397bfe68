# The two commands of a fresh machine: `make pdfs` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements.lock.txt
BENCH_LOCK := bench/requirements.lock.txt
RUNTIME_LOCK := requirements.runtime.lock.txt
UV_LOCK := requirements.uv.lock.txt
UV := .uv/bin/uv

.PHONY: pdfs test lint typecheck catalogs system-deps clean bench lock test-latest wheel sdist readback

# uv, which installs the environment and makes the locks, in a folder of its own (not in
# the environment, which holds exactly $(LOCK)), hash-checked: $(UV_LOCK).
$(UV): $(UV_LOCK)
	$(PYTHON) -m venv --without-pip .uv
	$(PYTHON) -m pip --python .uv/bin/python install --quiet --disable-pip-version-check \
	  --require-hashes --no-deps -r $(UV_LOCK)
	touch $@

# The virtual environment: exactly the versions of $(LOCK) (hash-checked), then handout
# itself in editable mode. uv installs the lock: 3.7 s on a new machine, uv's own
# install included, where pip took 10.5 s (measured on fresh clones). "strict" editable
# mode links every file, fonts/ included, into
# the package as a wheel would place it (handout/default_fonts, under build/); it is redone
# when a file under src/ or fonts/ is added or changed (about 10 s). Every module, handout's own
# included, is compiled at install, on every core: where PYTHONDONTWRITEBYTECODE is set (CI
# images often set it) nothing compiled later is kept, and each process would compile its
# imports again (1.5 s against 0.5 s to start). Not mypy's sources: mypy runs its modules
# compiled by mypyc, and a few small sources besides (compiled as it imports them), where
# compiling them all took 1.5 s of a core.
# uv installs handout too, built by the lock's setuptools: 1.3 s of a core, where pip took
# 2.5 (pip, from the lock, stays for the tests that build and install the wheel). uv would
# print setuptools' warning that the install is editable, which is what is asked for.
$(VENV)/.installed: $(UV) $(LOCK) pyproject.toml $(shell find src fonts -type f -not -name '*.pyc' -not -path '*.egg-info/*' 2>/dev/null)
	$(PYTHON) -m venv --without-pip $(VENV)
	$(UV) pip install --quiet --python $(BIN)/python --require-hashes --no-deps -r $(LOCK)
	PYTHONWARNINGS='ignore:Editable installation' $(UV) pip install --quiet --python $(BIN)/python \
	  --no-deps --no-build-isolation --reinstall-package handout \
	  --config-settings editable_mode=strict -e .
	$(BIN)/python -m compileall -q -j 0 -x '/site-packages/mypyc?/' $(VENV)/lib \
	  build/__editable__.* >/dev/null
	touch $@

## pdfs: build every handout x locale x variant into output/
pdfs: $(VENV)/.installed
	$(BIN)/handout build

## test: lint, type-check, and run the test suite (builds its own PDFs in a temporary copy)
# The lint and the type check run while apt installs the system packages, where it does
# (a new machine: apt waits on the network and the disk, and mypy takes 5 s of a core).
test: $(VENV)/.installed
	$(MAKE) --no-print-directory -j 3 --output-sync=target lint typecheck system-deps
	$(BIN)/python -m pytest

## lock: pin every dependency with hashes: runtime and test into $(LOCK), the same and the
## bench's into $(BENCH_LOCK), the runtime's alone into $(RUNTIME_LOCK) (for a clinic's
## install; one resolution: the versions they share are the same); setuptools as
## pyproject.toml's [build-system] admits it
lock: $(UV)
	printf 'setuptools>=84.2.1\n' | $(UV) pip compile --quiet pyproject.toml - --all-extras \
	  --universal --python-version 3.11 --generate-hashes \
	  --custom-compile-command 'make lock' --output-file $(BENCH_LOCK)
	printf 'setuptools>=84.2.1\n' | $(UV) pip compile --quiet pyproject.toml - --extra test \
	  --universal --python-version 3.11 --generate-hashes -c $(BENCH_LOCK) \
	  --custom-compile-command 'make lock' --output-file $(LOCK)
	$(UV) pip compile --quiet pyproject.toml \
	  --universal --python-version 3.11 --generate-hashes -c $(BENCH_LOCK) \
	  --custom-compile-command 'make lock' --output-file $(RUNTIME_LOCK)

## test-latest: the tests with the newest versions pyproject.toml allows (finds drift on purpose;
## pip and setuptools too, which build the wheel a test installs; the test that the environment
## is the lock is left out, as this one is not)
test-latest: system-deps
	rm -rf .venv-latest
	$(PYTHON) -m venv .venv-latest
	.venv-latest/bin/python -m pip install --quiet --disable-pip-version-check --upgrade \
	  pip setuptools
	.venv-latest/bin/python -m pip install --quiet --disable-pip-version-check --upgrade \
	  --config-settings editable_mode=strict -e '.[test]'
	.venv-latest/bin/python -m pytest --deselect tests/test_install.py::test_the_environment_is_the_lock

# A recipe's line that sets SOURCE_DATE_EPOCH to the last commit's time, unless it is set
# (outside git it stays unset), for the lines after it.
DATED_BY_THE_COMMIT = if [ -z "$${SOURCE_DATE_EPOCH:-}" ] && \
  epoch=$$(git log -1 --format=%ct 2>/dev/null); then export SOURCE_DATE_EPOCH=$$epoch; fi

## wheel: build the package (with its default fonts) into dist/ (from a clean build/lib:
## setuptools copies into it and never removes, so a module or font deleted since the last
## wheel was shipped again). Its files are dated by the last commit (SOURCE_DATE_EPOCH, unless
## set), not by when the checkout wrote them, and their modes are git's (0644, or 0755 for
## an executable), not what the checkout's umask and the build's gave them (0600 under 077),
## so that two checkouts of a commit give one wheel.
wheel: $(VENV)/.installed
	rm -rf build/lib build/bdist.*
	$(DATED_BY_THE_COMMIT); \
	$(BIN)/python -m pip wheel --quiet --disable-pip-version-check --no-deps --no-build-isolation \
	  --wheel-dir dist .
	$(BIN)/python -c "$$WHEEL_MODES" dist/handout-*.whl

# A file's mode is in the zip's central directory alone: it is written again with the modes
# set, and not one file's bytes is packed again (44 MB of fonts).
define WHEEL_MODES
import stat, sys, zipfile
for path in sys.argv[1:]:
    with zipfile.ZipFile(path, "a") as wheel:
        for member in wheel.infolist():
            runnable = member.external_attr >> 16 & 0o100
            member.external_attr = (stat.S_IFREG | (0o755 if runnable else 0o644)) << 16
        wheel.comment = wheel.comment  # marks the zip changed: its directory is written on close
endef
export WHEEL_MODES

## sdist: the source archive into dist/ (MANIFEST.in: the tests, the project they build,
## the locks), dated as the wheel is and with git's modes, no owner and its files in order,
## so that two checkouts of a commit give one sdist. setuptools packs each file with the
## time, mode and owner the checkout gave it, into a gzip dated now: it packs into build/
## uncompressed, and that is packed again into dist/.
sdist: $(VENV)/.installed
	rm -rf build/sdist
	$(DATED_BY_THE_COMMIT); \
	$(BIN)/python -c 'from setuptools import setup; setup()' --quiet sdist --formats=tar \
	  --dist-dir build/sdist && \
	$(BIN)/python -c "$$SDIST_PACKED" build/sdist/handout-*.tar dist

# Without SOURCE_DATE_EPOCH (no git: built from an unpacked sdist) each file keeps its time.
# A member's PAX header is made again, not kept: it held the checkout's time to the ns.
define SDIST_PACKED
import gzip, os, sys, tarfile
from pathlib import Path
source, folder = Path(sys.argv[1]), Path(sys.argv[2])
epoch = os.environ.get("SOURCE_DATE_EPOCH")
folder.mkdir(exist_ok=True)
with (
    tarfile.open(source) as unpacked,
    (folder / f"{source.name}.gz").open("wb") as file,
    gzip.GzipFile(fileobj=file, mode="wb", mtime=int(epoch or 0)) as packed,
    tarfile.open(fileobj=packed, mode="w", format=tarfile.PAX_FORMAT) as archive,
):
    for member in sorted(unpacked.getmembers(), key=lambda member: member.name):
        runnable = member.isdir() or member.mode & 0o100
        member.mode = 0o755 if runnable else 0o644
        member.uid = member.gid = 0
        member.uname = member.gname = ""
        member.mtime = int(epoch) if epoch else int(member.mtime)
        member.pax_headers = {}
        archive.addfile(member, unpacked.extractfile(member))
endef
export SDIST_PACKED

## readback: measure what pypdf, pdftotext and PDFium give back of each built PDF, and which
## bilingual pairs each reads in order (README table); exits 1 if pypdf reads one out of order
readback: pdfs system-deps
	$(BIN)/python bench/readback.py --write-readme

## bench: time handout against Typst and WeasyPrint (see bench/README.md)
bench: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps \
	  -r $(BENCH_LOCK)
	$(BIN)/python bench/run.py --write

## lint: ruff over the code and tests
lint: $(VENV)/.installed
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(VENV)/.installed
	$(BIN)/mypy

## catalogs: refresh the .pot templates and merge them into every .po
catalogs: $(VENV)/.installed
	$(BIN)/handout update

# Debian packages the tests use: GNU gettext (msgfmt, msgmerge, msgcat) and
# poppler (pdftotext, a second text extractor beside pypdf).
system-deps:
	@command -v msgmerge >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	    apt-get install -y -qq --no-install-recommends gettext poppler-utils >/dev/null; } || \
	  { echo "error: the tests need GNU gettext and poppler-utils (apt-get install gettext poppler-utils)" >&2; exit 1; }

clean:
	rm -rf output/*/ output/manifest.json $(VENV) .venv-latest .uv build dist
