"""PDF/UA-1: the real validator, the structure tree, links as the standard says, metadata."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

import pymupdf
import pypdfium2 as pdfium
import pytest
from conftest import (
    _CONFIG,
    BILINGUAL,
    HANDOUT,
    MATRIX,
    RIGHT_TO_LEFT,
    VARIANTS,
    copy_project,
    handout_source,
    of_the_session,
    pdf_file,
    pdf_text,
    reading_of,
    run_handout,
    set_translation,
    translations,
)
from expect import PART
from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ContentStream,
    DictionaryObject,
    IndirectObject,
    NumberObject,
    create_string_object,
)
from readings import normalise, pdfium_text, poppler_text

from handout.files import folder_locked
from handout.inline import plain_text
from handout.source import BlockKind
from handout.text.bidi import is_right_to_left_letter
from handout.text.scripts import script_of


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_pdfua1_validator_finds_no_failure(pdf_path, locale: str, variant: str):
    assert reading_of(pdf_path(locale, variant)).pdfua_failures == ()


def _reader(path: Path) -> PdfReader:
    """`path` open in pypdf; a PDF of the session's build, which no test changes, open once
    a process, so that the objects one test parses of it (its structure tree, its pages)
    serve the next: `structure`, `_tag_texts` and what a reader of the tags hears
    (`_heard`) each opened it again, and parsed its structure tree again, and the tests
    of the matrix that read its pages, their resources and its outline each parsed them
    again."""
    if of_the_session(path):
        return _session_reader(path)
    return PdfReader(path)


@cache
def _session_reader(path: Path) -> PdfReader:
    return PdfReader(path)


def structure(path: Path) -> list[DictionaryObject]:
    """The structure elements in document order (depth first); of a PDF of the session's
    build, which no test changes, read once (three tests of the matrix walk each one's)."""
    if of_the_session(path):
        return list(_session_structure(path))
    return _structure(path)


@cache
def _session_structure(path: Path) -> tuple[DictionaryObject, ...]:
    return tuple(_structure(path))


def _structure(path: Path) -> list[DictionaryObject]:
    root = _reader(path).trailer["/Root"]["/StructTreeRoot"]
    found: list[DictionaryObject] = []

    def walk(node: DictionaryObject) -> None:
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, ArrayObject) else [kids]:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/StructElem":
                found.append(kid)
                walk(kid)

    walk(root)
    return found


def _kids(element: DictionaryObject) -> list:
    kids = element.get("/K", [])
    return [
        kid.get_object() if isinstance(kid, IndirectObject) else kid
        for kid in (kids if isinstance(kids, ArrayObject) else [kids])
    ]


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_structure_tree_reads_like_the_document(built: Path, pdf_path, locale: str, variant: str):
    elements = structure(pdf_path(locale, variant))
    names = [element["/S"] for element in elements]
    assert names[0] == "/Document"
    headings = [name for name in names if name.startswith("/H")]
    assert headings[0] == "/H1" and names.index("/H1") == 1
    assert headings.count("/H1") == 1
    assert set(headings) <= {"/H1", "/H2", "/H3"}
    handout = handout_source(built)
    sections = [
        b for b in handout.part(PART[variant]) if b.kind is BlockKind.HEADING and b.level == 2
    ]
    assert headings.count("/H2") == len(sections) + 2  # + "About this handout", "Source"
    for element in elements:
        if element["/S"] == "/L":
            kids = [kid["/S"] for kid in _kids(element) if kid.get("/Type") == "/StructElem"]
            assert kids and set(kids) == {"/LI"}
            # how its items are labelled, as a screen reader announces it
            labels = [
                kid for item in _kids(element) for kid in _kids(item) if kid.get("/S") == "/Lbl"
            ]
            assert element["/A"]["/O"] == "/List"
            assert element["/A"]["/ListNumbering"] == ("/Disc" if labels else "/None")
        if element["/S"] == "/LI":
            kids = [kid["/S"] for kid in _kids(element)]
            assert kids in (["/Lbl", "/LBody"], ["/LBody"])  # a question's box is no label
    if PART[variant] == "plain":
        assert names.count("/L") >= 5


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_every_link_is_held_by_one_link_element_with_its_text(pdf_path, locale: str, variant: str):
    """ISO 32000-1 14.7.4.3 and PDF/UA-1 7.18.5: the OBJR's /Obj is the page's annotation
    itself (an indirect reference), and the Link element also holds the link's text."""
    path = pdf_path(locale, variant)
    reader = _reader(path)
    holders: dict[int, list[DictionaryObject]] = {}
    for element in structure(path):
        for kid in element.get("/K", []):
            kid_object = kid.get_object() if isinstance(kid, IndirectObject) else kid
            if isinstance(kid_object, DictionaryObject) and kid_object.get("/Type") == "/OBJR":
                reference = kid_object.raw_get("/Obj")
                assert isinstance(reference, IndirectObject)
                holders.setdefault(reference.idnum, []).append(element)
    annotations = [annotation for p in reader.pages for annotation in p.get("/Annots", [])]
    assert annotations
    for annotation in annotations:
        assert isinstance(annotation, IndirectObject)
        (element,) = holders[annotation.idnum]
        assert element["/S"] == "/Link"
        assert any(isinstance(kid, DictionaryObject) and "/MCID" in kid for kid in _kids(element))
        target = annotation.get_object()
        assert target["/Contents"]
        assert isinstance(target["/StructParent"], NumberObject)
        parent_tree = reader.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"]["/Nums"]
        index = list(parent_tree[::2]).index(target["/StructParent"])
        parent = parent_tree[2 * index + 1].get_object()
        assert parent["/S"] == "/Link"
        assert any(
            isinstance(kid.get_object(), DictionaryObject)
            and kid.get_object().get("/Type") == "/OBJR"
            and kid.get_object().raw_get("/Obj").idnum == annotation.idnum
            for kid in parent["/K"]
        )


@pytest.mark.parametrize("locale", ["en", "ar"])
def test_a_link_annotation_covers_the_text_its_link_element_holds(pdf_path, locale: str):
    """ "doi:" is drawn inside the DOI's Link element (split from it, pypdf read a space
    into the word), so the annotation a pointer or a screen reader's link list follows
    covers it too: it covered the DOI alone, the Link element's text and its area
    differing (read with PyMuPDF, not this code)."""
    with pymupdf.open(pdf_path(locale, "large-print")) as document:
        covered = [
            " ".join(page.get_text("text", clip=link["from"]).split())
            for page in document
            for link in page.get_links()
            if link.get("uri", "").startswith("https://doi.org/")
        ]
    assert covered == ["doi:10.1001/jamadermatol.2019.0458"]


def test_doi_link_points_to_doi_org(pdf_path):
    reader = PdfReader(pdf_path("en", "large-print"))
    uris = [a.get_object()["/A"]["/URI"] for p in reader.pages for a in p.get("/Annots", [])]
    assert uris == ["https://doi.org/10.1001/jamadermatol.2019.0458"]


@pytest.mark.parametrize("variant", [v for v in ("large-print", "plain-language")])
def test_notices_are_grouped_and_english_is_marked_in_a_spanish_pdf(pdf_path, variant: str):
    path = pdf_path("es", variant)
    assert PdfReader(path).trailer["/Root"]["/Lang"] == "es"
    sections = [element for element in structure(path) if element["/S"] == "/Sect"]
    notices, source, originals = sections[-3:]  # translations, the source, the originals
    kids = _kids(notices)
    adapted = PART[variant] == "plain"  # the line saying the plain text is not the publisher's
    assert [kid["/S"] for kid in kids] == ["/H2"] + ["/P"] * (3 + adapted)
    assert [kid.get("/Lang") for kid in kids[1:]] == [None] * (3 + adapted)
    assert next(kid["/S"] for kid in _kids(source)) == "/H2"
    kids = _kids(originals)
    assert [kid["/S"] for kid in kids] == ["/P"] * 5
    # the label (and its English), then the English originals
    assert [kid.get("/Lang") for kid in kids] == [None, "en", "en", "en", "en"]


