"""Unit tests of fonts: one face per script, the font cache (damaged entries made again),
CFF fonts converted, the source format's metadata."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.ttLib import TTFont

from handout import fontcache, fonts
from handout.errors import FontError
from handout.faces import Face, FontChain, font_chain
from handout.fonts import read_font_table

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def table():
    return read_font_table(REPO / "fonts")


def test_a_vietnamese_document_sets_all_its_latin_in_one_face(table):
    chain = font_chain(table, "vi").pinned(["Bệnh hiếm gặp", "Causes", "Trang 1"])
    faces = {face.name for text in ("Causes", "Bệnh", "Page") for face, _ in chain.runs(text)}
    assert faces == {"noto-sans"}


def test_an_english_document_keeps_atkinson_and_neutrals_follow_their_letters(table):
    chain = font_chain(table, "zh_Hans").pinned(["钙化防御是一种罕见疾病。", "JAMA"])
    runs = chain.runs("钙化防御（JAMA）。")
    assert [face.name for face, _ in runs] == [
        "droid-sans-fallback",
        "atkinson-hyperlegible",
        "droid-sans-fallback",
    ]


def _unmeasured_chain(table, *names: str) -> FontChain:
    """A chain of new faces of the table (`font_chain`'s are kept for the process, and
    other tests measure them), none of them measured yet."""
    return FontChain(tuple(Face(table.faces[name]) for name in names))


def _measured(chain: FontChain) -> list[str]:
    return [face.name for face in chain.faces if "_measured" in vars(face)]


def test_a_script_takes_the_first_face_that_has_all_its_letters_and_measures_no_later_face(
    table,
):
    """Atkinson Hyperlegible lacks one letter of the Latin text, "ệ": the text is pinned to
    Noto Sans, the next face, and the faces after it (Arabic, Devanagari, CJK...) are not
    opened; an English text is pinned to the first face, which alone is opened."""
    names = table.chain_names("en")
    assert len(names) > 10
    chain = _unmeasured_chain(table, *names)
    pins = dict(chain.pinned(["Bệnh hiếm gặp", "Causes"]).pins)
    assert pins["Latn"].name == "noto-sans"
    assert _measured(chain) == ["atkinson-hyperlegible", "noto-sans"]
    chain = _unmeasured_chain(table, *names)
    assert dict(chain.pinned(["Causes", "Page 1"]).pins)["Latn"].name == names[0]
    assert _measured(chain) == [names[0]]


def test_a_script_no_face_has_all_the_letters_of_takes_the_face_that_has_most(table):
    """No face has "Ꞔ" (U+A794): the text is pinned to the face that has most of its
    letters (AR PL UMing has "ệ", the faces before it do not), and of faces that have
    as many, to the first (Atkinson Hyperlegible and Nanum Gothic both lack "ệ")."""
    text = ["Bệnh hiếm gặp Ꞔ"]
    most = _unmeasured_chain(table, "atkinson-hyperlegible", "nanum-gothic", "ar-pl-uming-tw")
    assert dict(most.pinned(text).pins)["Latn"].name == "ar-pl-uming-tw"
    for first, second in (
        ("atkinson-hyperlegible", "nanum-gothic"),
        ("nanum-gothic", "atkinson-hyperlegible"),
    ):
        tied = _unmeasured_chain(table, first, second)
        assert dict(tied.pinned(text).pins)["Latn"].name == first


@pytest.mark.parametrize("locale", ["vi", "ru"])
def test_digits_after_a_sign_from_another_face_keep_the_letters_face(table, locale: str):
    """Noto Sans has no "≥", which comes from Atkinson Hyperlegible; the digits after it
    took the sign's face (Atkinson's slashed zero) while the paragraph's other digits
    were in Noto Sans. A neutral character takes the face of the letters around it."""
    text = {"vi": "Chỉ số ≥ 30 và 40", "ru": "Индекс ≥ 30 или 40"}[locale]
    chain = font_chain(table, locale).pinned([text])
    faces = {character: face.name for face, run in chain.runs(text) for character in run}
    assert faces["≥"] == "atkinson-hyperlegible"
    assert faces["3"] == faces["4"] == faces[text[0]] == "noto-sans"


def test_a_japanese_document_takes_its_kana_and_kanji_from_its_own_face(table):
    chain = font_chain(table, "ja").pinned(["カルシフィラキシスはまれな病気です。"])
    assert {face.name for face, _ in chain.runs("カルシフィラキシス病気")} == {"ipaex-gothic"}


def test_a_character_no_face_has_is_reported(table):
    assert font_chain(table, "es").missing("a\U0001f9ea") == ["\U0001f9ea"]


def test_a_label_takes_the_first_face_that_has_all_of_it(table):
    """A list item's bullet or number is drawn in one font: the first face of the chain
    that has every character of it (Noto Sans Thai has neither a bullet nor digits)."""
    faces = {face.name: face for face in font_chain(table, "th").faces}
    chain = FontChain((faces["noto-sans-thai"], faces["atkinson-hyperlegible"]))
    assert chain.face_with("\u2022", "th").name == "atkinson-hyperlegible"
    assert chain.face_with("12.", "th").name == "atkinson-hyperlegible"
    with pytest.raises(FontError, match=r"^locale th: no font has U\+2022 '\u2022'; add a font"):
        FontChain((faces["noto-sans-thai"],)).face_with("\u2022", "th")


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HANDOUT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_damaged_cache_entry_is_found_and_made_again(cache: Path):
    font = fonts.open_font_file(REPO / "fonts" / "noto-sans" / "NotoSans-Regular.ttf")
    data = bytes(font)
    fontcache._face_infos.clear()  # as in a new process
    first = fontcache.face_info(font, 0)
    (entry,) = (cache / "info").iterdir()
    entry.write_bytes(entry.read_bytes()[:-20] + b"0" * 20)  # a disk fault
    assert fontcache.face_info(font, 0) is first  # kept in the process
    fontcache._face_infos.clear()
    assert fontcache.face_info(font, 0) == first
    (remade,) = (cache / "info").iterdir()
    digest, _, body = remade.read_bytes().partition(b"\n")
    import hashlib

    assert hashlib.sha256(body).hexdigest().encode() == digest
    face = fontcache.parsed_face(data, 0, Path("x.ttf"))
    (pickled,) = (cache / "faces").iterdir()
    pickled.write_bytes(b"not a pickle")
    again = fontcache.parsed_face(data, 0, Path("x.ttf"))
    assert again.charToGlyph == face.charToGlyph
    assert again._pdfScale(2048) == face._pdfScale(2048)


def test_a_font_files_digest_is_kept_until_the_file_changes(tmp_path: Path, cache: Path):
    """A font file's digest comes from the user cache while the file is the same version
    (a damaged entry is made again); other bytes written into it, even of the same size
    and with its old modification time put back, give their own digest."""
    font = tmp_path / "face.ttf"
    font.write_bytes(b"a" * 100)
    assert fonts.font_file_digest(font) == hashlib.sha256(b"a" * 100).hexdigest()
    (entry,) = (cache / "font-digests").iterdir()
    kept = entry.read_bytes()
    entry.write_bytes(kept.replace(b"a", b"b"))  # a disk fault
    fonts._digest_of.cache_clear()  # as in a new process
    assert fonts.font_file_digest(font) == hashlib.sha256(b"a" * 100).hexdigest()
    assert entry.read_bytes() == kept
    planted = b'"' + b"0" * 64 + b'"'  # a sound entry of another digest
    entry.write_bytes(hashlib.sha256(planted).hexdigest().encode() + b"\n" + planted)
    fonts._digest_of.cache_clear()
    assert fonts.font_file_digest(font) == "0" * 64  # read from the cache, not the file
    old = font.stat()
    font.write_bytes(b"c" * 100)
    os.utime(font, ns=(old.st_atime_ns, old.st_mtime_ns))
    assert fonts.font_file_digest(font) == hashlib.sha256(b"c" * 100).hexdigest()
    font.unlink()
    with pytest.raises(FontError, match="missing"):
        fonts.font_file_digest(font)


def test_a_face_from_the_cache_is_the_parsed_face_and_holds_no_copy_of_the_font(cache: Path):
    """The entry leaves the font's bytes out (the build has read them already); the face
    read back gets them again, for ReportLab's subsets. Neither face holds the map of
    glyphs to characters that only ReportLab's own shaping reads."""
    data = (REPO / "fonts" / "noto-sans" / "NotoSans-Regular.ttf").read_bytes()
    parsed = fontcache.parsed_face(data, 0, Path("x.ttf"))  # made, and kept
    restored = fontcache.parsed_face(data, 0, Path("x.ttf"))  # read back
    assert restored is not parsed
    assert restored.__dict__.keys() == parsed.__dict__.keys()
    for key, value in parsed.__dict__.items():
        if key != "_pdfScale":
            assert restored.__dict__[key] == value, key
    assert restored._ttf_data == data
    assert not hasattr(parsed, "glyphToChar") and not hasattr(restored, "glyphToChar")
    (entry,) = (cache / "faces").iterdir()
    assert entry.stat().st_size < len(data) / 2


