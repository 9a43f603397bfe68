"""Untrusted text and hard stops: any string a catalog can hold either comes out of the PDF
as a reader sees it, or is refused with one clear line; a build killed at any moment
leaves whole files."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import polib
from conftest import HANDOUT, copy_project, normalise, pdf_text, run_handout
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from handout.inline import plain_text

# Latin, Greek, Cyrillic, CJK, punctuation, symbols, spaces and control characters.
TEXT = st.text(st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Z", "Cc"),
                             max_codepoint=0xFFFF, exclude_characters="{}"),
               min_size=1, max_size=30)


def _project(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("property") / "project")


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=TEXT)
def test_any_translation_is_shown_as_text_or_refused(tmp_path_factory, text: str):
    project = _project(tmp_path_factory)
    path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    catalog = polib.pofile(str(path))
    catalog.find("Causes", msgctxt="full text").msgstr = text
    catalog.save(str(path))
    result = run_handout(project, "build", "--locale", "es", "--variant", "large-print")
    if result.code == 0:
        pdf = project / "output" / HANDOUT / "es" / f"{HANDOUT}.es.large-print.pdf"
        shown = normalise(plain_text(" ".join(text.split())))
        assert shown in pdf_text(pdf) or "printed in English" in result.out
    else:
        lines = result.err.strip().splitlines()
        assert lines and all(line.startswith("error: ") for line in lines), result.err
        assert "po:" in lines[0]  # the catalog and line are named


# Arabic as a translator may write it: letters with their marks (two on one letter
# too), Latin names, Western and Arabic-Indic digits, punctuation, brackets, quotes.
_ARABIC_WORD = st.lists(st.tuples(st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى"),
                                  st.sampled_from(["", "\u064b", "\u064e", "\u064f",
                                                   "\u0650", "\u0651", "\u0652",
                                                   "\u0651\u064b"])),
                        min_size=1, max_size=7).map(lambda pairs: "".join(a + b for a, b in pairs))
_ARABIC_INDIC_DIGITS = "".join(map(chr, range(0x660, 0x66A)))
_MIXED_WORD = st.one_of(_ARABIC_WORD, _ARABIC_WORD,
                        st.text(st.sampled_from("JAMAwarfin"), min_size=1, max_size=8),
                        st.text(st.sampled_from("0123456789"), min_size=1, max_size=4),
                        st.text(st.sampled_from(_ARABIC_INDIC_DIGITS), min_size=1, max_size=4),
                        st.sampled_from(list(".،:؛؟!()«»[]-/%٪…")))
ARABIC_TEXT = st.lists(st.tuples(_MIXED_WORD, st.sampled_from(["", " ", " "])),
                       min_size=1, max_size=12).map(
    lambda parts: "".join(word + space for word, space in parts).strip()).filter(bool)


@settings(max_examples=20, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=ARABIC_TEXT)
def test_any_arabic_translation_passes_the_build_and_reads_back(tmp_path_factory, text: str):
    """Shaped right-to-left text of any mix passes the build's own read-back check, and
    pypdf gives it back in logical order."""
    project = _project(tmp_path_factory)
    path = project / "locales" / "ar" / "LC_MESSAGES" / f"{HANDOUT}.po"
    catalog = polib.pofile(str(path))
    next(entry for entry in catalog if entry.msgctxt == "full text").msgstr = text
    catalog.save(str(path))
    result = run_handout(project, "build", "--locale", "ar", "--variant", "large-print")
    assert result.code == 0, result.err
    pdf = project / "output" / HANDOUT / "ar" / f"{HANDOUT}.ar.large-print.pdf"
    assert normalise(text) in pdf_text(pdf)


def test_build_killed_at_random_leaves_whole_files(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    rng = random.Random(11)
    command = [sys.executable, "-m", "handout", "--project", str(project), "build",
               "--force", "--no-check"]
    for _ in range(5):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0.5, 2.0))
        subprocess.run(["pkill", "-KILL", "-s", str(process.pid)], check=False)
        process.send_signal(signal.SIGKILL)
        process.wait()
        for pdf in (project / "output").rglob("*.pdf"):
            assert len(PdfReader(pdf).pages) >= 1, pdf
        manifest = project / "output" / "manifest.json"
        if manifest.exists():
            json.loads(manifest.read_text(encoding="utf-8"))
    result = run_handout(project, "build")
    assert result.code == 0, result.err


def test_two_builds_at_once_do_not_corrupt_each_other(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    command = [sys.executable, "-m", "handout", "--project", str(project), "build", "--force",
               "--no-check", "--jobs", "1"]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for process in (first, second):
        out, err = process.communicate(timeout=240)
        assert process.returncode == 0, out + err
        assert "Traceback" not in err
    pdfs = sorted((project / "output").rglob("*.pdf"))
    assert len(pdfs) == 22
    for pdf in pdfs:
        assert len(PdfReader(pdf).pages) >= 1
    manifest = json.loads((project / "output" / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["pdfs"]) == 22
    assert not list(project.rglob(".*.tmp"))
