"""The TOML header of a source: every key checked, every problem named with its line."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..errors import SourceError, toml_problem
from ..inline import character_problem, markup_problem
from .model import Citation, Notice, Text, fold_whitespace

# What a DOI looks like (the DOI Handbook, 2.2): "10.", a registrant code of digits
# and dots, "/", a suffix of printable characters.
DOI_PATTERN = re.compile(r"10\.\d{4,9}(?:\.\d+)*/\S+")
METADATA_KEYS = (
    "title",
    "publisher",
    "series",
    "section_editor",
    "drug_names",
    "id",
    "revised",
    "citation",
    "notices",
)
CITATION_KEYS = ("journal", "published", "doi", "text")


def parse_metadata(header: list[str], path: Path) -> dict[str, Any]:
    text = "\n".join(header)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # Named at the file's line: tomllib counts from the metadata's first line, and
        # its "(at line N, column M)" in the message named a second line.
        message, line = toml_problem(error, text)
        raise SourceError(f"bad metadata: {message}", path, line + 1 if line else 1) from None


def refuse_characters(text: str, path: Path, line: int) -> None:
    """A control character, typed or written as an escape or entity ('\\u202e',
    '&#x202E;'), or a combining mark with no letter under it, is refused with the line it
    is on (`inline.character_problem`)."""
    problem = character_problem(text)
    if problem is not None:
        raise SourceError(f"{problem}: remove it", path, line)


@dataclass(frozen=True)
class Metadata:
    """The metadata table with the lines it came from, for messages that name them."""

    table: dict[str, Any]
    header: list[str]
    path: Path

    def line(self, key: str, table: str | None = None) -> int:
        """1-based file line of `key =` (inside [table] if given), or of `[key]`; 1 if none."""
        in_table = table is None
        for index, line in enumerate(self.header):
            stripped = line.strip()
            if stripped.startswith("["):
                if table is None and stripped == f"[{key}]":
                    return index + 2
                in_table = table is not None and stripped == f"[{table}]"
            elif in_table and re.match(rf'"?{re.escape(key)}"?\s*=', stripped):
                return index + 2  # +1 for 1-based, +1 for the opening fence
        return 1

    def fail(self, message: str, key: str, table: str | None = None) -> SourceError:
        return SourceError(message, self.path, self.line(key, table))

    def refuse_unknown(
        self, values: dict[str, Any], known: tuple[str, ...], table: str | None
    ) -> None:
        for key in values:
            if key not in known:
                where = f"[{table}] " if table else ""
                raise self.fail(
                    f"unknown metadata {where}key {key!r} (known: {', '.join(known)})", key, table
                )

    def string(self, key: str, table: str | None = None) -> str:
        value = self.optional_string(key, table)
        if value is None:
            where = f"[{table}] " if table else ""
            raise self.fail(f'metadata {where}needs {key} = "..."', key, table)
        return value

    def markdown(self, key: str, table: str | None = None) -> Text:
        """A required string printed as inline Markdown (the title, a notice), held to the
        body's rules, with its line."""
        value = self.string(key, table)
        problem = markup_problem(value)
        if problem is not None:
            where = f"[{table}] " if table else ""
            raise self.fail(f"metadata {where}{key}: {problem}", key, table)
        return Text(value, self.line(key, table))

    def optional_string(self, key: str, table: str | None = None) -> str | None:
        values = self.table.get(table, {}) if table else self.table
        if key not in values:
            return None
        value = values[key]
        if not isinstance(value, str) or not value.strip():
            where = f"[{table}] " if table else ""
            raise self.fail(f'metadata {where}{key} must be a non-empty "string"', key, table)
        refuse_characters(value, self.path, self.line(key, table))
        return fold_whitespace(value)

    def optional_date(self, key: str, table: str | None = None) -> str | None:
        values = self.table.get(table, {}) if table else self.table
        if key not in values:
            return None
        value = values[key]
        if not isinstance(value, date) or isinstance(value, datetime):
            raise self.fail(
                f"metadata {key} must be a date: {key} = YYYY-MM-DD (no quotes)", key, table
            )
        return value.isoformat()


def read_notices(metadata: Metadata) -> tuple[Notice, ...]:
    """The notices the publisher requires on every copy, in the order written (none is fine)."""
    table = metadata.table.get("notices", {})
    if not isinstance(table, dict):
        raise metadata.fail('notices must be a [notices] table of key = "sentence"', "notices")
    return tuple(Notice(key, metadata.markdown(key, "notices")) for key in table)


def read_drug_names(metadata: Metadata) -> tuple[str, ...]:
    names = metadata.table.get("drug_names", [])
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise metadata.fail(
            'drug_names must be a list of names: drug_names = ["warfarin"]', "drug_names"
        )
    for name in names:
        refuse_characters(name, metadata.path, metadata.line("drug_names"))
    return tuple(names)


def read_citation(metadata: Metadata) -> Citation | None:
    """The [citation] table, if the handout reprints a published article."""
    table = metadata.table.get("citation")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise metadata.fail("citation must be a [citation] table", "citation")
    metadata.refuse_unknown(table, CITATION_KEYS, "citation")
    text = metadata.string("text", "citation")
    doi = metadata.optional_string("doi", "citation")
    if doi is not None:
        if not DOI_PATTERN.fullmatch(doi):
            raise metadata.fail(
                f"[citation] doi {doi!r} is not a DOI: write it as "
                "10.NNNN/suffix (for example 10.1001/jamadermatol.2019.0458), "
                "or leave doi out",
                "doi",
                "citation",
            )
        if doi not in text:
            raise metadata.fail("[citation] text must contain the DOI", "text", "citation")
    return Citation(
        text=text,
        line=metadata.line("text", "citation"),
        journal=metadata.optional_string("journal", "citation"),
        published=metadata.optional_date("published", "citation"),
        doi=doi,
    )
