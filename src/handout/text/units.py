"""Units of measure after a number: one list for the rule book, which checks a
translation's doses against the English's (`rules`), and for the line breaker, which keeps
a number on the line of its unit (`linebreak`)."""

from __future__ import annotations

import re
import unicodedata

# A unit of a dose, a volume or a weight, in Latin letters, abbreviated ("40 mg", "5 mL",
# "500 mcg", "500 µg", "10 IU"), and spelt out ("2 milligrams", "1 litre"). Read without
# regard to case. Not "units", a dose's IU only where the rule book reads its English so
# (`rules.measures`).
ABBREVIATED = r"mg|g|mcg|[µμu]g|kg|ml|l|iu|mmol|meq"
SPELT_OUT = r"(?:milli|micro|kilo)?grams?|milli?lit(?:er|re)s?|lit(?:er|re)s?"
# What may follow a unit: not a letter, a digit, an apostrophe or a hyphen, which would
# make it part of a word ("5 l'heure", "2 g-force").
ENDS = r"(?![\w'\u2019-])"

# The signs that stand after a number as its unit: Unicode's postfix numeric signs (line
# breaking class PO of UAX #14, which keeps them to a number written without a space:
# %, ‰, ‱, °, ℃, ℉, Arabic's percent and per mille signs, the full-width percent), and
# every currency sign ("20 €", "100 ₽").
_SIGNS = frozenset("%\u2030\u2031\u00b0\u2103\u2109\u066a\u0609\u060a\uff05\ufe6a")

# Measures of no dose, abbreviated ("24 lb", "8 oz", "5 cm", "120 mmHg", "18 pt"): the
# rule book reads them as it reads a dose's units, so that one written for another ("18
# mm" for "18 pt") is an error; a translation converting "24 lb" to "11 kg" changes its
# number, which the numbers check refuses too.
MEASURES = r"lbs?|oz|[cmk]m|mmhg|kcal|pt"
# What the line breaker keeps on a number's line besides: those measures, an hour's and a
# minute's ("4 h", "30 min"), which the rule book reads as spans and hours, and an hour's
# a.m. or p.m. ("5 pm"; a Navajo clinic's hours broke "5 / p.m.").
_OTHER_MEASURES = rf"{MEASURES}|h|min|[ap]\.m\.|[ap]m"
_ABBREVIATED_UNIT = re.compile(rf"(?i)(?:{ABBREVIATED}|{_OTHER_MEASURES}){ENDS}")


def is_unit_sign(character: str) -> bool:
    """Whether `character` is a sign that stands after a number as its unit."""
    return character in _SIGNS or unicodedata.category(character) == "Sc"


def starts_with_unit(text: str) -> bool:
    """Whether `text` starts with a unit of measure a typesetter keeps on the line of the
    number before it: a sign (`is_unit_sign`: "°C", "%", "€") or an abbreviated unit in
    Latin letters ("mg", "mL", "lb"; not one spelt out, "milligrams", a word like any
    other)."""
    return bool(text) and (is_unit_sign(text[0]) or _ABBREVIATED_UNIT.match(text) is not None)
