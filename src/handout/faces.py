"""Faces registered with ReportLab, and the chain that picks a face for each piece of text.

A face's files are parsed only when a locale's chain needs them, once per machine:
ReportLab's parse is kept in the user cache (`fontcache.parsed_face`) by the file's
content, so two projects never swap fonts under one name.
ReportLab embeds only TrueType outlines; a CFF-flavoured OpenType file
(``.otf``, or a ``.ttc`` of them, such as Noto Sans CJK) is converted to
TrueType outlines with fontTools first, and the result is kept in the font
cache (`fontcache`), so the conversion is paid once per machine.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont

from .errors import FontError, HandoutError, abbreviate
from .fontcache import face_info, parsed_face, truetype_outlines
from .fonts import FaceFiles, FontBytes, FontTable, open_font_file
from .reportlab_internals import truetype_font, unregister_fonts
from .text.glyphs import GLYPH_CODES
from .text.scripts import script_of

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFontFace

    from .document import PrintedText

# Characters no face needs to draw: layout turns them into spacing or line breaks.
_LAYOUT_CHARACTERS = frozenset(" \t\n")
# Format characters that shape text but draw nothing (joiners, marks, variation selectors):
# a face need not have them for a run to use it.
_FORMAT_CHARACTERS = frozenset(
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
    + "".join(map(chr, range(0xFE00, 0xFE10)))  # variation selectors 1 to 16
    + "".join(map(chr, range(0xE0100, 0xE01F0)))  # 17 to 256: ideographic variation
)


@dataclass(frozen=True, eq=False)
class Face:
    """A family of the font table, as text is set in it: the ReportLab font names of its
    regular and bold, what it covers, how tall it is. Nothing of a face is read until it
    is asked for, and no font is parsed until text is drawn in it, so a chain's faces
    that a document does not need cost nothing."""

    files: FaceFiles

    @property
    def name(self) -> str:
        return self.files.name

    @property
    def line_height(self) -> float:
        """The least line spacing, as a multiple of the size (0: no floor)."""
        return self.files.line_height

    @cached_property
    def _measured(self) -> _Measures:
        return _measure(self.files)

    @property
    def regular(self) -> str:
        return self._measured.regular

    @property
    def bold(self) -> str:
        return self._measured.bold

    @property
    def covered(self) -> frozenset[int]:
        """The characters it sets: those both its files have (its bold text is drawn from
        its bold file), or its regular file's where it has no bold file."""
        return self._measured.covered

    @property
    def regular_covered(self) -> frozenset[int]:
        """The characters its regular file has (from the font cache, as `covered`)."""
        return self._measured.regular_covered

    @property
    def ascent(self) -> float:
        """How far its lines rise above the baseline, as its designers set it (the hhea
        ascender), in em."""
        return self._measured.ascent

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
    # The table's other usable faces, to name one that has what the chain lacks.
    others: tuple[FaceFiles, ...] = field(default=(), compare=False)

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
        # Each character's script asked once, not each time the document has it: the 9,900
        # characters of the Spanish bilingual PDF are 82 letters and signs.
        for character in set().union(*texts):
            script = script_of(character)
            if script not in _NEUTRAL_SCRIPTS:
                by_script.setdefault(script, set()).add(character)
        pins = tuple(
            (script, self._pin(characters)) for script, characters in sorted(by_script.items())
        )
        return FontChain(self.faces, pins, self.broken, self.others)

    def _pin(self, characters: set[str]) -> Face:
        """The face of a script whose letters in the document are `characters`: the first
        face that has them all, else the one that has the most (the first of those)."""
        # The first face that has them all is the pick of the `max` below, which it only
        # spares measuring the faces after it (opening their files and coverages: an
        # English document paid for every CJK, Arabic and Indic face of its chain): no
        # face scores more than all the characters, and of faces that score as much,
        # the first wins.
        codes = {ord(character) for character in characters}
        for face in self.faces:
            if codes <= face.covered:
                return face
        return max(
            self.faces,
            key=lambda face: (len(codes & face.covered), -self.faces.index(face)),
        )

    def runs(self, text: str) -> tuple[tuple[Face, str], ...]:
        """Split `text` into (face, run) pairs: letters in their script's face, the rest
        with the letters around them."""
        return _runs(self, text)

    def preflight(self, texts: Iterable[PrintedText], locale: str) -> None:
        """Refuse text with a character no face of the chain has, naming the file and line
        it came from."""
        texts = tuple(texts)
        if not self.missing("".join(found.text for found in texts)):
            return  # the usual case, in one pass over the document's distinct characters
        # A text someone wrote first (named by its file and line), then what handout
        # writes itself: a date as CLDR spells it, named by the text (and its label's line).
        for text, path, line, written in sorted(texts, key=lambda found: found.written):
            missing = self.missing(text)
            if missing:
                note = f" (in {abbreviate(text, 40)!r}, which handout writes)" if written else ""
                raise self._refusal(missing, locale, path, line, note)

    def face_with(self, text: str, locale: str) -> Face:
        """The first face of the chain that has every character of `text`, for text drawn
        in one font (a list item's bullet or number): the chain's first face may be a
        script's own, which has no bullet (Noto Sans Thai, Khmer, Malayalam)."""
        for face in self.faces:
            if all(face.has(character) for character in text):
                return face
        raise self._refusal(self.missing(text) or list(dict.fromkeys(text)), locale, None, None)

    def _refusal(
        self,
        missing: list[str],
        locale: str,
        path: Path | None,
        line: int | None,
        written: str = "",
    ) -> FontError:
        if self.broken:
            return self.broken[0]  # a face that would have them cannot be used
        return FontError(f"locale {locale}: {self.lacking(missing, locale, written)}", path, line)

    def lacking(self, missing: list[str], locale: str, written: str = "") -> str:
        """The sentence of the build's error, and of lint's [glyph], for the `missing`
        characters (`written`: where handout wrote them), naming what to do: the face of
        the chain whose bold file lacks them (`bold_lacks`), or the face of the table
        outside the chain that has them (`left_out`), else a font to add."""
        codes = ", ".join(f"U+{ord(c):04X} {c!r}" for c in missing)
        unbold = self.bold_lacks(missing)
        if unbold:
            return f"no face of its chain has, in both its files, {codes}{written}; {unbold}"
        elsewhere = self.left_out(missing, locale)
        if elsewhere:
            return f"no font of its chain has {codes}{written}; {elsewhere}"
        return (
            f"no font has {codes}{written}; add a font that has it to fonts/fonts.toml (see "
            "the README) or fix the text"
        )

    def bold_lacks(self, missing: list[str]) -> str:
        """A face of the chain whose regular file has the `missing` characters (all of them,
        else the first) but whose bold file does not, named for the error (a face sets only
        what both its files have: GNU FreeSans's bold lacks the Malayalam and Syriac of its
        regular, which a font of the chain does have); '' when none."""
        for face in self.faces:
            bold = face.files.bold
            if bold is None or ord(missing[0]) not in face.regular_covered:
                continue
            held = [c for c in missing if ord(c) in face.regular_covered]
            what = (
                ("it" if len(missing) == 1 else "them")
                if held == missing
                else f"U+{ord(missing[0]):04X}"
            )
            return (
                f"face {face.name!r} has {what} in its regular file, not in its bold file "
                f"{bold.name!r}: give it a bold file that has {what}, or none (bold is then "
                "drawn by stroking the regular outlines)"
            )
        return ""

    def left_out(self, missing: list[str], locale: str) -> str:
        """A face of the table outside this chain that has the `missing` characters (all of
        them, else the first), named for the error: the face is there, the chain of the
        locale only does not name it; '' when none has them."""
        holders = []
        for files in self.others:
            try:
                face = _face(files)
                holders.append((sum(face.has(c) for c in missing), face.has(missing[0]), files))
            except HandoutError:  # a face that cannot be read: not the one to name
                continue
        best = max(holders, key=lambda held: held[:2], default=None)
        if best is None or not best[1]:
            return ""
        what = (
            ("it" if len(missing) == 1 else "them")
            if best[0] == len(missing)
            else (f"U+{ord(missing[0]):04X}")
        )
        return (
            f"face {best[2].name!r} has {what} but is not in the chain of {locale!r} "
            "([chains] in fonts/fonts.toml)"
        )

    def missing(self, text: str) -> list[str]:
        """Characters of `text` that no face in the chain has, in order, each once."""
        return [
            character
            for character in dict.fromkeys(text)  # each once: a text repeats its letters
            if character not in _LAYOUT_CHARACTERS
            and character not in _FORMAT_CHARACTERS
            and self.face_for(character) is None
        ]


