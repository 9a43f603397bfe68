"""The font table: which faces exist and, per locale, the order they are tried in.

The faces that ship with handout (``handout/default_fonts/fonts.toml``, the
repository's ``fonts/``) serve every project; a project's own
``fonts/fonts.toml`` adds faces (paths relative to its folder) and replaces
the chain of any locale it names. Reading the table parses no font: a face
whose file is missing or is not a font is remembered with its problem, and
only the locales whose text needs it fail (`faces.font_chain`). A font file is read in
place (`FontFile`), and its digest is kept in the user cache by the file's version
(`font_file_digest`).
"""

from __future__ import annotations

import hashlib
import os
import tomllib
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from importlib.resources import files
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from .cache import file_digest_entry
from .errors import FontError, LocaleError, unknown_name
from .files import FileVersion, file_version, version_of
from .locales import check_pattern, cldr_locale, language_of, written_form, written_otherwise
from .project import setting_line, table_lines

FONT_TABLE = "fonts.toml"
DEFAULT_CHAIN = "default"
# What a TrueType or OpenType file starts with (sfnt version, or a collection's tag).
_FONT_MAGIC = (b"\x00\x01\x00\x00", b"true", b"OTTO", b"ttcf")
T = TypeVar("T")
_TABLE_KEYS = ("faces", "chains")
_FACE_KEYS = ("regular", "bold", "license", "line_height", "subfont")
_LICENCE_NOTE = "the licence goes wherever the font does"


@dataclass(frozen=True)
class FaceFiles:
    """A face as the table names it: its files, not parsed."""

    name: str
    regular: Path
    bold: Path | None  # None: drawn bold by stroking the regular outlines
    line_height: float = 0.0  # least line spacing, as a multiple of the size (0: none)
    subfont: int = 0  # the face's index in a .ttc collection
    problem: FontError | None = None  # why the face cannot be used, if it cannot

    @property
    def paths(self) -> tuple[Path, ...]:
        return (self.regular,) if self.bold is None else (self.regular, self.bold)


@dataclass(frozen=True)
class FontTable:
    """Every face the project may use and the chain of face names per locale."""

    faces: dict[str, FaceFiles]
    chains: dict[str, tuple[str, ...]]
    tables: tuple[Path, ...]  # the fonts.toml files read, default first
    # Where each chain is written (its table and line), and the chains a project's own
    # table adds to the shipped ones.
    chain_places: dict[str, tuple[Path, int | None]] = field(default_factory=dict)
    added_chains: frozenset[str] = frozenset()

    def chain_names(self, locale: str) -> tuple[str, ...]:
        """The chain of `locale` (`chain_key`)."""
        return self.chains[self.chain_key(locale)]

    def chain_key(self, locale: str) -> str:
        """Which chain `locale` takes: its own, else its language's in the script CLDR
        gives it (zh_TW takes zh_Hant's: its ideographs drawn to the Taiwan standard),
        else its language's, else the default chain."""
        language = language_of(locale)
        info = None if locale in self.chains else cldr_locale(locale)
        scripted = f"{language}_{info.script}" if info and info.script else None
        for key in (locale, scripted, language):
            if key and self.chains.get(key):
                return key
        return DEFAULT_CHAIN

    def unused_chains(self, locales: Iterable[str]) -> list[FontError]:
        """A chain the project's table adds that none of `locales` (those with catalogs)
        takes, named at its line: a warning, for a project may write a locale's chain
        before `handout init` makes its catalogs, but a chain written for a locale the
        project spells otherwise is never used."""
        used = {self.chain_key(locale) for locale in locales}
        return [
            FontError(
                f"chain {key!r} is the chain of no locale with catalogs in locales/ "
                f"('handout init {key}' makes them)",
                *self.chain_places[key],
            )
            for key in self.chains
            if key in self.added_chains and key not in used
        ]


def default_fonts_dir() -> Path:
    """The faces that ship inside the handout package."""
    return Path(str(files("handout") / "default_fonts"))


