"""Errors the user can fix: each names the file (and 1-based line) it is about.

Every known failure is a `HandoutError`; the command line prints ``str(error)``
as one ``error: ...`` line and exits non-zero. Anything else is a bug and keeps
its traceback.
"""

from __future__ import annotations

from pathlib import Path


class HandoutError(Exception):
    """A problem with the user's input or environment, told in one sentence."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        where = str(self.path) if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


class ConfigError(HandoutError):
    """The project folder or its handout.toml is missing or wrong."""


class SourceError(HandoutError):
    """An English handout source cannot be read or parsed."""


class CatalogError(HandoutError):
    """A .pot or .po file cannot be read, parsed or written."""


class LocaleError(HandoutError):
    """A locale code is malformed or unknown."""


class FontError(HandoutError):
    """A font is missing, unreadable, or no font covers a character."""


class OutputError(HandoutError):
    """A PDF or catalog cannot be written."""


class CheckError(HandoutError):
    """A built PDF fails a check (notice missing, text too small, ...)."""
