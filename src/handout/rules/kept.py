"""The rule book's problems of a catalog's entries, kept in the user cache between runs.

Checking one translation takes about 0.6 ms of CPU (the shipped catalogs' 2,790 entries in
1.7 s, measured on 2026-12-07, each language's patterns and CLDR data made the first
time): a build checks each translation it prints, and it is most of `handout lint`'s.
The problems are kept as one entry per catalog (its file name and the digest of its
bytes), each entry's problems under the digest of all they depend on: the English, the
translation, the language, whether it is a notice. So a problem is never taken for
another translation's: the catalog's digest only groups them, so that an edited catalog
starts a new entry and the old one is pruned in time (`cache.KEPT_DAYS`).
"""

from __future__ import annotations

import itertools
import json
from typing import Any

from .. import rules
from ..cache import code_digest, entry_key, keep_json_entry, read_entry
from .model import Entry, Level, Problem
from .shared import icu_default_language

__all__ = ["CatalogProblems"]

_KIND = "problems"  # the user cache's entries


class CatalogProblems:
    """`problems` of the entries of one catalog, read from its entry in the user cache
    and found for those it lacks; `keep` writes those found back."""

    def __init__(self, name: str, digest: str) -> None:
        # ICU's default language decides which languages' number words are read
        # (`words.has_number_words`), as this code and its libraries' versions do.
        self._key = entry_key(_KIND, code_digest(), icu_default_language(), name, digest)
        self._kept = _read(self._key)
        self._found: dict[str, list[list[str]]] = {}

    def problems(self, entry: Entry) -> list[Problem]:
        """Every problem of `entry`, errors first (`rules.problems`)."""
        key = entry_key(entry.english, entry.translation, entry.language, str(entry.notice))
        kept = self._kept.get(key)
        if kept is not None:
            return [Problem(Level(level), check, message) for level, check, message in kept]
        found = rules.problems(entry)
        self._found[key] = [[problem.level, problem.check, problem.message] for problem in found]
        return found

    def errors(self, entry: Entry) -> list[Problem]:
        """The problems that keep `entry` out of a PDF."""
        return [problem for problem in self.problems(entry) if problem.level is Level.ERROR]

    def keep(self) -> None:
        """Write the problems found to the catalog's entry, with those another process
        kept meanwhile (two builds of a locale's variants at once: at worst, one's are
        found again next time)."""
        if self._found:
            self._kept = {**_read(self._key), **self._kept, **self._found}
            self._found = {}
            keep_json_entry(_KIND, self._key, self._kept)


def _read(key: str) -> dict[str, Any]:
    """A catalog's kept problems; none if it has no entry, or one not of their shape."""
    data = read_entry(_KIND, key, ".json")
    if data is None:
        return {}
    try:
        kept = json.loads(data)
        for level, check, message in itertools.chain.from_iterable(kept.values()):
            Level(level)
            if not isinstance(check, str) or not isinstance(message, str):
                return {}
    except (ValueError, TypeError, AttributeError):
        return {}
    return dict(kept)
