"""The font cache: what a font costs to read, paid once per machine, checked on every use.

Three kinds of entry, each stored under a name made of the digest of its source
(the font file, its face index, the versions of the tools that made it) and
starting with a line holding the digest of the rest:

- a face's coverage, height and kind of outlines (`face_info`), so a build knows
  which faces a text needs, and whether a face's outlines are to be converted,
  without parsing any (nor importing fontTools' font reader);
- ReportLab's parsed face (`parsed_face`), which takes ReportLab a tenth of a
  second to a second per file to make (kept without the font's bytes: the face
  reads its subsets' glyphs from the font file);
- TrueType outlines converted from a CFF-flavoured OpenType font
  (`truetype_outlines`): ReportLab embeds only TrueType (glyf) outlines, and the
  conversion (fontTools' cu2qu, as its ``otf2ttf`` snippet does; no library offers
  it as a function, hence the code here) takes long for a CJK font.

The entries are kept, checked and made again when damaged by `cache`.
"""

from __future__ import annotations

import contextlib
import io
import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from .cache import entry_key, json_entry, read_entry, tool_version, write_entry
from .errors import FontError
from .fonts import FontBytes, FontFile, file_digest

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

# fontTools' font reader and pens are imported where a font is read: a build whose font
# cache is full reads none, and each process that draws spared their imports (12 ms).

# Changes whenever the conversion changes, so old entries are not used.
_CONVERTER_VERSION = "cu2qu-1.0-reversed"
_INFO_VERSION = "info-3"  # 3: with the kind of outlines
# Of a parsed face's entry: 2 leaves the font's bytes out (a CJK face's entry was 21 MB,
# read, checked and unpickled by every worker that drew with it: 60 ms); 3 leaves out
# its map of glyphs to characters too (`reportlab_internals.parse_face`).
_FACE_VERSION = "face-3"
_MAX_ERROR = 1.0  # font units: how far a quadratic curve may stray from the cubic one
T = TypeVar("T")


def truetype_outlines(file: FontFile, subfont: int) -> tuple[FontBytes, int]:
    """The font (face `subfont` of a collection) with TrueType outlines: the file itself
    when it has them, else a converted copy (a single font: subfont 0)."""
    outlines = face_info(file, subfont).outlines
    if outlines == "glyf":
        return file, subfont
    if outlines != "CFF ":
        raise FontError("not a usable font: it has neither TrueType nor CFF outlines", file.path)
    key = entry_key(file.digest, str(subfont), tool_version("fonttools"), _CONVERTER_VERSION)
    cached = read_entry("fonts", key, ".ttf")
    if cached is not None:
        return cached, 0
    converted = _convert(bytes(file), subfont, file.path)
    write_entry("fonts", key, ".ttf", converted)
    return converted, 0


# The table of a face's outlines: "glyf" (TrueType), "CFF " or "" (neither).
Outlines = Literal["glyf", "CFF ", ""]


# Each kind by its name in an entry: another name is a KeyError, and the entry made again.
_OUTLINES_STORED: dict[str, Outlines] = {"glyf": "glyf", "CFF ": "CFF ", "": ""}


@dataclass(frozen=True)
class FaceInfo:
    """What a build needs to know of a face before it draws with it."""

    covered: frozenset[int]  # the characters its cmap maps
    ascent: float  # how far its lines rise above the baseline (hhea ascender), in em
    outlines: Outlines


def face_info(file: FontFile, subfont: int) -> FaceInfo:
    """A face's coverage, height and outlines (fontTools reads only the tables they need),
    kept in this process too, by the same key: every build plans with each face of the table, and
    reading a coverage back from its entry (a CJK face's: 30,000 characters) took a few
    milliseconds each time, for each face, in each build of a process (`lint` and the
    tests build many)."""

    def measure(font: TTFont) -> FaceInfo:
        outlines: Outlines = "glyf" if "glyf" in font else "CFF " if "CFF " in font else ""
        return FaceInfo(
            frozenset(font.getBestCmap()),
            font["hhea"].ascent / font["head"].unitsPerEm,
            outlines,
        )

    key = entry_key(file.digest, str(subfont), tool_version("fonttools"), _INFO_VERSION)
    info = _face_infos.get(key)
    if info is None:
        info = _face_infos[key] = json_entry(
            "info",
            key,
            lambda: _read_lazily(file, subfont, measure),
            lambda info: {
                "covered": sorted(info.covered),
                "ascent": info.ascent,
                "outlines": info.outlines,
            },
            lambda stored: FaceInfo(
                frozenset(stored["covered"]),
                float(stored["ascent"]),
                _OUTLINES_STORED[stored["outlines"]],
            ),
        )
    return info


