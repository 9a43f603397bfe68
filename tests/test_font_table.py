"""A project's fonts/fonts.toml is read as strictly as handout.toml: a key the code does
not know, a licence file that is not there, a chain no locale can take, each one line
naming the line of fonts.toml it is on. Found by a clinic adding Dhivehi, Tibetan and
Sinhala with fonts of its own: each mistake was passed over, and the build said "no font
has U+078C" of a face the table declared."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO, copy_project, run_handout

BUILD = ("build", "--locale", "hi", "--variant", "large-print")


def _fonts_project(tmp_path: Path) -> Path:
    """A project with Hindi and a fonts folder of its own: a copy of the shipped table, which
    a test changes, beside links to the shipped faces' folders (copying their 44 MB, which
    no test here changes, took longer than the build)."""
    project = copy_project(tmp_path / "project", ["hi"])
    fonts = project / "fonts"
    fonts.unlink()  # the shared link to the repository's folder
    fonts.mkdir()
    for entry in (REPO / "fonts").iterdir():
        if entry.name == "fonts.toml":
            shutil.copy(entry, fonts / entry.name)
        else:
            (fonts / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    return project


def _edit_table(project: Path, old: str, new: str) -> int:
    """Replace `old` (once) in the project's fonts.toml; the 1-based line `new` starts on."""
    table = project / "fonts" / "fonts.toml"
    text = table.read_text(encoding="utf-8")
    assert old in text, old
    table.write_text(text.replace(old, new, 1), encoding="utf-8")
    return (
        text[: text.index(old)].count("\n")
        + 1
        + old[: len(old) - len(old.lstrip("\n"))].count("\n")
    )


def _errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("error:")]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "subfont = 2",
            "subfnt = 2",
            "face 'ar-pl-uming-tw': unknown key 'subfnt' (did you mean 'subfont'? known: "
            "regular, bold, license, line_height, subfont)",
        ),
        (
            'license = "noto-sans/COPYRIGHT"',
            'licence = "noto-sans/COPYRIGHT"',
            "face 'noto-sans': unknown key 'licence' (did you mean 'license'? known: "
            "regular, bold, license, line_height, subfont)",
        ),
        (
            'license = "noto-sans/COPYRIGHT"',
            'license = "noto-sans/NO-SUCH-FILE"',
            "face 'noto-sans': its licence file noto-sans/NO-SUCH-FILE is missing (the "
            "licence goes wherever the font does)",
        ),
        (
            "\nbn = [",
            "\nBN = [",
            "chain 'BN' is written 'bn': a chain is looked up by the locale's code as "
            "spelt in locales/",
        ),
        (
            "\nbn = [",
            "\nben = [",
            "chain 'ben' is written 'bn' (BCP 47): a chain is looked up by the locale's code "
            "as spelt in locales/",
        ),
        (
            "\n[chains]\n",
            "\n[chain]\n",
            "unknown table 'chain' (did you mean 'chains'? known: faces, chains)",
        ),
    ],
    ids=["face-key", "licence-spelt", "licence-missing", "chain-case", "chain-iso639-2", "table"],
)
def test_a_mistake_in_the_font_table_is_one_error_at_its_line(
    tmp_path: Path, old: str, new: str, message: str
):
    project = _fonts_project(tmp_path)
    line = _edit_table(project, old, new)
    for args in (BUILD, ("lint",)):
        result = run_handout(project, *args)
        assert result.code == 1, result.err
        assert _errors(result.err) == [f"error: fonts/fonts.toml:{line}: {message}"], args


def test_a_face_without_a_licence_is_refused(tmp_path: Path):
    """README and the shipped table say a face holds its licence file: the fonts are
    copied with the project and, the shipped ones, inside the wheel."""
    project = _fonts_project(tmp_path)
    line = _edit_table(project, "[faces.noto-sans-thai]", "[faces.noto-sans-thai]")
    _edit_table(project, '\nlicense = "noto-sans-thai/COPYRIGHT"', "\n# no licence")
    result = run_handout(project, *BUILD)
    assert _errors(result.err) == [
        f"error: fonts/fonts.toml:{line}: face 'noto-sans-thai' needs "
        'license = "FOLDER/FILE", its licence file (the licence goes wherever the font does)'
    ]


