"""What the rule book reads and what it reports: a translated entry, a problem found in it,
and a finding, a problem at its file and line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

__all__ = ["Check", "Entry", "Finding", "Level", "Problem"]


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    level: Level
    check: str
    message: str


@dataclass(frozen=True)
class Finding:
    """A problem at its place: the file (relative to the project, as printed) and its
    1-based line; printed as lint prints it."""

    path: Path
    line: int
    level: Level
    message: str
    check: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.level}: {self.message} [{self.check}]"


@dataclass(frozen=True)
class Entry:
    """A translated entry as the checks see it."""

    english: str
    translation: str
    language: str  # BCP 47 primary subtag
    notice: bool  # a publisher's notice: must not be lost or altered


Check = Callable[[Entry], Iterator[Problem]]
