"""Fidelity: whether a handout's plain-language part says only what its full text says.

Its one job is to hold the plain-language part to ``<handout>.sources.toml``, which
lists each of its sentences, in order, with the sentences of the full text it says again
(`check_fidelity`), and to measure its reading grade (`check_grade`). `handout lint`
prints what they find; the build refuses the plain-language PDFs of a handout with an
error (`source.plain_refusal`, which keeps the verdict in the user cache). The file looks like::

    known = ["calcium"]          (optional: words to know a reader at grade 6 knows)
    [[sentence]]
    plain = "It may spread to the blood."
    kind = "says"                (or "question", "definition")
    defines = "ulcers"           (optional: a word of the source it also defines)
    source = ["These wounds ... may develop infection, which may spread to the blood."]

Errors (the plain-language PDFs are refused): the file is not TOML or has a key or value
it does not know; a plain sentence is not listed, or listed out of order; a listed one
is not in the plain part; a source is not a sentence of the full text; a `defines` word
is not in the sentence or its sources; a source that hedges ("may") is said again, by
the sentences of kind "says" that name it, with no hedge: the plain text then states as
fact what the source says may happen. Warnings (lint alone): a plain part with no
sources file (a clinic may not have written one: nothing can be checked); a source's
emphasis ("most often", "very") said again without one, as the ways to say it are
many ("hurts a lot" for "very painful") and the list below knows few; a word to know
not defined where the text first uses it; a reading grade above 6.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import abbreviate, did_you_mean, plural, toml_problem, unknown_name
from ..inline import written_text
from ..readability import GRADE_TARGET, plain_grade
from ..rules import Finding, Level
from ..rules.hedge import ENGLISH_HEDGE, HEDGES
from . import sources_path
from .model import Block, BlockKind, Handout, Section

# difflib is imported by the checks that compare sentences, not with this module: a build
# takes their verdict from the user cache (`source.plain_refusal`).

KINDS = ("says", "question", "definition")
SENTENCE_KEYS = ("plain", "source", "kind", "defines")
TOP_KEYS = ("known", "sentence")
# The emphasis a source puts on what it says, by what it tells: each way of saying it
# keeps it.
EMPHASES = {
    "how often": ("most commonly", "most often", "mostly", "typically", "usually"),
    "how much": ("very", "extreme", "extremely", "a lot"),
    "how important": ("important", "essential", "vital", "critical"),
}
# A sentence ends at '.', '?' or '!' (after it, a closing quote or bracket) and a space.
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|(?<=[.?!][\"'\u201d\u2019)])\s+")
_PART_HEADING = re.compile(r"(?i)#\s+plain language\s*$")


def sentences(blocks: Iterable[Block]) -> list[str]:
    """The sentences of a part's paragraphs and list items, as a reader sees them (each
    item and paragraph ends its last sentence); headings are not sentences."""
    found = []
    for block in blocks:
        if block.kind is not BlockKind.HEADING:
            for text in block.texts:
                found += [s for s in _SENTENCE_END.split(written_text(text.markdown)) if s]
    return found


def _sentence_lines(blocks: Iterable[Block]) -> list[tuple[str, int]]:
    return [
        (sentence, text.line)
        for block in blocks
        if block.kind is not BlockKind.HEADING
        for text in block.texts
        for sentence in sentences([Block(BlockKind.PARAGRAPH, (text,))])
    ]


def _plain_line(handout: Handout) -> int:
    """The line of the handout's '# Plain language' heading."""
    try:
        lines = handout.path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    return next((n for n, line in enumerate(lines, 1) if _PART_HEADING.match(line)), 1)


def check_grade(handout: Handout) -> list[Finding]:
    """A warning when the plain-language part reads above grade 6 (Flesch-Kincaid, the
    grade `handout stats` gives)."""
    grade = plain_grade(handout.plain)
    if grade is None or grade <= GRADE_TARGET:
        return []
    message = (
        f"the plain-language part reads at grade {grade:g} (Flesch-Kincaid), above the "
        f"target of {GRADE_TARGET:g}: shorter sentences and words lower it"
    )
    return [Finding(handout.path, _plain_line(handout), Level.WARNING, message, "grade")]


