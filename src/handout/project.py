"""The project folder: where sources, catalogs, fonts and output live, and its settings.

A project is any folder holding a ``handout.toml`` (the table of variants, the
clinic, locales CLDR lacks), ``handouts/*.md`` (English sources),
``locales/`` (gettext catalogs), optionally ``fonts/`` (faces of its own, added
to those handout ships) and ``output/`` (built PDFs). The tool reads and writes the
project's files only inside it, like ``sphinx-build`` inside a docs folder; what it keeps
between runs is in the user cache, outside it (`cache`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from .cache import file_entry, tool_version
from .errors import (
    ConfigError,
    HandoutError,
    LocaleError,
    PhoneCutError,
    SourceError,
    abbreviate,
    nearest_names,
    toml_problem,
    unknown_name,
)
from .files import file_version
from .inline import ascii_digits, character_problem, markup_problem
from .locales import (
    SOURCE_LOCALE,
    LocaleInfo,
    check_pattern,
    describe,
    language_of,
    plural_forms_problem,
    resolve,
    script_of,
    script_problem,
    written_form,
    written_otherwise,
)

CONFIG_NAME = "handout.toml"
OUTPUT_NAME = "output"  # the folder a project's PDFs and their manifest are built into
INTERFACE_DOMAIN = "interface"  # locales/interface.pot, locales/<locale>/LC_MESSAGES/interface.po
PAGE_SIZES = {"letter": (612.0, 792.0), "a4": (595.2756, 841.8898)}
DEFAULT_AVAILABILITY = "This handout is available in large print and in other languages. Ask us."
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")
_TABLE_HEADER = re.compile(r"\s*\[([^\[\]]+)\]\s*(?:#.*)?")
# A clinic's web address as printed and linked: https, a host of at least two labels
# (letters of any script, digits, '-'), a port, then a path, query or fragment without
# the spaces, brackets and quotes that would end the link early or show its Markdown.
_WEBSITE = re.compile(r"https://[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#][^\s<>()\[\]{}\\\"'`]*)?")


@dataclass(frozen=True)
class _Settings:
    """handout.toml's path and text, to name the line a wrong setting is on. tomllib gives
    values without their places; this finds a table's header (`[variants.x]`) and a key's
    line in it, which is where a person writes them (a setting given another way, as a
    dotted key, is named by its file alone)."""

    path: Path
    text: str

    def error(self, message: str, table: str | None = None, key: str | None = None) -> ConfigError:
        return ConfigError(message, self.path, self.line(table, key))

    def refuse_characters(self, value: str, table: str | None, key: str) -> None:
        """A control character, typed or written as an escape ('\\u202e') or an entity, is
        refused where it is written: it could hide or reorder the printed words; and so
        is a combining mark with no letter under it (`inline.character_problem`)."""
        problem = character_problem(value)
        if problem is not None:
            where = f"[{table}] " if table else ""
            raise self.error(f"{where}{key} holds {problem}: remove it", table, key)

    def line(self, table: str | None, key: str | None) -> int | None:
        """The line of `key` in `table` (`setting_line`)."""
        return setting_line(self.text, table, key)


def setting_line(text: str, table: str | None, key: str | None) -> int | None:
    """The 1-based line of `key` in `table` of TOML `text` (table None: the top level,
    where a key may be written as a table of its own: '[variant.x]'), else of the table's
    header; None when neither is written so."""
    if table is not None:
        header_line, key_lines = table_lines(text, table)
        return key_lines.get(key, header_line) if key else header_line
    top_level = True  # it comes first
    for number, line in enumerate(text.split("\n"), start=1):  # as TOML counts
        header = _TABLE_HEADER.fullmatch(line)
        if header:  # the top level has ended; a key may head a table
            top_level = False
            if key and _bare(header[1]).split(".")[0] == key:
                return number
        elif top_level and key and _key_line(line) == key:
            return number
    return None


def table_lines(text: str, table: str) -> tuple[int | None, dict[str, int]]:
    """The 1-based line of `table`'s header in TOML `text` (None: not written so) and of
    each key written in it, read in one pass (a table of many keys, the font table's
    chains, is not read again for each)."""
    inside, header_line = False, None
    key_lines: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):  # as TOML counts
        header = _TABLE_HEADER.fullmatch(line)
        if header:
            if inside:  # the table looked in has ended
                break
            if _bare(header[1]) == _bare(table):  # '[variants."Large Print"]' too
                inside, header_line = True, number
        elif inside:
            key = _key_line(line)
            if key is not None:
                key_lines.setdefault(key, number)
    return header_line, key_lines


_KEY = re.compile(r"""\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=]+))\s*=""")


def _key_line(line: str) -> str | None:
    """The key a TOML line sets ('key = ...', quoted or bare), if it sets one."""
    found = _KEY.match(line)
    return None if found is None else next(part for part in found.groups() if part is not None)


def _bare(table: str) -> str:
    """A table's name as written in its header or as tomllib gives it, without quotes or
    spaces, for the two to be compared."""
    return re.sub(r"[\s\"']", "", table)


class TextPart(StrEnum):
    """Which text of a source a variant prints."""

    FULL = "full"
    PLAIN = "plain"


@dataclass(frozen=True)
class Variant:
    """One row of the variant table: which text a PDF prints and its typography (points)."""

    name: str
    part: TextPart
    description: str
    page_size: tuple[float, float]
    margin: float
    body_size: float
    heading_sizes: tuple[float, ...]
    footer_size: float
    leading: float
    space_after: float
    bilingual: bool = False  # each block beside its English (not built for English itself)
    # Its table's line in handout.toml, to name where a size that leaves no room is; not
    # what the variant is (nor a part of its PDFs' identity: `pdf.render._fingerprint`).
    line: int | None = field(default=None, repr=False, compare=False)

    def is_made_in(self, locale: str) -> bool:
        """Whether the variant is made in `locale`: a bilingual one is not in English."""
        return not (self.bilingual and locale == SOURCE_LOCALE)

    @property
    def smallest_size(self) -> float:
        """The smallest font size this variant prints anything in."""
        return min(self.body_size, self.footer_size, *self.heading_sizes)

    @property
    def text_area(self) -> tuple[float, float, float, float]:
        """The part of a page inside the margins (left, bottom, right, top): no ink outside."""
        width, height = self.page_size
        return self.margin, self.margin, width - self.margin, height - self.margin

    def heading_size(self, level: int) -> float:
        """Font size for heading `level` (1 = title); deeper levels reuse the last size."""
        return self.heading_sizes[min(level, len(self.heading_sizes)) - 1]


@dataclass(frozen=True)
class Clinic:
    """The clinic's box on the first page; every field but the name is optional."""

    name: str
    phone: str | None = None  # as printed
    dial: str | None = None  # the phone's tel: URI (RFC 3966), which its link dials
    address: str | None = None
    website: str | None = None
    hours: str | None = None  # translated (interface catalog)
    logo: Path | None = None
    logo_alt: str | None = None  # translated (interface catalog)
    # Why the logo's file cannot be drawn (not found, damaged, too large), at its setting:
    # kept for the build's plan, which refuses every PDF with it (`load_project`).
    logo_problem: ConfigError | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class PdfName:
    """What a built PDF's file name says: <handout>.<locale>.<variant>.pdf."""

    handout: str
    locale: str
    variant: str


