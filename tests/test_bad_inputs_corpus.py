"""The corpus in tests/bad_inputs/: each case changes a copy of the project, runs the
command line as a user would, and asserts the exit code, the message, that no traceback
is printed, and that the good locales' PDFs are still written."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from conftest import HANDOUT, VARIANTS, font_sizes, pdf_text, run_handout_process
from pypdf import PdfReader

CASES = sorted((Path(__file__).parent / "bad_inputs").glob("*.toml"))


def _apply(project: Path, change: dict) -> None:
    path = project / change["file"]
    if change.get("delete"):
        path.unlink()
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    data = path.read_bytes() if path.exists() else b""
    if "write" in change:
        data = change["write"].encode("utf-8")
    if "append" in change:
        data += change["append"].encode("utf-8")
    if "append_hex" in change:
        data += bytes.fromhex(change["append_hex"])
    if "prepend_hex" in change:
        data = bytes.fromhex(change["prepend_hex"]) + data
    if "replace" in change:
        old, new = (part.encode("utf-8") for part in change["replace"])
        assert old in data, f"{change['file']} has no {old!r}"
        data = data.replace(old, new, 1)
    if "truncate" in change:
        data = data[: int(len(data) * change["truncate"])]
    if change.get("crlf"):
        data = data.replace(b"\n", b"\r\n")
    path.write_bytes(data)


def test_the_corpus_has_enough_cases():
    assert len(CASES) >= 25


@pytest.mark.parametrize("case_path", CASES, ids=lambda path: path.stem)
def test_bad_input(project: Path, case_path: Path):
    case = tomllib.loads(case_path.read_text(encoding="utf-8"))
    for change in case.get("change", []):
        _apply(project, change)
    result = run_handout_process(project, *case["args"])
    assert "Traceback" not in result.err, result.err
    assert result.code == case["code"], result.out + result.err
    assert re.search(case["message"], result.out + result.err, re.M), result.out + result.err
    for line in result.err.splitlines():
        assert line.startswith(("error: ", "warning: ")), line
    variants = [case["args"][i + 1] for i, arg in enumerate(case["args"]) if arg == "--variant"]
    for locale in case["good"]:
        for variant in variants or VARIANTS:
            assert (project / "output" / HANDOUT / locale /
                    f"{HANDOUT}.{locale}.{variant}.pdf").is_file(), (locale, variant)
    if "text" in case:
        pdf = project / "output" / HANDOUT / "es" / f"{HANDOUT}.es.large-print.pdf"
        assert case["text"] in pdf_text(pdf)
        assert min(font_sizes(pdf)) >= 18
        for page in PdfReader(pdf).pages:
            assert "/XObject" not in page["/Resources"]
            for annotation in page.get("/Annots", []):
                assert "javascript" not in str(annotation.get_object()).lower()
