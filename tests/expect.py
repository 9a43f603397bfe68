"""What a reader must get from a PDF, derived from the source and the catalogs (read with
polib) as the README describes it, not by the code under test."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from conftest import _CONFIG, BILINGUAL, HANDOUT, handout_source, translations

from handout.inline import plain_text
from handout.source import SECTION_HEADINGS, BlockKind

PART = {name: row["text"] for name, row in _CONFIG["variants"].items()}
CONTEXT = {"full": "full text", "plain": "plain language"}
DRAFT = "This translation has not yet been reviewed by a qualified medical translator."
AVAILABILITY = _CONFIG.get("availability")
ORIGINALS = "Original English text of the notices"


def expected_blocks(project: Path, locale: str, variant: str) -> list[str]:
    """The text of every block a reader meets, in reading order."""
    return list(_expected_blocks(project, locale, variant, _version(project, locale)))


def _version(project: Path, locale: str) -> tuple[int, ...]:
    """When the inputs of `expected_blocks` last changed."""
    files = [project / "handouts" / f"{HANDOUT}.md", *project.glob(f"locales/{locale}/*/*.po")]
    return tuple(path.stat().st_mtime_ns for path in files)


@cache
def _expected_blocks(
    project: Path, locale: str, variant: str, version: tuple[int, ...]
) -> tuple[str, ...]:
    handout = handout_source(project)
    catalog = translations(project, locale) if locale != "en" else {}
    bilingual = variant in BILINGUAL

    def tr(english: str, context: str | None, pair: bool = True) -> list[str]:
        translated = catalog.get((english, context))
        shown = [plain_text(translated or english)]
        if bilingual and pair and translated:
            shown.append(plain_text(english))
        return shown

    part = PART[variant]
    blocks = tr(handout.title.markdown, None)
    if locale != "en":
        blocks += (
            [*tr(DRAFT, "interface", pair=False), DRAFT]
            if catalog.get((DRAFT, "interface"))
            else [DRAFT]
        )
    blocks += tr(AVAILABILITY, "interface")  # in both languages in a bilingual edition
    for block in handout.part(part):
        if block.kind is BlockKind.HEADING and not block.texts:
            blocks += tr(SECTION_HEADINGS[block.section], "interface")
        for text in block.texts:
            blocks += tr(text.markdown, CONTEXT[part])
    blocks += tr("About this handout", "interface", pair=False)
    translated_notices = [
        catalog[(notice.text.markdown, None)]
        for notice in handout.notices
        if (notice.text.markdown, None) in catalog
    ]
    blocks += [plain_text(notice) for notice in translated_notices] or [
        notice.text.markdown for notice in handout.notices
    ]
    blocks += tr("Source", "interface", pair=False)
    if handout.citation is not None:
        blocks.append(handout.citation.text)
    if translated_notices:
        blocks += tr(ORIGINALS, "interface", pair=False)
        if catalog.get((ORIGINALS, "interface")):
            blocks.append(ORIGINALS)
        blocks += [notice.text.markdown for notice in handout.notices]
    return tuple(blocks)


def assert_in_reading_order(text: str, blocks: list[str], normalise=None) -> None:
    from conftest import normalise as default

    fold = normalise or default
    position = 0
    for block in blocks:
        index = text.find(fold(block), position)
        assert index >= 0, f"not found (in order): {block!r}"
        position = index + len(fold(block))