@dataclass(frozen=True)
class Project:
    """Paths and settings of one project folder."""

    root: Path
    variants: tuple[Variant, ...]
    clinic: Clinic | None = None
    availability: str = DEFAULT_AVAILABILITY
    declared_locales: dict[str, LocaleInfo] = field(default_factory=dict)
    # The line of each text of handout.toml a PDF prints, by its dotted key ('clinic.name',
    # 'clinic.hours', 'variants.large-print.description'): for the template's references
    # to the sentences translated, and for an error about any of them (a character no
    # font has) to name it where it is written.
    setting_lines: dict[str, int] = field(default_factory=dict)

    @property
    def handouts_dir(self) -> Path:
        return self.root / "handouts"

    @property
    def locales_dir(self) -> Path:
        return self.root / "locales"

    @property
    def fonts_dir(self) -> Path:
        return self.root / "fonts"

    @property
    def output_dir(self) -> Path:
        return self.root / OUTPUT_NAME

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    def relative(self, path: Path) -> Path:
        """`path` relative to the project folder when it is inside it, for messages."""
        return path.relative_to(self.root) if path.is_relative_to(self.root) else path

    def handout_names(self) -> tuple[str, ...]:
        """Names of the English sources in handouts/, sorted; a hidden file ('.x.md', an
        editor's lock or backup file '.#x.md') is none."""
        return tuple(
            sorted(
                path.stem
                for path in self.handouts_dir.glob("*.md")
                if not path.name.startswith(".")
            )
        )

    def source_path(self, handout: str) -> Path:
        path = self.handouts_dir / f"{handout}.md"
        check_name(handout, "handout", path)
        if handout == INTERFACE_DOMAIN:  # its template would replace the labels'
            raise SourceError(
                f"'{INTERFACE_DOMAIN}' is the name of the labels' catalog "
                f"(locales/{INTERFACE_DOMAIN}.pot): give the handout another name",
                path,
            )
        return path

    def template_path(self, handout: str) -> Path:
        check_name(handout, "handout")
        return self.locales_dir / f"{handout}.pot"

    def catalog_path(self, handout: str, locale: str) -> Path:
        check_name(handout, "handout")
        check_pattern(locale, self.locales_dir / locale)
        return self.locales_dir / locale / "LC_MESSAGES" / f"{handout}.po"

    def locale(self, code: str) -> LocaleInfo:
        """The locale `code` as spelt (declared here, or in CLDR); one refused is named by
        its folder under locales/, if it has one."""
        try:
            return describe(code, self.declared_locales)
        except LocaleError as error:
            folder = self.locales_dir / code
            if error.path is None and folder.is_dir():
                raise LocaleError(error.message, folder) from None
            raise

    def resolve_locale(self, code: str, command: str | None = None) -> str:
        """The project's spelling of a locale a user typed (see `locales.resolve`)."""
        return resolve(
            code,
            [folder.name for folder in self.locale_folders()],
            self.declared_locales,
            command,
        )

    def has_catalog(self, handout: str, locale: str) -> bool:
        """Whether `locale` has a catalog for `handout`: anything at its path, so that one
        that cannot be read (a folder, a link that leads nowhere) is named by the commands
        reading it, not passed over by some of them."""
        path = self.catalog_path(handout, locale)
        return path.is_symlink() or path.exists()

    def catalog_locales(self, handout: str) -> tuple[str, ...]:
        """Locales that have a catalog for `handout`, sorted."""
        return tuple(
            sorted(
                folder.name
                for folder in self.locale_folders()
                if self.has_catalog(handout, folder.name)
            )
        )

    def pdf_keys(self) -> tuple[tuple[str, str, str], ...]:
        """Every PDF the project makes, as (handout, locale, variant): each handout in
        English and in each locale with a catalog for it, in each variant (a bilingual
        one not in English)."""
        return tuple(
            key
            for handout in self.handout_names()
            for locale in (SOURCE_LOCALE, *self.catalog_locales(handout))
            for key in pdf_keys_of(handout, locale, self.variants)
        )

    def translated_locales(self) -> tuple[str, ...]:
        """Every locale folder that holds a catalog, sorted (the source language aside)."""
        return tuple(
            sorted(
                folder.name
                for folder in self.locale_folders()
                if folder.name != SOURCE_LOCALE and any((folder / "LC_MESSAGES").glob("*.po"))
            )
        )

    def kin_locales(self, code: str) -> list[str]:
        """The project's locales with catalogs of the language of `code`, those of its
        script where any is ('zh_Hant' for 'zh_TW'; 'pt_BR' for 'pt'): the translation a
        user typing `code` may mean."""
        kin = [
            known for known in self.translated_locales() if language_of(known) == language_of(code)
        ]
        return [known for known in kin if script_of(known) == script_of(code)] or kin

    def locale_folders(self) -> tuple[Path, ...]:
        if not self.locales_dir.is_dir():
            return ()
        return tuple(sorted(path for path in self.locales_dir.iterdir() if path.is_dir()))

    def pdf_path(self, handout: str, locale: str, variant: Variant | str) -> Path:
        """Where the PDF of `handout` in `locale` and `variant` (or its name) is written."""
        name = variant if isinstance(variant, str) else variant.name
        return self.output_dir / handout / locale / f"{handout}.{locale}.{name}.pdf"

    def phone_cut_at_setting(self, error: PhoneCutError, variant: str) -> HandoutError:
        """`error` (a phone cut in `variant`'s layout) at the clinic's phone setting, where
        it is fixed, when the number cut is the clinic's; else as it is (named at its
        source's or catalog's line)."""
        if self.clinic is None or error.phone != self.clinic.phone:
            return error
        return ConfigError(
            f"[clinic] phone, in [variants.{variant}]: {error.message}",
            self.config_path,
            self.setting_lines.get("clinic.phone"),
        )

    def variant(self, name: str) -> Variant:
        """The variant `name`; one the project has not is refused with the nearest name,
        at the line of that variant's table (else the first's), where the names are."""
        names = [variant.name for variant in self.variants]
        if name in names:
            return self.variants[names.index(name)]
        close = nearest_names(name, names)  # the one `unknown_name` guesses
        table = self.variants[names.index(close[0]) if close else 0]
        raise ConfigError(unknown_name("variant", name, names), self.config_path, table.line)


