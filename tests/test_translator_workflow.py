"""The translator's tools: lint (the build's own rule book), stats --json, obsolete entries
that come back, compile, and updates that never leave a half-written catalog."""

from __future__ import annotations

import gettext
import itertools
import json
import re
import shutil
from pathlib import Path

import polib
import pytest
from conftest import (
    FEW,
    HANDOUT,
    catalog,
    copy_project,
    normalise,
    pdf_file,
    pdf_text,
    run_handout,
    set_translation,
)

from handout.errors import plural
from handout.source import read_handout

ES = Path("locales") / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"


def test_shipped_catalogs_lint_without_error(built: Path):
    result = run_handout(built, "lint")
    assert result.code == 0, result.out
    assert re.search(r"^0 errors, \d+ warnings?$", result.out, re.M)


def _write_catalog(path: Path, entries: list[polib.POEntry]) -> None:
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "es"}
    for entry in entries:
        po.append(entry)
    po.save(str(path))


def test_lint_names_each_problem_with_its_check_and_line(project: Path):
    cases = {
        "link-dropped": ("See [the page](https://example.org/a).", "Vea la página."),
        "link-target": (
            "Read [this](https://example.org/b).",
            "Lea [esto](https://example.org/c).",
        ),
        "placeholder": ("Page {page} of {pages}", "Página {page}"),
        "doi": ("doi:10.1001/jamadermatol.2019.0458", "doi:10.1001/jamadermatol.2019.0459"),
        "markup-unclosed": ("A **bold** word.", "Una palabra **negrita."),
        "glyph": ("Calcium", "Calcio \U0001f9ea"),
        "link-empty": ("See [our site](https://example.org/d).", "Vea [](https://example.org/d)."),
        "link-added": ("Call us.", "Llámenos [aquí](https://example.org/x)."),
        "stray-mark": ("Step two.", "\u0300Paso dos."),  # its letter deleted
    }
    entries = [polib.POEntry(msgid=msgid, msgstr=msgstr) for msgid, msgstr in cases.values()]
    # A notice of the source cut short, its translator's note deleted: lint knows it from
    # the source, as the build does (it went by the note, and said only "length").
    notice = read_handout(project / "handouts" / f"{HANDOUT}.md").notices[0].text.markdown
    entries.append(polib.POEntry(msgid=notice, msgstr="."))
    path = project / ES
    _write_catalog(path, entries)
    msgstr_lines = [
        number
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if line.startswith("msgstr") and number > 3
    ]
    result = run_handout(project, "lint", "--locale", "es")
    assert result.code == 1
    findings = re.findall(
        rf"^{re.escape(str(ES))}:(\d+): (error|warning): .* \[([a-z-]+)\]$", result.out, re.M
    )
    errors = {(int(line), check) for line, level, check in findings if level == "error"}
    expected = [*cases, "notice-emptied"]
    assert errors == set(zip(msgstr_lines, expected, strict=True)), result.out + result.err


def test_an_untranslated_notice_is_a_warning_while_english_is_printed(project: Path):
    po = catalog(project, "es")
    notice = next(e for e in po if "legal notice" in (e.comment or ""))
    notice.msgstr = ""
    po.save()
    result = run_handout(project, "lint", "--locale", "es")
    assert result.code == 0, result.out
    assert "[untranslated]" in result.out


def test_joiners_of_a_language_are_not_invisible_junk(project: Path):
    """A zero-width space is junk in Arabic; a right-to-left mark after a Latin word (the
    drug's English name, its bracket then set at the right place) is how Arabic and
    Persian are typed, and was a warning too."""
    po = catalog(project, "ar")
    entry = next(e for e in po if e.msgctxt == "full text")
    entry.msgstr += " \u200b"
    marked = next(e for e in po if "(warfarin)" in e.msgstr)
    marked.msgstr = marked.msgstr.replace("(warfarin)", "(warfarin)\u200f", 1)
    po.save()
    result = run_handout(project, "lint", "--locale", "ar")
    assert "U+200B" in result.out and "[invisible]" in result.out
    assert "U+200F" not in result.out, result.out


def test_a_catalog_whose_header_names_another_language_is_a_warning(project: Path):
    """A French catalog in Spanish's folder (its PDFs tagged es for screen readers):
    lint names the header's line. Another region of the language is no finding."""
    path = project / ES
    for header, found in (("fr", True), ("es_MX", False), ("", False)):
        po = polib.pofile(str(path))
        po.metadata["Language"] = header
        po.save(str(path))
        result = run_handout(project, "lint", "--locale", "es")
        assert result.code == 0, result.out
        lines = path.read_text(encoding="utf-8").splitlines()
        line = next(n for n, text in enumerate(lines, 1) if text.startswith('"Language:'))
        finding = re.search(
            rf"^{re.escape(str(ES))}:{line}: warning: the header says 'Language: fr'.* "
            r"\[language-header\]$",
            result.out,
            re.M,
        )
        assert bool(finding) == found, result.out


def test_a_catalog_of_the_other_script_of_its_language_is_a_warning(project: Path):
    """A Simplified Chinese catalog copied into the Traditional folder (its PDFs set in
    Traditional faces, tagged zh-Hant) was no finding: the check compared languages
    only. A header of the folder's script, or with no script or region, is none."""
    path = project / "locales" / "zh_Hans" / "LC_MESSAGES" / f"{HANDOUT}.po"
    for header, found in (("zh_Hant", True), ("zh_TW", True), ("zh_CN", False), ("zh", False)):
        po = polib.pofile(str(path))
        po.metadata["Language"] = header
        po.save(str(path))
        result = run_handout(project, "lint", "--locale", "zh_Hans")
        finding = re.search(
            rf"warning: the header says 'Language: {header}', but the catalog is in a folder "
            r"for 'zh_Hans' \(Hans script\).* \[language-header\]$",
            result.out,
            re.M,
        )
        assert bool(finding) == found, (header, result.out)