def check_fidelity(handout: Handout) -> list[Finding]:
    """Every finding of the plain-language part against its sources file, in the order of
    the handout's lines, then of the file's."""
    if not handout.plain:
        return []
    path = sources_path(handout.path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        message = (
            f"the plain-language part names no sources: write {path.name} beside it, listing for "
            "each of its sentences the sentences of the full text it says again, for lint "
            "to check that it says nothing they do not"
        )
        return [Finding(handout.path, _plain_line(handout), Level.WARNING, message, "sources")]
    except (OSError, UnicodeDecodeError) as error:
        return [Finding(path, 1, Level.ERROR, f"cannot read: {error}", "sources")]
    found = list(_Check(handout, path, text).findings())
    return sorted(found, key=lambda f: (f.path != handout.path, f.line))


@dataclass(frozen=True)
class _Entry:
    """A [[sentence]] of the file, as far as it could be read."""

    plain: str | None
    kind: str | None
    source: tuple[str, ...]
    defines: str | None
    line: int  # of its [[sentence]]
    lines: tuple[str, ...]  # its lines, to name a key's

    def line_of(self, key: str, value: str | None = None) -> int:
        """The line of `key =` in the entry (of `value` in it, if given, as a list's item
        may stand on a line of its own), else the entry's."""
        start = None
        for offset, line in enumerate(self.lines):
            if re.match(rf'\s*"?{re.escape(key)}"?\s*=', line):
                start = offset
            if start is not None and (value is None or _quoted(value) in line):
                return self.line + start + (offset - start if value is not None else 0)
        return self.line + (start or 0)


def _quoted(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


class _Check:
    def __init__(self, handout: Handout, path: Path, text: str):
        self.handout = handout
        self.path = path
        self.lines = text.replace("\r\n", "\n").split("\n")
        self.text = text

    def error(self, line: int, message: str, check: str = "sources") -> Finding:
        return Finding(self.path, line, Level.ERROR, message, check)

    def findings(self) -> Iterator[Finding]:
        try:
            table = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as error:
            message, line = toml_problem(error, self.text)
            yield self.error(line or 1, f"not valid TOML: {message}")
            return
        top = [n for n, line in enumerate(self.lines, 1) if line.strip().startswith("[")]
        header = self.lines[: top[0] - 1] if top else self.lines
        yield from self.unknown(table, TOP_KEYS, lambda key: _key_line(header, key, 1))
        known = table.get("known", [])
        if not isinstance(known, list) or not all(isinstance(w, str) for w in known):
            yield self.error(_key_line(header, "known", 1), 'known must be a list of "words"')
            known = []
        rows = table.get("sentence", [])
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            yield self.error(
                _key_line(header, "sentence", 1), "sentence must be [[sentence]] tables"
            )
            return
        starts = [n for n, line in enumerate(self.lines, 1) if line.strip() == "[[sentence]]"]
        entries = []
        for index, row in enumerate(rows):
            start = starts[index] if index < len(starts) else 1
            end = starts[index + 1] - 1 if index + 1 < len(starts) else len(self.lines)
            entry, problems = self.entry(row, start, tuple(self.lines[start - 1 : end]))
            entries.append(entry)
            yield from problems
        yield from self.listed(entries)
        full = sentences(self.handout.full)
        yield from self.sources(entries, full)
        yield from self.kept(entries, full)
        yield from self.defined(entries, {w.lower() for w in known})

    def unknown(
        self, table: dict[str, Any], known: tuple[str, ...], line: Any
    ) -> Iterator[Finding]:
        for key in table:
            if key not in known:
                yield self.error(line(key), unknown_name("key", key, known))

    def entry(
        self, row: dict[str, Any], start: int, lines: tuple[str, ...]
    ) -> tuple[_Entry, list[Finding]]:
        blank = _Entry(None, None, (), None, start, lines)
        problems = list(self.unknown(row, SENTENCE_KEYS, blank.line_of))
        plain, kind, defines = (row.get(key) for key in ("plain", "kind", "defines"))
        source = row.get("source")
        for key, value in (("plain", plain), ("defines", defines)):
            if value is not None and (not isinstance(value, str) or not value.strip()):
                problems.append(self.error(blank.line_of(key), f'{key} must be a "sentence"'))
        if kind is not None and kind not in KINDS:
            guess = did_you_mean(str(kind), KINDS)
            problems.append(
                self.error(
                    blank.line_of("kind"),
                    f"kind {kind!r} is not one of {', '.join(KINDS)}"
                    + (f" ({guess})" if guess else ""),
                )
            )
        if source is not None and (
            not isinstance(source, list)
            or not source
            or not all(isinstance(s, str) and s for s in source)
        ):
            problems.append(
                self.error(
                    blank.line_of("source"),
                    'source must list the sentences of the full text: source = ["..."]',
                )
            )
            source = None
        if not problems:  # a misspelt key is named once, not again as one missing
            for key, value in (("plain", plain), ("kind", kind), ("source", source)):
                if value is None:
                    problems.append(self.error(start, f"[[sentence]] needs {key} = ..."))
        entry = _Entry(
            plain if isinstance(plain, str) else None,
            kind if kind in KINDS else None,
            tuple(source or ()),
            defines if isinstance(defines, str) else None,
            start,
            lines,
        )
        return entry, problems

    def listed(self, entries: list[_Entry]) -> Iterator[Finding]:
        """Every plain sentence listed, in order; every listed one a plain sentence."""
        import difflib

        written = _sentence_lines(self.handout.plain)
        plain = [sentence for sentence, _ in written]
        listed = [entry.plain for entry in entries]
        matcher = difflib.SequenceMatcher(None, listed, plain, autojunk=False)
        for tag, a, b, c, d in matcher.get_opcodes():
            if tag in ("delete", "replace"):
                for entry in entries[a:b]:
                    if entry.plain is None:
                        continue
                    if entry.plain in plain:
                        where = plain.index(entry.plain) + 1
                        message = (
                            f"{entry.plain!r} is listed out of order: it is the "
                            f"plain-language part's sentence {where}, the sentences are "
                            "listed in the order they are written"
                        )
                    else:
                        message = (
                            f"{abbreviate(entry.plain)!r} is not a sentence of the "
                            "plain-language part"
                        )
                    yield self.error(entry.line_of("plain"), message)
            if tag in ("insert", "replace"):
                for sentence, line in written[c:d]:
                    if sentence not in listed:
                        yield Finding(
                            self.handout.path,
                            line,
                            Level.ERROR,
                            f"{sentence!r} is not in {self.path.name}: add a [[sentence]] with "
                            f"plain = {sentence!r} and its sources",
                            "sources",
                        )

    def sources(self, entries: list[_Entry], full: list[str]) -> Iterator[Finding]:
        import difflib

        known = set(full)
        for entry in entries:
            for sentence in entry.source:
                if sentence not in known:
                    close = difflib.get_close_matches(sentence, full, n=1, cutoff=0.6)
                    nearest = f" (nearest: {close[0]!r})" if close else ""
                    yield self.error(
                        entry.line_of("source", sentence),
                        f"{abbreviate(sentence)!r} is not a sentence of the full text{nearest}",
                    )
            if entry.defines is None or entry.plain is None:
                continue
            if not uses(entry.plain, entry.defines):
                yield self.error(
                    entry.line_of("defines"),
                    f"defines {entry.defines!r}, which the sentence does not use",
                )
            elif entry.source and not any(uses(s, entry.defines) for s in entry.source):
                yield self.error(
                    entry.line_of("defines"),
                    f"defines {entry.defines!r}, which none of its sources uses",
                )

    def kept(self, entries: list[_Entry], full: list[str]) -> Iterator[Finding]:
        """Each source's hedge and emphasis, in a sentence of kind "says" naming it."""
        lines = dict(_sentence_lines(reversed(self.handout.plain)))
        for sentence in full:
            saying = [e.plain for e in entries if e.kind == "says" and sentence in e.source]
            said = [plain for plain in saying if plain is not None]
            if not said:
                continue
            line = lines.get(said[0], 1)
            hedges = ENGLISH_HEDGE.findall(sentence)
            kept = sum(len(ENGLISH_HEDGE.findall(plain)) for plain in said)
            if kept < len(hedges):  # a part of the source said again as fact
                bare = [
                    repr(abbreviate(plain, 160))
                    for plain in said
                    if not ENGLISH_HEDGE.search(plain)
                ]
                yield Finding(
                    self.handout.path,
                    lines.get(next(p for p in said if not ENGLISH_HEDGE.search(p)), line),
                    Level.ERROR,
                    f"{', '.join(bare)} {'says' if len(bare) == 1 else 'say'} again "
                    f"{abbreviate(sentence, 160)!r}, which hedges "
                    f"{plural(len(hedges), 'time')} ({', '.join(map(repr, hedges))}), the "
                    f"sentences saying it again {kept}: keep each hedge "
                    f"({', '.join(HEDGES)})",
                    "hedge",
                )
            for what, words in EMPHASES.items():
                put = _first(words, sentence)
                if put and not any(_first(words, plain) for plain in said):
                    yield Finding(
                        self.handout.path,
                        line,
                        Level.WARNING,
                        f"{abbreviate(said[0], 160)!r} says again {abbreviate(sentence, 160)!r} "
                        f"without its {put!r} ({what}: {', '.join(words)})",
                        "emphasis",
                    )

    def defined(self, entries: list[_Entry], known: set[str]) -> Iterator[Finding]:
        """Each word to know defined where the plain text first uses it: by the sentence
        (`defines`), or a sentence of kind "definition" there or next."""
        lines = dict(_sentence_lines(reversed(self.handout.plain)))
        glossary = [
            block
            for block in self.handout.plain
            if block.section is Section.GLOSSARY and block.kind is BlockKind.LIST
        ]
        for block in glossary:
            for text in block.texts:
                term = re.match(r"\*\*(.+?)\*\*", text.markdown)
                if term is None or term[1].lower() in known:
                    continue
                word = term[1]
                first = next(
                    (n for n, e in enumerate(entries) if e.plain and uses(e.plain, word)), None
                )
                if first is None:
                    continue
                near = entries[first : first + 2]
                if (entries[first].defines or "").lower() == word.lower() or any(
                    e.kind == "definition" for e in near
                ):
                    continue
                yield Finding(
                    self.handout.path,
                    lines.get(entries[first].plain or "", text.line),
                    Level.WARNING,
                    f"{word!r}, a word to know, is not defined where the plain-language part "
                    f"first uses it ({entries[first].plain!r}): give the sentence defines = "
                    f'"{word}", or follow it with a sentence of kind "definition"',
                    "definition",
                )


def uses(sentence: str, word: str) -> bool:
    """Whether the sentence uses the word, or its plural ("biopsies" of "Biopsy")."""
    stem = rf"{re.escape(word[:-1])}(?:y|ies)" if word.endswith("y") else rf"{re.escape(word)}s?"
    return re.search(rf"\b{stem}\b", sentence, re.IGNORECASE) is not None


def _first(words: tuple[str, ...], sentence: str) -> str | None:
    found = re.search(rf"(?i)\b(?:{'|'.join(map(re.escape, words))})\b", sentence)
    return found[0] if found else None


def _key_line(lines: list[str], key: str, default: int) -> int:
    for number, line in enumerate(lines, 1):
        if re.match(rf'\s*"?{re.escape(key)}"?\s*=', line):
            return number
    return default