def parse_pdf_name(path: Path) -> PdfName | None:
    """The handout, locale and variant a PDF's name gives (the reverse of
    `Project.pdf_path`), or None for a PDF named otherwise."""
    parts = path.name.split(".")
    if len(parts) != 4 or parts[3] != "pdf":
        return None
    return PdfName(*parts[:3])


# The longest handout name: its PDFs' names add a locale and a variant to it, and a file
# system takes names of 255 bytes (a longer name failed each PDF once it was drawn).
_LONGEST_NAME = 120


def pdf_keys_of(
    handout: str, locale: str, variants: Iterable[Variant]
) -> tuple[tuple[str, str, str], ...]:
    """The PDFs of `handout` in `locale`, as (handout, locale, variant), in those of
    `variants` made in it."""
    return tuple(
        (handout, locale, variant.name) for variant in variants if variant.is_made_in(locale)
    )


def check_name(name: str, what: str, path: Path | None = None) -> None:
    """Refuse handout names that could leave their folder (`../x`, `a/b`), or that are too
    long to name their PDFs; `path`: the file the name is of, which the error names."""
    if not _NAME.fullmatch(name) or len(name) > _LONGEST_NAME:
        raise SourceError(
            f"{abbreviate(name)!r} is not a {what} name (lower-case letters, digits, '-' and "
            f"'_' only, at most {_LONGEST_NAME} of them)",
            path,
        )


