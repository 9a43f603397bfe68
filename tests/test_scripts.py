"""Every script right: right-to-left order, shaping read back, no missing glyph, fonts
with licences, and honest marking of unreviewed translations."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import polib
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from bidi import get_display
from conftest import (
    HANDOUT,
    LOCALES,
    REPO,
    VARIANTS,
    normalise,
    pdf_text,
    run_handout,
    translations,
)
from pypdf import PdfReader

from handout.inline import segments

DRAFT = "This translation has not yet been reviewed by a qualified medical translator."
PAGE_WIDTH, MARGIN = 612, 54
BODY_SIZE = {"large-print": 18, "plain-language": 14}


def _letters(text: str) -> str:
    return re.sub(r"[\s.,:;!?()\u060c\u061b\u061f]", "", normalise(text))


def _bbox_lines(path: Path) -> list[list[tuple[float, float, str]]]:
    """Each line of pdftotext -bbox-layout as (xMin, xMax, word) triples."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    lines = []
    for line in re.findall(r"<line[^>]*>(.*?)</line>", xml, re.S):
        words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)</word>',
                           line)
        lines.append([(float(x0), float(x1), word) for x0, x1, word in words])
    return lines


@pytest.mark.parametrize("variant", VARIANTS)
def test_arabic_lines_run_right_to_left_and_right_aligned(built: Path, pdf_path, variant: str):
    """Each line's first word (in reading order) is its rightmost; body lines end at the
    right margin; read right to left, every line is a piece of the catalog text."""
    catalog = _letters(" ".join(translations(built, "ar").values()))
    checked = 0
    for words in _bbox_lines(pdf_path("ar", variant)):
        arabic = [word for word in words if re.search("[\u0600-\u06ff]", word[2])]
        if len(arabic) < 3 or len(arabic) != len(words):
            continue
        right_to_left = sorted(words, key=lambda word: -word[1])
        line = " ".join(get_display(word, base_dir="R") for _, _, word in right_to_left)
        assert _letters(line) in catalog, line
        left_edge, right_edge = min(x0 for x0, _, _ in words), max(x1 for _, x1, _ in words)
        checked += 1
        if abs((left_edge + right_edge) / 2 - PAGE_WIDTH / 2) < 2:
            continue  # the running header and the page number are centred
        indent = 1.4 * BODY_SIZE[variant]  # list items: the bullet stands in the margin
        assert any(abs(right_edge - edge) < 1.5
                   for edge in (PAGE_WIDTH - MARGIN, PAGE_WIDTH - MARGIN - indent)), line
    assert checked > 10