def _cff_font(path: Path) -> Path:
    """A tiny CFF-flavoured OpenType font: 'H' and 'I' as boxes."""
    builder = FontBuilder(1000, isTTF=False)
    builder.setupGlyphOrder([".notdef", "space", "H", "I"])
    builder.setupCharacterMap({32: "space", ord("H"): "H", ord("I"): "I"})
    strings = {}
    for name, width in ((".notdef", 500), ("space", 250), ("H", 600), ("I", 300)):
        pen = T2CharStringPen(width, None)
        if name in ("H", "I"):
            pen.moveTo((50, 0))
            pen.lineTo((width - 50, 0))
            pen.curveTo((width - 50, 300), (width - 50, 400), (width - 50, 700))
            pen.lineTo((50, 700))
            pen.closePath()
        strings[name] = pen.getCharString()
    builder.setupCFF("TestCFF", {"FullName": "Test CFF"}, strings, {})
    builder.setupHorizontalMetrics(
        {name: (w, 0) for name, w in ((".notdef", 500), ("space", 250), ("H", 600), ("I", 300))}
    )
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "TestCFF", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=800, usWinAscent=800, usWinDescent=200)
    builder.setupPost()
    builder.save(str(path))
    return path


def test_a_cff_font_is_converted_once_and_then_read_from_the_cache(tmp_path: Path, cache: Path):
    font = _cff_font(tmp_path / "test.otf")
    data, subfont = fontcache.truetype_outlines(fonts.open_font_file(font), 0)
    assert subfont == 0 and isinstance(data, bytes)

    converted = TTFont(io.BytesIO(data))
    assert "glyf" in converted and "CFF " not in converted
    assert converted["glyf"]["H"].numberOfContours == 1
    assert list((cache / "fonts").iterdir())
    again, _ = fontcache.truetype_outlines(fonts.open_font_file(font), 0)
    assert again == data