def find_project(start: Path) -> Path:
    """The folder holding handout.toml: `start` or its nearest parent that has one (as git
    finds its repository)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    raise ConfigError(
        f"no {CONFIG_NAME} here or in any parent folder: run handout inside a "
        "project folder, pass --project DIR, or create one with 'handout new DIR'",
        start / CONFIG_NAME,
    )


def load_project(root: Path, *, for_build: bool = False) -> Project:
    """Read `root/handout.toml` and return the project it describes. A clinic's logo that
    cannot be drawn (`Clinic.logo_problem`) is refused here, unless `for_build`: the
    build's plan refuses every PDF with it, and takes out of output/ those drawn with the
    logo before (stopped here, the build left them there, listed as current)."""
    config_path = root / CONFIG_NAME
    try:
        text = config_path.read_text(encoding="utf-8-sig")  # a byte-order mark is no text
        config = tomllib.loads(text)
    except (FileNotFoundError, NotADirectoryError):  # named whole: shown from `root`
        if root.is_dir():
            where = f"{config_path}: no {CONFIG_NAME} here"
        else:  # `--project handout.toml`, the settings file for its folder, is a file
            where = f"{root}: {'a file, not a folder' if root.exists() else 'no such folder'}"
        raise ConfigError(
            f"{where}: run handout inside a project folder, pass --project DIR, or create one "
            "with 'handout new DIR'"
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read: {error}", config_path) from None
    except tomllib.TOMLDecodeError as error:
        message, line = toml_problem(error, text)
        raise ConfigError(f"not valid TOML: {message}", config_path, line) from None
    settings = _Settings(config_path, text)
    known = ("variants", "clinic", "availability", "locales")
    unknown = sorted(set(config) - set(known))
    if unknown:
        raise settings.error(unknown_name("setting", unknown[0], known), key=unknown[0])
    table = config.get("variants")
    if not isinstance(table, dict) or not table:
        raise settings.error("needs a [variants.NAME] table for each variant")
    variants = tuple(_variant(name, row, settings) for name, row in table.items())
    availability = config.get("availability", DEFAULT_AVAILABILITY)
    if not isinstance(availability, str) or not availability.strip():
        raise settings.error("availability must be a sentence in quotes", key="availability")
    settings.refuse_characters(availability, None, "availability")
    printed = [(None, "availability"), *(("clinic", key) for key in _CLINIC_PRINTED)]
    printed += [(f"variants.{variant.name}", "description") for variant in variants]
    clinic = _clinic(config.get("clinic"), root, settings)
    if clinic is not None and clinic.logo_problem is not None and not for_build:
        raise clinic.logo_problem
    return Project(
        root=root,
        variants=variants,
        clinic=clinic,
        availability=" ".join(availability.split()),
        declared_locales=_declared_locales(config.get("locales", {}), settings),
        setting_lines={
            f"{table}.{key}" if table else key: line
            for table, key in printed
            if (line := settings.line(table, key)) is not None
        },
    )


_VARIANT_KEYS = (
    "description",
    "text",
    "bilingual",
    "page_size",
    "margin",
    "body_size",
    "heading_sizes",
    "footer_size",
    "leading",
    "space_after",
)


# The narrowest margin: office printers leave about a quarter inch at each edge blank,
# and text set there is cut off. And the smallest text area (3 inches each way) where the
# clinic's box and a heading of the large sizes still fit.
_LEAST_MARGIN = 18.0
# Large print, as the American Printing House for the Blind and the RNIB define it: no
# text under 18 pt. A variant named "large-print" keeps that promise in all it prints.
_LARGE_PRINT_SIZE = 18.0
_LEAST_TEXT_AREA = 216.0


def _variant(name: str, row: Any, settings: _Settings) -> Variant:
    table = f"variants.{name}"

    def fail(what: str, key: str | None = None) -> ConfigError:
        return settings.error(f"[{table}]: {what}", table, key)

    def number(key: str, least: float, default: float | None = None) -> float:
        value = row.get(key, default)
        if value is None:
            raise fail(f"missing {key!r}")
        return measure(key, value, least)

    def measure(key: str, value: Any, least: float) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not least <= value:
            raise fail(f"{key} must be a number of at least {least:g}, not {value!r}", key)
        if value == float("inf"):
            raise fail(f"{key} must be a number, not {value!r}", key)
        return float(value)

    if not isinstance(row, dict):
        raise fail("must be a table")
    unknown = sorted(set(row) - set(_VARIANT_KEYS))
    if unknown:
        raise fail(
            f"{unknown_name('key', unknown[0], _VARIANT_KEYS)}; a setting of the whole "
            "project goes before the first [table]",
            unknown[0],
        )
    if not _NAME.fullmatch(name):
        raise fail("a variant name uses lower-case letters, digits, '-' and '_' only")
    page_size = row.get("page_size", "letter")
    if not isinstance(page_size, str) or page_size.lower() not in PAGE_SIZES:
        raise fail(f"page_size must be one of {', '.join(PAGE_SIZES)}", "page_size")
    if "text" not in row:
        raise fail("missing 'text'")
    if row["text"] not in tuple(TextPart):
        raise fail(f"text must be one of {', '.join(TextPart)}", "text")
    description = row.get("description", "")
    if not isinstance(description, str):
        raise fail("description must be text in quotes", "description")
    settings.refuse_characters(description, table, "description")
    bilingual = row.get("bilingual", "bilingual" in name)
    if not isinstance(bilingual, bool):
        raise fail(f"bilingual must be true or false, not {bilingual!r}", "bilingual")
    headings = row.get("heading_sizes")
    if not isinstance(headings, list) or not headings:
        raise fail("heading_sizes must be a list of sizes, the title's first", "heading_sizes")
    variant = Variant(
        name=name,
        part=TextPart(row["text"]),
        description=description,
        page_size=PAGE_SIZES[page_size.lower()],
        margin=number("margin", _LEAST_MARGIN),
        body_size=number("body_size", 1),
        heading_sizes=tuple(measure("heading_sizes", size, 1) for size in headings),
        footer_size=number("footer_size", 1),
        leading=number("leading", 1),
        space_after=number("space_after", 0, 0.5),
        bilingual=bilingual,
        line=settings.line(table, None),
    )
    if "large-print" in name and variant.smallest_size < _LARGE_PRINT_SIZE:
        key, size = min(
            [
                ("body_size", variant.body_size),
                ("footer_size", variant.footer_size),
                *(("heading_sizes", size) for size in variant.heading_sizes),
            ],
            key=lambda item: item[1],
        )
        raise fail(
            f"{key} {size:g}: large print is {_LARGE_PRINT_SIZE:g} pt and up everywhere, "
            "the running header and footer too (name the variant otherwise for smaller text)",
            key,
        )
    left, bottom, right, top = variant.text_area
    if min(right - left, top - bottom) < _LEAST_TEXT_AREA:
        raise fail(
            f"margin {variant.margin:g} leaves {right - left:g} x {top - bottom:g} points for "
            f"the text; it needs {_LEAST_TEXT_AREA:g} each way",
            "margin",
        )
    return variant


# The user cache's entries of whether a version of a clinic's logo reads whole
# (`cache.file_entry`).
_LOGO_CHECKS = "logo-checks"


class LogoState(StrEnum):
    """What Pillow (which ReportLab draws images with) makes of a logo's file."""

    READABLE = "readable"  # read whole as a PNG or JPEG
    UNREADABLE = "unreadable"  # damaged, cut short, or another kind of file
    # More pixels than Pillow decodes without taking it for a decompression bomb (its
    # MAX_IMAGE_PIXELS): it warned on stderr, and beyond twice that the build stopped with
    # a traceback.
    TOO_LARGE = "too-large"


