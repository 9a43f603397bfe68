"""Bad input: one clear `error:` line naming the file (and line), a non-zero exit, no
traceback, and every other PDF still built."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import HANDOUT, run_handout_process

PO = Path("locales") / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"


def _pdf(project: Path, locale: str, variant: str = "large-print") -> Path:
    return project / "output" / HANDOUT / locale / f"{HANDOUT}.{locale}.{variant}.pdf"


def _errors(stderr: str) -> list[str]:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert lines and all(line.startswith("error: ") for line in lines), stderr
    return lines


def test_unknown_locale_is_refused_and_others_still_build(project: Path):
    result = run_handout_process(project, "build", "--locale", "xx_Qq", "--locale", "es")
    assert result.code == 1
    (error,) = _errors(result.err)
    assert "xx_Qq" in error
    assert _pdf(project, "es").is_file()


@pytest.mark.parametrize("code", ["../../tmp", "es/../../x", "e s", ""])
def test_locale_with_path_characters_is_refused_before_any_file_is_touched(project: Path,
                                                                           code: str):
    result = run_handout_process(project, "build", "--locale", code)
    assert result.code == 1
    (error,) = _errors(result.err)
    assert "not a locale code" in error
    assert not (project / "output" / HANDOUT).exists()


def test_locale_folder_that_is_not_a_locale_is_reported(project: Path):
    bogus = project / "locales" / "not a locale" / "LC_MESSAGES"
    bogus.mkdir(parents=True)
    (bogus / f"{HANDOUT}.po").write_text("", encoding="utf-8")
    result = run_handout_process(project, "build")
    assert result.code == 1
    (error,) = _errors(result.err)
    assert "not a locale" in error
    assert _pdf(project, "es").is_file() and _pdf(project, "zh_Hans").is_file()


def test_missing_source_names_the_file(project: Path):
    result = run_handout_process(project, "build", "--handout", "nosuch")
    assert result.code == 1
    (error,) = _errors(result.err)
    assert "handouts/nosuch.md" in error and "no such handout source" in error


def test_handout_name_with_path_characters_is_refused(project: Path):
    result = run_handout_process(project, "build", "--handout", "../handouts/calciphylaxis")
    assert result.code == 1
    (error,) = _errors(result.err)
    assert "not a handout name" in error


def test_unreadable_source_line_is_named(project: Path):
    source = project / "handouts" / f"{HANDOUT}.md"
    lines = source.read_text(encoding="utf-8").splitlines()
    body = lines.index("# Full text")
    lines.insert(body + 2, "```\ncode\n```")
    source.write_text("\n".join(lines), encoding="utf-8")
    result = run_handout_process(project, "build")
    assert result.code == 1
    (error,) = _errors(result.err)
    assert f"handouts/{HANDOUT}.md:{body + 3}: unsupported Markdown (fence)" in error


@pytest.mark.parametrize(("broken", "expected"), [
    ('msgid "Causes"\nmsgstr "Causas\n', "syntax error"),
    ("garbage here\n", "syntax error"),
    ('msgctxt "interface"\nmsgid "Source"\nmsgstr "Fuente"\n', "already exists"),
])
def test_broken_po_names_file_and_line_and_other_locales_build(project: Path, broken: str,
                                                               expected: str):
    catalog = project / PO
    text = catalog.read_text(encoding="utf-8")
    line = text.count("\n") + 1 + broken.count("\n")  # the last line of `broken`
    catalog.write_text(text + "\n" + broken, encoding="utf-8")
    result = run_handout_process(project, "build")
    assert result.code == 1
    (error,) = _errors(result.err)
    assert str(PO) in error and expected in error
    if expected == "syntax error":
        assert f"{PO}:{line}:" in error
    assert not _pdf(project, "es").exists()
    for locale in ("en", "zh_Hans"):
        assert _pdf(project, locale).is_file()
        assert _pdf(project, locale, "plain-language").is_file()


def test_po_that_is_not_utf8_is_refused(project: Path):
    catalog = project / PO
    catalog.write_bytes(catalog.read_bytes() + b'\nmsgid "x"\nmsgstr "\xe9t\xe9"\n')
    result = run_handout_process(project, "build", "--locale", "es")
    assert result.code == 1
    (error,) = _errors(result.err)
    assert "not UTF-8" in error and str(PO) in error


def test_unwritable_output_fails_that_pdf_only(project: Path):
    blocked = project / "output" / HANDOUT / "es"
    blocked.parent.mkdir(parents=True)
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    result = run_handout_process(project, "build")
    assert result.code == 1
    errors = _errors(result.err)
    assert len(errors) == 2  # both es variants
    assert all("output/calciphylaxis/es" in error for error in errors)
    assert _pdf(project, "en").is_file() and _pdf(project, "zh_Hans").is_file()


def test_missing_font_file_is_named(project: Path):
    (project / "fonts" / "noto-sans" / "NotoSans-Bold.ttf").unlink()
    result = run_handout_process(project, "build")
    assert result.code == 1
    (error,) = _errors(result.err)
    assert "fonts/noto-sans/NotoSans-Bold.ttf" in error and "missing" in error


def test_character_no_font_has_is_refused_with_its_code_point(project: Path):
    catalog = project / PO
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(text.replace('msgstr "Causas"', 'msgstr "Causas \U0001f9ea"'),
                       encoding="utf-8")
    result = run_handout_process(project, "build", "--locale", "es")
    assert result.code == 1
    errors = _errors(result.err)
    assert any("U+1F9EA" in error and str(PO) in error for error in errors)
    assert not _pdf(project, "es").exists()
    assert _pdf(project, "es", "plain-language").is_file()


def test_no_project_here(tmp_path: Path):
    result = run_handout_process(tmp_path, "build")
    assert result.code == 1
    (error,) = _errors(result.err)
    assert "handout.toml" in error


def test_unknown_variant(project: Path):
    result = run_handout_process(project, "build", "--variant", "tiny-print")
    assert result.code == 1
    (error,) = _errors(result.err)
    assert "unknown variant 'tiny-print'" in error


def test_markup_in_a_translation_is_printed_as_text(project: Path):
    from conftest import font_sizes, pdf_text
    from pypdf import PdfReader
    hostile = ('<img src="/etc/passwd"/> <a href="javascript:alert(1)">x</a> '
               '<font size="4">tiny</font>')
    catalog = project / PO
    text = catalog.read_text(encoding="utf-8")
    escaped = hostile.replace('"', '\\"')
    catalog.write_text(text.replace('msgstr "Causas"', f'msgstr "{escaped}"'), encoding="utf-8")
    result = run_handout_process(project, "build", "--locale", "es", "--variant", "large-print")
    assert result.code == 0, result.err
    pdf = _pdf(project, "es")
    assert hostile in pdf_text(pdf)
    assert min(font_sizes(pdf)) >= 18
    for page in PdfReader(pdf).pages:
        assert "/XObject" not in page["/Resources"]
        for annotation in page.get("/Annots", []):
            assert "javascript" not in str(annotation.get_object()).lower()