@pytest.mark.parametrize(
    "font", ["noto-sans/NotoSans-Regular.ttf", "droid-sans-fallback/DroidSansFallbackFull.ttf"]
)
def test_a_subset_is_the_one_reportlab_makes(font: str, cache: Path):
    """The face reads each glyph of a subset from the font, in place in its file or from
    bytes, instead of a copy of its whole glyf table (`reportlab_internals._Face`): the
    subset is byte for byte the one ReportLab's own face makes, composite glyphs
    included."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    file = fonts.open_font_file(REPO / "fonts" / font)
    data = bytes(file)
    reportlab = TTFontFace(io.BytesIO(data))
    codes = sorted(reportlab.charToGlyph)
    subset = [0, *codes[:120], *codes[-135:]]  # 256 codes: the first and last it maps
    expected = reportlab.makeSubset(subset)
    for outlines in (file, data):
        face = fontcache.parsed_face(outlines, 0, Path(font))
        restored = fontcache.parsed_face(outlines, 0, Path(font))  # from the cache
        assert face.makeSubset(subset) == expected
        assert restored.makeSubset(subset) == expected


def test_a_font_file_written_over_during_a_build_is_an_error_not_a_mixed_pdf(
    tmp_path: Path, cache: Path
):
    """A face reads its file in place: once the file changes (here written over with
    another font, as `cp` does), its next subset, and any read of the whole file, is a
    FontError naming the file, not a subset of the new file's glyphs."""
    path = tmp_path / "face.ttf"
    path.write_bytes((REPO / "fonts" / "noto-sans" / "NotoSans-Regular.ttf").read_bytes())
    file = fonts.open_font_file(path)
    face = fontcache.parsed_face(file, 0, path)
    assert face._ttf_data is file  # no copy of the font's bytes
    face.makeSubset([0, ord("a")])
    path.write_bytes((REPO / "fonts" / "noto-sans" / "NotoSans-Bold.ttf").read_bytes())
    for read in (lambda: face.makeSubset([0, ord("a")]), lambda: bytes(file)):
        with pytest.raises(FontError, match="changed while the build read it") as raised:
            read()
        assert raised.value.path == path.resolve()


