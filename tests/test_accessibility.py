"""PDF/UA-1: the real validator, the structure tree, and text read back by two extractors."""

from __future__ import annotations

import subprocess
from pathlib import Path

import page
import polib
import pypdfium2 as pdfium
import pytest
from conftest import (
    HANDOUT,
    LOCALES,
    VARIANTS,
    copy_project,
    normalise,
    pdf_text,
    run_handout,
    translations,
)
from pypdf import PdfReader
from pypdf.generic import ArrayObject, BooleanObject, DictionaryObject, NumberObject

from handout.inline import plain_text
from handout.source import SECTION_HEADINGS, BlockKind, read_handout

MATRIX = [(locale, variant) for locale in LOCALES for variant in VARIANTS]
RIGHT_TO_LEFT = {"ar"}
PART = {"large-print": "full", "plain-language": "plain"}
CONTEXT = {"full": "full text", "plain": "plain language"}


def expected_blocks(project: Path, locale: str, variant: str) -> list[str]:
    """The text of every block a reader must get, in reading order, derived from the source
    and the catalog (read with polib) as the spec says, not by the code under test."""
    handout = read_handout(project / "handouts" / f"{HANDOUT}.md")
    catalog = translations(project, locale) if locale != "en" else {}

    def tr(english: str, context: str | None) -> str:
        return plain_text(catalog.get((english, context), english))

    part = PART[variant]
    blocks = [tr(handout.title.markdown, None)]
    draft = "This translation has not yet been reviewed by a qualified medical translator."
    if locale != "en":
        blocks += [tr(draft, "interface"), draft]
    for block in handout.part(part):
        if block.kind is BlockKind.HEADING and not block.texts:
            blocks.append(tr(SECTION_HEADINGS[block.section], "interface"))
        blocks += [tr(text.markdown, CONTEXT[part]) for text in block.texts]
    blocks.append(tr("About this handout", "interface"))
    if locale != "en":
        blocks += [tr(notice.text.markdown, None) for notice in handout.notices]
    blocks += [notice.text.markdown for notice in handout.notices]
    blocks += [tr("Source", "interface"), handout.citation.text]
    return blocks


def assert_in_reading_order(text: str, blocks: list[str]) -> None:
    position = 0
    for block in blocks:
        index = text.find(normalise(block), position)
        assert index >= 0, f"not found (in order): {block!r}"
        position = index + len(normalise(block))


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_pdfua1_validator_finds_no_failure(pdf_path, locale: str, variant: str):
    report = page.validate_pdf(str(pdf_path(locale, variant)), profile="ua1")
    assert [f.rule_id for f in report.failures] == []
    assert report.is_compliant


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_pypdf_gives_every_block_back_in_reading_order(built: Path, pdf_path, locale: str,
                                                      variant: str):
    assert_in_reading_order(pdf_text(pdf_path(locale, variant)),
                            expected_blocks(built, locale, variant))


def pdftotext(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, text=True, check=True)
    return normalise(done.stdout)


# Poppler turns a right-to-left line back into logical order with its own rule,
# not UAX #9's (TextOutputDev.cc, reorderText): it takes ".,:" for digits and
# sets the spaces beside them with them, so on a right-to-left page it can print
# no line where a full stop, colon or Latin word is followed by a space and then
# an Arabic word: "نادر. وقد" comes back "نادر .وقد" from any PDF. Right-to-left
# text is held to every character in order, spaces aside; pypdf is held to exact
# text above.
def _as_poppler_spaces_it(text: str) -> str:
    return "".join(normalise(text).split())


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_pdftotext_gives_every_block_back_in_reading_order(built: Path, pdf_path, locale: str,
                                                          variant: str):
    text = pdftotext(pdf_path(locale, variant))
    blocks = expected_blocks(built, locale, variant)
    if locale in RIGHT_TO_LEFT:
        text, blocks = _as_poppler_spaces_it(text), [_as_poppler_spaces_it(b) for b in blocks]
    assert_in_reading_order(text, blocks)


# PDFium (Chrome's PDF engine, and what its screen-reader support reads) takes the
# Arabic marks of a right-to-left word out of their place ("خطيرًا" comes back
# "اًخطير"); every other script must come back exactly.
@pytest.mark.parametrize(("locale", "variant"),
                         [(locale, variant) for locale, variant in MATRIX
                          if locale not in RIGHT_TO_LEFT])
def test_pdfium_gives_every_block_back_in_reading_order(built: Path, pdf_path, locale: str,
                                                       variant: str):
    document = pdfium.PdfDocument(pdf_path(locale, variant))
    try:
        text = "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    assert_in_reading_order(normalise(text), expected_blocks(built, locale, variant))


@pytest.mark.parametrize(("locale", "words"), [("fr", "a b c d e f g h i j k l m"),
                                               ("hi", "क ख ग घ च छ ज झ ट ठ ड ढ ण")])