@pytest.mark.parametrize("locale", ["ar", "hi"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_shaped_text_reads_back_exactly(built: Path, pdf_path, locale: str, variant: str):
    """Arabic joining and Devanagari conjuncts come back as the catalog's characters."""
    text = pdf_text(pdf_path(locale, variant))
    for word in ("कैल्सीफिलैक्सिस", "क्या") if locale == "hi" else ("الكالسيفيلاكسيس", "بديلًا",
                                                                    "تسدّ", "على"):
        assert word in text, word


def _characters_by_render_mode(path: Path) -> dict[int, str]:
    """Every character PDFium reads, by text render mode (0 fill, 2 fill and stroke)."""
    document = pdfium.PdfDocument(path)
    found: dict[int, list[str]] = {}
    try:
        for page in document:
            text_page = page.get_textpage()
            for index in range(text_page.count_chars()):
                character = chr(pdfium_raw.FPDFText_GetUnicode(text_page.raw, index))
                text_object = pdfium_raw.FPDFText_GetTextObject(text_page.raw, index)
                if text_object and not character.isspace():
                    mode = pdfium_raw.FPDFTextObj_GetTextRenderMode(text_object)
                    found.setdefault(mode, []).append(character)
    finally:
        document.close()
    return {mode: "".join(characters) for mode, characters in found.items()}


def test_bold_shows_in_a_face_without_a_bold_file(built: Path, pdf_path):
    """Chinese has no bold file (Droid Sans Fallback): its bold glossary terms and headings
    are drawn with their outlines stroked, and nothing else is; faces with a bold file
    are never stroked."""
    catalog = translations(built, "zh_Hans")
    by_mode = _characters_by_render_mode(pdf_path("zh_Hans", "plain-language"))
    terms = [(segment.text, rest.text) for (english, _), translated in catalog.items()
             if english.startswith("**")
             for segment, rest in [segments(translated)[:2]] if segment.bold]
    assert len(terms) >= 10
    for term, definition in terms:
        assert "".join(term.split()) in by_mode[2], term
        assert "".join(definition.strip(" :\uff1a").split()) not in by_mode[2], definition
    assert "".join(catalog[("Words to know", "interface")].split()) in by_mode[2]
    for locale in ("en", "ko"):
        assert set(_characters_by_render_mode(pdf_path(locale, "plain-language"))) == {0}


MIXED = {
    # A Latin name and a link inside Arabic, punctuation after each, brackets, quotes,
    # a letter with two marks, Arabic-Indic digits.
    "ar": "اقرأ المزيد في [موقع JAMA](https://jamanetwork.com/) اليوم. دواء warfarin، "
          "وهو (مهم جدًّا) «اليوم» في الصفحة ١٢٣ من \u0665",
    "hi": "और जानकारी [यहाँ देखें](https://jamanetwork.com/) आज।",
}


@pytest.mark.parametrize("locale", sorted(MIXED))
def test_mixed_shaped_text_links_and_punctuation_read_back(project: Path, locale: str):
    """A shaped paragraph with a Latin name, punctuation and a link passes the build's
    own checks, reads back in order from both extractors, and keeps its link."""
    path = project / "locales" / locale / "LC_MESSAGES" / f"{HANDOUT}.po"
    catalog = polib.pofile(str(path))
    entry = next(entry for entry in catalog if entry.msgctxt == "full text")
    entry.msgstr = MIXED[locale]
    catalog.save(str(path))
    result = run_handout(project, "build", "--locale", locale, "--variant", "large-print")
    assert result.code == 0, result.err
    pdf = project / "output" / HANDOUT / locale / f"{HANDOUT}.{locale}.large-print.pdf"
    shown = normalise(re.sub(r"\[([^]]*)\]\([^)]*\)", r"\1", MIXED[locale]))
    assert shown in pdf_text(pdf)
    poppler = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                             capture_output=True, text=True, check=True).stdout
    if locale == "ar":  # Poppler's own spacing of right-to-left lines: see test_accessibility
        assert "".join(shown.split()) in "".join(normalise(poppler).split())
    else:
        assert shown in normalise(poppler)
    reader = PdfReader(pdf)
    uris = [annotation.get_object()["/A"]["/URI"] for page in reader.pages
            for annotation in page.get("/Annots", [])]
    assert "https://jamanetwork.com/" in uris


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("variant", VARIANTS)
def test_no_missing_glyph(pdf_path, locale: str, variant: str):
    text = "".join(page.extract_text() for page in PdfReader(pdf_path(locale, variant)).pages)
    assert "\x00" not in text and "\ufffd" not in text
    assert not re.search("[\ue000-\uf8ff\U000f0000-\U000ffffd]", text)  # no private-use codes


def test_every_font_is_listed_with_its_licence():
    fonts = REPO / "fonts"
    table = tomllib.loads((fonts / "fonts.toml").read_text(encoding="utf-8"))
    listed = set()
    for name, face in table["faces"].items():
        assert (fonts / face["license"]).is_file(), name
        for key in ("regular", "bold"):
            if key in face:
                listed.add(face[key])
                assert (fonts / face[key]).parent == (fonts / face["license"]).parent
    on_disk = {path.relative_to(fonts).as_posix() for path in fonts.rglob("*.tt[fc]")}
    assert on_disk == listed


def test_unreviewed_catalog_shows_the_draft_line(built: Path, pdf_path):
    catalog = translations(built, "es")
    text = pdf_text(pdf_path("es", "large-print"))
    assert normalise(catalog[(DRAFT, "interface")]) in text
    assert DRAFT in text
    assert DRAFT not in pdf_text(pdf_path("en", "large-print"))


def test_strict_refuses_unreviewed_and_accepts_reviewed(project: Path):
    refused = run_handout(project, "build", "--locale", "es", "--strict")
    assert refused.code == 1
    assert "not reviewed" in refused.err
    path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    catalog = polib.pofile(str(path))
    catalog.metadata["X-Review-Status"] = "reviewed"
    catalog.save(str(path))
    accepted = run_handout(project, "build", "--locale", "es", "--strict")
    assert accepted.code == 0, accepted.err
    pdf = project / "output" / HANDOUT / "es" / f"{HANDOUT}.es.large-print.pdf"
    assert DRAFT not in pdf_text(pdf)
    stats = run_handout(project, "stats")
    assert re.search(r"^\s+es\s.*\breviewed$", stats.out, re.M)
    assert re.search(r"^\s+fr\s.*NOT REVIEWED$", stats.out, re.M)


@pytest.mark.parametrize("variant", VARIANTS)
def test_chinese_lines_never_start_with_closing_punctuation(pdf_path, variant: str):
    lines = [line.strip() for page in PdfReader(pdf_path("zh_Hans", variant)).pages
             for line in page.extract_text().splitlines() if line.strip()]
    assert len(lines) > 20
    closing = "\uff0c\u3002\u3001\uff1a\uff1b\uff09\uff01\uff1f\u300d\u300f"  # closing marks
    assert not [line for line in lines if line[0] in closing]