def test_english_pdf_marks_no_span_as_another_language(pdf_path):
    for element in structure(pdf_path("en", "large-print")):
        assert "/Lang" not in element


@pytest.mark.parametrize("variant", BILINGUAL)
def test_bilingual_pairs_are_tagged_with_their_languages(pdf_path, variant: str):
    paragraphs = [
        element for element in structure(pdf_path("fr", variant)) if element["/S"] == "/P"
    ]
    languages = [element.get("/Lang") for element in paragraphs]
    assert languages.count("en") >= len(paragraphs) // 3
    assert None in languages


@pytest.mark.parametrize(
    ("locale", "variant"), [("fr", v) for v in BILINGUAL] + [("ru", v) for v in BILINGUAL]
)
def test_a_headings_english_is_set_at_the_headings_size(built: Path, pdf_path, locale, variant):
    """Beside its translation (French: two columns) or under it (Russian: stacked), a
    heading's English is at the heading's size: at the body's (14 pt beside 18 and 22),
    it read as a paragraph, and README said "the same size" (found by a probe)."""
    handout = handout_source(built)
    headings = {
        plain_text(block.texts[0].markdown): block.level
        for block in handout.part(PART[variant])
        if block.kind is BlockKind.HEADING and block.texts  # a special section's: a label
    }
    sizes = _CONFIG["variants"][variant]["heading_sizes"]
    found = {}
    with pymupdf.open(pdf_path(locale, variant)) as document:
        for page in document:
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    text = "".join(span["text"] for span in line["spans"]).strip()
                    if text in headings:
                        found[text] = round(line["spans"][0]["size"], 1)
    assert found and all(size == sizes[headings[text] - 1] for text, size in found.items()), found


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_metadata_outline_and_page_entries(pdf_path, locale: str, variant: str):
    reader = _reader(pdf_path(locale, variant))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    title = reader.metadata.title
    assert f">{title}</rdf:li>" in xmp
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert "photocopied noncommercially" in xmp  # the notices as usage terms
    assert "<dc:identifier>DERM-001</dc:identifier>" in xmp
    assert "<rdf:li>2026-12-04</rdf:li>" in xmp  # the revision date
    assert reader.trailer["/Root"]["/Lang"] == locale.replace("_", "-")
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"  # bookmarks shown
    marked = reader.trailer["/Root"]["/MarkInfo"]["/Marked"]
    assert isinstance(marked, BooleanObject) and bool(marked)
    outline = [item.title for item in _flatten(reader.outline)]
    assert outline[0] == title
    assert len(outline) >= 5
    for page_object in reader.pages:
        assert page_object["/Tabs"] == "/S"
        assert "/StructParents" in page_object
        content = page_object.get_contents().get_data()
        assert b"/Artifact <</Type /Pagination /Subtype /Footer>> BDC" in content


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_each_bookmark_opens_the_page_of_its_heading(pdf_path, locale: str, variant: str):
    """A bookmark took the page being written when it was made, and pages are written
    when the document is saved (the page count is known then): every bookmark opened
    page 1."""
    path = pdf_path(locale, variant)
    reader = _reader(path)
    pages = reading_of(path).pypdf.page_texts
    assert len(pages) > 1
    opened = []
    for item in _flatten(reader.outline):
        number = reader.get_destination_page_number(item)
        assert normalise(item.title) in pages[number], (item.title, number)
        opened.append(number)
    assert opened == sorted(opened) and opened[-1] > 0


@pytest.mark.parametrize("locale", ["en", "ar", "zh_Hans", "hi"])
def test_each_font_maps_its_codes_to_text_as_the_cmap_specification_wants(pdf_path, locale):
    """ToUnicode CMaps named the font as their registry and ordering, and held up to 255
    pairs a block: the CMap specification wants Adobe and UCS, and 100 a block at most."""
    reader = PdfReader(pdf_path(locale, "plain-language"))
    seen = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            cmap = font.get_object()["/ToUnicode"].get_object().get_data()
            assert b"/Registry (Adobe)" in cmap and b"/Ordering (UCS)" in cmap
            counts = [int(n) for n in re.findall(rb"(\d+) beginbfchar", cmap)]
            assert counts and max(counts) <= 100, counts
            seen += 1
    assert seen


@pytest.mark.parametrize("locale", ["es", "ar", "zh_Hans"])
def test_the_notices_in_the_metadata_are_tagged_with_their_languages(pdf_path, locale: str):
    """The rights and usage terms held the translated notices and their English originals
    in one entry tagged the document's language."""
    reader = PdfReader(pdf_path(locale, "large-print"))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    rights = xmp.split("<dc:rights>")[1].split("</dc:rights>")[0]
    entries = dict(re.findall(r'<rdf:li xml:lang="([^"]+)">([^<]*)</rdf:li>', rights))
    lang = locale.replace("_", "-")
    assert set(entries) == {"x-default", lang, "en"}
    assert "photocopied noncommercially" in entries["en"]
    assert "photocopied" not in entries[lang] and entries["x-default"] == entries[lang]


def test_a_title_printed_in_english_is_tagged_english_in_the_metadata(project: Path):
    """An untranslated title is printed in English: the XMP gave it the document's
    language (es), for a reader or a search index to take it for Spanish."""
    set_translation(project, "es", "Do I Have Calciphylaxis?", None, "")
    result = run_handout(
        project, "build", "--locale", "es", "--variant", "large-print", "--no-check"
    )
    assert result.code == 0, result.err
    reader = PdfReader(pdf_file(project, "es", "large-print"))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    title = xmp.split("<dc:title>")[1].split("</dc:title>")[0]
    assert '<rdf:li xml:lang="en">Do I Have Calciphylaxis?</rdf:li>' in title
    assert 'xml:lang="es"' not in title


def _flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from _flatten(item)
        else:
            yield item


def test_check_passes_built_pdfs(built: Path):
    """`handout check` (the build's own checks) passes the PDFs of a Latin, a right-to-left,
    a shaped and a CJK locale."""
    folders = [built / "output" / HANDOUT / locale for locale in ("es", "ar", "hi", "zh_Hans")]
    result = run_handout(built, "check", *map(str, folders))
    assert result.code == 0, result.out + result.err
    assert f"{4 * len(VARIANTS)} passed, 0 failed" in result.out


def test_check_names_the_failed_rules_of_an_untagged_pdf(tmp_path: Path):
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    project = copy_project(tmp_path / "project", ())
    untagged = project / "output" / f"{HANDOUT}.en.large-print.pdf"
    untagged.parent.mkdir()
    SimpleDocTemplate(str(untagged)).build(
        [Paragraph("Do I Have Calciphylaxis?", getSampleStyleSheet()["Normal"])]
    )
    result = run_handout(project, "check", str(untagged))
    assert result.code == 1
    assert "PDFUA1-STRUCT-TREE-ROOT-001" in result.err
    assert "PDFUA1-CONTENT-TAGGING-001" in result.err
    assert "notice missing" in result.err
    assert "0 passed, 1 failed" in result.out


