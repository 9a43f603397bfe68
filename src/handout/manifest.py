"""The build manifest: output/manifest.json lists every PDF built and how it was checked.

One entry a PDF: handout, locale, variant, path (relative to output/), bytes,
pages, sha256, the digest of its inputs (which tells a later build whether it
is up to date), translation percentage, review status, reading grade and the
results of its checks. Entries are sorted and the file holds no timestamp, so
the same build gives the same manifest, and shard manifests merge into the
manifest a full build writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import OutputError
from .files import write_atomic

MANIFEST_NAME = "manifest.json"
FORMAT = "handout-manifest/1"

Entry = dict[str, Any]


def entry_key(entry: Entry) -> tuple[str, str, str]:
    return entry["handout"], entry["locale"], entry["variant"]


def read_manifest(path: Path) -> dict[tuple[str, str, str], Entry]:
    """The entries of a manifest by (handout, locale, variant); none if there is no file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise OutputError(f"not a manifest this tool wrote: {error}", path) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise OutputError(f"not a {FORMAT} manifest", path)
    return {entry_key(entry): entry for entry in data.get("pdfs", [])}


def write_manifest(path: Path, entries: Iterable[Entry]) -> None:
    ordered = sorted(entries, key=entry_key)
    text = json.dumps({"format": FORMAT, "pdfs": ordered}, indent=2, ensure_ascii=False,
                      sort_keys=True)
    write_atomic(path, (text + "\n").encode("utf-8"))


def merge_manifests(paths: Iterable[Path]) -> list[Entry]:
    """The union of shard manifests; the same PDF in two of them must be the same file."""
    merged: dict[tuple[str, str, str], Entry] = {}
    for path in paths:
        for key, entry in read_manifest(path).items():
            if key in merged and merged[key]["sha256"] != entry["sha256"]:
                raise OutputError(f"{'/'.join(key)} differs from another manifest's", path)
            merged[key] = entry
    return list(merged.values())
