"""The rule book: what a translation must keep of its English, one small check each.

`handout lint` reports every finding; the build uses the same checks, so what
lint calls an error never reaches a PDF: the entry is printed in English
(and named in the build's output with its file and line), or, for a notice,
the PDF fails. Each check is a function of the English, the translation and
what kind of entry it is, as in Babel's ``babel.messages.checkers``.

- `model`: what the checks read (`Entry`) and report (`Problem`, `Finding`);
- `markup`: links and addresses, placeholders, DOIs, emphasis, entities, escapes;
- `text`: pasted English, nothing visible, stray marks, length, a notice's sentences, line
  breaks and spaces at the ends, final punctuation, invisible characters;
- `numbers`: each number of the English kept, none added; with `clock` (hours of the
  12-hour clock), `dates` (a date's month) and `words` (numbers written as words);
- `measures`: a dose's unit, a span of time, a rate's unit of time, a temperature's scale;
- `negation`: a negation of the English kept (fewer negations than the English's);
- `hedge`: a hedge of the English kept ("may": fewer hedges than the English's, a warning);
- `limits`: a limit of a number of the English kept ("more than two", "up to 4": fewer
  limits than the English's, a warning);
- `shared`: what several checks read a text with;
- `printing`: what a PDF cannot read back of a text;
- `kept`: the problems of a catalog's entries, kept in the user cache between runs (the
  build, lint and compile check through it);
- here: the list of checks (`checks`) and what other modules call (`problems`,
  `errors`, `refusal`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

from .markup import unlinked_addresses
from .model import Check, Entry, Finding, Level, Problem
from .printing import read_back_reversed, refuse_unreadable, unreadable

__all__ = [
    "Check",
    "Entry",
    "Finding",
    "Level",
    "Problem",
    "checks",
    "errors",
    "problems",
    "read_back_reversed",
    "refusal",
    "refuse_unreadable",
    "unlinked_addresses",
    "unreadable",
]


@cache
def checks() -> tuple[Check, ...]:
    """Every check, in this order. Their modules are imported here, when a translation is
    first checked, not with the package: their patterns and tables took about 20 ms to
    import, and a build whose translations' problems are all kept (`kept`) checks none,
    in its own process as in its workers."""
    from .dates import date
    from .hedge import hedge
    from .limits import limits
    from .markup import (
        addresses,
        dois,
        emphasis,
        entities,
        escapes,
        links,
        placeholders,
        unsupported,
    )
    from .measures import durations, rates, temperature, units
    from .negation import negation
    from .numbers import numbers
    from .text import (
        invisible,
        length,
        newlines,
        notice_sentences,
        punctuation,
        stray_marks,
        unchanged,
        visible,
        whitespace,
    )

    return (
        links,
        addresses,
        placeholders,
        dois,
        emphasis,
        unsupported,
        unchanged,
        visible,
        stray_marks,
        numbers,
        units,
        durations,
        rates,
        temperature,
        date,
        negation,
        hedge,
        limits,
        length,
        notice_sentences,
        newlines,
        whitespace,
        punctuation,
        entities,
        escapes,
        invisible,
    )


def problems(entry: Entry) -> list[Problem]:
    """Every problem of one translated entry, errors first."""
    return list(_problems(entry))


@lru_cache(maxsize=8192)
def _problems(entry: Entry) -> tuple[Problem, ...]:
    """Kept once found: a build checks each translation for each PDF that prints it (both
    variants, and bilingual), and the checks parse its Markdown several times."""
    found = [problem for check in checks() for problem in check(entry)]
    return tuple(sorted(found, key=lambda problem: problem.level is not Level.ERROR))


def errors(entry: Entry) -> list[Problem]:
    """The problems that keep a translation out of a PDF."""
    return [problem for problem in problems(entry) if problem.level is Level.ERROR]


def refusal(errors: Iterable[Problem]) -> str:
    """The errors that keep an entry out of a PDF, for the one line that names the entry
    (the build's, compile's): each with its check, as lint gives them a line each. The
    line named the first alone: of a dose of 2 and an interval of 6 both written as words,
    the 2."""
    return "; ".join(f"{problem.message} [{problem.check}]" for problem in errors)
