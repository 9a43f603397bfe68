"""Translate: a handout's English blocks and a locale's catalog -> one `Document` per variant.

Every piece of text becomes a `Span` that knows its language and where it came
from (a catalog line, or the English source line). A message without a usable
translation (missing, fuzzy, or with placeholders that differ from the
English) is printed in English and counted as a fallback, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .catalog import (
    ABOUT_LABEL,
    DRAFT_NOTICE,
    INTERFACE_CONTEXT,
    PAGE_NUMBER,
    PART_CONTEXTS,
    PLACEHOLDER,
    SOURCE_LABEL,
    Translations,
)
from .locales import SOURCE_LOCALE, bcp47_tag
from .project import Variant
from .source import (
    SECTION_HEADINGS,
    BlockKind,
    Citation,
    Handout,
    Section,
    Text,
    fold_whitespace,
)

SOURCE_LANG = bcp47_tag(SOURCE_LOCALE)


@dataclass(frozen=True)
class Span:
    """A piece of text in one language (BCP 47 tag), inline Markdown, and its origin."""

    markdown: str
    lang: str
    path: Path | None
    line: int | None


@dataclass(frozen=True)
class DocBlock:
    kind: BlockKind
    spans: tuple[Span, ...]
    section: Section
    level: int
    ordered: bool


@dataclass(frozen=True)
class NoticeText:
    """A required notice: its translation (None in English, or when untranslated) and the
    English original, which is always printed."""

    translated: Span | None
    original: Span


@dataclass(frozen=True)
class Fallback:
    """A message printed in English because the catalog had no usable translation."""

    message_id: str
    context: str | None
    reason: str


@dataclass(frozen=True)
class Document:
    """Everything one PDF prints, in reading order, already in its language."""

    handout: str
    locale: str
    lang: str
    variant: Variant
    publisher: str
    title: Span
    blocks: tuple[DocBlock, ...]
    notices: tuple[NoticeText, ...]
    about_label: Span
    source_label: Span
    citation: Citation | None
    page_number: Span
    draft_notice: tuple[Span, ...]  # unreviewed translation: the line in its language, English
    fallbacks: tuple[Fallback, ...]


class _Translator:
    def __init__(self, handout: Handout, translations: Translations):
        self._handout = handout
        self._translations = translations
        self._lang = bcp47_tag(translations.locale)
        self.fallbacks: list[Fallback] = []

    @property
    def is_source(self) -> bool:
        return self._translations.locale == SOURCE_LOCALE

    def english(self, text: Text) -> Span:
        return Span(text.markdown, SOURCE_LANG, self._handout.path, text.line)

    def span(self, english: str, context: str | None, line: int | None) -> Span:
        source = Span(english, SOURCE_LANG, self._handout.path, line)
        if self.is_source:
            return source
        translated = self._translations.get(english, context)
        reason = None
        if translated is None:
            fuzzy = (english, context) in self._translations.fuzzy
            reason = "fuzzy" if fuzzy else "untranslated"
        elif sorted(PLACEHOLDER.findall(translated)) != sorted(PLACEHOLDER.findall(english)):
            reason = "placeholders differ from the English"
        if reason is not None:
            self.fallbacks.append(Fallback(english, context, reason))
            return source
        line_in_catalog = self._translations.lines.get((english, context))
        return Span(fold_whitespace(translated), self._lang, self._translations.path,
                    line_in_catalog)

    def text(self, text: Text, context: str | None) -> Span:
        return self.span(text.markdown, context, text.line)

    def interface(self, english: str) -> Span:
        return self.span(english, INTERFACE_CONTEXT, None)


def translate(handout: Handout, translations: Translations, variant: Variant) -> Document:
    """Build the document `variant` prints for the catalog's locale."""
    translator = _Translator(handout, translations)
    context = PART_CONTEXTS[variant.text]
    blocks = []
    for block in handout.part(variant.text):
        if block.kind is BlockKind.HEADING and not block.texts:
            spans: tuple[Span, ...] = (translator.interface(SECTION_HEADINGS[block.section]),)
        else:
            spans = tuple(translator.text(text, context) for text in block.texts)
        blocks.append(DocBlock(block.kind, spans, block.section, block.level, block.ordered))
    notices = []
    for notice in handout.notices:
        original = translator.english(notice.text)
        translated = None if translator.is_source else translator.text(notice.text, None)
        if translated is not None and translated.lang == SOURCE_LANG:
            translated = None  # untranslated: print the English once
        notices.append(NoticeText(translated, original))
    return Document(
        handout=handout.name,
        locale=translations.locale,
        lang=bcp47_tag(translations.locale),
        variant=variant,
        publisher=handout.publisher,
        title=translator.text(handout.title, None),
        blocks=tuple(blocks),
        notices=tuple(notices),
        about_label=translator.interface(ABOUT_LABEL.id),
        source_label=translator.interface(SOURCE_LABEL.id),
        citation=handout.citation,
        page_number=translator.interface(PAGE_NUMBER.id),
        draft_notice=_draft_notice(translator, translations),
        fallbacks=tuple(translator.fallbacks),
    )


def _draft_notice(translator: _Translator, translations: Translations) -> tuple[Span, ...]:
    """The 'not yet reviewed' line, in the document's language and in English."""
    if translations.reviewed:
        return ()
    local = translator.interface(DRAFT_NOTICE.id)
    english = Span(DRAFT_NOTICE.id, SOURCE_LANG, None, None)
    return (english,) if local.lang == SOURCE_LANG else (local, english)