@lru_cache(maxsize=65536)
def _runs(chain: FontChain, text: str) -> tuple[tuple[Face, str], ...]:
    pins = dict(chain.pins)
    # Each character's face is found once: a paragraph repeats its letters (the texts
    # split for the 95 shipped PDFs hold 301,505 characters, 92,884 counted once a text).
    faces_of = {
        character: _letter_face(chain, pins, character) for character in dict.fromkeys(text)
    }
    letters = [faces_of[character] for character in text]  # None for a neutral
    # A neutral looks at the letters' faces, not at a neutral's.
    before = _nearest_letter_faces(letters)
    after = _nearest_letter_faces(letters[::-1])[::-1]
    faces = [
        face if face is not None else _neutral_face(chain, character, before[index], after[index])
        for index, (face, character) in enumerate(zip(letters, text, strict=True))
    ]
    runs: list[tuple[Face, list[str]]] = []
    for face, character in zip(faces, text, strict=True):
        if runs and runs[-1][0] is face:
            runs[-1][1].append(character)
        else:
            runs.append((face, [character]))
    return tuple((face, "".join(characters)) for face, characters in runs)


def _letter_face(chain: FontChain, pins: dict[str, Face], character: str) -> Face | None:
    """A letter's face: its script's pinned face, if that has it, else the chain's first
    that has it (or the chain's first face); None for a neutral (`_NEUTRAL_SCRIPTS`)."""
    script = script_of(character)
    if script in _NEUTRAL_SCRIPTS:
        return None
    pinned = pins.get(script)
    if pinned is not None and pinned.has(character):
        return pinned
    return chain.face_for(character) or chain.first


