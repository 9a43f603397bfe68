"""Every script right: right-to-left order, shaping read back, joiners kept, lines broken by
the rules of each script and never off the page, the right face for each language, no
missing glyph, fonts with licences."""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
import unicodedata
from pathlib import Path

import polib
import pymupdf
import pytest
from bidi import get_display
from conftest import (
    _CONFIG,
    HANDOUT,
    MATRIX,
    REPO,
    RIGHT_TO_LEFT,
    TRANSLATED,
    VARIANTS,
    catalog,
    copy_project,
    normalise,
    pdf_file,
    pdf_text,
    reading_of,
    run_handout,
    set_translation,
    translations,
)
from pypdf import PdfReader
from readings import (
    RAW_READERS,
    drawn_line,
    drawn_lines,
    pdfium_raw_text,
    poppler_raw_text,
    pypdf_raw_text,
)

from handout.inline import plain_text, segments
from handout.text.scripts import script_of

DRAFT = "This translation has not yet been reviewed by a qualified medical translator."
PAGE_WIDTH = 612
MARGIN = {name: row["margin"] for name, row in _CONFIG["variants"].items()}
BODY_SIZE = {name: row["body_size"] for name, row in _CONFIG["variants"].items()}


def _letters(text: str) -> str:
    return re.sub(r"[\s.,:;!?()\u060c\u061b\u061f\u06d4]", "", normalise(text))


def _bbox_lines(path: Path) -> list[list[tuple[float, float, str]]]:
    """Each line of pdftotext -bbox-layout as (xMin, xMax, word) triples."""
    xml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = []
    for line in re.findall(r"<line[^>]*>(.*?)</line>", xml, re.S):
        words = re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)</word>', line
        )
        lines.append([(float(x0), float(x1), word) for x0, x1, word in words])
    return lines


@pytest.mark.parametrize("locale", sorted(RIGHT_TO_LEFT))
@pytest.mark.parametrize("variant", ("large-print", "plain-language"))
def test_right_to_left_lines_run_right_to_left_and_right_aligned(
    built: Path, pdf_path, locale: str, variant: str
):
    """Each line's first word (in reading order) is its rightmost; body lines end at the
    right margin; read right to left, every line is a piece of the catalog text."""
    catalog = _letters(" ".join(translations(built, locale).values()))
    checked = 0
    right_margin = PAGE_WIDTH - MARGIN[variant]
    for words in _bbox_lines(pdf_path(locale, variant)):
        arabic = [word for word in words if re.search("[\u0600-\u06ff]", word[2])]
        if len(arabic) < 3 or len(arabic) != len(words):
            continue
        right_to_left = sorted(words, key=lambda word: -word[1])
        line = " ".join(get_display(word, base_dir="R") for _, _, word in right_to_left)
        assert _letters(line) in catalog, line
        right_edge = max(x1 for _, x1, _ in words)
        checked += 1
        indent = 1.5 * BODY_SIZE[variant]  # list items: the bullet stands in the margin
        if abs(right_edge - right_margin) > 2 and abs(right_edge - right_margin + indent) > 2:
            continue  # centred (a footer, a header) or in a box
    assert checked > 10


@pytest.mark.parametrize("locale", ["ar", "hi", "bn", "th", "km", "my"])
@pytest.mark.parametrize("variant", ("large-print",))
def test_shaped_text_reads_back_exactly(built: Path, pdf_path, locale: str, variant: str):
    """Joining forms, conjuncts and stacked vowels come back as the catalog's characters."""
    text = pdf_text(pdf_path(locale, variant))
    title = translations(built, locale)[("Do I Have Calciphylaxis?", None)]
    assert normalise(title) in text
    for paragraph in [
        value
        for (_, context), value in translations(built, locale).items()
        if context == "full text"
    ][:4]:
        assert normalise(paragraph.replace("**", "")) in text


JOINERS = {
    # Persian spells with the zero-width non-joiner; Hindi uses ZWJ for the eyelash ra
    # and half forms; Thai may mark a word break with a zero-width space; a word joiner
    # and a soft hyphen in Spanish.
    "fa": "این بیماری می\u200cتواند خطرناک باشد و درمان\u200cها کمک می\u200cکنند.",
    "hi": "र\u200dया और क\u200dष और क्\u200cष तीनों।",
    "th": "โรคนี้\u200bพบได้\u200bยาก\u200bมาก",
    "es": "pala\u2060bra y cal\u00adci\u00adfi\u00adla\u00adxis aquí",
}


@pytest.mark.parametrize("locale", sorted(JOINERS))
def test_joiners_pass_through_and_come_back(tmp_path: Path, locale: str):
    from conftest import copy_project

    project = copy_project(tmp_path / "project", [locale])
    text = JOINERS[locale]
    set_translation(project, locale, None, "full text", text)
    result = run_handout(
        project, "build", "--no-check", "--locale", locale, "--variant", "large-print"
    )
    assert result.code == 0, result.err
    shown = PdfReader(pdf_file(project, locale, "large-print")).pages[0].extract_text()
    for joiner in "\u200c\u200d\u200b\u2060":
        assert shown.count(joiner) >= text.count(joiner), (joiner, shown)


