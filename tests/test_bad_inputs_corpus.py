"""The corpus in tests/bad_inputs/: each case changes a copy of the project, runs the
command line as a user would (a build in the tests' process: `conftest.run_handout`), and
asserts the exit code, the message, that no traceback
is printed (every line is an `error:` or `warning:`), and that the good locales' PDFs are
still written."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest
from conftest import HANDOUT, REPO, VARIANTS, copy_project, run_handout
from pypdf import PdfReader
from readings import read_pypdf

CASES = sorted((Path(__file__).parent / "bad_inputs").glob("*.toml"))


def _apply(project: Path, change: dict) -> None:
    path = project / change["file"]
    if path.is_symlink() or any(parent.is_symlink() for parent in path.parents):
        _unshare(project, path)
    if change.get("delete"):
        path.unlink()
        return
    if change.get("folder"):  # a folder where a file belongs
        path.unlink()
        path.mkdir()
        return
    if "symlink" in change:  # a link (to itself: a loop)
        path.unlink()
        path.symlink_to(change["symlink"])
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
    if "truncate_after" in change:
        marker = change["truncate_after"].encode("utf-8")
        assert marker in data, f"{change['file']} has no {marker!r}"
        data = data[: data.index(marker) + len(marker)]
    if "truncate" in change:
        data = data[: int(len(data) * change["truncate"])]
    if change.get("crlf"):
        data = data.replace(b"\n", b"\r\n")
    path.write_bytes(data)


def _unshare(project: Path, path: Path) -> None:
    """A case that changes the fonts gets a folder of its own instead of the shared link:
    a copy of what it changes (the table, or the face's folder holding the file), links to
    the rest (copying all 44 MB, and hashing again every face its build used, for one file
    changed)."""
    fonts = project / "fonts"
    if fonts.is_symlink():
        fonts.unlink()
        fonts.mkdir()
        for entry in (REPO / "fonts").iterdir():
            (fonts / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    changed = fonts / path.relative_to(fonts).parts[0]
    if changed.is_symlink():
        shipped = changed.resolve()
        changed.unlink()
        if shipped.is_dir():
            shutil.copytree(shipped, changed)
        else:
            shutil.copy2(shipped, changed)


def _locales(case: dict) -> set[str]:
    named = {case["args"][i + 1] for i, arg in enumerate(case["args"]) if arg == "--locale"}
    return {"es", "zh_Hans", *named, *case.get("good", [])}


def test_the_corpus_has_enough_cases():
    assert len(CASES) >= 40


@pytest.mark.parametrize("case_path", CASES, ids=lambda path: path.stem)
def test_bad_input(tmp_path: Path, case_path: Path):
    case = tomllib.loads(case_path.read_text(encoding="utf-8"))
    project = tmp_path / "project"
    copy_project(project, _locales(case))
    end = 0  # the lines a file had before text was appended to it: "{end+N}" in a message
    for change in case.get("change", []):
        if ("append" in change or "append_hex" in change) and (project / change["file"]).is_file():
            end = (project / change["file"]).read_bytes().count(b"\n")
        _apply(project, change)
    result = run_handout(project, *case["args"])
    assert result.code == case["code"], result.out + result.err
    message = re.sub(r"\{end\+(\d+)\}", lambda found: str(end + int(found[1])), case["message"])
    assert re.search(message, result.out + result.err, re.M), result.out + result.err
    for line in result.err.splitlines():
        assert line.startswith(("error: ", "warning: ")), line
    variants = [case["args"][i + 1] for i, arg in enumerate(case["args"]) if arg == "--variant"]
    for locale in case["good"]:
        for variant in variants or VARIANTS:
            assert (
                project / "output" / HANDOUT / locale / f"{HANDOUT}.{locale}.{variant}.pdf"
            ).is_file(), (locale, variant)
    if "text" in case:
        pdf = project / "output" / HANDOUT / "es" / f"{HANDOUT}.es.large-print.pdf"
        reading = read_pypdf(pdf)  # its text and its sizes from one reading
        assert case["text"] in reading.text
        assert min(reading.sizes) >= 18
        for page in PdfReader(pdf).pages:
            xobjects = page["/Resources"].get("/XObject", {})  # furniture lines are forms
            assert all(xobject["/Subtype"] == "/Form" for xobject in xobjects.values())
            for annotation in page.get("/Annots", []):
                assert "javascript" not in str(annotation.get_object()).lower()


def test_no_traceback_reaches_a_user_of_the_command(tmp_path: Path):
    """The process as a user runs it: a broken catalog is one line, no traceback."""
    from conftest import run_handout_process

    project = copy_project(tmp_path / "project", ["es"])
    (project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po").write_text('msgid "x\n')
    result = run_handout_process(project, "build", "--locale", "es")
    assert result.code == 1
    assert "Traceback" not in result.err
    assert result.err.startswith("error: locales/es/LC_MESSAGES/calciphylaxis.po")