def _nearest_letter_faces(letters: Sequence[Face | None]) -> list[Face | None]:
    """For each position, the face of the nearest letter before it (None: none is)."""
    nearest: list[Face | None] = []
    last = None
    for face in letters:
        nearest.append(last)
        if face is not None:
            last = face
    return nearest


def _neutral_face(
    chain: FontChain, character: str, before: Face | None, after: Face | None
) -> Face:
    """A neutral character's face: that of the letter before it, else after it, if that
    face has it; else the first face of the chain that has it. Only the letters' faces
    count, so that digits after a sign from another face ("≥ 30") keep the letters' face,
    as the paragraph's other digits do."""
    for face in (before, after):
        if face is not None and face.has(character):
            return face
    return chain.face_for(character) or before or after or chain.first


def font_chain(table: FontTable, locale: str) -> FontChain:
    """The chain of `locale`. A face that cannot be used (its file missing, or not a font)
    is left out and kept as the chain's `broken`: the locale fails only if its text needs
    a character no other face has. No font is read here: a face is measured when text is
    first set in it, and registered with ReportLab when first drawn
    (`ensure_registered`)."""
    names = table.chain_names(locale)
    others = tuple(
        files for name, files in table.faces.items() if name not in names and files.problem is None
    )
    return _chain(tuple(table.faces[name] for name in names), others)


@cache
def _chain(faces: tuple[FaceFiles, ...], others: tuple[FaceFiles, ...] = ()) -> FontChain:
    usable = tuple(_face(face) for face in faces if face.problem is None)
    broken = tuple(face.problem for face in faces if face.problem is not None)
    if not usable:
        raise broken[0]
    return FontChain(usable, (), broken, others)


@cache
def _face(files: FaceFiles) -> Face:
    return Face(files)


@dataclass(frozen=True)
class _Source:
    """Where a font name's outlines come from, to register it when first used."""

    path: Path
    subfont: int
    bold_of: str | None = None  # a face with no bold file: the regular font it strokes


_sources: dict[str, _Source] = {}  # font name -> its source, for every face measured
_registered: dict[str, TTFont] = {}  # font name -> its ReportLab font, registered
# Each registered font's outlines (the file read in place, or converted) and face index.
_data: dict[str, tuple[FontBytes, int]] = {}
# Fonts registered for a face with no bold file: its regular outlines, to be drawn bold.
_SYNTHETIC_BOLD: set[str] = set()


@dataclass(frozen=True)
class _Measures:
    """A face's ReportLab font names, the characters it sets and those its regular file
    has, and its height (`Face`'s)."""

    regular: str
    bold: str
    covered: frozenset[int]
    regular_covered: frozenset[int]
    ascent: float


def _measure(face: FaceFiles) -> _Measures:
    """A face's font names, coverage and height (from the font cache), and the sources to
    register its fonts from."""
    regular_file = open_font_file(face.regular)
    regular = _font_name(face.name, "regular", regular_file.digest, face.subfont)
    info = face_info(regular_file, face.subfont)
    covered, ascent = info.covered, info.ascent
    if face.bold is None:
        bold = f"{regular}-synthetic-bold"
        _sources[bold] = _Source(face.regular, face.subfont, bold_of=regular)
    else:
        bold_file = open_font_file(face.bold)
        bold = _font_name(face.name, "bold", bold_file.digest, face.subfont)
        bold_info = face_info(bold_file, face.subfont)
        covered, ascent = covered & bold_info.covered, max(ascent, bold_info.ascent)
        _sources[bold] = _Source(face.bold, face.subfont)
    _sources[regular] = _Source(face.regular, face.subfont)
    return _Measures(regular, bold, covered, info.covered, ascent)


