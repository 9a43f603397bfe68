"""The user cache: what is costly to make and depends only on its inputs (a face's
coverage, ReportLab's parsed faces, converted outlines, font files' digests, reading
grades, what CLDR says of a locale, read catalogs, whether a source parses), kept
between runs.

Each entry is named by the digest of what it was made from (the tools' versions
included) and starts with a line holding the digest of the rest. An entry whose bytes
no longer match (a disk fault, a half-copied file), or that cannot be read back, is
deleted and made again; entries are written atomically, so two builds at once are safe.
When the folder cannot be written, the process makes what it needs each time.

The folder is ``$HANDOUT_CACHE_DIR``, else ``$XDG_CACHE_HOME/handout``, else
``~/.cache/handout``.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from .errors import OutputError
from .files import write_atomic

__all__ = [
    "CACHE_VARIABLE",
    "cache_dir",
    "code_digest",
    "entry_key",
    "json_entry",
    "read_entry",
    "text_entry",
    "tool_version",
    "write_entry",
]

T = TypeVar("T")

CACHE_VARIABLE = "HANDOUT_CACHE_DIR"  # the environment variable naming the folder


def cache_dir() -> Path:
    """Where the entries are kept."""
    if os.environ.get(CACHE_VARIABLE):
        return Path(os.environ[CACHE_VARIABLE])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "handout"


@cache
def code_digest() -> str:
    """Digest of this package's code: what a new version of the tool may make
    differently."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


# The module attribute that holds a tool's version, for the tools that have one. Asked of
# importlib.metadata, each version took a search of the whole path (with its import, 30 ms
# of a rebuild of 220 PDFs with nothing changed, 0.3 s in all); the tools' modules are
# imported already where a key is made.
_VERSION_ATTRIBUTES = {
    "babel": ("babel", "__version__"),
    "fonttools": ("fontTools", "version"),
    "polib": ("polib", "__version__"),
    "reportlab": ("reportlab", "Version"),
}


@cache
def tool_version(distribution: str) -> str:
    """The installed version of a tool an entry is made with, as "name-version", for the
    entry's key: another version may make it differently. Read from the tool's module
    where it has the attribute (`_VERSION_ATTRIBUTES`), else from importlib.metadata."""
    if distribution in _VERSION_ATTRIBUTES:
        module, attribute = _VERSION_ATTRIBUTES[distribution]
        return f"{distribution}-{getattr(importlib.import_module(module), attribute)}"
    from importlib.metadata import version

    return f"{distribution}-{version(distribution)}"


def entry_key(*parts: str) -> str:
    """An entry's name: the digest of what it is made from."""
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def read_entry(kind: str, key: str, suffix: str) -> bytes | None:
    """The entry `key` of `kind`, if its bytes match the digest it starts with; a damaged
    one is removed (and so made again)."""
    entry = cache_dir() / kind / f"{key}{suffix}"
    try:
        stored = entry.read_bytes()
    except OSError:
        return None
    digest, _, data = stored.partition(b"\n")
    if hashlib.sha256(data).hexdigest().encode() == digest:
        return data
    entry.unlink(missing_ok=True)
    return None


def write_entry(kind: str, key: str, suffix: str, data: bytes) -> None:
    """Keep `data` as the entry `key` of `kind` (not at all if the folder is read-only)."""
    digest = hashlib.sha256(data).hexdigest().encode()
    with contextlib.suppress(OutputError):
        write_atomic(cache_dir() / kind / f"{key}{suffix}", digest + b"\n" + data, durable=False)


def text_entry(
    kind: str, key: str, make: Callable[[], str], keep: Callable[[], bool] = lambda: True
) -> str:
    """`json_entry` of a text (an entry that holds anything else is made again)."""
    return json_entry(kind, key, make, str, _text, keep)


def _text(stored: Any) -> str:
    if not isinstance(stored, str):
        raise TypeError(f"not a text: {stored!r}")
    return stored


def json_entry(
    kind: str,
    key: str,
    make: Callable[[], T],
    dump: Callable[[T], Any],
    load: Callable[[Any], T],
    keep: Callable[[], bool] = lambda: True,
) -> T:
    """The value kept as the JSON entry `key` of `kind` (`load` turns the JSON back into
    it), or else `make()`'s, kept as `dump` gives it if `keep()` still holds once it is
    made (its inputs unchanged meanwhile). An entry `load` cannot take is made again."""
    cached = read_entry(kind, key, ".json")
    if cached is not None:
        with contextlib.suppress(ValueError, TypeError, KeyError):
            return load(json.loads(cached))
    value = make()
    if keep():
        write_entry(kind, key, ".json", json.dumps(dump(value)).encode())
    return value
