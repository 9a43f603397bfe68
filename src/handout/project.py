"""The project folder: where sources, catalogs, fonts and output live, and its settings.

A project is any folder holding a ``handout.toml`` (the table of variants, the
clinic, locales CLDR lacks), ``handouts/*.md`` (English sources),
``locales/`` (gettext catalogs), optionally ``fonts/`` (faces of its own, added
to those handout ships) and ``output/`` (built PDFs). The tool reads and writes
only inside it, like ``sphinx-build`` inside a docs folder.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from .errors import ConfigError, SourceError
from .locales import SOURCE_LOCALE, LocaleInfo, check_pattern, describe, resolve

CONFIG_NAME = "handout.toml"
PAGE_SIZES = {"letter": (612.0, 792.0), "a4": (595.2756, 841.8898)}
DEFAULT_AVAILABILITY = "This handout is available in large print and in other languages. Ask us."
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")
_PLURAL_FORMS = re.compile(r"nplurals=\d+; plural=[^;]+;")


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
        return self.root / "output"

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    def relative(self, path: Path) -> Path:
        """`path` relative to the project folder when it is inside it, for messages."""
        return path.relative_to(self.root) if path.is_relative_to(self.root) else path

    def handout_names(self) -> tuple[str, ...]:
        """Names of the English sources in handouts/, sorted."""
        return tuple(sorted(path.stem for path in self.handouts_dir.glob("*.md")))

    def source_path(self, handout: str) -> Path:
        check_name(handout, "handout")
        return self.handouts_dir / f"{handout}.md"

    def template_path(self, handout: str) -> Path:
        check_name(handout, "handout")
        return self.locales_dir / f"{handout}.pot"

    def catalog_path(self, handout: str, locale: str) -> Path:
        check_name(handout, "handout")
        check_pattern(locale)
        return self.locales_dir / locale / "LC_MESSAGES" / f"{handout}.po"

    def locale(self, code: str) -> LocaleInfo:
        """The locale `code` as spelt (declared here, or in CLDR)."""
        return describe(code, self.declared_locales)

    def resolve_locale(self, code: str) -> str:
        """The project's spelling of a locale a user typed (see `locales.resolve`)."""
        return resolve(
            code, [folder.name for folder in self.locale_folders()], self.declared_locales
        )

    def catalog_locales(self, handout: str) -> tuple[str, ...]:
        """Locales that have a catalog for `handout`, sorted."""
        return tuple(
            sorted(
                folder.name
                for folder in self.locale_folders()
                if (folder / "LC_MESSAGES" / f"{handout}.po").is_file()
            )
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

    def locale_folders(self) -> tuple[Path, ...]:
        if not self.locales_dir.is_dir():
            return ()
        return tuple(sorted(path for path in self.locales_dir.iterdir() if path.is_dir()))

    def pdf_path(self, handout: str, locale: str, variant: Variant) -> Path:
        name = f"{handout}.{locale}.{variant.name}.pdf"
        return self.output_dir / handout / locale / name

    def variant(self, name: str) -> Variant:
        for variant in self.variants:
            if variant.name == name:
                return variant
        known = ", ".join(v.name for v in self.variants)
        raise ConfigError(f"unknown variant {name!r} (known: {known})", self.config_path)


def parse_pdf_name(path: Path) -> PdfName | None:
    """The handout, locale and variant a PDF's name gives (the reverse of
    `Project.pdf_path`), or None for a PDF named otherwise."""
    parts = path.name.split(".")
    if len(parts) != 4 or parts[3] != "pdf":
        return None
    return PdfName(*parts[:3])


def check_name(name: str, what: str) -> None:
    """Refuse handout names that could leave their folder (`../x`, `a/b`)."""
    if not _NAME.fullmatch(name):
        raise SourceError(
            f"{name!r} is not a {what} name (lower-case letters, digits, '-' and '_' only)"
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


def load_project(root: Path) -> Project:
    """Read `root/handout.toml` and return the project it describes."""
    config_path = root / CONFIG_NAME
    try:
        config = tomllib.loads(config_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"no {CONFIG_NAME} here: run handout inside a project folder or pass --project DIR",
            config_path,
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read: {error}", config_path) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"not valid TOML: {error}", config_path) from None
    unknown = set(config) - {"variants", "clinic", "availability", "locales"}
    if unknown:
        raise ConfigError(
            f"unknown setting {sorted(unknown)[0]!r} (known: variants, clinic, "
            "availability, locales)",
            config_path,
        )
    table = config.get("variants")
    if not isinstance(table, dict) or not table:
        raise ConfigError("needs a [variants.NAME] table for each variant", config_path)
    variants = tuple(_variant(name, row, config_path) for name, row in table.items())
    availability = config.get("availability", DEFAULT_AVAILABILITY)
    if not isinstance(availability, str) or not availability.strip():
        raise ConfigError("availability must be a sentence in quotes", config_path)
    return Project(
        root=root,
        variants=variants,
        clinic=_clinic(config.get("clinic"), root, config_path),
        availability=" ".join(availability.split()),
        declared_locales=_declared_locales(config.get("locales", {}), config_path),
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


def _variant(name: str, row: Any, config_path: Path) -> Variant:
    def fail(what: str) -> ConfigError:
        return ConfigError(f"[variants.{name}]: {what}", config_path)

    if not isinstance(row, dict):
        raise fail("must be a table")
    unknown = sorted(set(row) - set(_VARIANT_KEYS))
    if unknown:
        raise fail(
            f"unknown key {unknown[0]!r} (known: {', '.join(_VARIANT_KEYS)}; a setting "
            "of the whole project goes before the first [table])"
        )
    if not _NAME.fullmatch(name):
        raise fail("a variant name uses lower-case letters, digits, '-' and '_' only")
    page_size = str(row.get("page_size", "letter")).lower()
    if page_size not in PAGE_SIZES:
        raise fail(f"page_size must be one of {', '.join(PAGE_SIZES)}")
    try:
        part = TextPart(str(row["text"]))
    except KeyError:
        raise fail("missing 'text'") from None
    except ValueError:
        raise fail(f"text must be one of {', '.join(TextPart)}") from None
    try:
        variant = Variant(
            name=name,
            part=part,
            description=str(row.get("description", "")),
            page_size=PAGE_SIZES[page_size],
            margin=float(row["margin"]),
            body_size=float(row["body_size"]),
            heading_sizes=tuple(float(size) for size in row["heading_sizes"]),
            footer_size=float(row["footer_size"]),
            leading=float(row["leading"]),
            space_after=float(row.get("space_after", 0.5)),
            bilingual=bool(row.get("bilingual", "bilingual" in name)),
        )
    except KeyError as error:
        raise fail(f"missing {error.args[0]!r}") from None
    except (TypeError, ValueError) as error:
        raise fail(f"bad value: {error}") from None
    if not variant.heading_sizes or variant.smallest_size <= 0 or variant.leading < 1:
        raise fail("sizes must be positive, heading_sizes not empty, leading at least 1")
    return variant


_CLINIC_KEYS = ("name", "phone", "address", "website", "hours", "logo", "logo_alt")


def _clinic(table: Any, root: Path, config_path: Path) -> Clinic | None:
    if table is None:
        return None
    if (
        not isinstance(table, dict)
        or not isinstance(table.get("name"), str)
        or not table["name"].strip()
    ):
        raise ConfigError('[clinic] needs name = "..."', config_path)
    for key, value in table.items():
        if key not in _CLINIC_KEYS:
            raise ConfigError(
                f"[clinic]: unknown key {key!r} (known: {', '.join(_CLINIC_KEYS)})", config_path
            )
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"[clinic] {key} must be text in quotes", config_path)
    phone = table.get("phone")
    dial = None
    if phone is not None:
        dial = tel_uri(phone)
        if dial is None:
            raise ConfigError(
                f"[clinic] phone {phone!r} is not one number a phone can dial: write its "
                'digits, with spaces, dashes, dots or brackets if you like, a leading "+" '
                'and an extension after "ext." or "x" ("+1 555-010-0100 ext. 234")',
                config_path,
            )
    website = table.get("website")
    if website and not website.startswith("https://"):
        raise ConfigError("[clinic] website must start with https://", config_path)
    logo = None
    if "logo" in table:
        logo = (root / table["logo"]).resolve()
        if (
            not logo.is_relative_to(root.resolve())
            or not logo.is_file()
            or logo.suffix.lower() not in (".png", ".jpg", ".jpeg")
        ):
            raise ConfigError(
                f"[clinic] logo {table['logo']!r} must be a PNG or JPEG file "
                "inside the project folder",
                config_path,
            )
        if "logo_alt" not in table:
            raise ConfigError(
                '[clinic] a logo needs logo_alt = "..." (what it shows, for screen readers)',
                config_path,
            )
    return Clinic(
        name=" ".join(table["name"].split()),
        phone=phone,
        dial=dial,
        address=table.get("address"),
        website=website,
        hours=table.get("hours"),
        logo=logo,
        logo_alt=table.get("logo_alt"),
    )


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
    number's parts apart, and a link needs only its digits."""
    match = _PHONE.fullmatch(phone)
    if match is None or "/" in match["number"]:
        return None
    digits = "".join(c for c in match["number"] if c.isdigit() or c == "+")
    extension = f";ext={match['extension']}" if match["extension"] else ""
    return f"tel:{digits}{extension}"


def _declared_locales(table: Any, config_path: Path) -> dict[str, LocaleInfo]:
    """[locales.CODE] tables: languages CLDR lacks (name, direction, plural rule)."""
    if not isinstance(table, dict):
        raise ConfigError("locales must be [locales.CODE] tables", config_path)
    declared = {}
    for code, row in table.items():
        check_pattern(code)
        if not isinstance(row, dict) or not isinstance(row.get("name"), str):
            raise ConfigError(
                f'[locales.{code}] needs name = "..." (the language in English)', config_path
            )
        direction = row.get("direction", "ltr")
        plural = row.get("plural", "nplurals=1; plural=0;")
        if (
            direction not in ("ltr", "rtl")
            or not isinstance(plural, str)
            or not _PLURAL_FORMS.fullmatch(plural)
        ):
            raise ConfigError(
                f'[locales.{code}]: direction is "ltr" or "rtl", plural a '
                'gettext Plural-Forms value such as "nplurals=1; plural=0;"',
                config_path,
            )
        script = row.get("script")
        declared[code] = LocaleInfo(
            code,
            row["name"],
            direction == "rtl",
            plural,
            script if isinstance(script, str) else None,
        )
    return declared