def _logo_state(path: Path) -> LogoState:
    """What Pillow makes of `path` (a damaged logo ended every PDF in an internal error).
    Kept in the user cache by the file's version and Pillow's, as the logo's digest is
    (`plan._file_digest`): every load of the project decoded the whole logo, a rebuild
    with nothing changed too."""
    try:
        version = file_version(path)
        return file_entry(
            _LOGO_CHECKS,
            version,
            ("image-2", tool_version("pillow")),
            lambda: _read_logo(path),
            str,
            LogoState,
            keep=lambda: file_version(path) == version,
        )
    except OSError:
        return LogoState.UNREADABLE


def _read_logo(path: Path) -> LogoState:
    import warnings

    from PIL import Image  # only for a project with a logo

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.format not in ("PNG", "JPEG"):
                    return LogoState.UNREADABLE
                image.load()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        return LogoState.TOO_LARGE
    except (OSError, SyntaxError, ValueError):  # Pillow's errors for a damaged file
        return LogoState.UNREADABLE
    return LogoState.READABLE


_CLINIC_KEYS = ("name", "phone", "address", "website", "hours", "logo", "logo_alt")
# The settings given as inline Markdown, translated in the interface catalog; the others
# are printed as typed.
_CLINIC_MARKDOWN = ("hours", "logo_alt")
# The settings whose text a PDF holds (the logo is its file's picture).
_CLINIC_PRINTED = tuple(key for key in _CLINIC_KEYS if key != "logo")