def test_each_untranslated_entry_is_named_at_its_own_line(project: Path):
    """A translator looks for each entry printed in English: lint counted them in one
    warning at line 1 of the catalog. Each is named at its msgstr's line, where its
    translation goes (as lint names every entry), once, with no count beside."""
    po = catalog(project, "es")
    emptied = [
        next(e for e in po if e.msgid == "Causes" and e.msgctxt == "full text"),
        next(e for e in po if e.msgctxt == "full text" and len(e.msgid) > 200),
    ]
    for entry in emptied:
        entry.msgstr = ""
    po.save()
    lines = (project / ES).read_text(encoding="utf-8").splitlines()
    msgstr_lines = {}  # (msgid, msgctxt) -> its 'msgstr' line, read apart from handout
    for number, line in enumerate(lines):
        if line.startswith("msgid ") and lines[number - 1].startswith("msgctxt "):
            parts = [line.removeprefix("msgid ")]
            parts += itertools.takewhile(lambda text: text.startswith('"'), lines[number + 1 :])
            context = lines[number - 1].removeprefix("msgctxt ")
            key = ("".join(json.loads(part) for part in parts), json.loads(context))
            msgstr_lines[key] = number + len(parts) + 1
    expected = [msgstr_lines[entry.msgid, entry.msgctxt] for entry in emptied]
    # Named twice, as 'es' and 'ES' (one locale, as for the build), it is linted once:
    # each finding was printed twice, and counted twice in the summary.
    result = run_handout(project, "lint", "--locale", "es", "--locale", "ES")
    assert result.code == 0, result.out
    named = re.findall(
        rf"^{re.escape(str(ES))}:(\d+): warning: .* \[untranslated\]$", result.out, re.M
    )
    assert sorted(map(int, named)) == sorted(expected), result.out
    assert "'Causes' is not translated yet (printed in English)" in result.out


def _title_too_long(project: Path) -> str:
    """Write a title too long for the running header into the source (the probe's: 40
    times "Calciphylaxis care at home"); its line's prefix, as lint names it."""
    source = project / "handouts" / f"{HANDOUT}.md"
    text = source.read_text(encoding="utf-8")
    title = 'title = "Do I Have Calciphylaxis?"'
    source.write_text(
        text.replace(title, f'title = "{" ".join(["Calciphylaxis care at home"] * 40)}"'),
        encoding="utf-8",
    )
    return f"handouts/{HANDOUT}.md:{text[: text.index(title)].count(chr(10)) + 1}: error: "


def test_a_problem_several_locales_find_is_printed_once(tmp_path: Path):
    """The English title, too long for the running header and printed by each locale
    that has no translation of it, was named and counted once a locale: twice for
    Spanish in Spain and in Mexico, whose PDFs are alike."""
    project = copy_project(tmp_path / "project", ["es"])
    shutil.copytree(project / "locales" / "es", project / "locales" / "es_MX")
    where = _title_too_long(project)
    result = run_handout(project, "lint")
    errors = [line for line in result.out.splitlines() if ": error: " in line]
    assert errors and all(line.startswith(where) for line in errors), result.out
    assert len(set(errors)) == len(errors), result.out
    assert result.out.splitlines()[-1].startswith(plural(len(errors), "error") + ", ")


def test_lint_names_an_english_title_too_long_for_the_header_as_the_build_does(tmp_path: Path):
    """Lint laid out the running header of the locales with catalogs only: with none (or
    each translating the title), it said 0 errors, and the build refused the English
    large print. It checks each variant made in English with the build's own check,
    and names what the build names."""
    project = copy_project(tmp_path / "project", [])
    where = _title_too_long(project)
    built = run_handout(project, "build", "--variant", "large-print")
    prefix = f"error: {where.removesuffix('error: ')}"
    refused = [line.removeprefix(prefix) for line in built.err.splitlines()]
    assert built.code == 1 and refused[0].startswith("the title, repeated"), built.err
    linted = run_handout(project, "lint")
    assert linted.code == 1
    fit = [line for line in linted.out.splitlines() if line.endswith(" [fit]")]
    assert fit == [f"{where}{refused[0]} [fit]"], linted.out