def read_font_table(project_fonts_dir: Path) -> FontTable:
    """The default table with the project's own (if it has one) laid over it.

    A table that cannot be read, or names unknown faces in a chain, is an error;
    a face whose file is missing or not a font is kept with its problem.
    """
    faces: dict[str, FaceFiles] = {}
    chains: dict[str, tuple[str, ...]] = {}
    tables = []
    default = default_fonts_dir()
    folders = [default]
    if (project_fonts_dir / FONT_TABLE).is_file() and not _same_folder(project_fonts_dir, default):
        folders.append(project_fonts_dir)
    places: dict[str, tuple[Path, int | None]] = {}
    shipped: set[str] = set()
    for folder in folders:
        table_path = folder / FONT_TABLE
        if not table_path.is_file():
            continue
        table, text = _read_table(table_path)
        tables.append(table_path)
        error = partial(_error_at, table_path, text)
        _refuse_unknown(table, _TABLE_KEYS, "", None, error)
        face_rows, chain_rows = table.get("faces", {}), table.get("chains", {})
        if not isinstance(face_rows, dict) or not isinstance(chain_rows, dict):
            key = "faces" if not isinstance(face_rows, dict) else "chains"
            raise error(f"{key} must be a table ([{key}...])", None, key)
        for name, row in face_rows.items():
            faces[name] = _face(name, row, folder, error)
        chains_header, chain_lines = table_lines(text, "chains")
        for locale, names in chain_rows.items():
            if (
                not isinstance(names, list)
                or not names
                or not all(isinstance(name, str) for name in names)
            ):
                raise error(f"chain {locale!r} must be a list of face names", "chains", locale)
            _check_chain_key(locale, error)
            chains[locale] = tuple(names)
            places[locale] = (table_path, chain_lines.get(locale, chains_header))
        if folder == default:
            shipped = set(chains)
    if not tables:
        raise FontError(
            "no font table: the project needs fonts/fonts.toml (this "
            "installation of handout has no default fonts)",
            project_fonts_dir / FONT_TABLE,
        )
    if DEFAULT_CHAIN not in chains:
        raise FontError("needs [chains] default = [...faces...]", tables[-1])
    for locale, names in chains.items():
        unknown = [name for name in names if name not in faces]
        if unknown:
            raise FontError(
                f"chain {locale!r} names unknown faces: {', '.join(unknown)}", *places[locale]
            )
    added = frozenset(key for key in chains if key not in shipped)
    return FontTable(faces, chains, tuple(tables), places, added)


ErrorAt = Callable[[str, str | None, str | None], FontError]


def _error_at(
    table_path: Path, text: str, message: str, where: str | None, key: str | None
) -> FontError:
    """A FontError at the line of `key` in table `where` of the font table (`ErrorAt`)."""
    return FontError(message, table_path, setting_line(text, where, key))


def _refuse_unknown(
    row: dict[str, Any], known: tuple[str, ...], what: str, where: str | None, error: ErrorAt
) -> None:
    """A key of `row` the code does not read is refused, with the known key nearest it:
    handout.toml and the handouts' headers refuse theirs."""
    unknown = [key for key in row if key not in known]
    if unknown:
        noun = "key" if where else "table"
        raise error(f"{what}{unknown_name(noun, unknown[0], known)}", where, unknown[0])


def _check_chain_key(key: str, error: ErrorAt) -> None:
    """A chain is looked up by a locale's code as the project spells it (`chain_key`): a
    key spelt another way ('DV', 'pt-BR', 'div') would never be used."""
    if key == DEFAULT_CHAIN:
        return
    try:
        check_pattern(key.replace("-", "_"))
    except LocaleError as refused:
        raise error(f"chain {key!r}: {refused.message}", "chains", key) from None
    form = written_form(key)
    if form is not None:
        raise error(
            f"chain {written_otherwise(key, form)}: a chain is looked up by the locale's "
            "code as spelt in locales/",
            "chains",
            key,
        )


