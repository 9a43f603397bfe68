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


@settings(max_examples=25, deadline=None,
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