def test_a_synthetic_bold_shares_its_regulars_harfbuzz_font(table):
    """HarfBuzz keeps a copy of each font's bytes: a face with no bold file (Droid Sans
    Fallback) has one HarfBuzz font for both weights."""
    from handout.faces import is_synthetic_bold
    from handout.text.shaping import harfbuzz_font

    face = font_chain(table, "zh_Hans").face_for("中")
    assert face is not None
    assert harfbuzz_font(face.bold) is harfbuzz_font(face.regular)
    assert is_synthetic_bold(face.bold)  # known once registered


def test_a_variation_sequence_takes_the_glyph_the_font_maps_it_to(table):
    """IPAex Gothic maps U+50C5 U+E0100 to a glyph of its own (cmap format 14): the
    sequence is shaped as that one glyph, the selector drawing nothing of its own."""
    from handout.faces import ensure_registered
    from handout.text.shaping import shape_run

    face = font_chain(table, "ja").face_for("\u50c5")
    assert face is not None
    ensure_registered(face.regular)
    plain = shape_run("\u50c5", face.regular, 18, False, "ja")
    varied = shape_run("\u50c5\U000e0100", face.regular, 18, False, "ja")
    (glyph,) = varied.glyphs
    assert glyph != plain.glyphs[0]


def test_a_locales_shaped_runs_are_forgotten_once_the_next_locales_are_shaped(table):
    """A process builds a locale's PDFs one after another: a run shaped for French is
    shaped once for all of them, and forgotten once a Polish one is shaped; the source's
    English runs, which every locale's bilingual PDFs set again, are kept."""
    from handout.faces import ensure_registered
    from handout.text.shaping import shape_run

    face = font_chain(table, "fr").face_for("é")
    assert face is not None
    ensure_registered(face.regular)
    english = shape_run("Take one tablet", face.regular, 12, False, "en")
    french = shape_run("Prenez un comprimé", face.regular, 12, False, "fr")
    assert shape_run("Prenez un comprimé", face.regular, 12, False, "fr") is french
    shape_run("Weź jedną tabletkę", face.regular, 12, False, "pl")
    french_again = shape_run("Prenez un comprimé", face.regular, 12, False, "fr")
    assert french_again is not french
    assert french_again == french
    assert shape_run("Take one tablet", face.regular, 12, False, "en") is english


def test_a_shaped_runs_words_hold_its_glyphs_in_order(table):
    """A run holds its glyphs a field to a tuple and its words as their texts and ends:
    each word's glyphs read back as its text (a space's as the space), and the ink of the
    whole run is that of its glyphs."""
    from handout.faces import ensure_registered
    from handout.text.glyphs import GLYPH_CODES
    from handout.text.shaping import shape_run

    face = font_chain(table, "fr").face_for("é")
    assert face is not None
    ensure_registered(face.regular)
    run = shape_run("Prenez un comprimé", face.regular, 12, False, "fr")
    assert run.words == ("Prenez", "", "un", "", "comprimé")
    read = [
        "".join(GLYPH_CODES.text_of(ord(run.codes[at])) for at in run.word_glyphs(number))
        for number in range(len(run.words))
    ]
    assert read == ["Prenez", " ", "un", " ", "comprimé"]
    assert len(run.glyphs) == len(run.xs) == len(run.ys) == len(run.codes) == len(run.text)
    boxes = list(run.glyph_inks(0.0))
    assert len(boxes) == len(run.text) - 2  # the spaces have none
    assert run.ink_left == min(0.0, *(box.left for box in boxes))
    assert run.ink_right == max(run.width, *(box.right for box in boxes))
    assert run.ink_bottom == min(box.bottom for box in boxes)
    assert run.ink_top == max(box.top for box in boxes)
    assert [box.left - 10 for box in boxes] == [box.left for box in run.glyph_inks(-10.0)]