def _same_folder(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return False


def _read_table(table_path: Path) -> tuple[dict[str, Any], str]:
    """The table, and its text (to name the line of a wrong key)."""
    try:
        text = table_path.read_text(encoding="utf-8")
        return _parsed_table(text), text
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise FontError(f"cannot read the font table: {error}", table_path) from None


@lru_cache(maxsize=8)
def _parsed_table(text: str) -> dict[str, Any]:
    """A font table's text parsed, once for each text a process reads (1 ms for the
    shipped table's 388 lines, of the 3.9 ms `read_font_table` took): a project's own
    table is most often the shipped one copied, read right after it (this repository's
    is), and a program or a test process building or linting again reads both again.
    Only read, never changed."""
    return tomllib.loads(text)


def _face(name: str, row: Any, folder: Path, error: ErrorAt) -> FaceFiles:
    where = f"faces.{name}"
    if not isinstance(row, dict) or not isinstance(row.get("regular"), str):
        raise error(f'face {name!r} needs regular = "file.ttf"', where, None)
    _refuse_unknown(row, _FACE_KEYS, f"face {name!r}: ", where, error)
    licence = row.get("license")
    if not isinstance(licence, str):
        raise error(
            f'face {name!r} needs license = "FOLDER/FILE", its licence file ({_LICENCE_NOTE})',
            where,
            "license" if "license" in row else None,
        )
    if not (folder / licence).is_file():
        raise error(
            f"face {name!r}: its licence file {licence} is missing ({_LICENCE_NOTE})",
            where,
            "license",
        )
    key = "line_height"
    try:
        line_height = float(row.get(key, 0.0))
        key = "subfont"
        subfont = int(row.get(key, 0))
    except (TypeError, ValueError):
        raise error(
            f"face {name!r}: line_height must be a number and subfont an integer", where, key
        ) from None
    regular = folder / row["regular"]
    bold = folder / row["bold"] if isinstance(row.get("bold"), str) else None
    problem = next((found for found in map(_file_problem, (regular, bold)) if found), None)
    return FaceFiles(name, regular, bold, line_height, subfont, problem)


def _file_problem(path: Path | None) -> FontError | None:
    if path is None:
        return None
    try:
        with path.open("rb") as file:
            magic = file.read(4)
    except FileNotFoundError:
        return FontError("font file is missing", path)
    except OSError as error:
        return FontError(f"cannot read the font file: {error.strerror}", path)
    if magic not in _FONT_MAGIC:
        return FontError("not a usable font: not a TrueType or OpenType file", path)
    return None


class FontFile:
    """One version of a font file (`files.file_version`), read in place: a slice of it
    (`fontfile[start:stop]`) is read from the file when asked for, so that a process
    need not hold the bytes of every font it draws with. A CJK font's are 4 to 21 MB,
    and HarfBuzz keeps a copy of its own (`text.shaping.harfbuzz_font`): held by Python
    too for ReportLab's subsets, they made a worker that had built the four CJK locales
    about 30 MB larger. Every read is of the version opened: `check` raises FontError
    once the file has changed (written over while the build ran), so no PDF mixes two
    versions of a font."""

    def __init__(self, version: FileVersion) -> None:
        self.path = version[0]
        self._version = version
        self._descriptor = os.open(self.path, os.O_RDONLY)
        weakref.finalize(self, os.close, self._descriptor)
        self.check()

    @property
    def digest(self) -> str:
        """The digest of this version's bytes (`font_file_digest`)."""
        return _digest_of(self._version)

    def check(self) -> None:
        """Raise FontError if the file is no longer the version opened."""
        if version_of(self.path, os.fstat(self._descriptor)) != self._version:
            raise FontError("the font file changed while the build read it; build again", self.path)

    def stream(self) -> BinaryIO:
        """The file as a stream of its own, from its start (for fontTools)."""
        stream = os.fdopen(os.dup(self._descriptor), "rb")
        stream.seek(0)
        return stream

    def __len__(self) -> int:
        return self._version[1]

    def __getitem__(self, part: slice) -> bytes:
        start, stop, _ = part.indices(len(self))
        return os.pread(self._descriptor, max(0, stop - start), start)

    def __bytes__(self) -> bytes:
        data = self[:]
        self.check()
        return data


# A font's TrueType outlines, as ReportLab and HarfBuzz read them: a font file read in
# place, or bytes (outlines converted from CFF: `fontcache.truetype_outlines`).
FontBytes = FontFile | bytes


def open_font_file(path: Path) -> FontFile:
    """The font file's present version, opened (`FontFile`). Raises FontError as
    `font_file_digest` does."""
    return _of_version(path, FontFile)


def font_file_digest(path: Path) -> str:
    """The digest of a font file's bytes, kept in the user cache by the file's version
    (`files.file_version`), so a rebuild reads no font file: hashing them took 35 ms of a
    rebuild of 11 locales with nothing changed, and 0.13 s with all the shipped fonts.
    Raises FontError naming the file when it is missing or cannot be read."""
    return _of_version(path, _digest_of)


def _of_version(path: Path, make: Callable[[FileVersion], T]) -> T:
    """`make(version)` of the font file's version, an OSError as a FontError naming it."""
    try:
        return make(file_version(path))
    except FileNotFoundError:
        raise FontError("font file is missing", path) from None
    except OSError as error:
        raise FontError(f"cannot read the font file: {error.strerror}", path) from None


@cache
def _digest_of(version: FileVersion) -> str:
    return file_digest_entry("font-digests", version, lambda: bytes(FontFile(version)))


def file_digest(data: bytes) -> str:
    """The digest of a font's bytes."""
    return hashlib.sha256(data).hexdigest()
