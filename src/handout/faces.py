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
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from weakref import WeakKeyDictionary

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
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff" + "".join(map(chr, range(0xFE00, 0xFE10))))
_WORDS = re.compile(r"\S+\s*|\s+")


@dataclass(frozen=True)
class Face:
    """A registered family: ReportLab font names for regular and bold, and what it covers."""

    name: str
    regular: str
    bold: str
    covered: frozenset[int]
    line_height: float = 0.0  # least line spacing, as a multiple of the size (0: no floor)

    def has(self, character: str) -> bool:
        return ord(character) in self.covered or character in _FORMAT_CHARACTERS


@dataclass(frozen=True)
class FontChain:
    """Faces tried in order for each character."""

    faces: tuple[Face, ...]

    @property
    def first(self) -> Face:
        return self.faces[0]

    def face_for(self, character: str) -> Face | None:
        if character in _LAYOUT_CHARACTERS:
            return None
        for face in self.faces:
            if ord(character) in face.covered:
                return face
        return None

    def covering(self, text: str) -> Face | None:
        """The first face that has every character of `text`, if any."""
        needed = {c for c in text if c not in _LAYOUT_CHARACTERS}
        for face in self.faces:
            if all(face.has(c) for c in needed):
                return face
        return None

    @lru_cache(maxsize=8192)  # noqa: B019 (chains live as long as the process anyway)
    def runs(self, text: str) -> tuple[tuple[Face, str], ...]:
        """Split `text` into (face, run) pairs, keeping typography as even as possible.

        The whole text in one face if a face has it all; else each word in the
        first face that has the whole word (so a Vietnamese word is never drawn
        in two faces); else each character in the first face that has it.
        Spaces join the run they follow.
        """
        whole = self.covering(text)
        if whole is not None:
            return ((whole, text),)
        pieces: list[tuple[Face, str]] = []
        for word in _WORDS.findall(text):
            face = self.covering(word)
            if face is not None:
                pieces.append((face, word))
                continue
            for character in word:
                pieces.append((self.face_for(character) or self.first, character))
        return tuple(_join_runs(pieces))

    def missing(self, text: str) -> list[str]:
        """Characters of `text` that no face in the chain has, in order, each once."""
        seen: dict[str, None] = {}
        for character in text:
            if character not in _LAYOUT_CHARACTERS and character not in _FORMAT_CHARACTERS \
                    and self.face_for(character) is None:
                seen.setdefault(character)
        return list(seen)


def _join_runs(pieces: list[tuple[Face, str]]) -> list[tuple[Face, str]]:
    runs: list[tuple[Face, str]] = []
    for face, text in pieces:
        if runs and (runs[-1][0] is face or not text.strip()):
            runs[-1] = (runs[-1][0], runs[-1][1] + text)
        else:
            runs.append((face, text))
    return runs


def font_chain(table: FontTable, locale: str) -> FontChain:
    """The registered chain of `locale`; FontError if one of its faces cannot be used."""
    problem = table.problem(locale)
    if problem is not None:
        raise problem
    return _chain(tuple(table.faces[name] for name in table.chain_names(locale)))


@cache
def _chain(faces: tuple[FaceFiles, ...]) -> FontChain:
    return FontChain(tuple(_register_face(face) for face in faces))


@cache
def _register_face(face: FaceFiles) -> Face:
    regular = _register_file(f"{face.name}-regular", face.regular, face.subfont)
    bold = _register_file(f"{face.name}-bold", face.bold, face.subfont) \
        if face.bold is not None else _synthetic_bold(regular)
    # <b> inside a <font face=NAME-regular> paragraph picks the bold file.
    addMapping(regular.fontName, 0, 0, regular.fontName)
    addMapping(regular.fontName, 1, 0, bold.fontName)
    addMapping(regular.fontName, 0, 1, regular.fontName)
    addMapping(regular.fontName, 1, 1, bold.fontName)
    return Face(face.name, regular.fontName, bold.fontName,
                frozenset(regular.face.charToGlyph) & frozenset(bold.face.charToGlyph),
                face.line_height)


_registered: dict[str, TTFont] = {}  # by file content: one TTFont per font per process
# Fonts registered for a face with no bold file: its regular outlines, to be drawn bold.
_SYNTHETIC_BOLD: set[str] = set()


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
    return _registered[name]
