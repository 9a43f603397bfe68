"""The user cache: what is costly to make and depends only on its inputs (a face's
coverage, ReportLab's parsed faces, converted outlines, the digests of font files, built
PDFs and clinics' logos, whether a logo reads whole, reading grades, what CLDR says of a
locale, dates as a locale writes them, ICU's spellings of numbers, read catalogs, the rule
book's problems of their entries, the plain-language fidelity verdicts, whether a source
parses, the times of git commits), kept between runs.

Each entry is named by the digest of what it was made from (the tools' versions
included) and starts with a line holding the digest of the rest. An entry whose bytes
no longer match (a disk fault, a half-copied file), or that cannot be read back, is
deleted and made again; entries are written atomically, so two builds at once are safe.
When the folder cannot be written, the process makes what it needs each time. An entry
not used for `KEPT_DAYS` is removed when an entry of its kind is next written (a folder
at most once a day: `_prune`), so that the folder does not keep every catalog a
translator ever saved.

The folder is ``$HANDOUT_CACHE_DIR``, else ``$XDG_CACHE_HOME/handout``, else
``~/.cache/handout``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from .errors import OutputError
from .files import FileVersion, write_atomic

__all__ = [
    "CACHE_VARIABLE",
    "KEPT_DAYS",
    "cache_dir",
    "code_digest",
    "entry_key",
    "file_digest_entry",
    "file_entry",
    "json_entry",
    "keep_file_digest",
    "keep_json_entry",
    "read_entry",
    "text_entry",
    "tool_version",
    "write_entry",
]

T = TypeVar("T")

CACHE_VARIABLE = "HANDOUT_CACHE_DIR"  # the environment variable naming the folder
# An entry not read or written for this many days is removed (`_prune`). An entry in use
# is marked so (its modification time set to now) when it is read and was last marked
# over a tenth of this ago: a rebuild with nothing changed writes nothing but, about
# every six days, these marks.
KEPT_DAYS = 60
_DAY = 86400.0
_pruned_folders: set[Path] = set()  # the folders of entries this process has pruned
# Beside a folder of entries, as ".KIND.pruned": its modification time is when it was
# pruned (not in it: the folder holds entries only).
_PRUNE_MARK_SUFFIX = ".pruned"


def cache_dir() -> Path:
    """Where the entries are kept."""
    environ = os.environ
    return _cache_dir(
        environ.get(CACHE_VARIABLE), environ.get("XDG_CACHE_HOME"), environ.get("HOME")
    )


@lru_cache(maxsize=8)
def _cache_dir(own: str | None, xdg: str | None, home: str | None) -> Path:
    """`cache_dir` for these variables (worked out for each entry read, it was a twentieth
    of a rebuild of 2400 PDFs with nothing changed)."""
    if own:
        return Path(own)
    if xdg:
        return Path(xdg) / "handout"
    return (Path(home) if home else Path.home()) / ".cache" / "handout"


@cache
def code_digest() -> str:
    """Digest of this package's code and of the versions of the libraries it runs on
    (`library_versions`): what a new version of the tool, or of Babel (a month's name),
    HarfBuzz or ReportLab, may make differently. A machine whose Babel was upgraded kept
    its PDFs "up to date", with the old month names a fresh machine no longer prints."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.read_bytes() + b"\0")
    digest.update(" ".join(library_versions()).encode())
    return digest.hexdigest()


@cache
def _installed() -> dict[str, tuple[str, Path]]:
    """Each installed distribution's version and metadata folder, by its normalised name,
    from the names of the folders pip installs them with ("babel-2.19.0.dist-info"):
    read so in a quarter of a millisecond, where importlib.metadata searched the path for
    each version (with the tools' imports, 30 ms of a rebuild of 220 PDFs with nothing
    changed, 0.3 s in all)."""
    found: dict[str, tuple[str, Path]] = {}
    for folder in map(Path, sys.path):
        with contextlib.suppress(OSError):
            for entry in os.scandir(folder):
                name, _, version = entry.name.removesuffix(".dist-info").partition("-")
                if entry.name.endswith(".dist-info") and version:
                    found.setdefault(_normal(name), (version, Path(entry.path)))
    return found


def library_versions() -> list[str]:
    """The "name-version" of each runtime dependency of handout installed (its
    Requires-Dist without an extra). Empty when handout itself is not installed (run
    from its source folder)."""
    installed = _installed()
    own = installed.get("handout")
    if own is None:
        return []
    try:
        metadata = (own[1] / "METADATA").read_text(encoding="utf-8")
    except OSError:
        return []
    wanted = {
        _normal(re.split(r"[<>=!~ \[;(]", line.removeprefix("Requires-Dist:").strip())[0])
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    }
    return sorted(f"{name}-{installed[name][0]}" for name in wanted if name in installed)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


@cache
def tool_version(distribution: str) -> str:
    """The installed version of a tool an entry is made with, as "name-version", for the
    entry's key: another version may make it differently (`_installed`; else, for one
    installed otherwise, from importlib.metadata)."""
    found = _installed().get(_normal(distribution))
    if found is not None:
        return f"{distribution}-{found[0]}"
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
        with entry.open("rb") as file:
            stored = file.read()
            marked = os.fstat(file.fileno()).st_mtime
    except OSError:
        return None
    digest, _, data = stored.partition(b"\n")
    if hashlib.sha256(data).hexdigest().encode() == digest:
        if marked < time.time() - KEPT_DAYS * _DAY / 10:
            with contextlib.suppress(OSError):
                os.utime(entry)  # in use: not to be pruned
        return data
    entry.unlink(missing_ok=True)
    return None


def write_entry(kind: str, key: str, suffix: str, data: bytes) -> None:
    """Keep `data` as the entry `key` of `kind` (not at all if the folder is read-only)."""
    digest = hashlib.sha256(data).hexdigest().encode()
    folder = cache_dir() / kind
    with contextlib.suppress(OutputError):
        write_atomic(folder / f"{key}{suffix}", digest + b"\n" + data, durable=False)
    if folder not in _pruned_folders:
        _pruned_folders.add(folder)
        _prune(folder)


def _prune(folder: Path) -> None:
    """Remove the entries of `folder` not used for `KEPT_DAYS` (and files a write that
    was stopped left there), at most once a day (`_PRUNE_MARK_SUFFIX`: looking at 30,000
    entries took 0.18 s). Another build may be reading one: it finds none, and makes it
    again."""
    now = time.time()
    marker = folder.parent / f".{folder.name}{_PRUNE_MARK_SUFFIX}"
    with contextlib.suppress(OSError):
        if marker.stat().st_mtime > now - _DAY:
            return
    oldest = now - KEPT_DAYS * _DAY
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            with contextlib.suppress(OSError):
                if entry.is_file() and entry.stat().st_mtime < oldest:
                    os.unlink(entry.path)
    with contextlib.suppress(OSError):
        marker.touch()


def text_entry(
    kind: str, key: str, make: Callable[[], str], keep: Callable[[], bool] = lambda: True
) -> str:
    """`json_entry` of a text (an entry that holds anything else is made again)."""
    return json_entry(kind, key, make, str, _text, keep)


def file_entry(
    kind: str,
    version: FileVersion,
    made_with: tuple[str, ...],
    make: Callable[[], T],
    dump: Callable[[T], Any],
    load: Callable[[Any], T],
    keep: Callable[[], bool] = lambda: True,
) -> T:
    """`json_entry` of what `make()` finds in a file, kept as an entry of `kind` by the
    file's version (`files.FileVersion`) and what it is made with (`made_with`: the
    kind of finding, `tool_version`s): while the file stays that version, it is not read
    again."""
    return json_entry(kind, _version_key(version, made_with), make, dump, load, keep)


def file_digest_entry(
    kind: str,
    version: FileVersion,
    read: Callable[[], bytes],
    keep: Callable[[], bool] = lambda: True,
) -> str:
    """The SHA-256 of a file's bytes (`read()`), kept by the file's version
    (`file_entry`)."""
    return file_entry(
        kind, version, _DIGEST, lambda: hashlib.sha256(read()).hexdigest(), str, _text, keep
    )


def keep_file_digest(kind: str, version: FileVersion, digest: str) -> None:
    """Keep `digest` as the SHA-256 of the file at `version` (`file_digest_entry`): for
    the writer of a file, which has its bytes."""
    keep_json_entry(kind, _version_key(version, _DIGEST), digest)


_DIGEST = ("file-digest-1",)  # what a file's digest is made with


def _version_key(version: FileVersion, made_with: tuple[str, ...]) -> str:
    return entry_key(*made_with, *map(str, version))


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
        keep_json_entry(kind, key, dump(value))
    return value


def keep_json_entry(kind: str, key: str, stored: Any) -> None:
    """Keep `stored` (plain data) as the JSON entry `key` of `kind`, as `json_entry` reads
    it: for a value made apart from `json_entry`."""
    write_entry(kind, key, ".json", json.dumps(stored).encode())
