"""The project folder: where sources, catalogs, fonts and output live, and its settings.

A project is any folder holding a ``handout.toml`` (settings and the table of
variants), ``handouts/*.md`` (English sources), ``locales/`` (gettext catalogs),
``fonts/`` (font files and ``fonts.toml``) and ``output/`` (built PDFs). The tool
reads and writes only inside it, like ``sphinx-build`` inside a docs folder.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError, SourceError
from .locales import parse_locale

CONFIG_NAME = "handout.toml"
TEXT_PARTS = ("full", "plain")
PAGE_SIZES = {"letter": (612.0, 792.0), "a4": (595.2756, 841.8898)}
_HANDOUT_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")


@dataclass(frozen=True)
class Variant:
    """One row of the variant table: which text a PDF prints and its typography (points)."""

    name: str
    text: str
    description: str
    page_size: tuple[float, float]
    margin: float
    body_size: float
    heading_sizes: tuple[float, ...]
    footer_size: float
    leading: float
    space_after: float

    @property
    def smallest_size(self) -> float:
        """The smallest font size this variant prints anything in."""
        return min(self.body_size, self.footer_size, *self.heading_sizes)

    def heading_size(self, level: int) -> float:
        """Font size for heading `level` (1 = title); deeper levels reuse the last size."""
        return self.heading_sizes[min(level, len(self.heading_sizes)) - 1]


@dataclass(frozen=True)
class Project:
    """Paths and settings of one project folder."""

    root: Path
    variants: tuple[Variant, ...]

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

    def handout_names(self) -> tuple[str, ...]:
        """Names of the English sources in handouts/, sorted."""
        return tuple(sorted(path.stem for path in self.handouts_dir.glob("*.md")))

    def source_path(self, handout: str) -> Path:
        check_handout_name(handout)
        return self.handouts_dir / f"{handout}.md"

    def template_path(self, handout: str) -> Path:
        check_handout_name(handout)
        return self.locales_dir / f"{handout}.pot"

    def catalog_path(self, handout: str, locale: str) -> Path:
        check_handout_name(handout)
        parse_locale(locale)
        return self.locales_dir / locale / "LC_MESSAGES" / f"{handout}.po"

    def catalog_locales(self, handout: str) -> tuple[str, ...]:
        """Locales that have a catalog for `handout`, sorted; folders that are not locales
        are left to the caller to report (see `locale_folders`)."""
        return tuple(
            sorted(
                folder.name
                for folder in self.locale_folders()
                if (folder / "LC_MESSAGES" / f"{handout}.po").is_file()
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
        raise ConfigError(f"unknown variant {name!r} (known: {known})", self.root / CONFIG_NAME)


def check_handout_name(name: str) -> None:
    """Refuse handout names that could leave their folder (`../x`, `a/b`)."""
    if not _HANDOUT_NAME.fullmatch(name):
        raise SourceError(
            f"{name!r} is not a handout name (lower-case letters, digits, '-' and '_' only)"
        )


def find_project(start: Path) -> Path:
    """The folder holding handout.toml: `start` or its nearest parent that has one (as git
    finds its repository)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    raise ConfigError(f"no {CONFIG_NAME} here or in any parent folder: run handout inside a "
                      "project folder, pass --project DIR, or create one with 'handout new DIR'",
                      start / CONFIG_NAME)


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
    table = config.get("variants")
    if not isinstance(table, dict) or not table:
        raise ConfigError("needs a [variants.NAME] table for each variant", config_path)
    variants = tuple(_variant(name, row, config_path) for name, row in table.items())
    return Project(root=root, variants=variants)


def _variant(name: str, row: Any, config_path: Path) -> Variant:
    def fail(what: str) -> ConfigError:
        return ConfigError(f"[variants.{name}]: {what}", config_path)

    if not isinstance(row, dict):
        raise fail("must be a table")
    if not _HANDOUT_NAME.fullmatch(name):
        raise fail("a variant name uses lower-case letters, digits, '-' and '_' only")
    page_size = str(row.get("page_size", "letter")).lower()
    if page_size not in PAGE_SIZES:
        raise fail(f"page_size must be one of {', '.join(PAGE_SIZES)}")
    try:
        variant = Variant(
            name=name,
            text=str(row["text"]),
            description=str(row.get("description", "")),
            page_size=PAGE_SIZES[page_size],
            margin=float(row["margin"]),
            body_size=float(row["body_size"]),
            heading_sizes=tuple(float(size) for size in row["heading_sizes"]),
            footer_size=float(row["footer_size"]),
            leading=float(row["leading"]),
            space_after=float(row.get("space_after", 0.5)),
        )
    except KeyError as error:
        raise fail(f"missing {error.args[0]!r}") from None
    except (TypeError, ValueError) as error:
        raise fail(f"bad value: {error}") from None
    if variant.text not in TEXT_PARTS:
        raise fail(f"text must be one of {', '.join(TEXT_PARTS)}")
    if not variant.heading_sizes or variant.smallest_size <= 0 or variant.leading < 1:
        raise fail("sizes must be positive, heading_sizes not empty, leading at least 1")
    return variant