def test_a_blank_translation_is_printed_in_english(project: Path):
    """A translation of spaces (or a no-break space) is untranslated, as lint says: the
    heading was printed as nothing, in neither language."""
    po = catalog(project, "es")
    heading = next(e for e in po if e.msgid == "Causes" and e.msgctxt == "full text")
    heading.msgstr = "\u00a0 "
    po.save()
    linted = run_handout(project, "lint", "--locale", "es").out
    assert "[untranslated]" in linted
    assert "'Causes' is not translated yet (printed in English) [untranslated]" in linted
    result = run_handout(
        project, "build", "--no-check", "--locale", "es", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    assert "printed in English" in result.out
    text = pdf_text(project / "output" / HANDOUT / "es" / f"{HANDOUT}.es.large-print.pdf")
    assert "\nCauses\n" in f"\n{text}\n" or " Causes " in f" {text} "


def test_english_pasted_as_a_translation_is_printed_as_english(project: Path):
    """A paragraph's English pasted into its translation passed lint and the build (and
    --strict, the catalog reviewed), tagged Spanish: lint calls it an error, and the
    build prints it as the English it is, counted among the messages printed so."""
    paragraph = (
        "Calciphylaxis is a rare disease that results from calcium clotting small "
        "blood vessels of the skin and fat."
    )
    po = catalog(project, "es")
    entry = next(e for e in po if e.msgid == paragraph and e.msgctxt == "full text")
    entry.msgstr = paragraph
    po.save()
    linted = run_handout(project, "lint", "--locale", "es")
    assert linted.code == 1 and "[unchanged]" in linted.out
    result = run_handout(
        project, "build", "--no-check", "--locale", "es", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    assert "1 message printed in English" in result.out


# Translations of a paragraph made this English: those that change its medical content,
# each with the check lint names (and the PDF prints the English), and those that say
# what it says (None: no finding, and the PDF prints them).
MEDICAL_CONTENT: tuple[tuple[str, dict[str, str], str | None], ...] = (
    # The article of "a fever" took the "una" of the 1 tablet (an error, English printed).
    ("If you have a fever, take 1 tablet.", {"es": "Si tiene fiebre, tome una tableta."}, None),
    # The dose's and the interval's numbers swapped: the same numbers, no error.
    (
        "Take 2 tablets every 6 hours.",
        {
            "es": "Tome 6 tabletas cada 2 horas.",
            "ar": "تناول ٦ أقراص كل ٢ ساعات.",
            "hi": "हर 2 घंटे में 6 गोलियां लें।",
            "zh_Hans": "每2小时服用6片。",
        },
        "durations",
    ),
    # and written as words
    (
        "Take 3 tablets every 8 hours.",
        {
            "es": "Tome ocho tabletas cada tres horas.",
            "hi": "हर तीन घंटे में आठ गोलियां लें।",
            "zh_Hans": "每三小时服用八片。",
        },
        "durations",
    ),
    # and the hour abbreviated ("h"), as Spanish and French write it
    ("Take 3 tablets every 4 hours.", {"es": "Tome 4 tabletas cada 3 h."}, "durations"),
    # A unit of time changed, the number kept.
    (
        "Keep the dressing on for 2 weeks.",
        {
            "es": "Mantenga el vendaje durante 2 meses.",
            "ar": "أبقِ الضمادة لمدة 2 أشهر.",
            "hi": "पट्टी 2 महीने तक लगाए रखें।",
            "zh_Hans": "敷料保留2个月。",
        },
        "durations",
    ),
    # A temperature's scale changed, the number kept: 38 °F is no fever.
    (
        "Call us if your temperature is 38 °C or higher.",
        {
            "es": "Llámenos si su temperatura es de 38 °F o más.",
            "ar": "اتصل بنا إذا بلغت حرارتك 38 درجة فهرنهايت أو أكثر.",
            "hi": "अगर आपका तापमान 38 डिग्री फ़ेरनहाइट या अधिक है, तो हमें कॉल करें।",
            "zh_Hans": "如果体温达到38华氏度或更高，请致电我们。",
        },
        "temperature",
    ),
    # A date's month changed, its day and year kept.
    (
        "Come back for a check on 4 December 2026.",
        {
            "es": "Vuelva para un control el 4 de noviembre de 2026.",
            "ar": "عد للفحص في 4 نوفمبر 2026.",
            "hi": "4 नवंबर 2026 को जांच के लिए वापस आएं।",
            "zh_Hans": "请于2026年11月4日回来复查。",
        },
        "date",
    ),
    # An hour of the afternoon written beside the word for the hours after midnight.
    ("Take it at 3 pm.", {"zh_Hans": "凌晨3点服用。"}, "numbers"),
    # and in a date of numbers, day first in Spanish and Arabic
    (
        "Come back for a check on December 4, 2026.",
        {"es": "Vuelva para un control el 04/11/2026.", "ar": "عد للفحص في ٤/١١/٢٠٢٦."},
        "date",
    ),
)


def test_lint_refuses_a_change_of_medical_content_and_the_build_prints_its_english(
    tmp_path: Path,
):
    """Each translation of `MEDICAL_CONTENT` in a paragraph of its own, all linted and built
    at once: lint names each change at its catalog line with its check, the large print
    PDF prints its English; a right translation is no finding, and is printed."""
    locales = sorted({locale for _, translations, _ in MEDICAL_CONTENT for locale in translations})
    project = copy_project(tmp_path / "project", locales)
    source = (project / "handouts" / f"{HANDOUT}.md").read_text(encoding="utf-8")
    paragraphs = [
        entry.msgid
        for entry in catalog(project, "es")
        if entry.msgctxt == "full text" and source.count(entry.msgid) == 1
    ]
    for (english, translations, _), paragraph in zip(MEDICAL_CONTENT, paragraphs, strict=False):
        for locale, translation in translations.items():
            set_translation(project, locale, paragraph, "full text", translation, english=english)
    linted = run_handout(project, "lint").out
    selected = [arg for locale in locales for arg in ("--locale", locale)]
    built = run_handout(project, "build", "--no-check", *selected, "--variant", "large-print")
    assert built.code == 0, built.err
    # Each locale's PDF read once, not once for each of its translations (24 readings of 4).
    printed_in = {
        locale: normalise(pdf_text(pdf_file(project, locale, "large-print"))) for locale in locales
    }
    for english, translations, check in MEDICAL_CONTENT:
        for locale, translation in translations.items():
            po = Path("locales") / locale / "LC_MESSAGES" / f"{HANDOUT}.po"
            lines = (project / po).read_text(encoding="utf-8").splitlines()
            at = lines.index(f'msgid "{english}"') + 2  # its msgstr's line, 1-based
            said = re.findall(rf"^{re.escape(str(po))}:{at}: (\w+): .* \[(\S+)\]$", linted, re.M)
            printed = printed_in[locale]
            if check is None:
                assert said == [], (locale, english)
                assert normalise(translation) in printed, (locale, english)
            else:
                errors = [found for level, found in said if level == "error"]
                assert errors == [check], (locale, english, said)
                assert english in printed, (locale, english)
                assert normalise(translation) not in printed, (locale, english)


def test_a_word_for_rural_is_no_gram_of_a_dose_whose_unit_is_left_off(tmp_path: Path):
    """Hindi's "ग्रामीण" (rural) begins with "ग्राम" (gram): a translation writing it and
    leaving off the unit of the English's "5 g" passed lint, and its PDF printed a dose of
    no unit. The rule book (lint's and the build's) calls the unit dropped, and the PDF
    prints the English."""
    project = copy_project(tmp_path / "project", ["hi"])
    english = "In rural areas, mix 5 g of salt in a glass of water."
    translation = "ग्रामीण इलाकों में, 5 नमक एक गिलास पानी में मिलाएं।"
    set_translation(project, "hi", "Causes", "full text", translation, english=english)
    built = run_handout(
        project, "build", "--no-check", "--locale", "hi", "--variant", "large-print"
    )
    assert built.code == 0, built.err
    said = "printed in English: the unit of 5 g of the English is not in the translation"
    assert f"{said} (dropped) [units]" in built.err
    printed = normalise(pdf_text(pdf_file(project, "hi", "large-print")))
    assert english in printed
    assert normalise(translation) not in printed


def test_a_control_character_is_a_lint_error_as_the_build_refuses_it(project: Path):
    """One rule book: a control character (here a carriage return) makes the build refuse
    the catalog, and lint calls it an error on the same line."""
    po = catalog(project, "es")
    heading = next(e for e in po if e.msgid == "Causes" and e.msgctxt == "full text")
    heading.msgstr = "Cau\rsas"
    po.save()
    built = run_handout(project, "build", "--locale", "es", "--variant", "large-print")
    refused = re.search(rf"^error: {re.escape(str(ES))}:(\d+): .*U\+000D", built.err, re.M)
    assert built.code == 1 and refused, built.err
    linted = run_handout(project, "lint", "--locale", "es")
    assert linted.code == 1
    assert re.search(
        rf"^{re.escape(str(ES))}:{refused[1]}: error: .*U\+000D.* \[control\]$", linted.out, re.M
    ), linted.out


def test_stats_json_matches_polib(project: Path):
    path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    po = polib.pofile(str(path))
    po[5].msgstr = ""
    po[6].flags.append("fuzzy")
    po.save(str(path))
    labels = catalog(project, "es", "interface")
    next(entry for entry in labels if entry.msgid == "Source").msgstr = ""
    labels.save()
    result = run_handout(project, "stats", "--json")
    assert result.code == 0
    # The handout's row, then the interface's (the labels every PDF prints: emptied, no
    # row said so, and every PDF printed them in English).
    row, interface = json.loads(result.out)
    assert interface["handout"] == "interface"
    (es,) = [item for item in interface["locales"] if item["locale"] == "es"]
    assert (es["untranslated"], es["total"]) == (1, len(catalog(project, "es", "interface")))
    by_locale = {item["locale"]: item for item in row["locales"]}
    assert set(by_locale) == set(FEW)
    for locale, item in by_locale.items():
        reference = catalog(project, locale)
        assert item["translated"] == len(reference.translated_entries())
        assert item["fuzzy"] == len(reference.fuzzy_entries())
        assert item["untranslated"] == len(reference.untranslated_entries())
        assert item["from_memory"] == 0
    assert (by_locale["es"]["untranslated"], by_locale["es"]["fuzzy"]) == (1, 1)
    assert row["reading_grade"] <= 6.0


def test_a_message_missing_from_a_catalog_counts_as_untranslated(project: Path):
    """A catalog that lacks a message of its source (not updated since the source
    changed, or an entry deleted by hand) prints that message in English: stats,
    --min-translated, the manifest and lint count it. All four said 100 % and nothing.
    The manifest says, per PDF, how many messages it printed in English and why (with a
    translation the rule book refuses, a dose changed): it said nothing of them."""
    english = "Take 40 mg of the medicine 2 times each day."
    set_translation(
        project, "es", None, "full text", "Tome 4 mg del medicamento cada día.", english=english
    )
    po = catalog(project, "es")
    po.remove(next(e for e in po if e.msgid == "Causes" and e.msgctxt == "full text"))
    po.save()
    entries = len([e for e in po if not e.obsolete])
    row, interface = json.loads(run_handout(project, "stats", "--json").out)
    (es,) = [item for item in row["locales"] if item["locale"] == "es"]
    (labels,) = [item for item in interface["locales"] if item["locale"] == "es"]
    assert (es["untranslated"], es["refused"], es["total"]) == (1, 1, entries + 1)
    assert es["percent_translated"] == 1000 * (entries - 1) // (entries + 1) / 10
    build = ("build", "--no-check", "--locale", "es", "--variant", "large-print")
    skipped = run_handout(project, *build, "--min-translated", "100")
    assert skipped.code == 0 and "skipped calciphylaxis es:" in skipped.out, skipped.out
    assert not (project / "output" / HANDOUT / "es").exists()
    assert run_handout(project, *build).code == 0
    (entry,) = json.loads((project / "output" / "manifest.json").read_text())["pdfs"]
    # The share of what the PDF prints: its handout's row and the interface's, summed.
    printed = (es["translated"] + labels["translated"], es["total"] + labels["total"])
    assert entry["translated_percent"] == 1000 * printed[0] // printed[1] / 10
    assert entry["printed_in_english"] == {"untranslated": 1, "fuzzy": 0, "refused": 1}
    linted = run_handout(project, "lint", "--locale", "es").out
    assert re.search(
        rf"^{re.escape(str(ES))}:1: warning: 1 message of the source missing from the "
        r"catalog .* \[missing\]$",
        linted,
        re.M,
    ), linted


def _source(project: Path) -> Path:
    return project / "handouts" / f"{HANDOUT}.md"


def test_removed_paragraph_becomes_obsolete_and_comes_back(project: Path):
    paragraph = (
        "Calciphylaxis is a rare disease that results from calcium clotting small "
        "blood vessels of the skin and fat."
    )
    before = polib.pofile(str(project / ES)).find(paragraph, msgctxt="full text").msgstr
    original = _source(project).read_text(encoding="utf-8")
    _source(project).write_text(original.replace(paragraph + "\n", ""), encoding="utf-8")
    assert run_handout(project, "extract").code == 0
    assert run_handout(project, "update").code == 0
    gone = polib.pofile(str(project / ES)).find(
        paragraph, msgctxt="full text", include_obsolete_entries=True
    )
    assert gone.obsolete and gone.msgstr == before
    _source(project).write_text(original, encoding="utf-8")
    assert run_handout(project, "extract").code == 0
    assert run_handout(project, "update").code == 0
    back = polib.pofile(str(project / ES)).find(paragraph, msgctxt="full text")
    assert not back.obsolete and not back.fuzzy and back.msgstr == before


def test_a_change_undone_gives_the_translation_back_as_it_was(project: Path):
    """The writer changed a word, update marked the entry fuzzy (its `#|` the old
    English), the translator began revising it for the new English, and the writer
    changed it back: the entry, its `#|` now its own English, lost its fuzzy flag, and the
    PDF printed the revision ("poco común", uncommon) as the translation of "rare". The
    translation written for that English comes back as it was, and the revision is kept,
    obsolete, under the English it was last revised for."""
    paragraph = (
        "Calciphylaxis is a rare disease that results from calcium clotting small "
        "blood vessels of the skin and fat."
    )
    before = polib.pofile(str(project / ES)).find(paragraph, msgctxt="full text").msgstr
    original = _source(project).read_text(encoding="utf-8")
    changed = paragraph.replace("rare disease", "uncommon disease")
    _source(project).write_text(original.replace(paragraph, changed), encoding="utf-8")
    assert run_handout(project, "update", "--locale", "es").code == 0
    catalog = polib.pofile(str(project / ES))
    revising = catalog.find(changed, msgctxt="full text")
    assert revising.fuzzy and revising.msgstr == before
    revision = before.replace("rara", "poco común")
    revising.msgstr = revision  # still fuzzy: the translator is not done
    catalog.save()
    # Changed again, closer to the first English: the revision under way follows it.
    again = paragraph.replace("rare disease", "very rare disease")
    _source(project).write_text(original.replace(paragraph, again), encoding="utf-8")
    assert run_handout(project, "update", "--locale", "es").code == 0
    followed = polib.pofile(str(project / ES)).find(again, msgctxt="full text")
    assert followed.fuzzy and followed.msgstr == revision
    _source(project).write_text(original, encoding="utf-8")
    assert run_handout(project, "update", "--locale", "es").code == 0
    catalog = polib.pofile(str(project / ES))
    back = catalog.find(paragraph, msgctxt="full text")
    assert not back.fuzzy and back.msgstr == before and back.previous_msgid is None
    kept = catalog.find(again, msgctxt="full text", include_obsolete_entries=True)
    assert kept.obsolete and kept.msgstr == revision


def test_a_revision_under_way_stays_when_the_english_changes_again(project: Path):
    """A translator revising a fuzzy entry (still fuzzy) lost it from the entry when the
    writer changed the sentence again with a negation: msgmerge matched the fuzzy entry,
    and update withdrew the match as msgmerge's own, filing the revision under the
    English before the first change. A fuzzy entry of the catalog is the translator's;
    fuzzy, it is never printed, and its `#|` shows the English it was for."""
    paragraph = (
        "Calciphylaxis is a rare disease that results from calcium clotting small "
        "blood vessels of the skin and fat."
    )
    original = _source(project).read_text(encoding="utf-8")
    first = paragraph.replace("a rare disease", "a rare skin disease")
    _source(project).write_text(original.replace(paragraph, first), encoding="utf-8")
    assert run_handout(project, "update", "--locale", "es").code == 0
    catalog = polib.pofile(str(project / ES))
    entry = catalog.find(first, msgctxt="full text")
    assert entry.fuzzy
    entry.msgstr = "MI REVISIÓN en curso."
    catalog.save()
    second = first.replace("is a rare", "is not a rare")
    _source(project).write_text(original.replace(paragraph, second), encoding="utf-8")
    assert run_handout(project, "update", "--locale", "es").code == 0
    kept = polib.pofile(str(project / ES)).find(second, msgctxt="full text")
    assert kept.fuzzy and kept.msgstr == "MI REVISIÓN en curso."


def test_compile_writes_mo_files_gettext_reads(project: Path):
    result = run_handout(project, "compile")
    assert result.code == 0, result.err
    interface = project / "locales" / "es" / "LC_MESSAGES" / "interface.po"
    with interface.with_suffix(".mo").open("rb") as file:
        translations = gettext.GNUTranslations(file)
    assert (
        translations.pgettext("interface", "Source")
        == polib.pofile(str(interface)).find("Source", msgctxt="interface").msgstr
    )


def test_compile_leaves_out_what_lint_calls_an_error(project: Path):
    """A translation lint calls an error (a dose changed) is printed in English in the
    PDFs; compile wrote it into the .mo, where a tool reading it showed the wrong dose.
    It is left out of the .mo (read in English there too), with a warning naming it and
    each of its errors (it named the first alone)."""
    english = "Take 40 mg of the medicine 2 times each day."
    set_translation(
        project, "es", None, "full text", "Tome 4 mg del medicamento cada día.", english=english
    )
    result = run_handout(project, "compile")
    assert result.code == 0, result.err
    with (project / ES).with_suffix(".mo").open("rb") as file:
        translations = gettext.GNUTranslations(file)
    assert translations.pgettext("full text", english) == english
    assert translations.pgettext("full text", "Causes") == "Causas"
    assert re.search(
        rf"^warning: {re.escape(str(ES))}:\d+: .*left out of the \.mo, .*: "
        r"the number 40 is not in the translation \(dropped or changed\) \[numbers\]; "
        r"the number 2 is not in the translation \(dropped or changed\) \[numbers\] ",
        result.err,
        re.M,
    )


def test_an_update_stopped_while_writing_leaves_every_catalog_whole(project: Path, monkeypatch):
    """A fault injected into the atomic write (as a kill would leave it): the catalog
    being written keeps its old bytes, no temporary file is left behind."""
    import handout.files

    source = _source(project).read_text(encoding="utf-8")
    _source(project).write_text(
        source.replace("rare disease", "rare disease indeed"), encoding="utf-8"
    )
    assert run_handout(project, "extract").code == 0
    catalogs = sorted((project / "locales").rglob("*.po"))
    before = {path: path.read_bytes() for path in catalogs}
    real_replace = handout.files.os.replace
    calls = []

    def failing_replace(source_name, target):
        calls.append(target)
        if len(calls) == 2:
            raise KeyboardInterrupt  # stopped between the temporary file and the rename
        return real_replace(source_name, target)

    monkeypatch.setattr(handout.files.os, "replace", failing_replace)
    result = run_handout(project, "update")
    assert result.code == 130
    monkeypatch.undo()
    for path in catalogs:
        data = path.read_bytes()
        assert data == before[path] or path == Path(calls[0]), path
        assert polib.pofile(str(path))
    assert not list(project.rglob(".*.tmp"))
    assert run_handout(project, "update").code == 0


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (('"Language: es\\n"', '"Language: es_\\n"'), None),  # a header Babel cannot parse
        (('msgstr "Causas"', 'msgstr "Cau\u202esas"'), "control character U+202E"),
        (
            ("Plural-Forms: nplurals=2; plural=(n != 1);", "Plural-Forms: nplurals=2; plural=(n"),
            "Plural-Forms",
        ),
    ],
)
def test_compile_refuses_what_the_build_refuses_and_goes_on(
    project: Path, change: tuple[str, str], named: str | None
):
    """compile wrote a .mo and exited 0 for a catalog the build refuses (a control
    character, a broken Plural-Forms that Python's gettext then cannot load), and a
    Language header Babel could not parse ended it in a traceback. A catalog the build
    refuses is one error line; the other catalogs are compiled."""
    catalog = project / ES
    text = catalog.read_text(encoding="utf-8")
    assert change[0] in text
    catalog.write_text(text.replace(change[0], change[1]), encoding="utf-8")
    mo = catalog.with_suffix(".mo")
    mo.unlink(missing_ok=True)
    # In this process: an exception that would end a user's command in a traceback ends
    # `run_handout` in it, and fails the test (a process of its own took 0.5 CPU-s a case).
    result = run_handout(project, "compile")
    interface = project / "locales" / "es" / "LC_MESSAGES" / "interface.mo"
    assert interface.is_file()
    if named is None:  # Babel's trouble, not the catalog's: compiled
        assert result.code == 0, result.err
        with mo.open("rb") as file:
            assert gettext.GNUTranslations(file).pgettext("full text", "Causes") == "Causas"
        return
    assert result.code == 1
    assert "Traceback" not in result.err
    assert f"error: {ES.as_posix()}:" in result.err and named in result.err
    assert not mo.exists()


