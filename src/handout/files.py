"""Files: atomic writing (a reader sees the old whole file or the new whole file), and what
tells one version of a file from another."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal

from .errors import HandoutError, OutputError

# path (resolved, by `file_version`), size, inode, modification time and status change
# time (ns)
FileVersion = tuple[Path, int, int, int, int]


def file_version(path: Path) -> FileVersion:
    """What tells one version of a file from another: its resolved path (so projects
    whose fonts/ links to one folder share it), size, inode, and modification and status
    change times (writing to the file, or putting another in its place, changes the
    last, even where the modification time is then set back). Raises OSError as
    `Path.stat` does."""
    return version_of(path.resolve(), path.stat())


def version_of(path: Path, info: os.stat_result) -> FileVersion:
    """The version of the file at `path`, taken as given, whose status is `info` (for
    a file that one path reaches: resolving the path took a stat per folder on it)."""
    return path, info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns


def read_input(path: Path, error: type[HandoutError], missing: str) -> bytes:
    """The bytes of an input file; one it cannot read is `error` naming it (`missing`
    when there is no such file, else "cannot read" and why)."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise error(missing, path) from None
    except OSError as reason:
        raise error(f"cannot read: {reason.strerror}", path) from None


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of the file's bytes, or None if it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def write_atomic(path: Path, data: bytes, durable: bool = True) -> None:
    """Write `data` to a temporary file beside `path`, then rename it into place. A
    `durable` file (what a person wrote, the manifest) is on the disk before it replaces
    the old one; a file checked before it is used need not be (a PDF, whose digest the
    manifest holds; a cache entry, which starts with its own): after a power cut it is
    found damaged and made again. Flushing each PDF took about a fourteenth of a build of
    22 PDFs."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        # A file where a folder of the path belongs is named, not the file to be written
        # (the system says "File exists" or "Not a directory" of a file that is not there).
        blocking = next((up for up in reversed(path.parents) if up.is_file()), None)
        if blocking is not None:
            beyond = path.relative_to(blocking)
            raise OutputError(
                f"cannot write {beyond} here: a file, not a folder", blocking
            ) from None
        raise OutputError(f"cannot write here: {error.strerror}", path) from None
    try:
        # mkstemp makes the file private (0600): the file keeps the mode it had (a team's
        # group-writable catalog stays so), a new one gets what the umask allows.
        os.chmod(temp_name, _mode_for(path))
        with os.fdopen(fd, "wb") as temp_file:
            temp_file.write(data)
            if durable:
                temp_file.flush()
                os.fsync(temp_file.fileno())
        os.replace(temp_name, path)
    except OSError as error:
        Path(temp_name).unlink(missing_ok=True)
        raise OutputError(f"cannot write: {error.strerror}", path) from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The permission bits `path` has, or those a new file gets under the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask (read by setting it, and put back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def check_writable(folder: Path) -> None:
    """Refuse a folder no file can be written to, before any work is done for it."""
    if folder.exists() and not folder.is_dir():
        raise OutputError("cannot write here: a file, not a folder", folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".write-check.", suffix=".tmp", dir=folder)
        os.close(fd)
        Path(name).unlink()
    except OSError as error:
        raise OutputError(f"cannot write here: {error.strerror}", folder) from None


@contextlib.contextmanager
def folder_locked(
    folder: Path, waiting: Callable[[], None], hold: Literal["write", "read"] = "write"
) -> Iterator[None]:
    """Hold `folder`'s lock while the block runs (`flock` on the folder itself, so no
    file is left behind): to write (a build), alone; to read (a check of what a build
    wrote), beside other readers but no writer. A process asking for it meanwhile waits,
    after calling `waiting` once. Where the folder cannot be made or locked (a file system
    without locks), the block runs unlocked: writing there fails on its own with a clearer
    line."""
    mode = fcntl.LOCK_EX if hold == "write" else fcntl.LOCK_SH
    try:
        folder.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        yield
        return
    try:
        try:
            fcntl.flock(descriptor, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            waiting()
            fcntl.flock(descriptor, mode)
        except OSError:
            pass
        yield
    finally:
        os.close(descriptor)  # which lets the lock go