def test_lines_of_one_letter_words_keep_their_spaces(project: Path, locale: str, words: str):
    """Poppler takes the even gaps on a line of one-letter words for letter spacing;
    such lines are spelled out, so both extractors give the words back."""
    path = project / "locales" / locale / "LC_MESSAGES" / f"{HANDOUT}.po"
    catalog = polib.pofile(str(path))
    entry = next(entry for entry in catalog if entry.msgctxt == "full text")
    entry.msgstr = " ".join([words] * 6)
    catalog.save(str(path))
    assert run_handout(project, "build", "--locale", locale, "--variant", "large-print",
                       "--no-check").code == 0
    pdf = project / "output" / HANDOUT / locale / f"{HANDOUT}.{locale}.large-print.pdf"
    for text in (pdftotext(pdf), pdf_text(pdf)):
        assert normalise(entry.msgstr) in text


def structure(path: Path) -> list[DictionaryObject]:
    """The structure elements in document order (depth first)."""
    root = PdfReader(path).trailer["/Root"]["/StructTreeRoot"]
    found: list[DictionaryObject] = []

    def walk(node: DictionaryObject) -> None:
        kids = node.get("/K", [])
        kids = kids if isinstance(kids, ArrayObject) else [kids]
        for kid in kids:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/StructElem":
                found.append(kid)
                walk(kid)

    walk(root)
    return found


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_structure_tree_reads_like_the_document(built: Path, pdf_path, locale: str,
                                                variant: str):
    elements = structure(pdf_path(locale, variant))
    names = [element["/S"] for element in elements]
    assert names[0] == "/Document"
    headings = [name for name in names if name.startswith("/H")]
    assert headings[0] == "/H1" and names.index("/H1") == 1
    assert headings.count("/H1") == 1
    assert set(headings) <= {"/H1", "/H2", "/H3"}
    handout = read_handout(built / "handouts" / f"{HANDOUT}.md")
    sections = [b for b in handout.part(PART[variant])
                if b.kind is BlockKind.HEADING and b.level == 2]
    assert headings.count("/H2") == len(sections) + 2  # + "About this handout", "Source"
    for element in elements:
        if element["/S"] == "/L":
            kids = [kid.get_object()["/S"] for kid in element["/K"]
                    if kid.get_object().get("/Type") == "/StructElem"]
            assert kids and set(kids) == {"/LI"}
        if element["/S"] == "/LI":
            kids = [kid.get_object()["/S"] for kid in element["/K"]]
            assert kids == ["/Lbl", "/LBody"]
    assert "/Link" in names
    if variant == "plain-language":
        assert names.count("/L") >= 5


@pytest.mark.parametrize("variant", VARIANTS)
def test_notices_are_grouped_and_english_is_marked_in_a_spanish_pdf(pdf_path, variant: str):
    path = pdf_path("es", variant)
    reader_lang = PdfReader(path).trailer["/Root"]["/Lang"]
    assert reader_lang == "es"
    sections = [element for element in structure(path) if element["/S"] == "/Sect"]
    notices = sections[-2]  # the notices, then the source
    kids = [kid.get_object() for kid in notices["/K"]]
    assert [kid["/S"] for kid in kids] == ["/H2"] + ["/P"] * 6
    languages = [kid.get("/Lang") for kid in kids[1:]]
    assert languages == [None] * 3 + ["en"] * 3  # the translations, then the English originals


def test_english_pdf_marks_no_span_as_another_language(pdf_path):
    for element in structure(pdf_path("en", "large-print")):
        assert "/Lang" not in element


def test_link_annotation_is_described_and_in_the_structure(pdf_path):
    reader = PdfReader(pdf_path("en", "large-print"))
    annotations = [a.get_object() for p in reader.pages for a in p.get("/Annots", [])]
    (link,) = annotations
    assert link["/A"]["/URI"] == "https://doi.org/10.1001/jamadermatol.2019.0458"
    assert link["/Contents"]
    assert isinstance(link["/StructParent"], NumberObject)


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_metadata_outline_and_page_entries(built: Path, pdf_path, locale: str, variant: str):
    reader = PdfReader(pdf_path(locale, variant))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    title = reader.metadata.title
    assert f">{title}</rdf:li>" in xmp
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert "photocopied noncommercially" in xmp  # the notices as usage terms
    marked = reader.trailer["/Root"]["/MarkInfo"]["/Marked"]
    assert isinstance(marked, BooleanObject) and bool(marked)
    outline = [item.title for item in _flatten(reader.outline)]
    assert outline[0] == title
    assert len(outline) >= 5
    for page_object in reader.pages:
        assert page_object["/Tabs"] == "/S"
        assert "/StructParents" in page_object


def _flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from _flatten(item)
        else:
            yield item


def test_check_passes_built_pdfs(built: Path):
    result = run_handout(built, "check", str(built / "output"))
    assert result.code == 0, result.out + result.err
    assert f"{len(MATRIX)} passed, 0 failed" in result.out


def test_check_names_the_failed_rules_of_an_untagged_pdf(tmp_path: Path):
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    project = copy_project(tmp_path / "project")
    untagged = tmp_path / f"{HANDOUT}.en.large-print.pdf"
    SimpleDocTemplate(str(untagged)).build(
        [Paragraph("Do I Have Calciphylaxis?", getSampleStyleSheet()["Normal"])])
    result = run_handout(project, "check", str(untagged))
    assert result.code == 1
    assert "PDFUA1-STRUCT-TREE-ROOT-001" in result.err
    assert "PDFUA1-CONTENT-TAGGING-001" in result.err
    assert "notice missing" in result.err
    assert "0 passed, 1 failed" in result.out
