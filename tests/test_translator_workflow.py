"""The translator's tools: lint, stats --json, obsolete entries that come back, compile,
the translation threshold, and updates that never leave a half-written catalog."""

from __future__ import annotations

import gettext
import json
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import polib
from conftest import HANDOUT, LOCALES, run_handout

FR = Path("locales") / "fr" / "LC_MESSAGES" / f"{HANDOUT}.po"
NOTICE_COMMENT = ("legal notice: translate faithfully, keep the meaning exact; the English "
                  "original is printed beside the translation (photocopy)")


def test_shipped_catalogs_lint_without_error(project: Path):
    result = run_handout(project, "lint")
    assert result.code == 0, result.out
    assert re.search(r"^0 errors, \d+ warnings$", result.out, re.M)


def _write_catalog(path: Path, entries: list[polib.POEntry]) -> None:
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fr"}
    for entry in entries:
        catalog.append(entry)
    catalog.save(str(path))


def test_lint_names_each_problem_with_its_check_and_line(project: Path):
    cases = {
        "link-dropped": ("See [the page](https://example.org/a).", "Voir la page."),
        "link-target": ("Read [this](https://example.org/b).",
                        "Lisez [ceci](https://example.org/c)."),
        "placeholder": ("Page {page} of {pages}", "Page {page}"),
        "doi": ("doi:10.1001/jamadermatol.2019.0458", "doi:10.1001/jamadermatol.2019.0459"),
        "glyph": ("Calcium", "Calcium \U0001f9ea"),
    }
    entries = [polib.POEntry(msgid=msgid, msgstr=msgstr) for msgid, msgstr in cases.values()]
    entries.append(polib.POEntry(msgid="This page may be photocopied.", msgstr=".",
                                 comment=NOTICE_COMMENT))
    entries.append(polib.POEntry(msgid="The notice.", msgstr="", comment=NOTICE_COMMENT))
    path = project / FR
    _write_catalog(path, entries)
    msgstr_lines = [number for number, line in
                    enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                    if line.startswith("msgstr") and number > 3]
    result = run_handout(project, "lint", "--locale", "fr")
    assert result.code == 1
    findings = re.findall(rf"^{re.escape(str(FR))}:(\d+): (error|warning): .* \[([a-z-]+)\]$",
                          result.out, re.M)
    errors = {(int(line), check) for line, level, check in findings if level == "error"}
    expected = [*cases, "notice-emptied", "notice-missing"]
    assert errors == set(zip(msgstr_lines, expected, strict=True))


def test_stats_json_matches_polib(project: Path):
    path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    catalog = polib.pofile(str(path))
    catalog[5].msgstr = ""
    catalog[6].flags.append("fuzzy")
    catalog.save(str(path))
    result = run_handout(project, "stats", "--json")
    assert result.code == 0
    (row,) = json.loads(result.out)
    by_locale = {item["locale"]: item for item in row["locales"]}
    assert set(by_locale) == set(LOCALES) - {"en"}
    for locale, item in by_locale.items():
        polib_catalog = polib.pofile(str(project / "locales" / locale / "LC_MESSAGES" /
                                         f"{HANDOUT}.po"))
        assert item["translated"] == len(polib_catalog.translated_entries())
        assert item["fuzzy"] == len(polib_catalog.fuzzy_entries())
        assert item["untranslated"] == len(polib_catalog.untranslated_entries())
    assert (by_locale["es"]["untranslated"], by_locale["es"]["fuzzy"]) == (1, 1)
    assert row["reading_grade"] <= 6.0


def _source(project: Path) -> Path:
    return project / "handouts" / f"{HANDOUT}.md"


def test_removed_paragraph_becomes_obsolete_and_comes_back(project: Path):
    paragraph = ("Calciphylaxis is a rare disease that results from calcium clotting small "
                 "blood vessels of the skin and fat.")
    before = polib.pofile(str(project / FR)).find(paragraph, msgctxt="full text").msgstr
    original = _source(project).read_text(encoding="utf-8")
    _source(project).write_text(original.replace(paragraph + "\n", ""), encoding="utf-8")
    assert run_handout(project, "extract").code == 0
    assert run_handout(project, "update").code == 0
    gone = polib.pofile(str(project / FR)).find(paragraph, msgctxt="full text",
                                                include_obsolete_entries=True)
    assert gone.obsolete and gone.msgstr == before
    _source(project).write_text(original, encoding="utf-8")
    assert run_handout(project, "extract").code == 0
    assert run_handout(project, "update").code == 0
    back = polib.pofile(str(project / FR)).find(paragraph, msgctxt="full text")
    assert not back.obsolete and not back.fuzzy and back.msgstr == before


def test_min_translated_skips_a_thin_catalog(project: Path):
    path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    catalog = polib.pofile(str(path))
    for entry in catalog[: len(catalog) // 2]:
        entry.msgstr = ""
    catalog.save(str(path))
    result = run_handout(project, "build", "--locale", "es", "--locale", "fr",
                         "--min-translated", "80")
    assert result.code == 0, result.err
    assert re.search(r"^skipped calciphylaxis es: \d+% translated, below --min-translated 80$",
                     result.out, re.M)
    assert not (project / "output" / HANDOUT / "es").exists()
    assert (project / "output" / HANDOUT / "fr").is_dir()


def test_compile_writes_mo_files_gettext_reads(project: Path):
    result = run_handout(project, "compile")
    assert result.code == 0, result.err
    with (project / FR).with_suffix(".mo").open("rb") as file:
        catalog = gettext.GNUTranslations(file)
    assert catalog.pgettext("interface", "Source") == \
        polib.pofile(str(project / FR)).find("Source", msgctxt="interface").msgstr


def test_killed_update_leaves_every_catalog_whole(project: Path):
    source = _source(project).read_text(encoding="utf-8")
    rng = random.Random(7)
    catalogs = sorted((project / "locales").rglob("*.po"))
    for attempt in range(6):
        _source(project).write_text(source.replace("rare disease", f"rare disease {attempt}"),
                                    encoding="utf-8")
        assert run_handout(project, "extract").code == 0
        process = subprocess.Popen([sys.executable, "-m", "handout", "--project", str(project),
                                    "update"], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 0.9))
        process.send_signal(signal.SIGKILL)
        process.wait()
        for path in catalogs:
            done = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)],
                                  capture_output=True, text=True)
            assert done.returncode == 0, (path, done.stderr)
        # A killed writer may leave its hidden temporary file (ignored by git); never a
        # half-written catalog at the final path.