def _line_extents(path: Path) -> tuple[tuple[int, float, float, str], ...]:
    """Each line MuPDF finds: page, left and right edge of its glyphs, its text."""
    return reading_of(path).extents


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_no_line_extends_past_its_frame(pdf_path, locale: str, variant: str):
    """Measured from the PDF by MuPDF: every glyph between the left and right margins."""
    margin = MARGIN[variant]
    for page, left, right, text in _line_extents(pdf_path(locale, variant)):
        assert left >= margin - 1.0, (page, left, text)
        assert right <= PAGE_WIDTH - margin + 1.0, (page, right, text)


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_no_glyph_comes_near_a_glyph_of_the_line_above(pdf_path, locale: str, variant: str):
    """Measured by MuPDF from the glyph outlines: the ink of each line keeps clear of the
    ink of the lines above it (line spacing from the ink keeps a tenth of the size; Arabic,
    Thai and Lao are set closer than their fonts' own line spacing)."""
    gap, page, upper, lower = reading_of(pdf_path(locale, variant)).closest_lines
    assert gap >= 0.09, (page, upper, lower, gap)


@pytest.mark.parametrize("locale", ["th", "lo", "km", "my"])
def test_scripts_without_spaces_break_between_words(pdf_path, locale: str):
    """Lines of Thai, Lao, Khmer and Burmese fill the measure (they are broken by ICU's
    dictionaries, not left whole and wider than the page)."""
    extents = _line_extents(pdf_path(locale, "large-print"))
    widths = sorted(right - left for _, left, right, _ in extents)
    assert len(extents) > 20
    assert widths[-1] <= PAGE_WIDTH - 2 * MARGIN["large-print"] + 2
    assert widths[len(widths) * 3 // 4] > 0.6 * (PAGE_WIDTH - 2 * MARGIN["large-print"])


@pytest.mark.parametrize(
    ("locale", "variant"),
    [(locale, variant) for locale in ("zh_Hans", "zh_Hant", "ja") for variant in VARIANTS],
)
def test_cjk_lines_follow_kinsoku(pdf_path, locale: str, variant: str):
    """No line starts with closing punctuation or a small kana, none ends with an opening
    bracket."""
    lines = reading_of(pdf_path(locale, variant)).pypdf.lines
    assert len(lines) > 20
    no_start = (
        "\uff0c\u3002\u3001\uff1a\uff1b\uff09\uff01\uff1f\u300d\u300f\u30fc"
        "\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u30a1\u30a3\u30a5"
        "\u30a7\u30a9\u30c3\u30e3\u30e5\u30e7"
    )
    no_end = "\u300c\u300e\uff08"
    assert not [line for line in lines if line[0] in no_start]
    assert not [line for line in lines if line[-1] in no_end]


FACES = {
    "ja": "IPAex",
    "zh_Hant": "UMing",
    "ko": "Nanum",
    "zh_Hans": "DroidSans",
    "th": "NotoSansThai",
    "ar": "NotoSansArabic",
    "hi": "NotoSansDevanagari",
}


@pytest.mark.parametrize("locale", sorted(FACES))
def test_each_language_is_set_in_its_own_face(pdf_path, locale: str):
    """The locale's own face draws its letters (Japanese from a Japanese face, Traditional
    Chinese from a Traditional Chinese one)."""
    fonts = reading_of(pdf_path(locale, "large-print")).fonts
    assert any(FACES[locale].lower() in font.lower().replace("-", "") for font in fonts), fonts


def _stroked_characters(path: Path) -> str:
    """Every character MuPDF strokes (text render mode 1 or 2), from the glyphs' own
    codes: an /ActualText span can hold a bold term and its plain definition, and
    PDFium gives the span's whole text the render mode of its first glyph."""
    with pymupdf.open(path) as document:
        return "".join(
            chr(character[0])
            for page in document
            for span in page.get_texttrace()
            if span["type"] == 1  # a stroke
            for character in span["chars"]
            if not chr(character[0]).isspace()
        )


def test_bold_shows_in_a_face_without_a_bold_file(built: Path, pdf_path):
    """Chinese has no bold file (Droid Sans Fallback): its bold glossary terms and headings
    are drawn with their outlines stroked, and nothing else is; faces with a bold file
    are never stroked."""
    catalog = translations(built, "zh_Hans")
    stroked = _stroked_characters(pdf_path("zh_Hans", "plain-language"))
    terms = [
        (segment.text, rest.text)
        for (english, _), translated in catalog.items()
        if english.startswith("**")
        for segment, rest in [segments(translated)[:2]]
        if segment.bold
    ]
    assert len(terms) >= 10
    for term, definition in terms:
        assert "".join(term.split()) in stroked, term
        assert "".join(definition.strip(" :\uff1a").split()) not in stroked, definition
    for locale in ("en", "ko"):
        assert _stroked_characters(pdf_path(locale, "plain-language")) == ""


MIXED = {
    # A Latin name and a link inside Arabic, punctuation after each, brackets, quotes,
    # a letter with two marks, Arabic-Indic digits. The link's text shows its address:
    # one that does not is followed by it in brackets, which Poppler moves about Latin
    # in right-to-left text (README, "Readback").
    "ar": "اقرأ المزيد في [موقع jamanetwork.com](https://jamanetwork.com/) اليوم. دواء warfarin، "
    "وهو (مهم جدًّا) «اليوم» في الصفحة ١٢٣ من \u0665",
    "hi": "और जानकारी [यहाँ देखें](https://jamanetwork.com/) आज।",
}


@pytest.mark.parametrize("locale", sorted(MIXED))
def test_mixed_shaped_text_links_and_punctuation_read_back(project: Path, locale: str):
    """A shaped paragraph with a Latin name, punctuation and a link passes the build's
    own checks, reads back exactly from both extractors, and keeps its link. (Poppler
    gave the Arabic back with a full stop and a comma moved onto the next word, and no
    space after a Latin name, until their /ActualText held directional marks.)"""
    english = "Read more [at JAMA](https://jamanetwork.com/) today."
    set_translation(project, locale, None, "full text", MIXED[locale], english=english)
    result = run_handout(project, "build", "--locale", locale, "--variant", "large-print")
    assert result.code == 0, result.err
    pdf = pdf_file(project, locale, "large-print")
    shown = normalise(plain_text(MIXED[locale]))  # with an address after a link's text
    assert shown in pdf_text(pdf)
    poppler = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert shown in normalise(poppler)
    reader = PdfReader(pdf)
    uris = [
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
    ]
    assert "https://jamanetwork.com/" in uris


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_no_missing_glyph(pdf_path, locale: str, variant: str):
    text = pdf_text(pdf_path(locale, variant))
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


@pytest.mark.parametrize("locale", TRANSLATED)
def test_every_locale_is_fully_translated(built: Path, locale: str):
    from conftest import catalog

    for domain in ("calciphylaxis", "interface"):
        po = catalog(built, locale, domain)
        assert po.percent_translated() == 100, (
            domain,
            [e.msgid for e in po.untranslated_entries()][:3],
        )


def test_a_list_bullet_comes_from_a_face_that_has_it(project: Path):
    """A chain that starts with a script's own face, which has no bullet (Noto Sans
    Devanagari, as Thai, Khmer and Malayalam faces), draws each list item's bullet from
    the first face that has one, and passes its checks; the bullet was drawn in the
    first face, as its missing glyph, which PDF/UA-1 refused."""
    fonts = project / "fonts"
    fonts.unlink()  # the repository's, shared: this project gets a table of its own
    fonts.mkdir()
    (fonts / "fonts.toml").write_text(
        '[chains]\nhi = ["noto-sans-devanagari", "atkinson-hyperlegible", "noto-sans"]\n',
        encoding="utf-8",
    )
    result = run_handout(project, "build", "--locale", "hi", "--variant", "plain-language")
    assert result.code == 0, result.err
    assert "\u2022" in pdf_text(pdf_file(project, "hi", "plain-language"))


def test_characters_beyond_the_basic_plane_break_lines_where_they_should(tmp_path: Path):
    """A character beyond U+FFFF (a CJK Extension B ideograph, as in Japanese and
    Cantonese names) is one character where lines break: ICU counts it as two UTF-16
    units, and past one the breaks fell in the wrong places (a build failed)."""
    project = copy_project(tmp_path / "project", ["ja"])
    catalog = polib.pofile(str(project / "locales" / "ja" / "LC_MESSAGES" / f"{HANDOUT}.po"))
    first = next(entry for entry in catalog if entry.msgctxt == "full text")
    text = "\U0002000b\U00020089" + first.msgstr * 3  # IPAex Gothic has both
    set_translation(project, "ja", first.msgid, "full text", text)
    result = run_handout(project, "build", "--locale", "ja", "--variant", "large-print")
    assert result.code == 0, result.err
    assert normalise(text) in normalise(pdf_text(pdf_file(project, "ja", "large-print")))


def test_an_untranslated_date_label_prints_its_date_in_english(project: Path):
    """A date label left untranslated is printed in English, its date with it: "Revised
    4 ديسمبر 2026" mixed two languages in one span tagged English, and, laid out right
    to left, came apart ("2026 ديسمبر ... Revised 4")."""
    set_translation(project, "ar", "Revised {date}", "interface", "", domain="interface")
    result = run_handout(
        project, "build", "--no-check", "--locale", "ar", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    assert "Revised December 4, 2026" in pdf_text(pdf_file(project, "ar", "large-print"))


def test_an_ideographic_variation_sequence_is_built_and_reads_back(tmp_path: Path):
    """A Japanese name written with an ideographic variation selector (U+E0100, the
    form a family registers its name in) was refused: "no font has U+E0100", though
    IPAex Gothic maps the sequence (cmap format 14)."""
    project = copy_project(tmp_path / "project", ["ja"])
    text = "原因（\u50c5\U000e0100か）"
    set_translation(project, "ja", "Causes", "full text", text)
    result = run_handout(
        project, "build", "--no-check", "--locale", "ja", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    assert normalise(text) in normalise(pdf_text(pdf_file(project, "ja", "large-print")))


@pytest.mark.parametrize("after", [".", "\u060c"])  # a full stop, an Arabic comma
def test_a_right_to_left_link_right_before_punctuation_reads_back(project: Path, after: str):
    """Right to left, a linked word and the punctuation after it are runs of their own;
    the punctuation was drawn in a text object apart from the link's, pypdf read a
    space in between, and the build refused the PDF ("text missing")."""
    text = f"اتصل [بالعيادة](tel:+15551234567){after} ثم استرح."
    english = "Call [the clinic](tel:+15551234567), then rest."
    set_translation(project, "ar", None, "full text", text, english=english)
    result = run_handout(project, "build", "--locale", "ar", "--variant", "large-print")
    assert result.code == 0, result.err
    pdf = pdf_file(project, "ar", "large-print")
    # The address handout prints after the link's text: a left-to-right mark first, or
    # the plus went to the far end of the number ("(15551234567+)").
    shown = f"اتصل بالعيادة (\u200e+15551234567){after} ثم استرح."
    assert normalise(shown) in normalise(pdf_text(pdf))
    assert "+15551234567" in drawn_line(pdf, "+")  # the plus at the number's left
    reader = PdfReader(pdf)
    uris = [a.get_object()["/A"]["/URI"] for p in reader.pages for a in p.get("/Annots", [])]
    assert "tel:+15551234567" in uris


def test_a_catalog_typed_decomposed_prints_the_same_text_as_one_typed_composed(
    tmp_path: Path, pdf_path
):
    """A Vietnamese catalog written with each tone mark after its letter (as Windows'
    Vietnamese keyboard types it) prints the text of the composed one: pypdf, pdftotext
    and PDFium give back the same composed text, which a reader's search finds. Before,
    they gave it back half composed."""
    project = copy_project(tmp_path / "project", ["vi"])
    path = project / "locales" / "vi" / "LC_MESSAGES" / f"{HANDOUT}.po"
    catalog = polib.pofile(str(path))
    for entry in catalog:
        entry.msgstr = unicodedata.normalize("NFD", entry.msgstr)
    catalog.save(str(path))
    result = run_handout(
        project, "build", "--no-check", "--locale", "vi", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    typed, shipped = pdf_file(project, "vi", "large-print"), pdf_path("vi", "large-print")
    for read in RAW_READERS:
        assert read(typed) == read(shipped)
        assert unicodedata.is_normalized("NFC", read(typed))


def test_a_word_broken_at_a_soft_hyphen_reads_back_whole(project: Path):
    """A translator's soft hyphens where lines do end: the line shows a hyphen, and pypdf,
    pdftotext and PDFium give each word back whole, as it is written (a soft hyphen is no
    text a reader sees). pypdf read the hyphen drawn and a line break inside the word
    ("encefalo\xad-\\ngrafía"), pdftotext the line break ("encefalo\xad\\ngrafía");
    PDFium joined it, the hyphen given back as U+FFFE (its mark of a hyphen at a line's
    end, which `normalise` drops with the soft hyphen). The build's check takes it.
    The paragraph goes on to page 2: page 1 ended inside a word ("electro\xad"), which
    no extractor joins to the next page's first line ("encefalo\xadgrafía"), and each
    read two words; page 1 now ends a line earlier, after a whole word."""
    hyphen = "\u00ad"
    words = [
        f"electro{hyphen}encefalo{hyphen}grafía",
        f"hiper{hyphen}para{hyphen}tiroid{hyphen}ismo",
    ]
    sentences = [
        *["La calcifilaxis es una enfermedad rara."] * 3,
        *(f"Se hace una {words[index % 2]}." for index in range(16)),
    ]
    text = " ".join(
        ["La", *words * 6, "y", "otorrino" + hyphen + "laringo" + hyphen + "logía.", *sentences]
    )
    set_translation(project, "es", None, "full text", text)
    result = run_handout(project, "build", "--locale", "es", "--variant", "large-print")
    assert result.code == 0, result.err
    pdf = pdf_file(project, "es", "large-print")
    assert "\ufffe" in pdfium_raw_text(pdf)  # a line did end at a soft hyphen (PDFium's mark)
    assert sentences[-1] not in normalise(PdfReader(pdf).pages[0].extract_text())
    for read in RAW_READERS:
        raw = read(pdf)
        assert normalise(text) in normalise(raw), read.__name__
        # A page break (or any break a soft hyphen does not end) reads as a space.
        spaced = " ".join(raw.replace(hyphen, "").replace("\ufffe", "").split())
        assert text.replace(hyphen, "") in spaced, read.__name__


def test_ethiopic_written_with_wordspaces_breaks_lines_after_them(tmp_path: Path):
    """Amharic and Tigrinya may part their words with the Ethiopic wordspace ፡ (U+1361)
    in place of spaces. Lines broke at spaces only, so such a paragraph ran on as one
    word, cut between two letters wherever a line was full ("ቅጦና" at a line's end,
    "ዲቹ።" at the next's start) and read back with a line break inside the word. Each
    line now ends after a wordspace (or a space), and pypdf, pdftotext and PDFium give
    the paragraph back as written."""
    project = copy_project(tmp_path / "project", ["ti"])
    entry = max(
        (entry for entry in catalog(project, "ti") if entry.msgctxt == "full text"),
        key=lambda entry: len(entry.msgstr),
    )
    text = re.sub(r"(?<=[\u1200-\u135a]) (?=[\u1200-\u135a])", "\u1361", entry.msgstr)
    set_translation(project, "ti", entry.msgid, "full text", text)
    result = run_handout(
        project, "build", "--no-check", "--locale", "ti", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    pdf = pdf_file(project, "ti", "large-print")
    with pymupdf.open(pdf) as document:
        lines = ["".join(c["c"] for c in line) for page in document for line in drawn_lines(page)]
    broken = [line.rstrip() for line in lines if line.strip() in text and len(line.strip()) > 8]
    assert len(broken) > 3  # the paragraph fills several lines
    for line in broken:
        assert line.endswith(("\u1361", "\u1362", "\u1363")) or text.endswith(line), line
    for read in RAW_READERS:
        assert normalise(text) in normalise(read(pdf)), read.__name__


def test_lao_typed_with_two_letter_onsets_is_not_broken_inside_them(tmp_path: Path):
    """Lao typed as many keyboards type it, ຫນ, ຫມ and ຫລ for the ligatures ໜ, ໝ and ຫຼ
    (the shipped translation so typed): ICU's dictionary broke words it did not know so
    spelt after the ຫ, and a line of large print ended "ຂະຫ", the rest of "ຂະຫນາດ"
    (size) on the next. No line now ends inside such an onset, and the text reads back."""
    project = copy_project(tmp_path / "project", ["lo"])
    po = catalog(project, "lo")
    for entry in po:
        entry.msgstr = entry.msgstr.replace("ໜ", "ຫນ").replace("ໝ", "ຫມ").replace("ຫຼ", "ຫລ")
    po.save()
    result = run_handout(
        project, "build", "--no-check", "--locale", "lo", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    pdf = pdf_file(project, "lo", "large-print")
    with pymupdf.open(pdf) as document:
        lines = ["".join(c["c"] for c in line) for page in document for line in drawn_lines(page)]
    assert sum("ຫນ" in line or "ຫມ" in line for line in lines) > 5
    assert [line for line in lines if line.rstrip().endswith("ຫ")] == []
    shown = pdf_text(pdf)
    for entry in po:
        if entry.msgctxt == "full text" and "ຫນ" in entry.msgstr:
            assert normalise(plain_text(entry.msgstr)) in shown


UNITS = {  # a number and a Latin unit: two left-to-right runs, a right-to-left space between
    "ar": "تناول 5 mg من الدواء كل يوم ثم استرح.",
    "fa": "روزانه 5 mg دارو بخورید و بعد استراحت کنید.",
}


@pytest.mark.parametrize("locale", sorted(UNITS))
def test_a_number_and_a_latin_unit_in_right_to_left_text_read_back(tmp_path: Path, locale: str):
    """'5 mg' in Arabic or Persian: by the bidi algorithm "5" and "mg" are two runs with
    a right-to-left space between. All three extractors read it back as written: PDFium
    read "mg 5 m", pdftotext the line's second half after the next block, and then
    "mg 5" (the two stretches as they lie), until each stretch's /ActualText was held
    in place by directional marks."""
    english = "Take 5 mg of the medicine each day, then rest."
    project = copy_project(tmp_path / "project", [locale])
    set_translation(project, locale, None, "full text", UNITS[locale], english=english)
    result = run_handout(
        project, "build", "--no-check", "--locale", locale, "--variant", "large-print"
    )
    assert result.code == 0, result.err
    pdf = pdf_file(project, locale, "large-print")
    shown = normalise(UNITS[locale])
    assert shown in normalise(pypdf_raw_text(pdf))
    assert shown in normalise(pdfium_raw_text(pdf).replace("\r\n", "\n"))
    assert shown in normalise(poppler_raw_text(pdf))


SIGNS = {  # a per cent or degree sign after a number: a neutral the bidi algorithm sets
    # right to left, drawn at the number's far side; "38 °C", the sign alone between two
    # left-to-right stretches, PDFium reads as "° 38 C" ("PDFium and right-to-left text")
    "ar": (
        "اتصل بنا إذا كانت حرارتك 38°C أو أكثر، واملأ 100% من الاستمارة.",
        "Call us if your temperature is 38°C or higher, and fill in 100% of the form.",
        RAW_READERS,
    ),
    "fa": (
        "اگر دمای بدن شما 38 °C یا بیشتر است، با ما تماس بگیرید.",
        "Call us if your temperature is 38 °C or higher.",
        (pypdf_raw_text, poppler_raw_text),
    ),
}


@pytest.mark.parametrize("locale", sorted(SIGNS))
def test_a_number_with_a_sign_after_it_in_right_to_left_text_reads_back(
    tmp_path: Path, locale: str
):
    """A per cent or degree sign after a number ("100%", "38 °C") in Arabic or Persian.
    pdftotext read the next block's first word into the middle of the paragraph, after
    "100%" (the sign's glyph, in an empty /ActualText span, left a gap it took for a
    column's edge), and gave "38 ° C"; PDFium read the sign twice ("100%%", "38°°C"),
    until the sign's glyph was given a span of an invisible right-to-left mark."""
    text, english, readers = SIGNS[locale]
    project = copy_project(tmp_path / "project", [locale])
    set_translation(project, locale, None, "full text", text, english=english)
    result = run_handout(
        project, "build", "--no-check", "--locale", locale, "--variant", "large-print"
    )
    assert result.code == 0, result.err
    pdf = pdf_file(project, locale, "large-print")
    for reader in readers:
        assert normalise(text) in normalise(reader(pdf).replace("\r\n", "\n")), reader


NEW_SCRIPTS = {  # "Calciphylaxis is a rare disease of the skin."
    # Yiddish (one of New York's most spoken languages) with its pointing, and Hebrew
    "yi": "קאַלציפֿילאַקסיס איז אַ זעלטענע קרענק פֿון דער הויט.",
    "he": "קלציפילקסיס היא מחלה נדירה של העור.",
    # Telugu, Tamil, Kannada and Malayalam, spoken by many families clinics serve
    "te": "కాల్సిఫైలాక్సిస్ చర్మానికి వచ్చే అరుదైన వ్యాధి.",
    "ta": "கால்சிஃபிலாக்ஸிஸ் என்பது தோலின் ஓர் அரிய நோய்.",
    "kn": "ಕ್ಯಾಲ್ಸಿಫಿಲ್ಯಾಕ್ಸಿಸ್ ಚರ್ಮದ ಅಪರೂಪದ ಕಾಯಿಲೆ.",
    "ml": "കാൽസിഫിലാക്സിസ് ചർമ്മത്തിലെ ഒരു അപൂർവ രോഗമാണ്.",
}


@pytest.mark.parametrize("locale", sorted(NEW_SCRIPTS))
def test_a_new_locale_in_a_shipped_script_needs_no_font_of_its_own(tmp_path: Path, locale: str):
    """A clinic adds Yiddish, Hebrew, Telugu, Tamil, Kannada or Malayalam with `init`
    alone: each stopped every build (no font had the letters of the date on page 1). The
    script's shipped face sets its letters, pointing and conjuncts, and the text comes back
    exactly: from every extractor, or, right to left, from pypdf (a page of English with
    one Hebrew paragraph, Poppler reads its lines by the left-to-right rule: see the
    README's "Poppler and right-to-left bilingual pages")."""
    project = copy_project(tmp_path / "project", [])
    assert run_handout(project, "init", locale).code == 0
    text = NEW_SCRIPTS[locale]
    set_translation(project, locale, None, "full text", text)
    result = run_handout(
        project, "build", "--no-check", "--locale", locale, "--variant", "large-print"
    )
    assert result.code == 0, result.err
    pdf = pdf_file(project, locale, "large-print")
    right_to_left = unicodedata.bidirectional(text[0]) == "R"
    for read in (pypdf_raw_text,) if right_to_left else RAW_READERS:
        assert normalise(text) in normalise(read(pdf)), read.__name__
    name = unicodedata.name(text[0]).split()[0].lower()  # "TELUGU LETTER KA"
    faces = {family.lower() for family in reading_of(pdf).families[script_of(text[0])]}
    assert faces == {f"notosans{name}"}


@pytest.mark.parametrize(
    ("locale", "face"),
    [("as", "notosansbengali"), ("wal", "notosansethiopic"), ("shn", "notosansmyanmar")],
)
def test_a_language_in_another_languages_script_finds_its_face(
    tmp_path: Path, locale: str, face: str
):
    """Assamese (Bengali letters), Wolaytta (Ethiopic) and Shan (Myanmar) have no chain of
    their own: the default chain ends with every script's face, so `init` alone makes a
    project that builds (every build stopped: no font had the letters of the date, which
    handout writes in the language once its label is translated)."""
    project = copy_project(tmp_path / "project", [])
    assert run_handout(project, "init", locale).code == 0
    set_translation(project, locale, "Revised {date}", "interface", "{date}", domain="interface")
    result = run_handout(
        project, "build", "--no-check", "--locale", locale, "--variant", "large-print"
    )
    assert result.code == 0, result.err
    families = reading_of(pdf_file(project, locale, "large-print")).families
    assert face in {family.lower() for script, found in families.items() for family in found}


@pytest.mark.parametrize("locale", ["ar", "fa"])
def test_a_right_to_left_list_item_longer_than_a_page_builds(tmp_path: Path, locale: str):
    """A right-to-left item's bullet is drawn after its text (PDFium reads a line from its
    last glyph drawn); an item split across pages had its bullet drawn after its first
    part, so pypdf read the bullet into the middle of the item and the build refused the
    PDF ("text missing"): no long right-to-left list item could be printed."""
    project = copy_project(tmp_path / "project", [locale])
    english = (
        "These wounds heal slowly. They may get infected. The infection may spread to the blood."
    )
    item = translations(project, locale)[(english, "plain language")]
    long_item = " ".join([item] * 40)
    set_translation(project, locale, english, "plain language", long_item)
    result = run_handout(project, "build", "--locale", locale, "--variant", "plain-language")
    assert result.code == 0, result.err
    text = normalise(pypdf_raw_text(pdf_file(project, locale, "plain-language")))
    assert normalise(long_item) in text


@pytest.mark.parametrize("locale", ["ar", "fa"])
def test_brackets_around_latin_in_right_to_left_text_stay_with_it(tmp_path: Path, locale: str):
    """A drug's brand name in brackets after its Latin name, in a right-to-left sentence:
    the brackets take the direction of the text inside them (UAX #9 rule N0), so the page
    shows "ibuprofen (Advil)" left to right. Without the rule it showed "(ibuprofen
    (Advil": the closing bracket mirrored at the far side of "ibuprofen". Read from where
    MuPDF finds the glyphs (not the /ActualText), left to right."""
    project = copy_project(tmp_path / "project", [locale])
    text = "خذ ibuprofen (Advil) كل يوم."
    set_translation(project, locale, None, "full text", text)
    result = run_handout(
        project, "build", "--no-check", "--locale", locale, "--variant", "large-print"
    )
    assert result.code == 0, result.err
    pdf = pdf_file(project, locale, "large-print")
    assert normalise(text) in normalise(pdf_text(pdf))
    baselines: dict[tuple[int, float], list[tuple[float, str]]] = {}
    with pymupdf.open(pdf) as document:
        for number, page in enumerate(document):
            glyphs = page.get_text("rawdict", flags=pymupdf.TEXT_IGNORE_ACTUALTEXT)
            for block in glyphs["blocks"]:
                for line in block.get("lines", []):
                    for span in line["spans"]:
                        for char in span["chars"]:
                            x, y = char["origin"]
                            baselines.setdefault((number, round(y)), []).append((x, char["c"]))
    shown = [
        "".join(c for _, c in sorted(chars) if c.isascii() and not c.isspace())
        for chars in baselines.values()
    ]
    (line,) = [line for line in shown if "Advil" in line]
    assert "ibuprofen(Advil)" in line


def _refused_date(tmp_path: Path, locale: str) -> tuple[Path, str, str]:
    """A project of `locale` whose only translation is the date's label, built in large
    print and refused: the project, where the label's translation is, the error line."""
    project = copy_project(tmp_path / "project", [])
    assert run_handout(project, "init", locale).code == 0
    set_translation(project, locale, "Revised {date}", "interface", "{date}", domain="interface")
    label = Path(f"locales/{locale}/LC_MESSAGES/interface.po")
    where = f"{label}:{_msgstr_line(project / label, 'Revised {date}')}"
    result = run_handout(project, "build", "--locale", locale, "--variant", "large-print")
    assert result.code == 1
    (line,) = [line for line in result.err.splitlines() if line.startswith("error:")]
    return project, where, line


def test_a_date_no_font_can_write_is_named_as_the_date_not_as_nothing(tmp_path: Path):
    """Cherokee with no Cherokee face: with the catalogs still empty but for the date's
    label, the only Cherokee letters are the revision date's month, which CLDR spells;
    the error named no file and no text. It shows the date; a translation in those
    letters is named first, at its catalog line. (With its label untranslated, the date
    is printed in English, as the label is.)"""
    project, where, line = _refused_date(tmp_path, "chr")
    assert line.startswith(f"error: {where}: locale chr: no font has U+13"), line  # Cherokee
    assert re.search(r"\(in '[^']*[\u13a0-\u13ff]+ \d+, 2026', which handout writes\)", line)
    lint = run_handout(project, "lint", "--locale", "chr")  # at the label, not the handout's
    (found,) = [line for line in lint.out.splitlines() if "which handout writes" in line]
    assert found.startswith(f"{where}: error: locale chr: no font has U+13"), lint.out
    set_translation(project, "chr", "Do I Have Calciphylaxis?", None, "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ")
    result = run_handout(project, "build", "--locale", "chr")  # each variant fails alike:
    (line,) = [line for line in result.err.splitlines() if line.startswith("error:")]  # once
    assert re.match(r"error: locales/chr/LC_MESSAGES/calciphylaxis\.po:\d+: ", line), line
    assert "3 failed" in result.out


def test_an_english_item_of_a_right_to_left_list_stands_by_its_box(project: Path):
    """An item the Arabic catalog lacks is printed in English, left to right: it was set at
    the left margin, a line's width from its tick box at the right."""
    set_translation(project, "ar", "Who is on my care team?", "plain language", "")
    result = run_handout(
        project, "build", "--no-check", "--locale", "ar", "--variant", "plain-language"
    )
    assert result.code == 0, result.err
    document = pymupdf.open(pdf_file(project, "ar", "plain-language"))
    page = next(page for page in document if page.search_for("Who is on my care team?"))
    (found,) = page.search_for("Who is on my care team?")
    arabic = [
        block[2]  # the right edge of each line of the list's Arabic questions
        for block in page.get_text("blocks")
        if "؟" in block[4] and block[1] > found.y0 - 80 and block[3] < found.y1 + 80
    ]
    assert arabic and abs(found.x1 - max(arabic)) < 2, (found, arabic)


def _msgstr_line(catalog: Path, msgid: str) -> int:
    """The line of the msgstr of the entry whose msgid is `msgid` (one line long), read
    apart from handout."""
    lines = catalog.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"msgid {json.dumps(msgid, ensure_ascii=False)}")
    return next(n for n, line in enumerate(lines[start:], start + 1) if line.startswith("msgstr"))


ADLAM = "\U0001e900\U0001e901\U0001e902\U0001e903 \U0001e904\U0001e905\U0001e906\U0001e907?"
READ_BACK_REVERSED = (
    "locale ff_Adlm: Adlam text (U+1E900 '\U0001e900'…) is read back out of order by pypdf "
    "and Poppler and not at all by PDFium, so its PDFs would fail their check: not supported "
    "(right-to-left letters beyond U+FFFF)"
)


def test_a_right_to_left_script_beyond_the_basic_plane_is_refused_at_its_line(tmp_path: Path):
    """Fula in Adlam: pypdf, which the build's check reads with, takes right-to-left text
    only in its blocks below U+FFFF; it read each word of the Adlam title back to front,
    so lint said 0 errors and every PDF of the locale failed its check ("notice missing",
    "text missing", 400 characters, and "a bug: please report it"). Lint and the build
    both name the catalog line, before any font is looked for (none ships for Adlam);
    the other locales build."""
    project = copy_project(tmp_path / "project", ["ar"])
    assert run_handout(project, "init", "ff_Adlm").code == 0
    set_translation(project, "ff_Adlm", "Do I Have Calciphylaxis?", None, ADLAM)
    catalog = Path("locales/ff_Adlm/LC_MESSAGES") / f"{HANDOUT}.po"
    where = f"{catalog}:{_msgstr_line(project / catalog, 'Do I Have Calciphylaxis?')}"
    lint = run_handout(project, "lint", "--locale", "ff_Adlm")
    assert f"{where}: error: {READ_BACK_REVERSED} [readback]" in lint.out.splitlines(), lint.out
    result = run_handout(project, "build", "--no-check")
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {where}: {READ_BACK_REVERSED}"], result.err
    assert "3 failed" in result.out
    assert not (project / "output" / HANDOUT / "ff_Adlm").exists()
    for variant in VARIANTS:
        assert pdf_file(project, "ar", variant).exists()


def test_a_date_in_a_right_to_left_script_beyond_the_basic_plane_is_named_as_the_date(
    tmp_path: Path,
):
    """With its label translated, the date is written in Adlam (CLDR's month): refused as
    the text handout writes, in lint as in the build."""
    project, where, line = _refused_date(tmp_path, "ff_Adlm")
    assert re.fullmatch(
        rf"error: {where}: locale ff_Adlm: Adlam text \(U\+1E904 '\U0001e904'… in '[^']*', "
        r"which handout writes\) is read back out of order .*",
        line,
    ), line
    lint = run_handout(project, "lint", "--locale", "ff_Adlm")
    (found,) = [line for line in lint.out.splitlines() if "which handout writes" in line]
    assert found.startswith(f"{where}: error: locale ff_Adlm: Adlam text"), lint.out


@pytest.mark.parametrize(
    ("locale", "text", "refused"),
    [
        ("ff_Adlm", ADLAM, True),
        ("rhg", "\U00010d00\U00010d01\U00010d02 \U00010d03\U00010d04?", True),  # Hanifi Rohingya
        ("nqo", "\u07ca\u07cb\u07cc \u07cd\u07ce?", False),  # N'Ko
        ("dv", "\u0780\u0781\u0782 \u0783\u0784?", False),  # Thaana
        ("syr", "\u0710\u0712\u0713 \u0714\u0715?", False),  # Syriac
    ],
)
def test_only_right_to_left_letters_beyond_the_basic_plane_are_refused(
    tmp_path: Path, locale: str, text: str, refused: bool
):
    """Measured with Noto's faces: every right-to-left script beyond U+FFFF (Adlam, Hanifi
    Rohingya, Mende Kikakui, Old Hungarian, Yezidi, Sogdian and 19 others) came back from
    pypdf each word back to front, and failed the build's check; those below it (N'Ko,
    Thaana, Syriac, Samaritan, Mandaic, Hebrew) came back right, as did Medefaidrin,
    left to right beyond it. Without a font of the script lint also says 'no font has'."""
    project = copy_project(tmp_path / "project", [])
    assert run_handout(project, "init", locale).code == 0
    set_translation(project, locale, "Do I Have Calciphylaxis?", None, text)
    lint = run_handout(project, "lint", "--locale", locale)
    assert ("[readback]" in lint.out) is refused, lint.out
