"""Fonts: the project's font table, registered with ReportLab once per process.

`fonts/fonts.toml` lists faces and, per locale, the chain of faces tried in
order for each character. `FontChain.runs` splits text into runs that one face
can draw, so a Latin drug name inside Chinese text, or a Chinese word inside
English, each get a face that has them; `FontChain.missing` is the preflight.
"""

from __future__ import annotations

import hashlib
import io
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

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


@cache
def load_font_table(fonts_dir: Path) -> FontTable:
    """Read fonts.toml and register every face it names (once per process)."""
    table_path = fonts_dir / FONT_TABLE
    try:
        table = tomllib.loads(table_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FontError("no font table: the project needs fonts/fonts.toml", table_path) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise FontError(f"cannot read the font table: {error}", table_path) from None
    faces_table = table.get("faces", {})
    chains_table = table.get("chains", {})
    if "default" not in chains_table:
        raise FontError("needs [chains] default = [...faces...]", table_path)
    faces = {name: _register_face(name, row, fonts_dir, table_path)
             for name, row in faces_table.items()}
    chains = {}
    for locale, names in chains_table.items():
        unknown = [name for name in names if name not in faces]
        if unknown or not names:
            raise FontError(f"chain {locale!r} names unknown faces: {unknown}", table_path)
        chains[locale] = FontChain(tuple(faces[name] for name in names))
    return FontTable(chains)


def _register_face(name: str, row: dict[str, str], fonts_dir: Path, table_path: Path) -> Face:
    if "regular" not in row:
        raise FontError(f"face {name!r} needs a regular = \"file.ttf\"", table_path)
    regular = _register_file(f"{name}-regular", fonts_dir / row["regular"])
    bold = _register_file(f"{name}-bold", fonts_dir / row["bold"]) if "bold" in row else regular
    # <b> inside a <font face=NAME-regular> paragraph picks the bold file.
    addMapping(regular.fontName, 0, 0, regular.fontName)
    addMapping(regular.fontName, 1, 0, bold.fontName)
    addMapping(regular.fontName, 0, 1, regular.fontName)
    addMapping(regular.fontName, 1, 1, bold.fontName)
    return Face(name, regular.fontName, bold.fontName,
                frozenset(regular.face.charToGlyph) & frozenset(bold.face.charToGlyph),
                float(row.get("line_height", 0.0)))


_registered: dict[str, TTFont] = {}  # by file content: one TTFont per font per process


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
