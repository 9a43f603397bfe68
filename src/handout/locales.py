"""Locale codes: checked before any file is touched, matched to what exists, described.

A locale code names a folder under ``locales/`` and a file under ``output/``,
so it is checked against a strict pattern first (no path characters), then
looked up in Babel's CLDR data, or among the locales a project declares for
languages CLDR lacks (Hmong, Chuukese, Marshallese, Karen: see
``[locales.CODE]`` in handout.toml). `resolve` matches a code as a translator
or a platform spells it (``zh_hans``, ``pt-BR``) to the project's own spelling,
and offers a near miss ("did you mean") from Babel's list. What CLDR says of a
code is kept in the user cache (`cache`), by Babel's version: Babel loads and
merges a locale's whole CLDR data to give its direction.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass
from datetime import date
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import entry_key, json_entry, text_entry, tool_version
from .errors import LocaleError, did_you_mean

# Babel is imported by the functions that read CLDR's data, not with this module: every
# command checks the project's locale codes, and what that takes of CLDR is kept in the
# user cache. A rebuild with nothing to do imported Babel and unpickled its global table
# (470 KB) for the language aliases alone (`bcp47_form`).
if TYPE_CHECKING:
    from babel import Locale

SOURCE_LOCALE = "en"

# language, then optional script/region/variant subtags joined by "_" (Babel's spelling).
_LOCALE_PATTERN = re.compile(r"[A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,8})*")


@dataclass(frozen=True)
class LocaleInfo:
    """What handout needs to know of a locale."""

    code: str  # as the project spells it: es, zh_Hans, pt_BR
    name: str  # in English, for catalog headers: "Spanish"
    rtl: bool
    plural_forms: str  # the Plural-Forms header
    script: str | None = None  # ISO 15924, when known

    @property
    def tag(self) -> str:
        """The BCP 47 tag, as PDF /Lang wants it: zh_Hans -> zh-Hans."""
        return self.code.replace("_", "-")

    @property
    def language(self) -> str:
        return language_of(self.code)


def check_pattern(code: str, path: Path | None = None) -> None:
    """Refuse a code that could not be a locale (and could leave its folder); `path`: the
    folder the code is the name of, which the error names."""
    if not _LOCALE_PATTERN.fullmatch(code):
        raise LocaleError(
            f"{code!r} is not a locale code (expected something like 'es', 'zh_Hans' or 'pt_BR')",
            path,
        )


@cache
def cldr_locale(code: str) -> LocaleInfo | None:
    """The locale as Babel's CLDR data describes it, or None if CLDR does not know it (Babel
    would parse "zh_Hnas" as zh_Hans: a code counts when CLDR has data for it, or names
    it as an alias of a language it has, as "tl" of Filipino)."""
    return json_entry(
        "locales",
        entry_key("locale-2", tool_version("babel"), code),
        lambda: _described_by_cldr(code),
        lambda info: None if info is None else astuple(info),
        lambda stored: None if stored is None else LocaleInfo(*stored),
    )


def language_of(code: str) -> str:
    """The language subtag of a locale code, however it is spelt ('pt-BR', 'PT_br': 'pt')."""
    return code.replace("-", "_").split("_")[0].lower()


def _described_by_cldr(code: str) -> LocaleInfo | None:
    from babel import Locale, UnknownLocaleError, localedata
    from babel.core import get_global

    language = language_of(code)
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None
    if not (
        localedata.exists(code)
        or language in get_global("language_aliases")
        or _is_likely_spelling(code, locale)
    ):
        return None
    # Babel's messages package (its catalog classes, with babel.dates) is imported for
    # this alone, when CLDR's data of a locale is not in the user cache (`cldr_locale`).
    from babel.messages.plurals import get_plural

    plural = get_plural(code)
    return LocaleInfo(
        code,
        locale.english_name or code,
        locale.character_order == "right-to-left",
        f"nplurals={plural.num_plurals}; plural={plural.plural_expr};",
        locale.script,
    )


def _is_likely_spelling(code: str, locale: Locale) -> bool:
    """Whether `code` is a locale CLDR has, spelt without the subtag it takes as likely
    (zh_TW for zh_Hant_TW, sr_RS for sr_Cyrl_RS: the codes Poedit and many platforms
    use), every subtag typed being the one CLDR gives."""
    from babel import localedata

    language, *rest = code.split("_")
    given = {"script" if len(part) == 4 else "territory": part for part in rest}
    return (
        localedata.exists(str(locale))
        and locale.language == language
        and len(given) == len(rest)
        and all(getattr(locale, key) == value for key, value in given.items())
    )


# A month name CLDR's root locale gives where a locale names none ("M01").
_PLACEHOLDER_MONTH = re.compile(r"M\d{2}")
_PLURAL_FORMS = re.compile(r"\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]+);?\s*")


def plural_forms_problem(value: object) -> str | None:
    """Why `value` is not a Plural-Forms header GNU gettext takes: an expression in C that
    picks one of the `nplurals` forms for every number (the pattern alone let a broken
    expression into every catalog `init` wrote, which msgfmt then refused); None when it
    is one. Said, not only found: "not a Plural-Forms value" left a translator to guess
    which of its parts was wrong."""
    match = _PLURAL_FORMS.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return "it is not written 'nplurals=N; plural=EXPRESSION;'"
    count = int(match[1])
    if count < 1:
        return "nplurals is 0: a language has one form at least"
    try:
        choose = gettext.c2py(match[2])
        forms = [choose(n) for n in range(1000)]
    except ZeroDivisionError:  # what its code raises
        return "its plural expression divides by zero"
    except (ValueError, RecursionError):  # what c2py raises
        return "its plural expression is not one in C that GNU gettext reads"
    for n, form in enumerate(forms):
        if not 0 <= form < count:
            have = "form 0 only" if count == 1 else f"forms 0 to {count - 1}"
            return (
                f"its plural expression gives {form} for n = {n}, but nplurals={count} has {have}"
            )
    return None


def long_date(iso: str, code: str) -> str:
    """An ISO 8601 date as the locale writes it in full (CLDR's long format), else as
    given (a locale or date Babel does not know). Kept in the user cache by Babel's
    version, as the locale's description is: formatting the first date of a locale
    loads its whole CLDR data (9 ms, in every worker that draws it)."""
    key = entry_key("date-2", tool_version("babel"), code, iso)
    return text_entry("dates", key, partial(_long_date, iso, code))


def _long_date(iso: str, code: str) -> str:
    """CLDR's long date; the ISO date where CLDR knows the locale but not its month
    names (Navajo): Babel then wrote the root locale's placeholders ("2026 M01 1")."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import format_date  # see long_date

    try:
        day = date.fromisoformat(iso)
        if _PLACEHOLDER_MONTH.fullmatch(Locale.parse(code).months["format"]["wide"][day.month]):
            return iso
        return str(format_date(day, format="long", locale=code))
    except (UnknownLocaleError, ValueError):
        return iso


def bcp47_form(code: str) -> str | None:
    """`code` as BCP 47 writes it, when that is another code: a three-letter ISO 639-2
    code ('div', 'tib', 'ger') of a language CLDR names by two letters ('dv', 'bo', 'de'),
    its other subtags kept ('div_MV': 'dv_MV'); None when `code` is its own form. From
    CLDR's language aliases, which Babel follows ('div' is Dhivehi to it) but which
    would leave 'div' in the folder, the catalogs' Language and the PDFs' /Lang, and
    pass over the fonts of 'dv'. Two-letter aliases are left alone: 'tl' (Tagalog), which
    CLDR replaces by 'fil', is a BCP 47 tag of its own."""
    language, *rest = code.replace("-", "_").split("_")
    replacement = _three_letter_aliases().get(language.lower())
    if len(language) != 3 or replacement is None:
        return None
    return "_".join([replacement, *rest])


@cache
def _three_letter_aliases() -> dict[str, str]:
    """CLDR's aliases of three-letter language codes that BCP 47 writes with two letters
    ('div': 'dv'), kept in the user cache by Babel's version (`bcp47_form`)."""
    return json_entry(
        "locales",
        entry_key("three-letter-aliases-1", tool_version("babel")),
        _cldr_three_letter_aliases,
        lambda aliases: aliases,
        lambda stored: {str(alias): str(language) for alias, language in stored.items()},
    )


def _cldr_three_letter_aliases() -> dict[str, str]:
    from babel.core import get_global

    return {
        alias: language
        for alias, language in get_global("language_aliases").items()
        if len(alias) == 3 and len(language) == 2
    }


def written_form(code: str) -> str | None:
    """How handout writes the locale `code` (one `check_pattern` takes) when it is spelt
    another way: its subtags cased as usual (`usual_spelling`: 'SM' is 'sm') and a
    three-letter ISO 639-2 language as BCP 47 writes it (`bcp47_form`: 'smo' is 'sm');
    None when `code` is so written."""
    usual = usual_spelling(code)
    form = bcp47_form(usual) or usual
    return None if form == code else form


def written_otherwise(code: str, form: str) -> str:
    """ "'smo' is written 'sm' (BCP 47)", "'SM' is written 'sm'": the same words wherever a
    code is spelt otherwise (a command's locale, a folder, a table of handout.toml or of
    fonts.toml)."""
    standard = " (BCP 47)" if language_of(code) != language_of(form) else ""
    return f"{code!r} is written {form!r}{standard}"


def _written_otherwise(code: str, form: str, use: str) -> LocaleError:
    return LocaleError(f"{written_otherwise(code, form)}; use {use}")


def describe(code: str, declared: Mapping[str, LocaleInfo]) -> LocaleInfo:
    """The locale `code` exactly as spelt: declared by the project, or known to CLDR; a
    code BCP 47 writes another way is refused (`bcp47_form`)."""
    check_pattern(code)
    form = bcp47_form(code)
    if form is not None:
        raise _written_otherwise(code, form, repr(form))
    info = declared.get(code) or cldr_locale(code)
    if info is None:
        raise LocaleError(
            f"unknown locale {code!r}: not in Babel's CLDR data; declare it "
            f"in handout.toml as [locales.{code}] with its name, direction and plural "
            f"(handout.toml of `handout new` shows how){_near(code)}"
        )
    return info


def resolve(
    code: str,
    existing: Sequence[str],
    declared: Mapping[str, LocaleInfo],
    command: str | None = None,
) -> str:
    """The project's spelling of `code`: an existing catalog's locale matched without
    regard to case or to '-' against '_' (zh_hans, ZH-HANS and zh-Hans find zh_Hans;
    pt-BR finds pt_BR), else the code in the usual casing (language lower case, script
    title case, region upper case); LocaleError if it is no locale, or one BCP 47 writes
    another way (`bcp47_form`: the error says to type `handout COMMAND FORM`, if
    `command` is given)."""
    wanted = code.replace("-", "_")
    check_pattern(wanted)
    folded = wanted.lower()
    for known in (*existing, *declared):
        if known.lower() == folded:
            return known
    spelled = usual_spelling(wanted)
    form = bcp47_form(spelled)
    if form is not None:
        raise _written_otherwise(
            code, form, f"'handout {command} {form}'" if command else repr(form)
        )
    try:
        describe(spelled, declared)
    except LocaleError:
        raise LocaleError(
            f"unknown locale {code!r}: not in Babel's CLDR data; declare it in "
            f"handout.toml as [locales.{spelled}] (see the README)"
            f"{_near(spelled, existing)}"
        ) from None
    return spelled


def usual_spelling(code: str) -> str:
    """`code` as handout spells a locale: subtags joined by '_', the language in lower
    case, a script in title case, a region in upper case ('ZH-HANT': 'zh_Hant')."""
    parts = code.replace("-", "_").split("_")
    return "_".join(_cased(part, index) for index, part in enumerate(parts))


def _cased(subtag: str, index: int) -> str:
    if index == 0:
        return subtag.lower()
    if len(subtag) == 4 and subtag.isalpha():
        return subtag.title()
    if len(subtag) == 2 and subtag.isalpha():
        return subtag.upper()
    return subtag


def _near(code: str, project: Iterable[str] = ()) -> str:
    """Locales spelt alike: of the same language ('zh_Hnas': 'zh_Hans'), or the `project`'s
    own ('ess' in a project translated into 'es'); none of another language it lacks (for
    S'gaw Karen 'ksw', Swahili 'sw' misled)."""
    from babel import localedata

    language = language_of(code)
    same = [known for known in localedata.locale_identifiers() if language_of(known) == language]
    guess = did_you_mean(code, list(dict.fromkeys([*project, *same])), most=3)
    return f"; {guess}" if guess else ""


@cache
def script_of(tag: str) -> str | None:
    """The script of BCP 47 or POSIX `tag` (ISO 15924, 'Hans'): its script subtag, else
    the one CLDR takes as likely for it ('zh_TW' -> 'zh_Hant_TW') or for its language
    ('ar' -> 'ar_Arab_EG'); None when none says."""
    parts = tag.replace("-", "_").split("_")
    script = next((part.title() for part in parts[1:] if len(part) == 4), None)
    if script is None:
        from babel.core import get_global

        subtags = get_global("likely_subtags")
        likely = subtags.get("_".join(parts[:2])) or subtags.get(language_of(tag))
        script = next((p for p in (likely or "").split("_")[1:] if len(p) == 4), None)
    return script


def script_problem(value: object) -> str | None:
    """Why `value`, a declared locale's `script`, is not an ISO 15924 code ('Latn',
    'Mymr', 'Hant'), said with the code meant where it is clear ('Latin' and 'latn' are
    written 'Latn'); None when it is one. The codes are CLDR's (Babel's English names of
    them), which has those of writing systems Unicode does not encode as scripts of their
    own ('Hans', 'Hant', 'Jpan'), as `script_of` gives them; fontTools' list lacks those.
    Kept in the user cache by Babel's version: CLDR's English names take 20 ms to load,
    and handout.toml is read by every command."""
    if not isinstance(value, str):
        return f'script must be an ISO 15924 code in quotes, such as "Latn", not {value!r}'
    key = entry_key("script-1", tool_version("babel"), value)
    return text_entry("locales", key, partial(_script_problem, value)) or None


def _script_problem(code: str) -> str:
    """`script_problem`'s sentence ('' for a code CLDR knows), from CLDR's data."""
    from babel import Locale

    names = Locale("en").scripts
    if code in names:
        return ""
    for known, name in names.items():
        if code.casefold() in (known.casefold(), name.casefold()):
            return f"script {code!r} is written {known!r} (ISO 15924)"
    return (
        f"script {code!r} is not an ISO 15924 code (4 letters: 'Latn' for Latin, 'Mymr' "
        "for Myanmar)"
    )


def writes_in_latin(tag: str) -> bool | None:
    """Whether the language of BCP 47 `tag` is written in Latin letters (`script_of`);
    None when it is not known."""
    script = script_of(tag)
    return None if script is None else script == "Latn"