@pytest.mark.parametrize(
    ("locale", "title"),
    [
        ("ff_Adlm", "𞤃𞤭 𞤢𞤲𞤣𞤭?"),  # Adlam: read back out of order (beyond U+FFFF, right to left)
        ("es", "¿Tengo calcifilaxis? 𓀀"),  # an Egyptian hieroglyph, which no face has
    ],
)
def test_compile_writes_no_mo_of_a_catalog_the_build_cannot_print(
    project: Path, locale: str, title: str
):
    """A translation in letters the build cannot print: the build refuses the handout's
    PDFs in the locale, but compile wrote the catalog's .mo and exited 0 (a .mo no PDF is
    made from, for a tool to show), or kept the one it wrote before. The catalog is refused
    with the build's own error line and its earlier .mo removed; the others are compiled."""
    if locale not in FEW:
        assert run_handout(project, "init", locale).code == 0
    assert run_handout(project, "compile").code == 0  # the .mo files of before
    catalog = Path("locales") / locale / "LC_MESSAGES" / f"{HANDOUT}.po"
    set_translation(project, locale, "Do I Have Calciphylaxis?", None, title)
    built = run_handout(
        project, "build", "--no-check", "--locale", locale, "--variant", "large-print"
    )
    (refusal,) = [line for line in built.err.splitlines() if line.startswith("error:")]
    assert built.code == 1 and refusal.startswith(f"error: {catalog}:")
    result = run_handout(project, "compile")
    assert (result.code, result.err) == (1, refusal + "\n")
    assert f"removed {catalog.with_suffix('.mo')}: " in result.out
    assert not (project / catalog).with_suffix(".mo").exists()
    assert (project / catalog).with_name("interface.mo").is_file()
    assert (project / "locales" / "ar" / "LC_MESSAGES" / f"{HANDOUT}.mo").is_file()


