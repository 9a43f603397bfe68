"""Faces registered with ReportLab, and the chain that picks a face for each piece of text.

A face's files are parsed once per process (by content: two projects never
swap fonts under one name) and only when a locale's chain needs them.
ReportLab embeds only TrueType outlines; a CFF-flavoured OpenType file
(``.otf``, or a ``.ttc`` of them, such as Noto Sans CJK) is converted to
TrueType outlines with fontTools first, and the result is kept in the font
cache (`fontcache`), so the conversion is paid once per machine.
"""

from __future__ import annotations

import copy
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from weakref import WeakKeyDictionary

from fontTools.unicodedata import script as unicode_script
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFError, TTFont

from .errors import FontError
from .fontcache import truetype_outlines
from .fonts import FaceFiles, FontTable

# Characters no face needs to draw: layout turns them into spacing or line breaks.
_LAYOUT_CHARACTERS = frozenset(" \t\n")
# Format characters that shape text but draw nothing (joiners, marks, variation selectors):
# a face need not have them for a run to use it.
_FORMAT_CHARACTERS = frozenset(
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff" + "".join(map(chr, range(0xFE00, 0xFE10)))
)


@dataclass(frozen=True)
class Face:
    """A registered family: ReportLab font names for regular and bold, and what it covers."""

    name: str
    regular: str
    bold: str
    covered: frozenset[int]
    line_height: float = 0.0  # least line spacing, as a multiple of the size (0: no floor)
    ascent: float = 1.0  # how far its tallest glyphs rise above the baseline, in em

    def has(self, character: str) -> bool:
        return ord(character) in self.covered or character in _FORMAT_CHARACTERS


_NEUTRAL_SCRIPTS = frozenset({"Zyyy", "Zinh", "Zzzz"})  # common, inherited, unknown


@dataclass(frozen=True)
class FontChain:
    """Faces tried in order for each character, with one face per script when pinned.

    `pinned` fixes, for a whole document, one face per script: the first face of
    the chain that has every character of that script the document uses (so a
    Vietnamese document sets all its Latin text in one face, headings and footer
    included); a character that face lacks falls back to the first face that has
    it. Characters of no script of their own (spaces, punctuation, digits,
    marks) take the face of the letters around them.
    """

    faces: tuple[Face, ...]
    pins: tuple[tuple[str, Face], ...] = ()
    broken: tuple[FontError, ...] = ()  # faces of the chain that cannot be used, and why

    @property
    def first(self) -> Face:
        return self.faces[0]

    def face_for(self, character: str) -> Face | None:
        """The first face of the chain that has `character`."""
        if character in _LAYOUT_CHARACTERS:
            return None
        for face in self.faces:
            if ord(character) in face.covered:
                return face
        return None

    def pinned(self, texts: Iterable[str]) -> FontChain:
        """This chain with one face fixed per script for everything in `texts`."""
        by_script: dict[str, set[str]] = {}
        for text in texts:
            for character in text:
                script = unicode_script(character)
                if script not in _NEUTRAL_SCRIPTS:
                    by_script.setdefault(script, set()).add(character)
        pins = []
        for script, characters in sorted(by_script.items()):
            best = max(
                self.faces,
                key=lambda face: (
                    sum(1 for c in characters if ord(c) in face.covered),
                    -self.faces.index(face),
                ),
            )
            pins.append((script, best))
        return FontChain(self.faces, tuple(pins), self.broken)

    def runs(self, text: str) -> tuple[tuple[Face, str], ...]:
        """Split `text` into (face, run) pairs: letters in their script's face, the rest
        with the letters around them."""
        return _runs(self, text)

    def preflight(self, texts: Iterable[tuple[str, Path | None, int | None]], locale: str) -> None:
        """Refuse text with a character no face of the chain has, naming the file and line
        it came from: (plain text, path, line) triples."""
        for text, path, line in texts:
            missing = self.missing(text)
            if missing and self.broken:
                raise self.broken[0]  # a face that would have it cannot be used
            if missing:
                codes = ", ".join(f"U+{ord(c):04X} {c!r}" for c in missing)
                raise FontError(
                    f"locale {locale}: no font has {codes}; add a font that has "
                    "it to fonts/fonts.toml (see the README) or fix the text",
                    path,
                    line,
                )

    def missing(self, text: str) -> list[str]:
        """Characters of `text` that no face in the chain has, in order, each once."""
        seen: dict[str, None] = {}
        for character in text:
            if (
                character not in _LAYOUT_CHARACTERS
                and character not in _FORMAT_CHARACTERS
                and self.face_for(character) is None
            ):
                seen.setdefault(character)
        return list(seen)