def test_a_chain_of_no_locale_with_catalogs_is_named_and_the_build_goes_on(tmp_path: Path):
    """A project may write a locale's chain before `handout init` makes its catalogs: a
    warning, not an error (the build of the other locales goes on)."""
    project = _fonts_project(tmp_path)
    line = _edit_table(project, "\ndefault = [", '\nka = ["noto-sans"]\ndefault = [')
    expected = (
        f"warning: fonts/fonts.toml:{line}: chain 'ka' is the chain of no locale with "
        "catalogs in locales/ ('handout init ka' makes them)"
    )
    result = run_handout(project, *BUILD, "--no-check")
    assert result.code == 0, result.err
    assert expected in result.err.splitlines()
    result = run_handout(project, "lint")
    assert result.out.splitlines()[-2:] == [
        f"fonts/fonts.toml:{line}: warning: chain 'ka' is the chain of no locale with "
        "catalogs in locales/ ('handout init ka' makes them) [chain]",
        "0 errors, 1 warning",
    ]


def test_a_character_of_a_face_left_out_of_the_chain_names_that_face(tmp_path: Path):
    """The face that has the character is declared, only not in the locale's chain: the
    error said to add a font that has it."""
    project = _fonts_project(tmp_path)
    _edit_table(
        project, "\ndefault = [", '\nhi = ["atkinson-hyperlegible", "noto-sans"]\ndefault = ['
    )
    result = run_handout(project, *BUILD)
    assert result.code == 1
    (error,) = _errors(result.err)
    assert re.fullmatch(
        r"error: locales/hi/LC_MESSAGES/calciphylaxis\.po:\d+: locale hi: no font of its "
        r"chain has U\+0915 'क', (U\+09[0-7][0-9A-F] '.', )*U\+09[0-7][0-9A-F] '.'; face "
        r"'noto-sans-devanagari' has them but is not in the chain of 'hi' \(\[chains\] in "
        r"fonts/fonts\.toml\)",
        error,
    ), error


def test_a_face_whose_bold_file_lacks_what_its_regular_has_is_named(tmp_path: Path):
    """A clinic pointed the table at GNU FreeSans for Malayalam: its bold file lacks the
    Malayalam its regular file has, a face is used only for what both its files have, and
    the build and lint said "no font has U+0D2A", of a font that has it. Both now name
    the face and its bold file (here Noto Sans Devanagari's regular with Noto Sans's
    bold, which has no Devanagari)."""
    project = copy_project(tmp_path / "project", ["hi"])
    (project / "fonts").unlink()  # the shipped folder, shared: the project's own instead
    (project / "fonts" / "mixed").mkdir(parents=True)
    for name in (
        "noto-sans-devanagari/NotoSansDevanagari-Regular.ttf",
        "noto-sans/NotoSans-Bold.ttf",
    ):
        (project / "fonts" / "mixed" / Path(name).name).symlink_to(REPO / "fonts" / name)
    (project / "fonts" / "mixed" / "COPYRIGHT").symlink_to(
        REPO / "fonts" / "noto-sans-devanagari" / "COPYRIGHT"
    )
    (project / "fonts" / "fonts.toml").write_text(
        '[faces.mixed]\nregular = "mixed/NotoSansDevanagari-Regular.ttf"\n'
        'bold = "mixed/NotoSans-Bold.ttf"\nlicense = "mixed/COPYRIGHT"\n\n'
        '[chains]\nhi = ["atkinson-hyperlegible", "noto-sans", "mixed"]\n',
        encoding="utf-8",
    )
    said = (
        r"no face (of its chain )?has, in both its files, U\+09[0-7][0-9A-F] '.'"
        r"(, U\+09[0-7][0-9A-F] '.')*( \(in '[^']*', which handout writes\))?; "
        r"face 'mixed' has them in its regular file, not in its bold file "
        r"'NotoSans-Bold\.ttf': give it a bold file that has them, or none \(bold is then "
        r"drawn by stroking the regular outlines\)"
    )
    result = run_handout(project, *BUILD)
    assert result.code == 1
    (error,) = _errors(result.err)
    assert re.search(rf"locale hi: {said}$", error), error
    result = run_handout(project, "lint", "--locale", "hi")
    glyph = [line for line in result.out.splitlines() if line.endswith("[glyph]")]
    assert glyph and all(
        re.search(rf": error: (locale hi: )?{said} \[glyph\]$", line) for line in glyph
    ), glyph
