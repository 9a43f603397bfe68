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
from typing import TYPE_CHECKING, Any

from ..cache import code_digest, entry_key, json_entry
from ..errors import SourceError, did_you_mean, plural
from ..files import read_input

# The parser (`body`, `metadata`) and the model are imported when a source is parsed or a
# name of theirs is first asked of this package (`__getattr__`), and the plain-language
# checks (`fidelity`, with the rule book) when a verdict is not in the user cache: a build
# takes each source's verdicts from there (`checked_source`, `plain_refusal`), and a
# rebuild with nothing to do parses no source.
if TYPE_CHECKING:
    from .body import PART_HEADINGS
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
SOURCES_SUFFIX = ".sources.toml"


def __getattr__(name: str) -> object:
    """The parser's and the model's names, imported when first asked for (this module's
    own names never get here)."""
    if name == "PART_HEADINGS":
        from .body import PART_HEADINGS

        return PART_HEADINGS
    if name in __all__:
        from . import model

        return getattr(model, name)
    raise AttributeError(f"module 'handout.source' has no attribute {name!r}")


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


def sources_path(handout_path: Path) -> Path:
    """Where the sources of the handout at `handout_path` are: beside it (`fidelity`)."""
    return handout_path.with_name(handout_path.stem + SOURCES_SUFFIX)


def plain_refusal(handout_path: Path, data: bytes) -> SourceError | None:
    """The error the build refuses the handout's plain-language PDFs with (its first
    finding, and how many more), or None. `data` is the source's bytes; the verdict is
    kept in the user cache by them, the sources file's, the handout's file name and the
    tool's code: not by its folder, which a copy of the project (a CI checkout) changes
    and the verdict does not depend on (it names its file within the folder)."""
    try:
        sources: bytes | None = sources_path(handout_path).read_bytes()
    except FileNotFoundError:
        return None
    except OSError:  # its message names the file's whole path: not kept
        sources = None

    def judge() -> list[Any] | None:
        from ..rules import Level
        from .fidelity import check_fidelity

        errors = [f for f in check_fidelity(read_handout(handout_path)) if f.level is Level.ERROR]
        if not errors:
            return None
        more = f" (and {plural(len(errors) - 1, 'more error')}: see handout lint)"
        first = errors[0]
        return [first.path.name, first.line, first.message + (more if errors[1:] else "")]

    if sources is None:
        verdict = judge()
    else:
        key = entry_key(
            "fidelity",
            code_digest(),
            handout_path.name,
            hashlib.sha256(data).hexdigest(),
            hashlib.sha256(sources).hexdigest(),
        )
        verdict = json_entry("fidelity", key, judge, lambda v: v, lambda v: v)
    if verdict is None:
        return None
    name, line, message = verdict
    return SourceError(str(message), handout_path.with_name(str(name)), int(line))


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
    from .body import parse_body
    from .metadata import (
        METADATA_KEYS,
        Metadata,
        parse_metadata,
        read_citation,
        read_drug_names,
        read_notices,
        refuse_characters,
    )
    from .model import Handout

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
