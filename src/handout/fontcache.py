"""The font cache: CFF outlines converted to TrueType once per machine, checked on every use.

ReportLab embeds only TrueType (glyf) outlines. A CFF-flavoured OpenType font
is converted with fontTools' cu2qu (cubic to quadratic curves, as fontTools'
``otf2ttf`` snippet does; no library offers it as a function, hence the code
here) and the result is stored in the cache folder under a name made of the
digest of its source and the digest of its own bytes. A cache entry whose
bytes no longer match its name (a disk fault, a half-copied file) is deleted
and made again; entries are written atomically, so two builds at once are safe.

The cache folder is ``$HANDOUT_CACHE_DIR``, else ``$XDG_CACHE_HOME/handout``,
else ``~/.cache/handout``; when it cannot be written, the conversion is kept in
memory for this process only.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, TTLibError, newTable

from .errors import FontError, OutputError
from .files import write_atomic

# Changes whenever the conversion changes, so old entries are not used.
_CONVERTER_VERSION = b"cu2qu-1.0-reversed"
_MAX_ERROR = 1.0  # font units: how far a quadratic curve may stray from the cubic one


def cache_dir() -> Path:
    """Where converted fonts are kept."""
    if os.environ.get("HANDOUT_CACHE_DIR"):
        return Path(os.environ["HANDOUT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "handout"


def truetype_outlines(data: bytes, subfont: int, path: Path) -> tuple[bytes, int]:
    """The font (face `subfont` of a collection) with TrueType outlines: `data` itself
    when it has them, else a converted copy (a single font: subfont 0)."""
    try:
        font = TTFont(io.BytesIO(data), fontNumber=subfont, lazy=True)
        has_truetype = "glyf" in font
        has_cff = "CFF " in font
    except (TTLibError, OSError, ValueError, IndexError, AssertionError) as error:
        raise FontError(f"not a usable font: {error}", path) from None
    if has_truetype:
        return data, subfont
    if not has_cff:
        raise FontError("not a usable font: it has neither TrueType nor CFF outlines", path)
    key = hashlib.sha256(_CONVERTER_VERSION + data + subfont.to_bytes(4, "big")).hexdigest()
    cached = _read_entry(key)
    if cached is not None:
        return cached, 0
    converted = _convert(data, subfont, path)
    digest = hashlib.sha256(converted).hexdigest()
    with contextlib.suppress(OutputError):  # a read-only cache: this process keeps it
        write_atomic(cache_dir() / "fonts" / f"{key}-{digest}.ttf", converted)
    return converted, 0


def _read_entry(key: str) -> bytes | None:
    """A cached conversion whose bytes match the digest in its name; a damaged one is
    removed (and so made again)."""
    folder = cache_dir() / "fonts"
    for entry in sorted(folder.glob(f"{key}-*.ttf")) if folder.is_dir() else []:
        try:
            data = entry.read_bytes()
        except OSError:
            continue
        if hashlib.sha256(data).hexdigest() == entry.stem.split("-", 1)[1]:
            return data
        entry.unlink(missing_ok=True)
    return None


def _convert(data: bytes, subfont: int, path: Path) -> bytes:
    """CFF outlines to TrueType (after fontTools' Snippets/otf2ttf.py)."""
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