def _font_name(face: str, style: str, digest: str, subfont: int) -> str:
    """A ReportLab font name that includes the digest of the file, so that two projects in
    one process never swap fonts under one name."""
    return f"{face}-{style}-{digest[:12]}-{subfont}"


def ensure_registered(font_name: str) -> TTFont:
    """The ReportLab font of a face's font name, parsed (through the font cache) and
    registered on first use, and again when it is asked for after `let_go_of_fonts`,
    with the glyph codes handed out before (`GlyphCodes.of_font`). Every lookup of a
    font by name goes through here, not through ReportLab's registry (whose
    `pdfmetrics.getFont`, `stringWidth` and `setFont` do not know a font let go): a run
    kept by the shaping caches may be of a font let go since it was shaped. ReportLab
    is asked by name only right after this, as a canvas's `setFont` does."""
    # Not pdfmetrics.getFont: for a name it does not know it first searches ReportLab's
    # folders for a Type 1 font of that name (20 ms each time).
    font = _registered.get(font_name)
    if font is not None:
        return font
    source = _sources[font_name]
    if source.bold_of is not None:
        regular = ensure_registered(source.bold_of)
        font = copy.copy(regular)
        font.fontName = font_name
        font.encoding = TTEncoding()
        font.state = WeakKeyDictionary()
        _data[font_name] = _data[source.bold_of]
        _SYNTHETIC_BOLD.add(font_name)
    else:
        file = open_font_file(source.path)
        outlines, subfont = truetype_outlines(file, source.subfont)
        face = _named_apart(
            parsed_face(outlines, subfont, source.path), file.digest, source.subfont
        )
        font = truetype_font(font_name, face)
        _data[font_name] = (outlines, subfont)
    pdfmetrics.registerFont(font)
    # ReportLab files a second font of one face (PostScript) name, a synthetic bold or
    # another face of the same file, under the first font it registered of that face, so
    # that both share one subset.
    registered: TTFont = pdfmetrics.getFont(font_name)
    _registered[font_name] = registered
    GLYPH_CODES.of_font(registered)  # its codes added to its face, if it was let go
    return registered


def registered_fonts() -> frozenset[str]:
    """The font names registered now (`ensure_registered`), for `let_go_of_fonts` to keep."""
    return frozenset(_registered)


def let_go_of_fonts(kept: Collection[str] = ()) -> None:
    """Let go of every font registered (`ensure_registered`) but those of `kept`, with the
    names filed under them (a synthetic bold's, under its regular): ReportLab's
    registration, its parsed face and outlines, and the glyph codes' hold on its face, so
    that a process that moves on to another locale frees them (a CJK face's fonts held 5
    to 15 MB). A font asked for again is parsed and registered again from the font cache
    (up to 2 ms for a Latin font, 6 to 17 for a CJK one), the same font."""
    kept_fonts = {id(_registered[name]) for name in kept if name in _registered}
    gone = {name: font for name, font in _registered.items() if id(font) not in kept_fonts}
    unregister_fonts(gone)
    for name in gone:
        del _registered[name]
        del _data[name]
    GLYPH_CODES.let_go_of_faces({font.fontName for font in gone.values()})


# Each PostScript name a registered font was given -> the file (digest) and face it is of.
_file_of_name: dict[bytes, tuple[str, int]] = {}


def _named_apart(face: TTFontFace, digest: str, subfont: int) -> TTFontFace:
    """The parsed face, renamed (its PostScript name and the file's digest) when a font of
    another file registered its name first: ReportLab draws a font under the first one
    registered of its face name, and a bold file named as its regular (a font's name table
    copied from another's) set every bold word in the regular font, the emphasis lost and
    the build's checks passing, as would a clinic's newer version of a shipped font. The
    name is what the PDF calls the font (BaseFont), which a font of its own has."""
    owner = _file_of_name.setdefault(face.name, (digest, subfont))
    if owner == (digest, subfont):
        return face
    face.name = b"%s-%s" % (face.name, digest[:8].encode())
    _file_of_name[face.name] = (digest, subfont)
    return face


def font_data(font_name: str) -> tuple[FontBytes, int]:
    """The TrueType outlines behind a font name and the face's index in them (a collection
    holds several), for HarfBuzz."""
    ensure_registered(font_name)
    return _data[font_name]


def outlines_name(font_name: str) -> str:
    """The font name whose outlines `font_name` draws: a synthetic bold's regular, else
    itself."""
    ensure_registered(font_name)
    return _sources[font_name].bold_of or font_name


def is_synthetic_bold(font_name: str) -> bool:
    """True for the bold of a face that has no bold file: text in it is drawn with its
    outlines stroked as well as filled."""
    return font_name in _SYNTHETIC_BOLD