def test_check_of_a_damaged_pdf_is_one_line_and_a_failed_row(built: Path, tmp_path: Path):
    """A PDF cut short, a file that is no PDF, and one pypdf cannot decrypt, named as a
    build names its PDFs: each fails in every column it could not pass, PDF/UA-1 included
    (it showed '-', as for a check not made), with 'error:' lines only. pypdf's own log
    lines ("EOF marker not found", "invalid pdf header") were printed too, unlike
    anything else handout prints."""
    from conftest import run_handout_process

    project = copy_project(tmp_path / "project", ["es"])
    folder = project / "output" / HANDOUT / "es"
    folder.mkdir(parents=True)
    whole = (built / "output" / HANDOUT / "es" / f"{HANDOUT}.es.large-print.pdf").read_bytes()
    (folder / f"{HANDOUT}.es.large-print.pdf").write_bytes(whole[: len(whole) // 2])
    (folder / f"{HANDOUT}.es.plain-language.pdf").write_bytes(b"hello\n")
    # Encrypted with AES-256 (by qpdf), which pypdf reads only with `cryptography`: a
    # traceback, it was.
    aes = (Path(__file__).parent / "data" / "aes-256.pdf").read_bytes()
    (folder / f"{HANDOUT}.es.bilingual-plain-language.pdf").write_bytes(aes)
    result = run_handout_process(project, "check", str(folder))
    assert result.code == 1 and "Traceback" not in result.err, result.err
    rows = result.out.splitlines()[1:4]
    assert [row.split()[1:] for row in rows] == [["FAIL", "-", "-", "FAIL", "FAIL"]] * 3
    assert result.out.splitlines()[-1] == "0 passed, 3 failed"
    lines = result.err.splitlines()
    assert all(line.startswith("error: ") for line in lines), lines


def test_check_counts_the_pdfs_it_held_to_the_validator_alone(built: Path, tmp_path: Path):
    """A PDF named otherwise than a build names its PDFs (or outside a project) is checked
    by the PDF/UA-1 validator alone (no source to hold its text, notices and sizes to):
    the summary says how many, where "2 passed" read as every check passed for both."""
    inside = built / "output" / HANDOUT / "es" / f"{HANDOUT}.es.large-print.pdf"
    outside = tmp_path / "for-the-waiting-room.pdf"
    outside.write_bytes(inside.read_bytes())
    result = run_handout(built, "check", str(inside), str(outside))
    assert result.code == 0, result.err
    assert result.out.splitlines()[-1] == (
        "2 passed, 0 failed; 1 of them checked for PDF/UA-1 alone (outside a project, or "
        "not named HANDOUT.LOCALE.VARIANT.pdf: no source to hold the text, notices and "
        "sizes to)"
    )


def _spanish_project_with_its_manifest(built: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the project with Spanish alone, and its output/manifest.json as a build
    of it would write it (the matrix's entries of es), without the PDFs: the project and
    the manifest."""
    project = copy_project(tmp_path / "project", ["es"])
    manifest = project / "output" / "manifest.json"
    built_entries = json.loads((built / "output" / "manifest.json").read_text(encoding="utf-8"))
    entries = [entry for entry in built_entries["pdfs"] if entry["locale"] == "es"]
    manifest.parent.mkdir()
    manifest.write_text(json.dumps({**built_entries, "pdfs": entries}), encoding="utf-8")
    return project, manifest


def test_check_of_a_built_folder_fails_a_pdf_its_manifest_lists_that_is_lost_or_changed(
    built: Path, tmp_path: Path
):
    """`handout check output` in a project holds the PDFs to output/manifest.json: one it
    lists that is not there (lost from a shard's artifact before the release's check) and
    one whose bytes are not those the build wrote (400 bytes of a compressed stream written
    over: Poppler finds syntax errors, and the other checks pass it) each fail, in a row of
    their own. Both passed, and the release was published. A PDF the manifest does not list
    is checked as before; a manifest that cannot be read is one line."""
    project, manifest = _spanish_project_with_its_manifest(built, tmp_path)
    output = manifest.parent
    for locale, variant in [("en", "plain-language"), *(("es", name) for name in VARIANTS)]:
        pdf = pdf_file(project, locale, variant)
        pdf.parent.mkdir(parents=True, exist_ok=True)
        pdf.write_bytes(pdf_file(built, locale, variant).read_bytes())
    unlisted = pdf_file(project, "en", "plain-language")
    changed, intact, lost = (pdf_file(project, "es", variant) for variant in VARIANTS)
    data = bytearray(changed.read_bytes())
    data[1000:1400] = b"0" * 400  # inside the first stream, compressed
    changed.write_bytes(data)
    lost.unlink()
    result = run_handout(project, "check", str(output))
    assert result.code == 1
    rows = {row.split()[0]: row.split()[-1] for row in result.out.splitlines()[1:-1]}
    assert rows == {str(unlisted): "ok", str(lost): "FAIL", str(changed): "FAIL", str(intact): "ok"}
    assert result.out.splitlines()[-1] == "2 passed, 2 failed"
    errors = result.err.splitlines()
    assert f"error: {lost}: missing, though {manifest} lists it" in errors
    assert (
        f"error: {changed}: changed since it was built: its SHA-256 is not the one {manifest} lists"
    ) in errors
    manifest.write_text("{}", encoding="utf-8")
    broken = run_handout(project, "check", str(output))
    assert (broken.code, broken.out) == (1, "")
    assert broken.err == f"error: {manifest}: not a handout-manifest/1 manifest\n"


def test_check_of_one_pdf_or_a_folder_below_the_output_holds_it_to_the_manifest(
    built: Path, tmp_path: Path
):
    """A PDF of output/ checked alone (`handout check output/.../x.pdf`), a folder below
    output/, or the project's folder (`handout check .`), is held to output/manifest.json
    as `handout check output` holds it: a PDF
    changed since the build (bytes appended, which every reader ignores) fails, and so does
    one the manifest lists under the folder that is not there. Both passed: the manifest
    was read only in the folder given."""
    project, manifest = _spanish_project_with_its_manifest(built, tmp_path)
    changed, lost = (
        pdf_file(project, "es", "large-print"),
        pdf_file(project, "es", "plain-language"),
    )
    changed.parent.mkdir(parents=True)
    changed.write_bytes(pdf_file(built, "es", "large-print").read_bytes() + b"\n% appended\n")
    alone = run_handout(project, "check", str(changed))
    assert (alone.code, alone.out.splitlines()[-1]) == (1, "0 passed, 1 failed"), alone.out
    said = "changed since it was built: its SHA-256 is not the one"
    assert alone.err == f"error: {changed}: {said} {manifest} lists\n"
    # A folder below output/, and the project's own folder, which holds output/.
    for folder in (changed.parent, project):
        result = run_handout(project, "check", str(folder))
        assert result.code == 1
        assert f"error: {lost}: missing, though {manifest} lists it" in result.err.splitlines()
        assert f"error: {changed}: {said} {manifest} lists" in result.err.splitlines()


def test_check_of_a_folder_a_build_is_writing_waits_for_the_build(built: Path, tmp_path: Path):
    """`handout check output` while a build of the project holds output/ (its lock, taken
    here as the build takes it) waits for the build, and then holds each PDF to the
    manifest the build wrote: it read the manifest at once and failed each PDF the build
    went on to write ("changed since it was built"), though output/ was right once the
    build was done."""
    project = copy_project(tmp_path / "project", ["es"])
    output = project / "output"
    pdf = pdf_file(project, "es", "large-print")
    pdf.parent.mkdir(parents=True)
    built_entries = json.loads((built / "output" / "manifest.json").read_text(encoding="utf-8"))
    (entry,) = [
        entry
        for entry in built_entries["pdfs"]
        if (entry["locale"], entry["variant"]) == ("es", "large-print")
    ]
    pdf.write_bytes(pdf_file(built, "es", "large-print").read_bytes())
    manifest = output / "manifest.json"
    manifest.write_text(json.dumps({**built_entries, "pdfs": [entry]}), encoding="utf-8")
    rebuilt = pdf.read_bytes() + b"\n% built again\n"
    with folder_locked(output, lambda: None):
        checking = subprocess.Popen(
            [sys.executable, "-m", "handout", "--project", str(project), "check", str(output)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert checking.stderr is not None
        waited = checking.stderr.readline()
        # What the build writes meanwhile: the PDF, then the manifest.
        pdf.write_bytes(rebuilt)
        entry = {**entry, "sha256": hashlib.sha256(rebuilt).hexdigest(), "bytes": len(rebuilt)}
        manifest.write_text(json.dumps({**built_entries, "pdfs": [entry]}), encoding="utf-8")
    out, err = checking.communicate(timeout=120)
    assert waited == f"waiting for the build writing {output} to finish\n"
    assert (checking.returncode, out.splitlines()[-1], err) == (0, "1 passed, 0 failed", "")


def test_check_fails_a_pdf_whose_compressed_stream_was_written_over(built: Path, tmp_path: Path):
    """400 bytes of a PDF's first stream (compressed: glyph outlines of the page furniture,
    drawn as an artifact) written over after the build: Poppler finds syntax errors, but
    pypdf mends the stream and reads the text back, so every other check passed it, named
    as a build names it or not, with no manifest to compare it with. zlib's checksum
    finds it."""
    project = copy_project(tmp_path / "project", ["es"])
    pdf = pdf_file(project, "es", "large-print")
    pdf.parent.mkdir(parents=True)
    data = bytearray(pdf_file(built, "es", "large-print").read_bytes())
    data[1000:1400] = b"0" * 400
    pdf.write_bytes(data)
    outside = tmp_path / "for-the-waiting-room.pdf"
    outside.write_bytes(data)
    result = run_handout(project, "check", str(pdf), str(outside))
    assert result.code == 1
    rows = [row.split()[1:] for row in result.out.splitlines()[1:3]]
    assert rows == [["pass", "ok", "18.0", "pt", "ok", "FAIL"], ["pass", "-", "-", "-", "FAIL"]]
    assert result.out.splitlines()[-1].startswith("0 passed, 2 failed")
    errors = result.err.splitlines()
    assert len(errors) == 2
    for path, line in zip((pdf, outside), errors, strict=True):
        assert re.fullmatch(
            rf"error: {re.escape(str(path))}: damaged: the compressed stream of object \d+ "
            r"does not decompress \(Error -3 while decompressing data: .*\)",
            line,
        ), line


def test_check_fails_a_pdf_whose_project_settings_are_broken(built: Path, tmp_path: Path):
    """A PDF in a project whose handout.toml does not parse cannot be held to its source:
    it fails, naming the line. It was checked by the validator alone, and passed. The file
    is named in the project, as each other problem of a PDF is (it was named from the
    root of the file system: /tmp/.../handout.toml, on each PDF's line)."""
    from handout.check import check_file

    project = copy_project(tmp_path / "project", [])
    pdf = project / "output" / "copy" / f"{HANDOUT}.es.large-print.pdf"
    pdf.parent.mkdir(parents=True)
    pdf.write_bytes((built / "output" / HANDOUT / "es" / pdf.name).read_bytes())
    settings = project / "handout.toml"
    settings.write_text(settings.read_text() + "margin =\n")
    line = len(settings.read_text().splitlines())
    problem = f"handout.toml:{line}: not valid TOML: Invalid value"
    found = subprocess.run(  # no --project: the one above the PDF, as a clinic types it
        [sys.executable, "-m", "handout", "check", "output"],
        capture_output=True,
        text=True,
        cwd=project,
    )
    assert found.returncode == 1
    assert found.stderr == f"error: output/copy/{pdf.name}: {problem}\n"
    assert check_file(pdf).problems == [problem]  # named from anywhere else
    given = run_handout(project, "check", str(pdf))  # --project: one line, no table
    assert (given.code, given.out) == (1, "")
    assert given.err == f"error: handout.toml:{line}: not valid TOML: Invalid value\n"


def _english_large_print_with(tmp_path: Path, old: str, new: str) -> Path:
    """The English large-print PDF of the handout with `old` in its source made `new`
    (built with its checks, which it must pass)."""
    project = copy_project(tmp_path / "project", ())
    source = project / "handouts" / f"{HANDOUT}.md"
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run_handout(project, "build", "--locale", "en", "--variant", "large-print")
    assert result.code == 0, result.err
    return project / "output" / HANDOUT / "en" / f"{HANDOUT}.en.large-print.pdf"


def test_a_link_whose_text_hides_its_address_prints_it(tmp_path: Path):
    """On paper a link cannot be followed: "call the nurse line" printed no number, "our
    wound-care page" no address. Each such link is followed, inside it, by its address in
    brackets; a link whose text shows its address is printed as written."""
    path = _english_large_print_with(
        tmp_path,
        "## Causes\n",
        "After hours call [the nurse line](tel:+16515550199;ext=204), read [our page]"
        "(https://www.lakeside.example/wound-care/) or [email us](mailto:care@lakeside.example)."
        " Or call [651-555-0123](tel:+16515550123) or see [lakeside.example](https://lakeside.example)."
        "\n\n## Causes\n",
    )
    printed = (
        "After hours call the nurse line (+16515550199 ext. 204), read our page "
        "(www.lakeside.example/wound-care) or email us (care@lakeside.example). Or call "
        "651-555-0123 or see lakeside.example."
    )
    for read in (pdf_text, poppler_text, pdfium_text):
        assert printed in normalise(read(path)), read.__name__
    contents = [
        annotation.get_object()["/Contents"]
        for page in PdfReader(path).pages
        for annotation in page.get("/Annots", [])
    ]
    assert "the nurse line (+16515550199 ext. 204)" in " ".join(contents)


def _link_targets(path: Path) -> list[tuple[int, str]]:
    """Each link annotation's page (from 0) and target."""
    return [
        (number, annotation.get_object()["/A"]["/URI"])
        for number, page in enumerate(PdfReader(path).pages)
        for annotation in page.get("/Annots", [])
    ]


def test_a_link_in_a_list_item_is_a_link_of_that_item(tmp_path: Path):
    """A clinic's list with a phone link in an item ("Call the clinic") builds and passes
    its checks, the Link element under the item's LBody. The item's content was marked
    twice, so the link's marked content (and its underline's artifact) opened inside the
    LBody's, which PDF/UA-1 refuses: the PDF was not written."""
    path = _english_large_print_with(
        tmp_path,
        "## Causes\n",
        "- Call [the clinic](tel:+15551234567) today.\n- Rest.\n\n## Causes\n",
    )
    links = [element for element in structure(path) if element["/S"] == "/Link"]
    parents = [link["/P"].get_object()["/S"] for link in links]
    assert "/LBody" in parents
    assert "tel:+15551234567" in [target for _, target in _link_targets(path)]


def test_a_link_in_the_title_is_a_link_on_the_first_page_only(tmp_path: Path):
    """A title with a link builds and passes its checks: the link is on page 1, in the
    title's heading. The running header repeats the title on every later page as an
    artifact, which gave each of them a link annotation that no Link element held, and
    the PDF was not written."""
    path = _english_large_print_with(
        tmp_path,
        'title = "Do I Have Calciphylaxis?"',
        'title = "Do I Have [Calciphylaxis](https://example.org/c)?"',
    )
    assert len(PdfReader(path).pages) > 1
    targets = _link_targets(path)
    assert (0, "https://example.org/c") in targets  # on each line of the title it is on
    assert all(target != "https://example.org/c" for page, target in targets if page > 0)


def test_two_links_to_one_address_are_two_link_elements_each_with_its_text(tmp_path: Path):
    """Two links to the same address in one paragraph are two links to a screen reader:
    each its own Link element holding its own text and annotation. They were one element
    holding both texts, and each annotation's /Contents ran the two together ("our
    pagethis page"), which every check passed."""
    path = _english_large_print_with(
        tmp_path,
        "## Causes\n",
        "See [our page](https://example.org/a) or [this page](https://example.org/a) now.\n\n"
        "## Causes\n",
    )
    reader = PdfReader(path)
    contents = [
        annotation.get_object()["/Contents"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if annotation.get_object()["/A"]["/URI"] == "https://example.org/a"
    ]
    assert contents == ["our page (example.org/a)", "this page (example.org/a)"]
    links = [element for element in structure(path) if element["/S"] == "/Link"]
    objr = [
        [kid for kid in _kids(link) if kid.get("/Type") == "/OBJR"]
        for link in links
        if any(
            kid.get("/Type") == "/OBJR" and kid["/Obj"]["/A"]["/URI"] == "https://example.org/a"
            for kid in _kids(link)
        )
    ]
    assert [len(held) for held in objr] == [1, 1]


def test_a_numbered_list_starts_at_the_number_the_source_gives(tmp_path: Path):
    """A list the writer numbered from 3 (steps 1 and 2 in the paragraph before) is
    numbered 3, 4 in the PDF and in its labels: it was numbered 1, 2."""
    path = _english_large_print_with(
        tmp_path, "## Causes\n", "3. Rest your legs.\n4. Call the clinic.\n\n## Causes\n"
    )
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert "3. Rest your legs. 4. Call the clinic." in text
    numbering = [e["/A"]["/ListNumbering"] for e in structure(path) if e["/S"] == "/L"]
    assert "/Decimal" in numbering


def _first_mcid(kid: object) -> tuple[int, int] | None:
    """(page object number, MCID) of a kid's first marked content, by the tree."""
    kid = kid.get_object() if isinstance(kid, IndirectObject) else kid
    if isinstance(kid, NumberObject):
        return None  # an MCID with the element's own /Pg: the caller knows the page
    if not isinstance(kid, DictionaryObject):
        return None
    if "/MCID" in kid:
        return (kid.raw_get("/Pg").idnum, int(kid["/MCID"]))
    if kid.get("/Type") == "/StructElem":
        for inner in _kids(kid):
            found = _first_mcid(inner)
            if found is not None:
                return found
    return None


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_a_paragraph_with_a_link_reads_in_order_in_the_structure_tree(
    pdf_path, locale: str, variant: str
):
    """Assistive technology reads the structure tree: a paragraph's kids, its own marked
    content and its links, must come in the order of the text. Every Link came first
    ("doi:10.1001/..." read before "JAMA Dermatol. Published online ...")."""
    checked = 0
    for element in structure(pdf_path(locale, variant)):
        kids = _kids(element)
        if not any(isinstance(kid, DictionaryObject) and kid.get("/S") == "/Link" for kid in kids):
            continue
        marks = [mark for mark in map(_first_mcid, kids) if mark is not None]
        pages = [page for page, _ in marks]
        for page in set(pages):  # MCIDs are numbered page by page
            numbers = [number for on, number in marks if on == page]
            assert numbers == sorted(numbers), (element["/S"], marks)
        checked += 1
    assert checked


# The operators that paint (ISO 32000-1, Tables 59, 87, 92 and 107): text shown, a path
# stroked or filled, a form or an image drawn, a shading painted.
_PAINTING = frozenset(
    {b"Tj", b"TJ", b"'", b'"', b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}
    | {b"Do", b"sh", b"INLINE IMAGE"}
)


def _marking_problems(path: Path) -> list[str]:
    """Where a page's marked content holds nothing painted, or overlaps a text object
    instead of nesting with it (ISO 32000-1 14.6.1: BDC ... EMC and BT ... ET are each
    properly nested), as (page, what)."""
    reader = PdfReader(path)
    problems = []
    for number, page in enumerate(reader.pages, 1):
        # What is open, innermost last: a text object (None) or a marked content, with
        # whether it has painted anything so far.
        open_: list[list[bool] | None] = []
        for _, operator in ContentStream(page.get_contents(), reader).operations:
            if operator in (b"BDC", b"BMC"):
                open_.append([False])
            elif operator == b"BT":
                open_.append(None)
            elif operator in (b"EMC", b"ET"):
                ended = open_.pop()
                if (ended is None) != (operator == b"ET"):
                    problems.append(f"page {number}: {operator.decode()} ends the other")
                elif ended is not None and not ended[0]:
                    problems.append(f"page {number}: marked content paints nothing")
            elif operator in _PAINTING:
                for marked in open_:
                    if marked is not None:
                        marked[0] = True
    return problems


@pytest.mark.parametrize(
    ("locale", "variant"),
    [
        ("en", "large-print"),
        ("am", "large-print"),
        ("ja", "plain-language"),
        ("bn", "bilingual-plain-language"),
        ("ar", "bilingual-plain-language"),
    ],
)
def test_marked_content_paints_something_and_nests_with_text_objects(
    pdf_path, locale: str, variant: str
):
    """Each marked-content sequence holds what it marks, nested with the text objects
    (ISO 32000-1 14.6.1). The paragraph's marked content, opened again after each link,
    each underline (an artifact) and each run of English words in another script, was
    often closed again before anything was drawn: 324 sequences in the 95 PDFs painted
    nothing, MCIDs of no content a tag reader walks through; and, opened inside a line's
    text object after an English word and closed after it, or the reverse, 488 overlapped
    a text object, which a PDF processor may refuse (found by a probe)."""
    problems = _marking_problems(pdf_path(locale, variant))
    assert not problems, problems[:10]


def _fonts(resources: DictionaryObject) -> Iterator[DictionaryObject]:
    """Every font a page's resources name, those of its forms too."""
    for font in resources.get("/Font", DictionaryObject()).values():
        yield font.get_object()
    for xobject in resources.get("/XObject", DictionaryObject()).values():
        inner = xobject.get_object().get("/Resources")
        if inner is not None:
            yield from _fonts(inner.get_object())


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_every_font_the_pdf_names_is_embedded(pdf_path, locale: str, variant: str):
    """PDF/UA-1 7.21.4.1: the font programs of all fonts shall be embedded. ReportLab
    selected Helvetica at the top of every page (nothing drawn with it), and each PDF
    named that font without embedding it (pdffonts: 'Helvetica Type 1 ... emb no')."""
    named = 0
    for page in _reader(pdf_path(locale, variant)).pages:
        for font in _fonts(page["/Resources"]):
            named += 1
            descriptor_of = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descriptor_of.get("/FontDescriptor")
            assert descriptor is not None, font.get("/BaseFont")
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.get_object())
    assert named


def test_a_link_broken_across_lines_is_described_whole_on_each_line(tmp_path: Path):
    """A long link broken across lines has an annotation on each line: each was described
    (/Contents, what a keyboard's user hears) by its line's piece of the text."""
    words = "the calciphylaxis resources of the kidney and skin clinics for patients"
    path = _english_large_print_with(
        tmp_path, "## Causes\n", f"Read [{words}](https://example.org/long) today.\n\n## Causes\n"
    )
    contents = [
        annotation.get_object()["/Contents"]
        for page in PdfReader(path).pages
        for annotation in page.get("/Annots", [])
        if annotation.get_object()["/A"]["/URI"] == "https://example.org/long"
    ]
    assert len(contents) >= 2
    assert contents == [f"{words} (example.org/long)"] * len(contents)


@pytest.mark.parametrize(
    ("locale", "variant"),
    [(locale, variant) for locale, variant in MATRIX if locale in ("en", "es", "hi", "ru", "hy")],
)
def test_the_tags_keep_the_space_where_a_line_breaks(pdf_path, locale: str, variant: str):
    """The tags' text (what a screen reader reads, `_heard`) had no space where a line
    broke between two words: the space is drawn nowhere, and a reader of the tags does
    not guess one from where a line ends (ISO 32000-1, 14.8.2.5), so it read
    "calciumclotting". Each of its words is a word
    pypdf reads (which starts each line on a line of its own)."""
    path = pdf_path(locale, variant)
    words = set(normalise(pdf_text(path)).split())
    heard = normalise("".join(text for text, _ in _heard(path))).split()
    joined = [word for word in heard if word not in words]
    assert not joined, joined[:10]


@pytest.mark.parametrize(
    ("locale", "variant"),
    [(locale, variant) for locale, variant in MATRIX if locale in RIGHT_TO_LEFT],
)
def test_a_reader_of_the_tags_gets_right_to_left_words_in_reading_order(
    pdf_path, locale: str, variant: str
):
    """Each right-to-left word's span holds its /ActualText reversed, for Poppler
    (`readback.word_span_text`): a reader of the tags (a screen reader through Acrobat)
    takes an /ActualText for the text itself, and spelt every Arabic word backwards, and
    ran a line's last word into the next line's first (found by a probe). What it reads
    (`_heard`: an element's /ActualText stands for all it holds) are words pypdf reads."""
    path = pdf_path(locale, variant)
    words = set(normalise(pdf_text(path)).split())
    read = normalise("".join(text for text, _ in _heard(path))).split()
    assert any(is_right_to_left_letter(character) for word in read for character in word)
    unknown = [word for word in read if word not in words]
    assert not unknown, unknown[:10]


def _tag_texts(path: Path) -> Mapping[tuple[int, int], str]:
    """The text of each marked content, by (page object number, MCID), as a reader of the
    tags takes it (`_read_tag_texts`); of a PDF of the session's build, which no test
    changes, read once: six tests read the tags of 32 PDFs of the matrix 44 times, and
    parsing every page's content is most of each test's time."""
    if of_the_session(path):
        return _session_tag_texts(path)
    return _read_tag_texts(path)


@cache
def _session_tag_texts(path: Path) -> Mapping[tuple[int, int], str]:
    return MappingProxyType(_read_tag_texts(path))


def _read_tag_texts(path: Path) -> dict[tuple[int, int], str]:
    """The text of each marked content, by (page object number, MCID), as a reader of the
    tags takes it: a span's /ActualText for the glyphs inside it, each other glyph's
    ToUnicode text (the spaces between words). A font's codes are one byte
    (`reportlab_internals.install`). The content is parsed with its strings left as
    bytes, as pypdf's text extraction parses it: the shown strings are read as bytes,
    and an /ActualText is made text as pypdf makes a string (`create_string_object`);
    pypdf's parser made every string text first (a seventh of the parsing)."""
    reader = _reader(path)
    found: dict[tuple[int, int], str] = {}
    for page in reader.pages:
        assert page.indirect_reference is not None
        number = page.indirect_reference.idnum
        fonts = page["/Resources"]["/Font"]
        maps = {
            name: {
                int(code, 16): bytes.fromhex(text.decode()).decode("utf-16-be")
                for block in re.findall(
                    rb"beginbfchar(.*?)endbfchar",
                    font.get_object()["/ToUnicode"].get_object().get_data(),
                    re.DOTALL,
                )
                for code, text in re.findall(rb"<([0-9A-F]{2})> <([0-9A-F]*)>", block)
            }
            for name, font in fonts.items()
        }
        codes: dict[int, str] = {}
        # The open marked contents: their MCID (None: none) and text (None: a span's).
        marked: list[tuple[int | None, str | None]] = []
        for operands, operator in ContentStream(page.get_contents(), reader, "bytes").operations:
            if operator == b"Tf":
                codes = maps[operands[0]]
            elif operator in (b"BDC", b"BMC"):
                properties = operands[1] if operator == b"BDC" else None
                if isinstance(properties, DictionaryObject) and "/ActualText" in properties:
                    mcid, text = marked[-1]
                    actual = str(create_string_object(properties["/ActualText"]))
                    marked[-1] = (mcid, (text or "") + actual)
                    marked.append((None, None))
                else:
                    mcid = (
                        properties.get("/MCID")
                        if isinstance(properties, DictionaryObject)
                        else None
                    )
                    marked.append((None if mcid is None else int(mcid), ""))
            elif operator == b"EMC":
                mcid, text = marked.pop()
                if mcid is not None:
                    found[(number, mcid)] = text or ""
                elif text and marked and marked[-1][1] is not None:
                    marked[-1] = (marked[-1][0], marked[-1][1] + text)
            elif operator == b"Tj" and marked and marked[-1][1] is not None:
                shown = "".join(codes.get(byte, "") for byte in operands[0].original_bytes)
                marked[-1] = (marked[-1][0], marked[-1][1] + shown)
    return found


def _element_text(element, texts: Mapping[tuple[int, int], str]) -> str:
    """The text of an element's own marked content (not its children's), in order."""
    page = element.raw_get("/Pg").idnum if "/Pg" in element else None
    text = ""
    for kid in _kids(element):
        if isinstance(kid, NumberObject):
            text += texts.get((page, int(kid)), "")
        elif isinstance(kid, DictionaryObject) and "/MCID" in kid:
            text += texts.get((kid.raw_get("/Pg").idnum, int(kid["/MCID"])), "")
    return text


def test_the_tags_read_a_word_broken_at_a_soft_hyphen_whole(project: Path):
    """The hyphen drawn where a line ends at a soft hyphen is an artifact: its /ActualText,
    a hyphen for Poppler (`readback.hyphen_actual_text`), is not in the tags, whose reader
    gets the paragraph as it is written. The PDF/UA-1 validator takes it."""
    hyphen = "\u00ad"
    text = " ".join(["La", *[f"electro{hyphen}encefalo{hyphen}grafía"] * 12, "y", "nada."])
    set_translation(project, "es", None, "full text", text)
    result = run_handout(
        project, "build", "--locale", "es", "--variant", "large-print", "--no-check"
    )
    assert result.code == 0, result.err
    path = pdf_file(project, "es", "large-print")
    document = pdfium.PdfDocument(path)
    shown = "".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    assert "\ufffe" in shown  # PDFium's mark of a hyphen at a line's end: a line ended at one
    texts = _tag_texts(path)
    held = [_element_text(e, texts) for e in structure(path) if e["/S"] == "/P"]
    assert normalise(text) in [normalise(paragraph) for paragraph in held]
    assert reading_of(path).pdfua_failures == ()


@pytest.mark.parametrize("locale", ["ar", "fa", "ru", "th", "ja", "hy", "bn"])
def test_latin_words_in_another_script_are_tagged_with_their_language(pdf_path, locale: str):
    """A drug's or a journal's English name inside Arabic, Russian or Thai text
    ("warfarin", "JAMA Dermatology") had the paragraph's language, for a screen reader
    to say in its Arabic or Thai voice (PDF/UA-1 7.2, WCAG 3.1.2). Each run of Latin-script
    words is a Span of English, which holds no other letters, and a name cut across lines
    is one Span: in Bengali 'JAMA' / 'Dermatology' were two, one after the other with
    only the paragraph's glyph outlines (the left part of ো, no text) between them, and a
    screen reader said two names. Where words are set apart by
    spaces, a paragraph in the document's language keeps no Latin word of its own (a word
    half in another script, "Dermatology-ի": `test_an_english_word_written_against_...`)."""
    path = pdf_path(locale, "plain-language")
    texts = _tag_texts(path)
    elements = structure(path)
    spans = [e for e in elements if e["/S"] == "/Span" and "/Lang" in e]
    held = [_element_text(e, texts) for e in spans]
    assert held and all(e["/Lang"] == "en" for e in spans)
    for text in held:
        letters = [c for c in text if c.isalpha()]
        assert letters and all(script_of(c) == "Latn" for c in letters), held
    for element in elements:  # no two Spans of English with nothing heard between them
        last: str | None = None  # the Span of English just before, if nothing since
        for kid in _kids(element):
            if isinstance(kid, DictionaryObject) and kid.get("/S") == "/Span" and "/Lang" in kid:
                text = _element_text(kid, texts)
                assert last is None, (last, text)
                last = text
            elif not isinstance(kid, DictionaryObject) or "/S" not in kid:
                last = None  # the element's own marked content (Span and Link kids hold it)
            elif _element_text(kid, texts).strip() or kid["/S"] != "/Span":
                last = None
    if locale in ("th", "ja"):
        return
    for element in elements:
        # A Span without /Lang: a right-to-left paragraph's own words between its Spans
        # of English (`pdf.structure`).
        if element["/S"] in ("/P", "/Span") and "/Lang" not in element:
            own = _element_text(element, texts).split()
            assert not _latin_words(own), own


def _latin_words(words: list[str]) -> list[str]:
    """Those of `words` written in Latin letters that are words (`_is_a_latin_word`)."""
    return [
        word
        for word in words
        if all(script_of(c) == "Latn" for c in word if c.isalpha()) and _is_a_latin_word(word)
    ]


def _is_a_latin_word(word: str) -> bool:
    """A word of two Latin letters or more, written without digits: not a letter standing
    as a symbol (vitamin D) nor a code (DERM-001)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and not any(c.isdigit() for c in word)


@pytest.mark.parametrize("locale", ["ru", "fa"])
def test_a_latin_letter_or_code_in_another_script_keeps_the_paragraphs_language(
    pdf_path, locale: str
):
    """Vitamin D's letter ('витамин D', 'ویتامین D') and the document ID (DERM-001) were
    each a Span of English in Russian and Persian, for a screen reader to say in its
    English voice in the middle of a Russian or Persian sentence: a letter standing as a
    symbol or a code is no change of natural language (PDF/UA-1 7.2), where an English
    word is ("warfarin", "JAMA Dermatology": still Spans of English). 15 letters and 57
    IDs in the 95 PDFs (found by a probe)."""
    path = pdf_path(locale, "plain-language")
    texts = _tag_texts(path)
    english = [_element_text(e, texts) for e in structure(path) if e["/S"] == "/Span"]
    assert any("warfarin" in text for text in english), english
    assert all(any(_is_a_latin_word(w) for w in text.split()) for text in english), english


def _heard(path: Path) -> list[tuple[str, str]]:
    """What a reader of the tags hears, in order, each stretch with its language
    (`_heard_in`, from the document's language down)."""
    root = _reader(path).trailer["/Root"]
    texts = _tag_texts(path)
    heard: list[tuple[str, str]] = []
    for kid in _kids(root["/StructTreeRoot"]):
        heard += _heard_in(kid, texts, str(root["/Lang"]))
    return heard


def _heard_in(
    element: DictionaryObject, texts: Mapping[tuple[int, int], str], lang: str
) -> list[tuple[str, str]]:
    """What a reader of the tags hears of `element` (in `lang` unless it names its own),
    in order, each stretch with its language: an element's /ActualText stands for all it
    holds (ISO 32000-1 14.9.4), in the element's language; without one, its marked
    content's text and its children, in order. A Span or a Link goes on with the words
    around it; any other element is apart from them."""
    lang = str(element.get("/Lang", lang))
    heard: list[tuple[str, str]] = []
    if element["/S"] not in ("/Span", "/Link"):  # a block: its words apart from others
        heard.append(("\n", lang))
    if "/ActualText" in element:
        return [*heard, (str(element["/ActualText"]), lang)]
    page = element.raw_get("/Pg").idnum if "/Pg" in element else None
    for kid in _kids(element):
        if isinstance(kid, NumberObject):
            heard.append((texts.get((page, int(kid)), ""), lang))
        elif isinstance(kid, DictionaryObject) and "/MCID" in kid:
            mcid = (kid.raw_get("/Pg").idnum, int(kid["/MCID"]))
            heard.append((texts.get(mcid, ""), lang))
        elif isinstance(kid, DictionaryObject) and kid.get("/Type") == "/StructElem":
            heard += _heard_in(kid, texts, lang)
    return heard


def _links_heard(path: Path) -> list[list[tuple[str, str]] | None]:
    """What a reader of the tags hears of each Link element on meeting the link
    (`_heard_in`), or None where it never meets it: an element holding it has an
    /ActualText, which stands for all it holds, the link's words too."""
    root = _reader(path).trailer["/Root"]
    texts = _tag_texts(path)
    found: list[list[tuple[str, str]] | None] = []

    def visit(element: DictionaryObject, lang: str, replaced: bool) -> None:
        lang = str(element.get("/Lang", lang))
        if element["/S"] == "/Link":
            found.append(None if replaced else _heard_in(element, texts, lang))
        for kid in _kids(element):
            if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/StructElem":
                visit(kid, lang, replaced or "/ActualText" in element)

    for kid in _kids(root["/StructTreeRoot"]):
        visit(kid, str(root["/Lang"]), False)
    return found


def _link_heard(path: Path, address: str) -> list[list[tuple[str, str]] | None]:
    """What a reader hears of each link whose words hold `address` (or that it never
    meets: None)."""
    return [
        heard
        for heard in _links_heard(path)
        if heard is None or address in "".join(text for text, _ in heard)
    ]


def _heard_of_one_link(
    tmp_path: Path, locale: str, translation: str
) -> tuple[list[tuple[str, str]], Path]:
    """What a reader hears of the one link of `translation` (of "Read [our page](...)
    today."), set in `locale`'s large-print PDF (it must be met), and the PDF."""
    project = copy_project(tmp_path / "project", [locale])
    english = "Read [our page](https://example.org/b) today."
    set_translation(project, locale, None, "full text", translation, english=english)
    result = run_handout(
        project, "build", "--locale", locale, "--variant", "large-print", "--no-check"
    )
    assert result.code == 0, result.err
    pdf = pdf_file(project, locale, "large-print")
    (heard,) = _link_heard(pdf, "example.org/b")
    assert heard is not None
    return heard, pdf


def test_a_link_in_right_to_left_text_is_met_with_its_own_words(tmp_path: Path):
    """A link in an Arabic, Persian, Urdu or Pashto paragraph: the paragraph's
    /ActualText (its text in reading order, `readback.element_actual_text`) stood for all
    it holds, its Link too, so a reader of the tags never met the link, and one going to
    the Link element got its words spelt backwards (its words' spans, reversed for
    Poppler: 'انتحفص ىلع تنرتنإلا'). The Link holds its own words now, in reading order,
    its English ones in English (`test_english_words_in_a_link_in_japanese_are_heard_...`),
    and the paragraph is heard whole, once."""
    translation = "اقرأ [صفحة JAMA Dermatology](https://example.org/b) اليوم."
    heard, pdf = _heard_of_one_link(tmp_path, "ar", translation)
    assert normalise("".join(text for text, _ in heard)) == "صفحة JAMA Dermatology (example.org/b)"
    assert "JAMA Dermatology" in "".join(text for text, lang in heard if lang == "en"), heard
    assert "صفحة" in "".join(text for text, lang in heard if lang == "ar"), heard
    spoken = normalise("".join(text for text, _ in _heard(pdf)))
    assert spoken.count(normalise(plain_text(translation))) == 1, spoken


@pytest.mark.parametrize("locale", sorted(RIGHT_TO_LEFT))
def test_a_reader_of_the_tags_hears_english_words_in_english_right_to_left(pdf_path, locale: str):
    """A right-to-left paragraph's /ActualText (its text in reading order,
    `readback.element_actual_text`) stood for all it holds, its Spans of English too: a
    reader taking it never met their /Lang and said "warfarin" and "JAMA Dermatology"
    in its Arabic or Persian voice (141 words in the 12 such PDFs, found by a probe).
    Each Span of English is read in English now, and no Latin word in the paragraph's
    language; what is heard is the paragraph's text, whole and in order."""
    path = pdf_path(locale, "plain-language")
    heard = _heard(path)
    assert any("warfarin" in text for text, lang in heard if lang == "en"), heard
    for text, lang in heard:
        if lang != "en":
            assert not _latin_words(text.split()), text
    spoken = "".join(text for text, _ in heard).replace("\u200e", "").replace("\u200f", "")
    assert normalise(spoken).split() == normalise(pdf_text(path)).split()


@pytest.mark.parametrize("locale", ["ja", "ko", "zh_Hant", "hy", "am"])
def test_an_english_word_written_against_another_script_is_heard_in_english(pdf_path, locale: str):
    """A Latin name written against another script's letters (Korean '와파린(warfarin)을',
    Japanese and Chinese with full-width brackets, Armenian 'Dermatology-ի',
    Amharic 'የJAMA') was one /ActualText span in the paragraph's language, for a screen
    reader to say in its Japanese or Korean voice (87 words in 21 PDFs, found by a
    probe). The word is cut where its letters change script: its Latin part is a Span of
    English, and no Latin letters are heard in another language."""
    path = pdf_path(locale, "plain-language")
    heard = _heard(path)
    english = "".join(text for text, lang in heard if lang == "en")
    assert "warfarin" in english or "Dermatology" in english or "JAMA" in english, heard
    for text, lang in heard:
        if lang != "en":
            latin = [
                letters
                for word in text.split()
                if not any(c.isdigit() for c in word)  # a code: DERM-001
                for letters in re.findall("[A-Za-z]{2,}", word)
            ]
            assert not latin, (latin, text)


def _link_texts(path: Path) -> list[str]:
    """Each Link element's text as a screen reader is given it (`_links_heard`: its own
    marked content and its Spans', a Span of English for a printed address)."""
    return ["".join(text for text, _ in heard or []) for heard in _links_heard(path)]


@pytest.mark.parametrize(
    ("locale", "translation", "expected"),
    [
        (
            "ja",
            "[当院のページ](https://example.org/b)、[このページ](https://example.org/c)を読み、"
            "[メール](mailto:a@example.org)してください。",
            [
                "当院のページ（example.org/b）",
                "このページ（example.org/c）",
                "メール（a@example.org）",
            ],
        ),
        (
            "zh_Hans",
            "请阅读[我们的页面](https://example.org/b)、[这个页面](https://example.org/c)，"
            "然后[给我们发邮件](mailto:a@example.org)。",
            [
                "我们的页面（example.org/b）",
                "这个页面（example.org/c）",
                "给我们发邮件（a@example.org）",
            ],
        ),
    ],
)
def test_each_link_element_holds_its_own_text_in_a_script_without_spaces(
    tmp_path: Path, locale: str, translation: str, expected: list[str]
):
    """Japanese and Chinese have no spaces between words: a link's text and the text
    around it were one word, drawn whole in the first link's marked content, so a screen
    reader heard the whole line as the first link and nothing for the others."""
    project = copy_project(tmp_path / "project", [locale])
    english = (
        "Read [our page](https://example.org/b), [this page](https://example.org/c), "
        "then [email us](mailto:a@example.org)."
    )
    set_translation(project, locale, None, "full text", translation, english=english)
    result = run_handout(
        project, "build", "--locale", locale, "--variant", "large-print", "--no-check"
    )
    assert result.code == 0, result.err
    pdf = pdf_file(project, locale, "large-print")
    for read in (pdf_text, poppler_text, pdfium_text):  # and the text reads back whole
        assert normalise(plain_text(translation)) in normalise(read(pdf))
    texts = _link_texts(pdf)
    for link_text in expected:
        (held,) = [text for text in texts if link_text in text]
        assert all(other not in held for other in expected if other != link_text), texts
        assert len(held) <= len(link_text) + 1, texts  # a full stop or comma joined at most


def test_english_words_in_a_link_in_japanese_are_heard_in_english(tmp_path: Path):
    """A link's words in Japanese, Korean, Chinese or Russian text kept the paragraph's
    language, English ones too ('JAMA Dermatologyのページ' in a Japanese voice), where
    the same words outside a link are Spans of English (PDF/UA-1 7.2): each stretch of
    Latin-script words in a link is a Span of English inside its Link element now, and
    the link is heard whole."""
    heard, _ = _heard_of_one_link(
        tmp_path, "ja", "[JAMA Dermatologyのページ](https://example.org/b)を読んでください。"
    )
    assert (
        normalise("".join(text for text, _ in heard)) == "JAMA Dermatologyのページ（example.org/b）"
    )
    assert "JAMA Dermatology" in "".join(text for text, lang in heard if lang == "en"), heard
    japanese = "".join(text for text, lang in heard if lang == "ja")
    assert "ページ" in japanese and not re.findall("[A-Za-z]{2,}", japanese), heard


def _paint_order_of_list_items(pdf: Path) -> list[tuple[int, list[int], list[int]]]:
    """For each list item on each page: the page, and where in the page's content stream
    (the order of its /MCID operators) its label's marked content and its body's are
    painted, read with pypdf from the structure tree and the stream."""
    reader = PdfReader(pdf)
    page_of = {page.indirect_reference.idnum: number for number, page in enumerate(reader.pages)}
    painted = [
        {
            int(mcid): index
            for index, mcid in enumerate(
                re.findall(rb"/MCID\s+(\d+)", page.get_contents().get_data())
            )
        }
        for page in reader.pages
    ]

    def content(node: object, page: int | None) -> Iterator[tuple[int, int]]:
        """The (page, MCID) of each piece of marked content under `node`."""
        node = node.get_object() if isinstance(node, IndirectObject) else node
        if isinstance(node, int):
            assert page is not None
            yield page, node
        elif isinstance(node, ArrayObject):
            for kid in node:
                yield from content(kid, page)
        elif isinstance(node, DictionaryObject) and node.get("/Type") != "/OBJR":
            if "/Pg" in node:
                page = page_of[node.raw_get("/Pg").idnum]
            if node.get("/Type") == "/MCR":
                yield page, int(node["/MCID"])
            elif "/K" in node:
                yield from content(node["/K"], page)

    items = []

    def walk(node: DictionaryObject) -> None:
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, ArrayObject) else [kids]:
            kid = kid.get_object() if isinstance(kid, IndirectObject) else kid
            if not isinstance(kid, DictionaryObject) or kid.get("/Type") != "/StructElem":
                continue
            if kid["/S"] == "/LI":
                parts = {"/Lbl": [], "/LBody": []}
                for part in kid["/K"]:
                    part = part.get_object()
                    parts[part["/S"]] += list(content(part, None))
                for page in {page for page, _ in parts["/Lbl"]}:
                    items.append(
                        (
                            page,
                            [painted[page][m] for p, m in parts["/Lbl"] if p == page],
                            [painted[page][m] for p, m in parts["/LBody"] if p == page],
                        )
                    )
            walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return items


@pytest.mark.parametrize("locale", ["ar", "es"])
def test_a_list_label_is_painted_before_its_body(tmp_path: Path, locale: str):
    """Right to left, a list item's label was painted after its body (an outside probe:
    the `outloud` checker's ORD-001, content painted out of the structure tree's order,
    which puts Lbl before LBody). Every shape of list, in both directions, in plain
    language and in two columns beside the English: bullets, numbers, items longer than
    a line, an item with a link in it (a Span in its LBody). Read from the PDF: on each
    page, every piece of a label's marked content is painted before any of its body's."""
    project = copy_project(tmp_path / "project", [locale])
    source = project / "handouts" / "calciphylaxis.md"
    text = source.read_text(encoding="utf-8")
    bulleted = "- women\n- people who are obese"
    assert bulleted in text
    text = text.replace(bulleted, "1. women\n2. people who are obese")
    for number, item in enumerate(("have diabetes", "have liver disease", "take a steroid"), 3):
        text = text.replace(f"- people who {item}", f"{number}. people who {item}")
    source.write_text(text, encoding="utf-8")
    oxygen = "Special oxygen treatment for the wounds. You get it in a chamber."
    translated = translations(project, locale)[(oxygen, "plain language")]
    set_translation(
        project,
        locale,
        oxygen,
        "plain language",
        f"[{translated}](https://example.org/oxygen)",
        english=f"[{oxygen}](https://example.org/oxygen)",
    )
    variants = ("plain-language", "bilingual-plain-language")
    build = ("build", "--locale", locale, "--no-check", "--variant", variants[0], "--variant")
    result = run_handout(project, *build, variants[1])
    assert result.code == 0, result.err
    for variant in variants:
        pdf = pdf_file(project, locale, variant)
        items = _paint_order_of_list_items(pdf)
        assert len(items) >= 20, (variant, len(items))
        late = [item for item in items if max(item[1]) > min(item[2])]
        assert not late, (variant, late)
        assert b"/ListNumbering /Decimal" in pdf.read_bytes()  # a numbered list among them