def _clinic(table: Any, root: Path, settings: _Settings) -> Clinic | None:
    if table is None:
        return None
    # A misspelt key first: 'nmae' is named as 'name' misspelt, not as 'name' missing.
    for key in table if isinstance(table, dict) else ():
        if key not in _CLINIC_KEYS:
            raise settings.error(
                f"[clinic]: {unknown_name('key', key, _CLINIC_KEYS)}", "clinic", key
            )
    if (
        not isinstance(table, dict)
        or not isinstance(table.get("name"), str)
        or not table["name"].strip()
    ):
        raise settings.error('[clinic] needs name = "..."', "clinic", "name")
    for key, value in table.items():
        if not isinstance(value, str) or not value.strip():
            raise settings.error(f"[clinic] {key} must be text in quotes", "clinic", key)
        settings.refuse_characters(value, "clinic", key)
    for key in _CLINIC_MARKDOWN:
        if key in table:
            problem = markup_problem(table[key])
            if problem is not None:  # as the source's is refused
                raise settings.error(f"[clinic] {key}: {problem}", "clinic", key)
    phone = table.get("phone")
    dial = None
    if phone is not None:
        dial = tel_uri(phone)
        if dial is None:
            raise settings.error(
                f"[clinic] phone {phone!r} is not one number a phone can dial: write its "
                'digits, with spaces, dashes, dots or brackets if you like, a leading "+" '
                'and an extension after "ext." or "x" ("+1 555-010-0100 ext. 234")',
                "clinic",
                "phone",
            )
    website = table.get("website")
    if website and not _WEBSITE.fullmatch(website):
        raise settings.error(
            f"[clinic] website {website!r} is not a web address: https://, a host name "
            "(example.org) and any path, with no spaces, brackets or quotes (it is printed "
            "and linked as written)",
            "clinic",
            "website",
        )
    logo = None
    if "logo_alt" in table and "logo" not in table:  # translated, and never printed
        raise settings.error(
            '[clinic] logo_alt describes the logo, and there is no logo = "...": add the '
            "logo, or remove logo_alt (translators would translate it for nothing)",
            "clinic",
            "logo_alt",
        )
    if "logo" in table:
        if "logo_alt" not in table:
            raise settings.error(
                '[clinic] a logo needs logo_alt = "..." (what it shows, for screen readers)',
                "clinic",
                "logo",
            )
        logo = (root / table["logo"]).resolve()
    return Clinic(
        name=" ".join(table["name"].split()),
        phone=phone,
        dial=dial,
        address=table.get("address"),
        website=website,
        hours=table.get("hours"),
        logo=logo,
        logo_alt=table.get("logo_alt"),
        logo_problem=None if logo is None else _logo_problem(table["logo"], logo, root, settings),
    )


