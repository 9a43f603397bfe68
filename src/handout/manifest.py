"""The build manifest: output/manifest.json lists every PDF built and how it was checked.

One entry a PDF: handout, locale, variant, path (relative to output/), bytes,
pages, sha256, the digest of its inputs (which tells a later build whether it
is up to date), translation percentage, how many of its messages it printed in
English and why, review status, reading grade (where a formula exists for its
language) and the results of its checks. Entries are
sorted and the file holds no timestamp, so the same build gives the same
manifest, and shard manifests merge into the manifest a full build writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any, TypedDict

from .catalog.reading import PRINTED_IN_ENGLISH
from .errors import OutputError
from .files import write_atomic

MANIFEST_NAME = "manifest.json"
FORMAT = "handout-manifest/1"

PdfKey = tuple[str, str, str]  # (handout, locale, variant)


class Checks(TypedDict, total=False):
    pdfua: str  # "pass" or "skipped"
    notices: str
    text: str
    links: str
    ink: str
    smallest_size: float


class _EveryManifestEntry(TypedDict):
    """The fields every version's entry has."""

    handout: str
    locale: str
    variant: str
    path: str
    bytes: int
    pages: int
    sha256: str
    inputs: str
    translated_percent: float
    reviewed: bool
    reading_grade: float | None
    reading_formula: str | None
    checks: Checks


# total=False and not NotRequired: under `from __future__ import annotations` Python 3.11
# does not read NotRequired, and every earlier version's manifest was refused for lacking it.
class ManifestEntry(_EveryManifestEntry, total=False):
    # How many of the messages the PDF prints are in English, by why (PRINTED_IN_ENGLISH:
    # untranslated, fuzzy, refused by the rule book). Not in earlier versions' manifests.
    printed_in_english: dict[str, int]


def entry_key(entry: ManifestEntry) -> PdfKey:
    return entry["handout"], entry["locale"], entry["variant"]


def read_manifest(path: Path, missing_ok: bool = True) -> dict[PdfKey, ManifestEntry]:
    """The entries of a manifest by (handout, locale, variant); none if there is no file
    and `missing_ok`."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):  # none there, or output/ is a file
        if missing_ok:
            return {}
        raise OutputError("no such manifest", path) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise OutputError(f"not a manifest this tool wrote: {error}", path) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise OutputError(f"not a {FORMAT} manifest", path)
    entries: Any = data.get("pdfs")  # every manifest written has it, [] when it is empty
    if not isinstance(entries, list):
        raise OutputError(f"not a {FORMAT} manifest: it has no 'pdfs' list", path)
    if not all(map(_is_entry, entries)):
        raise OutputError(f"not a {FORMAT} manifest: an entry of 'pdfs' is not one", path)
    return {entry_key(entry): entry for entry in entries}


def _is_entry(entry: Any) -> bool:
    """Whether `entry` has every field of a `ManifestEntry`, each of its type (a merged
    shard's '"bytes": "x"' or '"checks": 5' was written out as it stood)."""
    return (
        isinstance(entry, dict)
        and ManifestEntry.__required_keys__ <= entry.keys()
        and all(isinstance(entry[key], str) for key in _TEXT_FIELDS)
        and all(_is_count(entry[key]) for key in ("bytes", "pages"))
        and _is_number(entry["translated_percent"])
        and isinstance(entry["reviewed"], bool)
        and (entry["reading_grade"] is None or _is_number(entry["reading_grade"]))
        and (entry["reading_formula"] is None or isinstance(entry["reading_formula"], str))
        and isinstance(entry["checks"], dict)
        and _stays_in_output(entry["path"])
        # An earlier version's entry has none: accepted, as it was written.
        and ("printed_in_english" not in entry or _is_english_counts(entry["printed_in_english"]))
    )


def _is_english_counts(value: Any) -> bool:
    """Whether `value` is a `printed_in_english` as a build writes it: a count for each
    of PRINTED_IN_ENGLISH and nothing else ('"refused": "x"' was merged as it stood)."""
    return (
        isinstance(value, dict)
        and value.keys() == {printed.value for printed in PRINTED_IN_ENGLISH}
        and all(map(_is_count, value.values()))
    )


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _stays_in_output(path: str) -> bool:
    """Whether `path` names a PDF inside output/ (relative, no '..'): a build deletes the
    files of stale entries, and one whose path left output/ deleted a file outside it."""
    parts = PurePosixPath(path).parts
    return (
        bool(parts)
        and not PurePosixPath(path).is_absolute()
        and ".." not in parts
        and "\\" not in path
        and path.endswith(".pdf")
    )


_TEXT_FIELDS = ("handout", "locale", "variant", "path", "sha256", "inputs")


def write_manifest(path: Path, entries: Iterable[ManifestEntry]) -> None:
    ordered = sorted(entries, key=entry_key)
    text = json.dumps(
        {"format": FORMAT, "pdfs": ordered}, indent=2, ensure_ascii=False, sort_keys=True
    )
    write_atomic(path, (text + "\n").encode("utf-8"))


def merge_manifests(paths: Iterable[Path]) -> tuple[list[ManifestEntry], list[str]]:
    """The union of shard manifests, and a warning for each PDF two shards both built
    (the same file: shards overlap) or that differs between them (an error)."""
    merged: dict[PdfKey, ManifestEntry] = {}
    warnings = []
    for path in paths:
        for key, entry in read_manifest(path, missing_ok=False).items():
            if key in merged:
                if merged[key]["sha256"] != entry["sha256"]:
                    raise OutputError(f"{'/'.join(key)} differs from another manifest's", path)
                warnings.append(
                    f"{path}: {'/'.join(key)} is in another manifest too (the shards overlap)"
                )
            merged[key] = entry
    return list(merged.values()), warnings
