"""Errors the user can fix: each names the file (and 1-based line) it is about.

Every known failure is a `HandoutError`; the command line prints ``str(error)``
as one ``error: ...`` line and exits non-zero. Anything else is a bug: the
build reports it as one line too (the traceback under ``--verbose``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

# difflib is imported by `nearest_names`, for a name that is not known, not with this
# module, which every command imports.


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

    def relative_to(self, root: Path) -> HandoutError:
        """The same error naming its file relative to `root` (a project folder)."""
        if self.path is None or not self.path.is_absolute() or not self.path.is_relative_to(root):
            return self
        # A copy with a subclass's own fields too (`PhoneCutError.phone`), made without its
        # __init__, whose arguments differ by subclass (copy.copy calls it with `args`).
        error = type(self).__new__(type(self))
        error.__dict__.update(self.__dict__)
        error.args = self.args
        error.path = self.path.relative_to(root)
        return error


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


class ReadbackError(HandoutError):
    """Text that a PDF's readers (and so the build's check) cannot read back."""


class OutputError(HandoutError):
    """A PDF or catalog cannot be written."""


class FitError(HandoutError):
    """Text does not fit a page at the variant's sizes (a title, a block, the furniture)."""


class PhoneCutError(FitError):
    """A phone number (a tel: link's text) wider than its line, cut where no space parts
    it; `phone` is the number as printed, `path` and `line` where its text is written."""

    def __init__(
        self, message: str, phone: str, path: Path | str | None = None, line: int | None = None
    ):
        super().__init__(message, path, line)
        self.phone = phone


class CheckError(HandoutError):
    """A built PDF fails a check (notice missing, text too small, ...)."""


def abbreviate(text: str, limit: int = 60) -> str:
    """`text` cut to `limit` characters with an ellipsis, for a message that quotes it."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plural(count: int, noun: str, plural_noun: str | None = None) -> str:
    """'1 page', '2 pages'."""
    return f"{count} {noun if count == 1 else plural_noun or noun + 's'}"


def nearest_names(name: str, known: Sequence[str], most: int = 1) -> list[str]:
    """Up to `most` of `known` spelt most like `name` (a misspelling's meaning), nearest
    first; none where none is near (difflib's ratio under 0.6)."""
    import difflib

    return difflib.get_close_matches(name, known, n=most)


def did_you_mean(name: str, known: Sequence[str], most: int = 1) -> str:
    """ "did you mean 'a' or 'b'?" of the `nearest_names`, or "" where none is near: how
    every message of a misspelt name guesses."""
    close = nearest_names(name, known, most)
    return f"did you mean {' or '.join(map(repr, close))}?" if close else ""


def unknown_name(noun: str, name: str, known: Sequence[str]) -> str:
    """ "unknown NOUN 'name' (did you mean 'x'? known: ...)": a key, setting or table the
    code does not read, named with the known one nearest it (`did_you_mean`)."""
    guess = did_you_mean(name, known)
    return f"unknown {noun} {name!r} ({guess + ' ' if guess else ''}known: {', '.join(known)})"


_TOML_POSITION = re.compile(r"\s*\((?:at line (\d+), column \d+|at end of document)\)$")


def toml_problem(error: Exception, text: str) -> tuple[str, int | None]:
    """A TOML error's message without tomllib's "(at line N, column M)" or "(at end of
    document)", and that line (1-based, in `text`, which tomllib was given), for an error
    that names where it is: one at the end (a string of three quotes left open) at the
    last line holding anything (it was named at no line)."""
    said = str(error)
    position = _TOML_POSITION.search(said)
    if position is None:
        return said, None
    line = int(position[1]) if position[1] else len(text.rstrip().split("\n"))
    return _TOML_POSITION.sub("", said), line