def test_compile_writes_no_mo_for_a_locale_the_build_does_not_know(project: Path):
    """A locale folder copied from another under a code CLDR does not know, and not
    declared in handout.toml: the build refuses each of its PDFs, but compile wrote its
    .mo files and exited 0. The locale is one error line, the build's, its .mo files
    from before are removed and the other locales compiled."""
    assert run_handout(project, "compile").code == 0
    shutil.copytree(project / "locales" / "es", project / "locales" / "qq")
    for path in (project / "locales" / "qq" / "LC_MESSAGES").glob("*.po"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('"Language: es\\n"', '"Language: qq\\n"'), encoding="utf-8")
    built = run_handout(project, "build", "--no-check", "--locale", "qq")
    (refusal,) = {line for line in built.err.splitlines() if line.startswith("error:")}
    assert built.code == 1 and refusal.startswith("error: locales/qq: unknown locale 'qq'")
    result = run_handout(project, "compile")
    assert (result.code, result.err) == (1, refusal + "\n")
    assert not list((project / "locales" / "qq").rglob("*.mo"))
    assert result.out.count("removed locales/qq/LC_MESSAGES/") == 2
    assert (project / ES).with_suffix(".mo").is_file()


def test_compile_writes_no_mo_of_a_handout_whose_source_the_build_refuses(project: Path):
    """A handout source that is not UTF-8: the build refuses every PDF of it, but compile
    wrote its .mo files and exited 0. The handout is one error line, the build's, its .mo
    files from before are removed and the other handouts compiled."""
    source = project / "handouts" / f"{HANDOUT}.md"
    other = project / "handouts" / "other.md"
    other.write_bytes(source.read_bytes())
    catalog = Path("locales") / "es" / "LC_MESSAGES" / "other.po"
    shutil.copyfile(project / ES, project / catalog)
    assert run_handout(project, "compile").code == 0  # the .mo of before
    assert (project / catalog).with_suffix(".mo").is_file()
    other.write_bytes(source.read_bytes() + b"\nCaf\xe9.\n")
    built = run_handout(project, "build", "--no-check", "--handout", "other", "--locale", "es")
    (refusal,) = {line for line in built.err.splitlines() if line.startswith("error:")}
    assert built.code == 1 and refusal.startswith("error: handouts/other.md:")
    assert not list((project / "output").rglob("other.*.pdf"))
    result = run_handout(project, "compile")
    assert (result.code, result.err) == (1, refusal + "\n")
    assert f"removed {catalog.with_suffix('.mo')}: " in result.out
    assert not (project / catalog).with_suffix(".mo").exists()
    assert (project / ES).with_suffix(".mo").is_file()
    assert f"wrote {Path(ES).with_suffix('.mo')}" in result.out


