"""Text layout for every script: bidi levels, line breaking, shaping, paragraphs of lines.

Written here because ReportLab has no bidi (its rlbidi is not on PyPI), breaks
lines only at spaces, and extracts shaped glyphs as private-use characters;
the pieces come from libraries (python-bidi for UAX #9, ICU for UAX #14 and its
dictionaries, HarfBuzz for shaping) and this package puts them together, as
WeasyPrint's ``text`` package does with Pango.
"""
