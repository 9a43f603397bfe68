"""What each extractor gives back of the built PDFs: a table per locale for the README.

For every locale: its script, the face that sets it, how its lines break, and for each of
pypdf, Poppler's pdftotext and PDFium the number of blocks (title, paragraphs, list items,
notices, ...) that come back exactly (canonically equivalent, spaces folded), in reading
order, over all its PDFs (in a bilingual PDF, each block whole); then, of its bilingual
PDF, the pairs (a block and its English) read pair by pair, in order: the translation,
then its English, each pair after the one before. pypdf must read every pair so (the
build's check holds it to that too): the run exits 1, naming the first pair it does not.
Run after `make pdfs`:  .venv/bin/python bench/readback.py [--write-readme]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from fontTools.unicodedata import script, script_name

from handout.build import document_for
from handout.document import Document
from handout.faces import font_chain
from handout.fonts import read_font_table
from handout.inline import plain_text
from handout.project import load_project

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from readings import normalise, pdfium_text, poppler_text, read_pypdf  # noqa: E402

EXTRACTORS = ("pypdf", "pdftotext", "PDFium")
MARKER = "<!-- readback table: written by bench/readback.py -->"
BREAKING = {
    "th": "ICU dictionary",
    "lo": "ICU dictionary",
    "km": "ICU dictionary",
    "my": "ICU dictionary",
    "ja": "ICU, strict kinsoku",
    "zh": "ICU, strict kinsoku",
    "ko": "ICU, between words",
}


def readings(path: Path) -> dict[str, str]:
    """Each extractor's normalised text of the PDF (`tests/readings.py`, as the tests
    read it)."""
    return {
        "pypdf": read_pypdf(path).text,
        "pdftotext": poppler_text(path),
        "PDFium": pdfium_text(path),
    }


def exact(text: str, blocks: list[str]) -> int:
    """How many blocks come back verbatim, each after the one before it."""
    found, position = 0, 0
    for block in blocks:
        index = text.find(block, position)
        if index >= 0:
            found += 1
            position = index + len(block)
    return found


def pairs_in_order(text: str, pairs: list[tuple[str, str]]) -> list[bool]:
    """For each pair (a translation, its English), whether it is read in order: the
    translation after the pair before it, its English after it. A PDF read column by
    column (every translation of a page, then every English) reads its first pair so."""
    read, position = [], 0
    for translation, english in pairs:
        start = text.find(translation, position)
        end = -1 if start < 0 else text.find(english, start + len(translation))
        read.append(end >= 0)
        if end >= 0:
            position = end + len(english)
    return read


def bilingual_pairs(document: Document) -> list[tuple[str, str]]:
    """Each passage printed beside its English, with it, normalised, in reading order."""
    return [
        (normalise(plain_text(passage.markdown)), normalise(plain_text(english.markdown)))
        for block in document.blocks
        for passage, english in block.pairs()
        if english is not None
    ]


def main() -> int:
    project = load_project(ROOT)
    fonts = read_font_table(project.fonts_dir)
    rows = []
    missed: list[str] = []  # the first pair of each bilingual PDF pypdf reads out of order
    for locale in ("en", *project.translated_locales()):
        counts: Counter[str] = Counter()
        paired: Counter[str] = Counter()
        total = pairs_total = 0
        letters: Counter[str] = Counter()
        for variant in project.variants:
            if variant.bilingual and locale == "en":
                continue
            path = project.pdf_path("calciphylaxis", locale, variant)
            document = document_for(project, "calciphylaxis", locale, variant.name)
            blocks = [normalise(plain_text(p.markdown)) for p in document.passages()]
            total += len(blocks)
            pairs = bilingual_pairs(document) if variant.bilingual else []
            pairs_total += len(pairs)
            for extractor, text in readings(path).items():
                if variant.bilingual:  # each block whole; their order: the pairs'
                    counts[extractor] += sum(block in text for block in blocks)
                    in_order = pairs_in_order(text, pairs)
                    paired[extractor] += sum(in_order)
                    if extractor == "pypdf" and not all(in_order):
                        missed.append(f"{path}: {pairs[in_order.index(False)]!r}")
                else:
                    counts[extractor] += exact(text, blocks)
            for block in blocks:
                letters.update(script(c) for c in block if c.isalpha())
        main_script = (
            next((s for s, _ in letters.most_common() if s != "Latn"), "Latn")
            if locale != "en"
            else "Latn"
        )
        if letters[main_script] < letters["Latn"] / 3:
            main_script = "Latn"
        texts = [
            p.markdown
            for variant in project.variants
            if not (variant.bilingual and locale == "en")
            for p in document_for(project, "calciphylaxis", locale, variant.name).passages()
        ]
        pins = dict(font_chain(fonts, locale).pinned(texts).pins)
        face = pins[main_script].name if main_script in pins else "-"
        language = project.locale(locale).name
        breaking = BREAKING.get(locale.split("_")[0], "UAX #14 at spaces")
        rows.append(
            f"| {locale} | {language} | {script_name(main_script)} | {face} | "
            f"{breaking} | "
            + " | ".join(f"{counts[e]}/{total}" for e in EXTRACTORS)
            + " | "
            + (
                " / ".join(str(paired[e]) for e in EXTRACTORS) + f" of {pairs_total}"
                if pairs_total
                else "-"
            )
            + " |"
        )
    table = "\n".join(
        [
            "| locale | language | script | face | line breaking | pypdf | pdftotext | PDFium "
            "| bilingual pairs in order (pypdf / pdftotext / PDFium) |",
            "|---|---|---|---|---|---|---|---|---|",
            *rows,
        ]
    )
    print(table)
    if "--write-readme" in sys.argv:
        readme = ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        start = text.index(MARKER) + len(MARKER)
        end = text.find("\n\n", start + 1)
        rest = text[end:] if text[start:].lstrip().startswith("|") else text[start:]
        readme.write_text(text[:start] + "\n\n" + table + rest, encoding="utf-8")
    for line in missed:
        print(f"error: pypdf reads a bilingual pair out of order: {line}", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