def test_update_of_a_locale_with_no_catalogs_is_refused(project: Path):
    """`update --locale zh_TW` made a new, empty locale beside the project's zh_Hant (76
    messages, none from memory) and its PDFs printed in English; init makes a locale."""
    result = run_handout(project, "update", "--locale", "zh_TW")
    assert result.code == 1
    assert result.err == (
        "error: locales: locale 'zh_TW' has no catalogs to update (the project has "
        "zh_Hans); 'handout init zh_TW' creates them\n"
    )
    assert not (project / "locales" / "zh_TW").exists()


def test_a_broken_catalog_is_named_once_and_stops_no_other_update(project: Path):
    """A catalog update cannot read was read again as translation memory for the locale's
    other catalogs: its error printed twice, and the interface catalog, itself fine, was
    not updated."""
    path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    path.write_text(path.read_text(encoding="utf-8") + '\nmsgid "x"\n', encoding="utf-8")
    result = run_handout(project, "update", "--locale", "es")
    assert result.code == 1
    (line,) = result.err.splitlines()
    assert line.endswith(": msgid with no msgstr after it")
    assert "locales/es/LC_MESSAGES/interface.po" in result.out


def test_a_locale_folder_the_project_does_not_know_stops_no_other_update(project: Path):
    """A catalog folder of a locale CLDR does not know (copied under a wrong name) stopped
    update at that locale: the locales after it were not updated, and those before it
    were written but not listed."""
    folder = project / "locales" / "qq" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    for catalog_path in (project / "locales" / "es" / "LC_MESSAGES").glob("*.po"):
        (folder / catalog_path.name).write_bytes(catalog_path.read_bytes())
    source = _source(project)
    source.write_text(
        source.read_text(encoding="utf-8").replace("rare disease", "uncommon disease", 1),
        encoding="utf-8",
    )
    result = run_handout(project, "update")
    assert result.code == 1
    (line,) = result.err.splitlines()
    assert line.startswith("error: locales/qq: unknown locale 'qq'"), line
    for code in ("es", "zh_Hans"):
        assert f"updated locales/{code}/LC_MESSAGES/{HANDOUT}.po" in result.out