# Format characters a translator may type: joiners, bidi marks, a zero-width space.
FORMAT_CHARACTERS = "\u200b\u200c\u200d\u200e\u200f\u061c\u2060\u2066\u2067\u2068\u2069\ufeff"


def test_a_format_character_is_drawn_with_no_ink(table):
    """A face's own glyph for a format character can have ink: Noto Sans Arabic draws
    U+200C (ZWNJ) as a bar and U+200E/U+200F (bidi marks) as arrows, which a shaper
    never shows, and the Persian PDFs showed a bar in every "می‌کنند". Measured with
    HarfBuzz in the face itself, for every face of the table and every such character
    it maps, between two of its letters."""
    from handout.faces import Face, ensure_registered
    from handout.text.shaping import _shaped, harfbuzz_font

    checked = 0
    for files in table.faces.values():
        if files.problem is not None:
            continue
        face = Face(files)
        for name in (face.regular, face.bold):
            mapped = ensure_registered(name).face.charToGlyph
            letter = max((chr(code) for code in mapped if chr(code).isalpha()), key=ord)
            for character in FORMAT_CHARACTERS:
                if ord(character) not in mapped:
                    continue
                shaped = _shaped(f"{letter}{character}{letter}", name, False, "en")
                for glyph, cluster, *_ in shaped.glyphs:
                    if cluster == 1:
                        extents = harfbuzz_font(name).get_glyph_extents(glyph)
                        assert extents is None or not extents.width, (name, character)
                        checked += 1
    assert checked > 20


def test_a_harfbuzz_font_let_go_is_made_again_and_shapes_alike(table):
    """A process lets go of HarfBuzz's copies of the font files as it moves on to another
    locale (`forget_harfbuzz_fonts`); a font shaped after is made again from its file and
    shapes a run as before."""
    from handout.faces import ensure_registered
    from handout.text.shaping import forget_harfbuzz_fonts, harfbuzz_font, shape_run

    face = font_chain(table, "ja").face_for("\u50c5")
    assert face is not None
    ensure_registered(face.regular)
    before = harfbuzz_font(face.regular)
    shaped = shape_run("\u50c5\u304b\u306b", face.regular, 18, False, "ja")
    forget_harfbuzz_fonts()
    shape_run("Weź jedną tabletkę", face.regular, 12, False, "pl")  # the ja run forgotten
    again = shape_run("\u50c5\u304b\u306b", face.regular, 18, False, "ja")
    assert harfbuzz_font(face.regular) is not before
    assert again is not shaped
    assert again == shaped


def test_fonts_let_go_are_registered_again_with_their_glyph_codes_but_those_kept(table):
    """A process lets go of the fonts as it moves on to another locale
    (`faces.let_go_of_fonts`): a font asked for after is registered again, and the glyph
    codes handed out before (those of a run kept by the shaping caches) draw the same
    glyphs at the same widths in it; a font kept keeps the synthetic bold filed under it,
    which draws in its subsets (ReportLab's registry knows it by the regular's face)."""
    from reportlab.pdfbase import pdfmetrics

    from handout.faces import ensure_registered, let_go_of_fonts
    from handout.text.shaping import shape_run

    arabic = font_chain(table, "ar").face_for("\u0628")
    japanese = font_chain(table, "ja").face_for("\u50c5")
    assert arabic is not None and japanese is not None
    assert japanese.bold.endswith("synthetic-bold")
    run = shape_run("\u0644\u0627 \u0628\u0623\u0633", arabic.regular, 12, True, "ar")
    codes = [(code, glyph) for code, glyph in zip(run.codes, run.glyphs, strict=True) if code]
    assert any(ord(code) >= 0xF0000 for code, _ in codes)  # the lam-alef ligature's
    before = ensure_registered(arabic.regular)
    bold = ensure_registered(japanese.bold)
    let_go_of_fonts(kept={japanese.regular})
    assert ensure_registered(japanese.bold) is bold
    assert pdfmetrics.getFont(japanese.bold) is pdfmetrics.getFont(japanese.regular)
    after = ensure_registered(arabic.regular)
    assert after is not before
    for code, glyph in codes:
        assert after.face.charToGlyph[ord(code)] == glyph
        assert after.stringWidth(code, 12) == before.stringWidth(code, 12)