@lru_cache(maxsize=65536)
def _runs(chain: FontChain, text: str) -> tuple[tuple[Face, str], ...]:
    pins = dict(chain.pins)
    faces: list[Face | None] = []
    for character in text:
        script = unicode_script(character)
        if script in _NEUTRAL_SCRIPTS:
            faces.append(None)
            continue
        pinned = pins.get(script)
        faces.append(
            pinned
            if pinned is not None and pinned.has(character)
            else chain.face_for(character) or chain.first
        )
    for index in range(len(text)):
        if faces[index] is None:
            faces[index] = _neutral_face(chain, text, faces, index)
    runs: list[tuple[Face, str]] = []
    for face, character in zip(faces, text, strict=True):
        assert face is not None
        if runs and runs[-1][0] is face:
            runs[-1] = (face, runs[-1][1] + character)
        else:
            runs.append((face, character))
    return tuple(runs)


def _neutral_face(chain: FontChain, text: str, faces: list[Face | None], index: int) -> Face:
    """A neutral character's face: the letters' before it, else after it, if that face has
    it; else the first face of the chain that has it."""
    character = text[index]
    before = next((face for face in reversed(faces[:index]) if face is not None), None)
    after = next((face for face in faces[index + 1 :] if face is not None), None)
    for face in (before, after):
        if face is not None and face.has(character):
            return face
    return chain.face_for(character) or before or after or chain.first


def font_chain(table: FontTable, locale: str) -> FontChain:
    """The registered chain of `locale`. A face that cannot be used (its file missing, or
    not a font) is left out and kept as the chain's `broken`: the locale fails only if its
    text needs a character no other face has."""
    return _chain(tuple(table.faces[name] for name in table.chain_names(locale)))


@cache
def _chain(faces: tuple[FaceFiles, ...]) -> FontChain:
    usable, broken = [], []
    for face in faces:
        if face.problem is not None:
            broken.append(face.problem)
            continue
        try:
            usable.append(_register_face(face))
        except FontError as error:
            broken.append(error)
    if not usable:
        raise broken[0]
    return FontChain(tuple(usable), (), tuple(broken))


@cache
def _register_face(face: FaceFiles) -> Face:
    regular = _register_file(f"{face.name}-regular", face.regular, face.subfont)
    bold = (
        _register_file(f"{face.name}-bold", face.bold, face.subfont)
        if face.bold is not None
        else _synthetic_bold(regular)
    )
    # <b> inside a <font face=NAME-regular> paragraph picks the bold file.
    addMapping(regular.fontName, 0, 0, regular.fontName)
    addMapping(regular.fontName, 1, 0, bold.fontName)
    addMapping(regular.fontName, 0, 1, regular.fontName)
    addMapping(regular.fontName, 1, 1, bold.fontName)
    ascent = max(max(font.face.ascent, font.face.bbox[3]) for font in (regular, bold))
    return Face(
        face.name,
        regular.fontName,
        bold.fontName,
        frozenset(regular.face.charToGlyph) & frozenset(bold.face.charToGlyph),
        face.line_height,
        ascent / 1000,
    )


_registered: dict[str, TTFont] = {}  # by file content: one TTFont per font per process
_data: dict[str, tuple[bytes, int]] = {}  # each registered font's file and face index
# Fonts registered for a face with no bold file: its regular outlines, to be drawn bold.
_SYNTHETIC_BOLD: set[str] = set()


def font_data(font_name: str) -> tuple[bytes, int]:
    """The TrueType file behind a registered font name and the face's index in it (a
    collection holds several), for HarfBuzz."""
    return _data[font_name]


def is_synthetic_bold(font_name: str) -> bool:
    """True for the bold of a face that has no bold file: text in it is drawn with its
    outlines stroked as well as filled."""
    return font_name in _SYNTHETIC_BOLD


def _synthetic_bold(regular: TTFont) -> TTFont:
    """The regular font registered a second time, under a name that says "draw me bold"
    (sharing the parsed font: only the name and the subsets are its own)."""
    name = f"{regular.fontName}-synthetic-bold"
    if name not in _registered:
        font = copy.copy(regular)
        font.fontName = name
        font.encoding = TTEncoding()
        font.state = WeakKeyDictionary()
        pdfmetrics.registerFont(font)
        _registered[name] = font
        _data[name] = _data[regular.fontName]
        _SYNTHETIC_BOLD.add(name)
    return _registered[name]


def _register_file(font_name: str, path: Path, subfont: int) -> TTFont:
    """Register a font file with ReportLab under a name that includes a digest of its
    content, so that two projects in one process never swap fonts under one name."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FontError("font file is missing", path) from None
    except OSError as error:
        raise FontError(f"cannot read the font file: {error.strerror}", path) from None
    name = f"{font_name}-{hashlib.sha256(data).hexdigest()[:12]}-{subfont}"
    if name not in _registered:
        data, subfont = truetype_outlines(data, subfont, path)
        try:
            font = TTFont(name, io.BytesIO(data), subfontIndex=subfont)
        except (TTFError, OSError, ValueError, KeyError, IndexError) as error:
            raise FontError(f"not a usable TrueType font: {error}", path) from None
        pdfmetrics.registerFont(font)
        _registered[name] = font
        _data[name] = (data, subfont)
    return _registered[name]