def test_a_catalog_saved_with_crlf_keeps_crlf_through_update(project: Path):
    """Poedit on Windows saves CRLF line ends: after the English changed and update merged
    the template, the catalog had CRLF in its comments and LF everywhere else."""
    path = project / ES
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    for suffix in (".md", ".sources.toml"):  # the sentence, and where it comes from
        source = project / "handouts" / f"{HANDOUT}{suffix}"
        markdown = source.read_text(encoding="utf-8")
        source.write_text(markdown.replace("will care for you.", "will look after you."), "utf-8")
    assert run_handout(project, "extract").code == 0
    assert run_handout(project, "update", "--locale", "es").code == 0
    data = path.read_bytes()
    assert b"will look after you." in data
    assert data.count(b"\n") == data.count(b"\r\n")
    assert run_handout(project, "lint", "--locale", "es").code == 0


def test_update_writes_a_linked_catalog_through_its_link(tmp_path: Path):
    """A catalog that is a link to a file (another locale's, which it shares): update
    replaced the link with a copy of its own, so the translator's later edits of the
    file no longer reached the linked locale's PDFs. It writes through the link, and
    refuses one leading out of the project, which handout never writes."""
    project = copy_project(tmp_path / "project", ["es"])
    interface = project / "locales" / "es" / "LC_MESSAGES" / "interface.po"
    shared = project / "locales" / "shared.po"
    interface.rename(shared)
    interface.symlink_to(Path("..", "..", "shared.po"))
    path, outside = project / ES, tmp_path / "elsewhere.po"
    path.rename(outside)
    path.symlink_to(outside)
    config = project / "handout.toml"  # a sentence of the interface catalog, and the handout's
    config.write_text(config.read_text("utf-8").replace("Ask us.", "Ask the desk."), "utf-8")
    for suffix in (".md", ".sources.toml"):  # the sentence, and where it comes from
        source = project / "handouts" / f"{HANDOUT}{suffix}"
        markdown = source.read_text(encoding="utf-8")
        source.write_text(markdown.replace("will care for you.", "will look after you."), "utf-8")
    before = outside.read_bytes()
    result = run_handout(project, "update", "--locale", "es")
    assert interface.is_symlink()
    assert any("Ask the desk." in entry.msgid for entry in polib.pofile(str(shared)))
    assert result.code == 1
    assert result.err == (
        f"error: {ES}: a link to {outside}, outside the project, which handout does not "
        "write: update that catalog in its own project, or put the file itself here\n"
    )
    assert path.is_symlink() and outside.read_bytes() == before


def test_update_refuses_a_read_only_catalog_and_updates_the_others(project: Path):
    """A catalog made read-only (by version control that locks what is not checked out,
    as Perforce does, or by its translator while a review is under way): update replaced
    it, read-only still, with its merge, and said "updated". It is left as it is, named
    in one error line; the locale's other catalogs are merged."""
    path = project / ES.with_name("interface.po")
    path.chmod(0o444)
    config = project / "handout.toml"  # a sentence of both catalogs (the handout's of old)
    config.write_text(config.read_text("utf-8").replace("Ask us.", "Ask the desk."), "utf-8")
    before = path.read_bytes()
    result = run_handout(project, "update", "--locale", "es")
    assert result.code == 1
    assert result.err == (
        f"error: {path.relative_to(project)}: read-only, and handout does not write over a "
        "read-only catalog: make it writable (chmod u+w; under Perforce, 'p4 edit' it) and "
        "update again\n"
    )
    assert path.read_bytes() == before and path.stat().st_mode & 0o777 == 0o444
    assert f"unchanged {ES}" in result.out  # the others are merged still


def test_update_filling_from_memory_keeps_every_comment_line_as_written(project: Path):
    """A translator's comment with bare '#' lines (blank lines of the note), in a catalog
    whose header has no comment: update, filling an entry from translation memory (here
    another catalog of the locale), wrote the catalog through polib, which
    dropped each note's first '#' and added a '#' line above the header; and a comment
    of one bare '#' (a mark a translator left) was dropped."""
    old = project / ES.with_name("old.po")  # the catalog of a handout since removed
    old.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgctxt "interface"\nmsgid "Notes"\nmsgstr "Notas"\n',
        encoding="utf-8",
    )
    path = project / ES.with_name("interface.po")
    text = path.read_text(encoding="utf-8")
    text = text[text.index('msgid ""') :]  # no header comment
    label = "\n#. interface: heading of the boxed list"
    text = text.replace(label, "\n#\n# Revisar con la Dra. Pérez\n#" + label)
    assert "\n#\n# Revisar" in text
    footer = "\n#. interface: page footer; keep {page}"
    text = text.replace(footer, "\n#" + footer)
    assert "\n\n#" + footer in text
    path.write_text(
        text.replace('msgid "Notes"\nmsgstr "Notas"', 'msgid "Notes"\nmsgstr ""'), "utf-8"
    )
    result = run_handout(project, "update", "--locale", "es")
    assert f"updated {path.relative_to(project)}" in result.out, result.out
    filled = text.replace(
        "#. interface: heading above ruled lines",
        "# memory: exact match from locales/es/LC_MESSAGES/old.po\n"
        "#. interface: heading above ruled lines",
    )
    assert path.read_text(encoding="utf-8") == filled