def _logo_problem(written: str, path: Path, root: Path, settings: _Settings) -> ConfigError | None:
    """Why the logo file `written` (as handout.toml gives it; `path`, resolved, as
    `Clinic.logo` holds it) cannot be drawn, at its setting; None when it can."""
    if path.is_relative_to(root.resolve()) and not path.exists():
        return settings.error(
            f"[clinic] logo {written!r} not found: {root / written}", "clinic", "logo"
        )
    if (
        not path.is_relative_to(root.resolve())
        or not path.is_file()
        or path.suffix.lower() not in (".png", ".jpg", ".jpeg")
    ):
        return settings.error(
            f"[clinic] logo {written!r} must be a PNG or JPEG file inside the project folder",
            "clinic",
            "logo",
        )
    state = _logo_state(path)
    if state is LogoState.TOO_LARGE:
        return settings.error(
            f"[clinic] logo {written!r} has more pixels than Pillow, which draws it, decodes "
            "without taking it for a decompression bomb: scale it down (it is printed 3 "
            "lines tall: 600 pixels across are plenty)",
            "clinic",
            "logo",
        )
    if state is LogoState.UNREADABLE:
        return settings.error(
            f"[clinic] logo {written!r} is not a PNG or JPEG file that can be read "
            "(damaged, cut short, or another kind of file renamed)",
            "clinic",
            "logo",
        )
    return None


