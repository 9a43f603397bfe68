"""Read an English handout source: TOML metadata, then Markdown text, into a `Handout`.

The file looks like::

    +++
    title = "Do I Have Calciphylaxis?"
    publisher = "JAMA Dermatology"
    drug_names = ["warfarin"]   (optional: named in the translators' notes)
    [citation]   journal, published (a date), doi, text (the citation line as printed)
    [notices]    one key = "sentence" per required notice
    +++
    # Full text
    ...paragraphs, ## section headings, - lists...
    # Plain language
    ## Key points
    - ...
    ## Words to know
    - **Term**: what it means.

The two level-1 headings split the text into its two parts; which part a PDF
prints is set by the variant table in handout.toml. In the plain-language
part, "Key points" and "Words to know" headings open the boxed key-point list
and the glossary; their headings are interface strings, so one translation
serves every handout.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..cache import code_digest, entry_key, json_entry
from ..errors import SourceError, did_you_mean
from ..files import read_input
from .body import PART_HEADINGS, parse_body
from .metadata import (
    METADATA_KEYS,
    Metadata,
    parse_metadata,
    read_citation,
    read_drug_names,
    read_notices,
    refuse_characters,
)
from .model import (
    SECTION_HEADINGS,
    SPECIAL_SECTIONS,
    Block,
    BlockKind,
    Citation,
    Handout,
    Notice,
    Section,
    Text,
    fold_whitespace,
)

__all__ = [
    "PART_HEADINGS",
    "SECTION_HEADINGS",
    "SPECIAL_SECTIONS",
    "Block",
    "BlockKind",
    "Citation",
    "Handout",
    "Notice",
    "Section",
    "Text",
    "checked_source",
    "fold_whitespace",
    "read_handout",
]

FRONT_MATTER_FENCE = "+++"


def read_handout(path: Path) -> Handout:
    """Parse the source at `path`; raise SourceError naming the file and line on any problem."""
    return _parse(_read(path), path)


def checked_source(path: Path) -> bytes:
    """The bytes of the source at `path`, once they are known to parse (else the
    SourceError `read_handout` raises). They are parsed the first time they are seen, and
    the verdict is kept in the user cache (by the file's name and bytes: parsing reads no
    other file): planning a build parsed every source again, a third of a rebuild's time
    when nothing had changed (10 handouts)."""
    data = _read(path)
    json_entry(
        "sources",
        entry_key("source", code_digest(), path.name, hashlib.sha256(data).hexdigest()),
        lambda: bool(_parse(data, path)),
        bool,
        bool,
    )
    return data


_NO_SOURCE = "no such handout source"


def _read(path: Path) -> bytes:
    try:
        return read_input(path, SourceError, _NO_SOURCE)
    except SourceError:
        if path.exists() or path.is_symlink():  # there, and unreadable: as said
            raise
        raise no_source(path) from None


def no_source(path: Path) -> SourceError:
    """No handout source at `path`, named with the sources beside it spelt alike ("did you
    mean 'calciphylaxis'?"), as a misspelt locale is: a misspelt `--handout` got none."""
    names = [found.stem for found in path.parent.glob("*.md") if not found.name.startswith(".")]
    guess = did_you_mean(path.stem, sorted(names), most=3)
    return SourceError(f"{_NO_SOURCE} ({guess})" if guess else _NO_SOURCE, path)


def _parse(data: bytes, path: Path) -> Handout:
    try:  # a byte-order mark (Windows' Notepad writes one) is no text: it is left out
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SourceError(
            f"not UTF-8 text (byte 0x{data[error.start]:02x}): save the file as UTF-8",
            path,
            data[: error.start].count(b"\n") + 1,
        ) from None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, start=1):
        refuse_characters(line, path, number)
    header, body_start = _split_front_matter(lines, path)
    metadata = Metadata(parse_metadata(header, path), header, path)
    metadata.refuse_unknown(metadata.table, METADATA_KEYS, None)
    parts = parse_body(lines[body_start - 1 :], body_start, path)
    document_id = metadata.optional_string("id")
    return Handout(
        name=path.stem,
        path=path,
        title=metadata.markdown("title"),
        publisher=metadata.string("publisher"),
        full=parts["full"],
        plain=parts["plain"],
        notices=read_notices(metadata),
        citation=read_citation(metadata),
        drug_names=read_drug_names(metadata),
        document_id=document_id,
        document_id_line=metadata.line("id") if document_id else None,
        revised=metadata.optional_date("revised"),
        series=metadata.optional_string("series"),
        section_editor=metadata.optional_string("section_editor"),
    )


def _split_front_matter(lines: list[str], path: Path) -> tuple[list[str], int]:
    """Return the metadata lines and the 1-based line where the Markdown body starts."""
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        raise SourceError(f"must start with a '{FRONT_MATTER_FENCE}' metadata header", path, 1)
    for index in range(1, len(lines)):
        if lines[index].strip() == FRONT_MATTER_FENCE:
            return lines[1:index], index + 2
    raise SourceError(f"metadata header is not closed with '{FRONT_MATTER_FENCE}'", path, 1)