def test_update_right_after_init_changes_nothing(tmp_path: Path):
    """`init` laid a catalog out otherwise than msgmerge does (the template's
    "charset=utf-8", comments wrapped by polib, the Language header last): the first
    `update` rewrote both new catalogs, a diff of nothing in the translator's first
    commit."""
    folder = tmp_path / "clinic"
    assert run_handout(tmp_path, "new", str(folder)).code == 0
    assert run_handout(folder, "extract").code == 0
    assert run_handout(folder, "init", "es").code == 0
    catalogs = sorted((folder / "locales" / "es" / "LC_MESSAGES").glob("*.po"))
    before = [path.read_bytes() for path in catalogs]
    updated = run_handout(folder, "update")
    assert updated.code == 0, updated.err
    assert "updated" not in updated.out, updated.out
    assert [path.read_bytes() for path in catalogs] == before


@pytest.mark.parametrize(
    ("typed", "form"),
    [("div", "dv"), ("bod", "bo"), ("tib", "bo"), ("sin", "si"), ("div_MV", "dv_MV")],
)
def test_init_refuses_a_code_bcp_47_writes_another_way(tmp_path: Path, typed: str, form: str):
    """Babel takes 'div' (ISO 639-2) for Dhivehi, but the folder, the Language header and
    the PDFs' /Lang said 'div', and the 'dv' chain of fonts was not applied."""
    project = copy_project(tmp_path / "project", [])
    result = run_handout(project, "init", typed)
    assert result.code == 1
    assert result.err.splitlines() == [
        f"error: {typed!r} is written {form!r} (BCP 47); use 'handout init {form}'"
    ]
    assert not (project / "locales" / typed).exists()
    result = run_handout(project, "build", "--locale", typed)
    assert f"{typed!r} is written {form!r} (BCP 47); use {form!r}" in result.err


def test_a_locale_folder_bcp_47_writes_another_way_is_named(tmp_path: Path):
    project = copy_project(tmp_path / "project", ["hi"])
    (project / "locales" / "hi").rename(project / "locales" / "hin")
    result = run_handout(project, "build", "--variant", "large-print")
    assert result.code == 1
    assert "error: locales/hin: 'hin' is written 'hi' (BCP 47); use 'hi'" in result.err.splitlines()


@pytest.mark.parametrize("code", ["dv", "chr", "haw", "fil", "tl", "hmn"])
def test_init_takes_a_code_that_is_its_own_bcp_47_form(tmp_path: Path, code: str):
    """Three-letter codes with no shorter form, and 'tl', which CLDR replaces by 'fil'
    but BCP 47 keeps (Hmong, which CLDR lacks, is declared in the project's handout.toml)."""
    project = copy_project(tmp_path / "project", [])
    result = run_handout(project, "init", code)
    assert result.code == 0, result.err
    assert (project / "locales" / code / "LC_MESSAGES" / "interface.po").is_file()


def test_an_address_the_source_prints_as_text_is_a_warning_at_its_line(tmp_path: Path):
    """A bare "https://..." in a handout is printed, but as text: no link annotation, so
    a reader of the PDF cannot open it (an outside checker's LNK-010). CommonMark links
    it when written "<https://...>"; lint says so, at its line."""
    project = copy_project(tmp_path / "project", [])
    source = project / "handouts" / f"{HANDOUT}.md"
    text = source.read_text(encoding="utf-8")
    bare = "Read more at https://example.org/calciphylaxis or write to nurse@example.org."
    linked = "Or at <https://example.org/more>."
    text = text.replace("# Plain language", f"{bare}\n\n{linked}\n\n# Plain language", 1)
    source.write_text(text, encoding="utf-8")
    line = text.splitlines().index(bare) + 1
    result = run_handout(project, "lint")
    found = [entry for entry in result.out.splitlines() if "[address-unlinked]" in entry]
    assert found == [
        f"handouts/{HANDOUT}.md:{line}: warning: 'https://example.org/calciphylaxis' is "
        "printed as text, not as a link: write it '<https://example.org/calciphylaxis>' "
        "for a reader of the PDF to open it [address-unlinked]",
        f"handouts/{HANDOUT}.md:{line}: warning: 'nurse@example.org' is printed as text, "
        "not as a link: write it '<nurse@example.org>' for a reader of the PDF to open it "
        "[address-unlinked]",
    ], result.out


def test_stats_and_min_translated_count_a_refused_translation_as_printed_in_english(
    tmp_path: Path,
):
    """A translation lint calls an error (a dose changed) is printed in English: stats
    counted it translated, so the locale showed 100 %, and `--min-translated 100` passed
    it, while the PDF printed the English (and `--strict` refused it). So did a label of
    the interface left untranslated: the handout's catalog alone was counted."""
    project = copy_project(tmp_path / "project", ("es",))
    english = "Take 40 mg of the medicine 2 times each day."
    set_translation(
        project, "es", None, "full text", "Tome 4 mg del medicamento cada día.", english=english
    )
    entries = len([e for e in catalog(project, "es") if not e.obsolete])
    row, interface = json.loads(run_handout(project, "stats", "--json").out)
    (es,) = row["locales"]
    (labels,) = interface["locales"]
    assert labels["translated"] == labels["total"]
    printed = entries + labels["total"]  # the messages its PDFs print
    assert (es["translated"], es["refused"], es["total"]) == (entries - 1, 1, entries), es
    assert es["percent_translated"] == 1000 * (entries - 1) // entries / 10
    table = run_handout(project, "stats").out
    assert re.search(rf"^  es +{entries - 1} +0 +0 +1 +0 +{es['percent_translated']} ", table, re.M)
    skipped = run_handout(
        project, "build", "--locale", "es", "--variant", "large-print", "--min-translated", "100"
    )
    # Its share was rounded to a whole number: "99% translated, below --min-translated 100".
    said = re.search(
        rf"^skipped calciphylaxis es: {printed - 1} of {printed} messages translated "
        r"\((\d+\.\d)%\), below --min-translated 100$",
        skipped.out,
        re.M,
    )
    assert skipped.code == 0 and said, skipped.out
    assert float(said[1]) == 1000 * (printed - 1) // printed / 10
    # The dose right, a label left untranslated: printed in English, it was not counted.
    set_translation(
        project, "es", english, "full text", "Tome 40 mg del medicamento 2 veces al día."
    )
    set_translation(project, "es", "Revised {date}", "interface", "", "interface")
    skipped = run_handout(
        project, "build", "--locale", "es", "--variant", "large-print", "--min-translated", "100"
    )
    assert f"skipped calciphylaxis es: {printed - 1} of {printed} messages" in skipped.out, (
        skipped.out
    )