_PHONE = re.compile(
    r"(?P<number>\+?[\d\s().\-/]*\d[\d\s().\-/]*?)"
    r"(?:\s*(?:,\s*)?(?:ext\.?|extension|x)\s*(?P<extension>\d+))?\s*",
    re.IGNORECASE,
)


def tel_uri(phone: str) -> str | None:
    """The tel: URI (RFC 3966) that dials `phone` as a clinic writes it: "+1 (555)
    010-0100 ext. 234" -> "tel:+15550100100;ext=234"; None for text that is not one
    dialable number (letters, two numbers, no digit), whose link would dial another.
    Written here: a phone library would also need the clinic's country to tell a
    number's parts apart, and a link needs only its digits. The digits are ASCII's, as
    RFC 3966 writes them: full-width or Arabic-Indic ones were linked percent-encoded,
    which no phone dials."""
    match = _PHONE.fullmatch(phone)
    if match is None or "/" in match["number"]:
        return None
    plus = "+" if match["number"].startswith("+") else ""
    extension = f";ext={ascii_digits(match['extension'])}" if match["extension"] else ""
    return f"tel:{plus}{ascii_digits(match['number'])}{extension}"


def _declared_locales(table: Any, settings: _Settings) -> dict[str, LocaleInfo]:
    """[locales.CODE] tables: languages CLDR lacks (name, direction, plural rule). A code
    written otherwise than the locale's folder and commands spell it ('smo' for 'sm',
    'SM') is refused at its table: no locale would ever take it, and every command named
    the catalogs' folder as a locale CLDR does not know."""
    if not isinstance(table, dict):
        raise settings.error("locales must be [locales.CODE] tables", key="locales")
    declared = {}
    for code, row in table.items():
        where = f"locales.{code}"
        try:
            check_pattern(code)
        except HandoutError as error:
            raise settings.error(error.message, where) from None
        form = written_form(code)
        if form is not None:
            raise settings.error(
                f"[{where}]: {written_otherwise(code, form)}: write [locales.{form}]", where
            )
        if not isinstance(row, dict) or not isinstance(row.get("name"), str):
            raise settings.error(
                f'[{where}] needs name = "..." (the language in English)', where, "name"
            )
        direction = row.get("direction", "ltr")
        if direction not in ("ltr", "rtl"):
            raise settings.error(
                f'[{where}]: direction is "ltr" or "rtl", not {direction!r}', where, "direction"
            )
        plural = row.get("plural", "nplurals=1; plural=0;")
        problem = plural_forms_problem(plural)
        if problem is not None:
            raise settings.error(
                f"[{where}]: plural {plural!r} is not a gettext Plural-Forms value: {problem}",
                where,
                "plural",
            )
        script = row.get("script")
        problem = None if script is None else script_problem(script)
        if problem is not None:
            raise settings.error(f"[{where}]: {problem}", where, "script")
        declared[code] = LocaleInfo(code, row["name"], direction == "rtl", plural, script)
    return declared
