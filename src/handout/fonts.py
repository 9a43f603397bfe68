"""Fonts: the project's font table, registered with ReportLab once per process.

`fonts/fonts.toml` lists faces and, per locale, the chain of faces tried in
order for each character. `FontChain.runs` splits text into runs that one face
can draw, so a Latin drug name inside Chinese text, or a Chinese word inside
English, each get a face that has them; `FontChain.missing` is the preflight.
"""

from __future__ import annotations

import copy
import hashlib
import io
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFError, TTFont

from .errors import FontError

FONT_TABLE = "fonts.toml"
# Characters no face needs to draw: layout turns them into spacing or line breaks.
_LAYOUT_CHARACTERS = frozenset(" \t\n")
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
        return ord(character) in self.covered


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
            if face.has(character):
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
            if character not in _LAYOUT_CHARACTERS and self.face_for(character) is None:
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


@dataclass(frozen=True)
class FontTable:
    chains: dict[str, FontChain]

    def chain(self, locale: str) -> FontChain:
        """The chain for `locale`, else for its language, else the default chain."""
        language = locale.split("_")[0]
        return self.chains.get(locale) or self.chains.get(language) or self.chains["default"]


@dataclass(frozen=True)
class FaceFiles:
    """A face as the table names it: its files (read, checked to be TrueType), not parsed."""

    name: str
    regular: Path
    bold: Path
    line_height: float


@dataclass(frozen=True)
class FontFiles:
    """The font table as written: faces and the chain of face names per locale."""

    faces: dict[str, FaceFiles]
    chains: dict[str, tuple[str, ...]]


# What a TrueType or OpenType file starts with (sfnt version, or a collection's tag).
_FONT_MAGIC = (b"\x00\x01\x00\x00", b"true", b"OTTO", b"ttcf")


def read_font_table(fonts_dir: Path) -> FontFiles:
    """Read fonts.toml and check that every file it names is there and is a font, without
    parsing the fonts (quick: a build checks this before it starts its workers)."""
    table_path = fonts_dir / FONT_TABLE
    try:
        table = tomllib.loads(table_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FontError("no font table: the project needs fonts/fonts.toml", table_path) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise FontError(f"cannot read the font table: {error}", table_path) from None
    faces = {}
    for name, row in table.get("faces", {}).items():
        if "regular" not in row:
            raise FontError(f"face {name!r} needs a regular = \"file.ttf\"", table_path)
        regular = _checked_file(fonts_dir / row["regular"])
        bold = _checked_file(fonts_dir / row["bold"]) if "bold" in row else regular
        faces[name] = FaceFiles(name, regular, bold, float(row.get("line_height", 0.0)))
    chains = {locale: tuple(names) for locale, names in table.get("chains", {}).items()}
    if "default" not in chains:
        raise FontError("needs [chains] default = [...faces...]", table_path)
    for locale, names in chains.items():
        unknown = [name for name in names if name not in faces]
        if unknown or not names:
            raise FontError(f"chain {locale!r} names unknown faces: {unknown}", table_path)
    return FontFiles(faces, chains)


def _checked_file(path: Path) -> Path:
    try:
        with path.open("rb") as file:
            magic = file.read(4)
    except FileNotFoundError:
        raise FontError("font file is missing", path) from None
    except OSError as error:
        raise FontError(f"cannot read the font file: {error.strerror}", path) from None
    if magic not in _FONT_MAGIC:
        raise FontError("not a usable TrueType font: not a TrueType or OpenType file", path)
    return path


@cache
def load_font_table(fonts_dir: Path) -> FontTable:
    """Read fonts.toml and register every face it names (once per process)."""
    files = read_font_table(fonts_dir)
    faces = {name: _register_face(face) for name, face in files.faces.items()}
    return FontTable({locale: FontChain(tuple(faces[name] for name in names))
                      for locale, names in files.chains.items()})


def _register_face(face: FaceFiles) -> Face:
    regular = _register_file(f"{face.name}-regular", face.regular)
    bold = _register_file(f"{face.name}-bold", face.bold) if face.bold != face.regular \
        else _synthetic_bold(regular)
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
    """True for the bold of a face that has no bold file: ReportLab's paragraphs draw
    text in it with its outlines stroked as well as filled (`layout.ParagraphText`);
    shaped paragraphs (Arabic, Devanagari), whose faces have bold files, do not."""
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


def _register_file(font_name: str, path: Path) -> TTFont:
    """Register a font file with ReportLab under a name that includes a digest of its
    content, so that two projects in one process never swap fonts under one name."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FontError("font file is missing", path) from None
    except OSError as error:
        raise FontError(f"cannot read the font file: {error.strerror}", path) from None
    name = f"{font_name}-{hashlib.sha256(data).hexdigest()[:12]}"
    if name not in _registered:
        try:
            font = TTFont(name, io.BytesIO(data))
        except (TTFError, OSError, ValueError) as error:
            raise FontError(f"not a usable TrueType font: {error}", path) from None
        pdfmetrics.registerFont(font)
        _registered[name] = font
    return _registered[name]
