"""Shared fixtures: a built copy of this project, and readers for what its PDFs give back."""

from __future__ import annotations

import io
import math
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import polib
import pytest
from pypdf import PdfReader

from handout.cli import main

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
PROJECT_FILES = ("handout.toml", "handouts", "locales", "fonts")
# English (the source) and every locale that has a catalog in this repository.
LOCALES = ("en", *sorted(path.name for path in (REPO / "locales").iterdir() if path.is_dir()))
VARIANTS = ("large-print", "plain-language")
HANDOUT = "calciphylaxis"


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def copy_project(destination: Path) -> Path:
    """A copy of this repository's project files (sources, catalogs, fonts, settings)."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, destination / name)
        else:
            shutil.copy2(source, destination / name)
    return destination


def run_handout(project: Path, *args: str) -> Run:
    """Run the command line in-process and capture what it prints."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--project", str(project), *args])
    return Run(code, out.getvalue(), err.getvalue())


def run_handout_process(project: Path, *args: str) -> Run:
    """Run `python -m handout` as a separate process (to see tracebacks as a user would)."""
    done = subprocess.run([sys.executable, "-m", "handout", "--project", str(project), *args],
                          capture_output=True, text=True, timeout=120)
    return Run(done.returncode, done.stdout, done.stderr)


# pdftotext marks right-to-left lines with bidi embedding controls; they are not text.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def normalise(text: str) -> str:
    """NFC and whitespace runs as one space; no space between two CJK characters;
    no bidi control characters."""
    folded = " ".join(unicodedata.normalize("NFC", text.translate(_BIDI_CONTROLS)).split())
    kept = []
    for index, character in enumerate(folded):
        if character == " " and 0 < index < len(folded) - 1 and \
                _is_cjk(folded[index - 1]) and _is_cjk(folded[index + 1]):
            continue
        kept.append(character)
    return "".join(kept)


def _is_cjk(character: str) -> bool:
    return "\u2e80" <= character <= "\u9fff" or "\uff00" <= character <= "\uffef"


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return normalise("\n".join(page.extract_text() for page in reader.pages))


def font_sizes(path: Path) -> list[float]:
    """The size of every piece of visible text, as drawn (font size x text matrix scale)."""
    sizes: list[float] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            sizes.append(size * math.hypot(tm[2] * cm[0] + tm[3] * cm[2],
                                           tm[2] * cm[1] + tm[3] * cm[3]))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def translations(project: Path, locale: str) -> dict[tuple[str, str | None], str]:
    """(msgid, msgctxt) -> msgstr of a catalog, read with polib (not the code under test)."""
    catalog = polib.pofile(str(project / "locales" / locale / "LC_MESSAGES" / f"{HANDOUT}.po"))
    return {(e.msgid, e.msgctxt): e.msgstr for e in catalog
            if e.msgstr and not e.obsolete and not e.fuzzy}


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project after `handout build`."""
    project = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = run_handout(project, "build")
    assert result.code == 0, result.out + result.err
    return project


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A fresh, unbuilt copy of the project for a test to change."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def pdf_path(built: Path) -> Callable[[str, str], Path]:
    def path(locale: str, variant: str) -> Path:
        return built / "output" / HANDOUT / locale / f"{HANDOUT}.{locale}.{variant}.pdf"
    return path