_face_infos: dict[str, FaceInfo] = {}  # by the key of their entry in the user cache


def _read_lazily(file: FontFile, subfont: int, read: Callable[[TTFont], T]) -> T:
    """`read` of face `subfont` of the file as fontTools reads it lazily (the tables asked
    for only), of the version opened; a font it cannot read is a FontError naming it."""
    from fontTools.ttLib import TTFont, TTLibError

    try:
        with file.stream() as stream, TTFont(stream, fontNumber=subfont, lazy=True) as font:
            found = read(font)
    except (TTLibError, OSError, ValueError, KeyError, IndexError, AssertionError) as error:
        raise FontError(f"not a usable font: {error}", file.path) from None
    file.check()
    return found


def parsed_face(outlines: FontBytes, subfont: int, path: Path) -> Any:
    """ReportLab's parsed face of a TrueType font (`reportlab_internals.parse_face`),
    reading its subsets' glyphs from `outlines` (from the file, when they are a
    `FontFile`)."""
    from .reportlab_internals import face_state, parse_face, restore_face

    digest = outlines.digest if isinstance(outlines, FontFile) else file_digest(outlines)
    # What a parsed face depends on besides the font: the tools that parse and pickle it.
    key = entry_key(
        digest,
        str(subfont),
        tool_version("reportlab"),
        f"python-{sys.version_info[:2]}",
        _FACE_VERSION,
    )
    cached = read_entry("faces", key, ".pickle")
    if cached is not None:
        with contextlib.suppress(
            pickle.UnpicklingError, ValueError, EOFError, TypeError, AttributeError, KeyError
        ):
            return restore_face(pickle.loads(cached), outlines)
    face = parse_face(outlines, subfont, path)
    write_entry("faces", key, ".pickle", pickle.dumps(face_state(face), protocol=5))
    return face


def _convert(data: bytes, subfont: int, path: Path) -> bytes:
    """CFF outlines to TrueType (after fontTools' Snippets/otf2ttf.py)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, TTLibError, newTable

    try:
        font = TTFont(io.BytesIO(data), fontNumber=subfont)
        order = font.getGlyphOrder()
        glyph_set = font.getGlyphSet()
        glyphs = {}
        for name in order:
            pen = TTGlyphPen(glyph_set)
            glyph_set[name].draw(Cu2QuPen(pen, _MAX_ERROR, reverse_direction=True))
            glyphs[name] = pen.glyph()
        font["loca"] = newTable("loca")
        glyf = font["glyf"] = newTable("glyf")
        glyf.glyphOrder = order
        glyf.glyphs = glyphs
        del font["CFF "]
        if "VORG" in font:
            del font["VORG"]
        glyf.compile(font)
        metrics = font["hmtx"]
        for name, glyph in glyf.glyphs.items():
            if hasattr(glyph, "xMin"):
                metrics[name] = (metrics[name][0], glyph.xMin)
        maxp = font["maxp"] = newTable("maxp")
        maxp.tableVersion = 0x00010000
        for field in (
            "maxZones",
            "maxTwilightPoints",
            "maxStorage",
            "maxFunctionDefs",
            "maxInstructionDefs",
            "maxStackElements",
            "maxSizeOfInstructions",
            "maxComponentElements",
        ):
            setattr(maxp, field, 1 if field == "maxZones" else 0)
        post = font["post"]
        post.formatType = 2.0
        post.extraNames = []
        post.mapping = {}
        post.glyphOrder = order
        font.sfntVersion = "\x00\x01\x00\x00"
        buffer = io.BytesIO()
        try:
            font.save(buffer)
        except OverflowError:  # too many glyph names for format 2
            post.formatType = 3.0
            buffer = io.BytesIO()
            font.save(buffer)
    except (TTLibError, OSError, ValueError, KeyError, AssertionError) as error:
        raise FontError(f"cannot convert its CFF outlines to TrueType: {error}", path) from None
    return buffer.getvalue()
