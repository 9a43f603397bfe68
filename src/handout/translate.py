"""Translate: a handout, a locale's translations and a variant -> the `Document` to print.

Every piece of text becomes a `Passage` that knows its language and where it
came from. A message without a usable translation (missing, fuzzy, or one the
rule book calls an error: a link dropped, a placeholder or DOI changed, bold
left open) is printed in English, tagged English, and recorded as a fallback
naming its catalog line; never dropped. A publisher's notice whose translation
has such an error fails the PDF instead (printing the English twice would hide
the fault).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from . import rules
from .catalog import PrintingJudge, Translation, Translations
from .catalog.messages import (
    ABOUT_LABEL,
    ADAPTED,
    CALL_US,
    DOCUMENT_ID,
    DRAFT_NOTICE,
    ORIGINALS_LABEL,
    PAGE_NUMBER,
    PART_CONTEXTS,
    REVISED,
    SECTION_LABELS,
    SOURCE_LABEL,
    TRANSLATION_REVIEWED,
    Message,
)
from .catalog.reading import INTERFACE_CONTEXT
from .document import Block, Document, Fallback, Figure, Passage, PrintedText, Role
from .errors import CheckError
from .locales import SOURCE_LOCALE, LocaleInfo, long_date
from .project import Clinic, Project, TextPart, Variant
from .source import BlockKind, Citation, Handout, Section, Text, fold_whitespace

SOURCE_LANG = SOURCE_LOCALE  # the BCP 47 tag of the sources' language
# The CJK compatibility ideographs: NFC would replace each by its unified twin, which
# Korean and Japanese fonts draw differently (the reason they were written).
_COMPATIBILITY_IDEOGRAPHS = re.compile("([\uf900-\ufaff\U0002f800-\U0002fa1f])")
_ROLES = {
    BlockKind.HEADING: Role.HEADING,
    BlockKind.PARAGRAPH: Role.PARAGRAPH,
    BlockKind.LIST: Role.LIST,
}


@dataclass
class _Translator:
    handout: Handout
    translations: Translations
    locale: LocaleInfo
    fallbacks: list[Fallback] = field(default_factory=list)

    @cached_property
    def judge(self) -> PrintingJudge:
        return PrintingJudge(self.translations)

    @property
    def is_source(self) -> bool:
        return self.translations.is_source

    def english(self, markdown: str, line: int | None = None, path: Path | None = None) -> Passage:
        """The English `markdown` written at `line` of `path` (the handout's source unless
        named: handout.toml); without a line, text handout writes itself."""
        where = path or self.handout.path
        return Passage(composed(markdown), SOURCE_LANG, where if line else None, line)

    def translated(self, found: Translation) -> Passage:
        return Passage(
            composed(fold_whitespace(found.text)), self.locale.tag, found.path, found.line
        )

    def passage(
        self, english: str, context: str | None, line: int | None, path: Path | None = None
    ) -> Passage:
        """The translation of `english` (written at `line` of `path`, as `english` takes
        them), or the English with the reason recorded."""
        source = self.english(english, line, path)
        if self.is_source:
            return source
        printing = self.judge.judge((english, context), notice=False)
        if printing.found is None:  # fuzzy or untranslated
            self.fallbacks.append(Fallback(english, context, (), None, printing.printed))
            return source
        if printing.errors:
            self.fallbacks.append(
                Fallback(
                    english,
                    context,
                    printing.errors,
                    printing.found,
                    printing.printed,
                )
            )
            return source
        return self.translated(printing.found)

    def text(self, text: Text, context: str | None) -> Passage:
        return self.passage(text.markdown, context, text.line)

    def label(self, message: Message) -> Passage:
        return self.passage(message.id, INTERFACE_CONTEXT, None)

    def notice(self, text: Text) -> Passage | None:
        """A notice's translation; None when it has none (the English is printed anyway);
        CheckError when its translation breaks a rule."""
        if self.is_source:
            return None
        printing = self.judge.judge((text.markdown, None), notice=True)
        if printing.found is None:
            self.fallbacks.append(Fallback(text.markdown, None, (), None, printing.printed))
            return None
        if printing.errors:
            raise CheckError(
                f"a notice's translation cannot be printed: {rules.refusal(printing.errors)}",
                printing.found.path,
                printing.found.line,
            )
        return self.translated(printing.found)

    @contextmanager
    def keeping_problems(self) -> Iterator[None]:
        """Keep in the user cache the problems found in the catalogs' entries, at the end,
        also when a notice's error fails the PDF."""
        try:
            yield
        finally:
            self.judge.keep()

    def with_english(self, passage: Passage, english: Passage, bilingual: bool) -> Passage | None:
        """The English to print beside `passage`, in a bilingual document."""
        return english if bilingual and passage.lang != SOURCE_LANG else None


def composed(text: str) -> str:
    """`text` in Unicode's composed form (NFC), as the W3C's character model asks of text
    to be read and searched, the CJK compatibility ideographs kept as written. The same
    text to a reader: but a keyboard that types a tone mark after its letter (Windows'
    Vietnamese layout, some Yoruba ones) writes it decomposed, and a PDF's search for
    the composed word then finds nothing, and the extractors gave it back half composed
    (HarfBuzz draws many letter and mark pairs as one glyph)."""
    if unicodedata.is_normalized("NFC", text):
        return text
    pieces = _COMPATIBILITY_IDEOGRAPHS.split(text)
    return "".join(
        piece if kept else unicodedata.normalize("NFC", piece)
        for piece, kept in zip(pieces, itertools.cycle((False, True)), strict=False)
    )


def translate(
    handout: Handout,
    translations: Translations,
    variant: Variant,
    project: Project,
    locale: LocaleInfo,
) -> Document:
    """Build the document `variant` prints for the translations' locale."""
    translator = _Translator(handout, translations, locale)
    with translator.keeping_problems():
        footer = _footer(translator, handout, translations)
        blocks = [
            *_front(translator, handout, project, variant),
            *_identity(footer),
            *_body(translator, handout, variant),
            *_notices(translator, handout, variant),
            *_source(translator, handout.citation, variant.bilingual),
            *_originals(translator, handout),
        ]
        notices = [
            passage for block in blocks if block.role is Role.NOTICE for passage in block.passages
        ]
        description = f"variants.{variant.name}.description"
        subject = (
            _setting(translator, project, description, variant.description)
            if variant.description
            else translator.text(handout.title, None)
        )
        return Document(
            handout=handout.name,
            locale=locale.code,
            lang=locale.tag,
            rtl=locale.rtl,
            variant=variant,
            publisher=handout.publisher,
            title=blocks[0].passages[0],
            blocks=tuple(blocks),
            footer=footer,
            page_number=translator.label(PAGE_NUMBER),
            subject=subject,
            doi=handout.citation.doi if handout.citation else None,
            notices=tuple(notices),
            fallbacks=tuple(translator.fallbacks),
            document_id=handout.document_id,
            revised=handout.revised,
            series=handout.series,
            section_editor=handout.section_editor,
            typed=(
                (PrintedText(handout.document_id, handout.path, handout.document_id_line, False),)
                if handout.document_id
                else ()
            ),
        )


def _front(
    translator: _Translator, handout: Handout, project: Project, variant: Variant
) -> list[Block]:
    title = translator.text(handout.title, None)
    english_title = translator.english(handout.title.markdown, handout.title.line)
    blocks = [
        Block(
            Role.TITLE,
            Section.FRONT,
            (title,),
            level=1,
            english=(translator.with_english(title, english_title, variant.bilingual),),
        )
    ]
    if not translator.translations.reviewed:
        local = translator.label(DRAFT_NOTICE)
        english = translator.english(DRAFT_NOTICE.id)
        blocks.append(
            Block(
                Role.DRAFT_NOTICE,
                Section.FRONT,
                (local,),
                english=(english if local.lang != SOURCE_LANG else None,),
            )
        )
    if project.clinic is not None:
        blocks.append(_clinic(translator, project, project.clinic))
    availability = _setting(translator, project, "availability", project.availability)
    blocks.append(
        Block(
            Role.AVAILABILITY,
            Section.FRONT,
            (availability,),
            english=(  # a bilingual edition says it in both languages, as every block
                translator.with_english(
                    availability, translator.english(project.availability), variant.bilingual
                ),
            ),
        )
    )
    return blocks


def _identity(footer: tuple[Passage, ...]) -> list[Block]:
    """The document ID and dates, also in the text on page 1 (the footer that repeats them
    on every page is page furniture, which extractors and screen readers skip)."""
    return [Block(Role.PARAGRAPH, Section.FRONT, footer)] if footer else []


def _clinic(translator: _Translator, project: Project, clinic: Clinic) -> Block:
    """The clinic's name, phone (a tel: link), address, hours and website (a link)."""
    passages = [_as_typed(translator, project, "clinic.name", _escape(clinic.name))]
    if clinic.phone and clinic.dial:
        call = translator.label(CALL_US)
        link = f"[{_escape(clinic.phone)}]({clinic.dial})"
        passages.append(
            Passage(call.markdown.replace("{phone}", link), call.lang, call.path, call.line)
        )
    if clinic.address:
        passages.append(_as_typed(translator, project, "clinic.address", _escape(clinic.address)))
    if clinic.hours:
        passages.append(_setting(translator, project, "clinic.hours", clinic.hours))
    if clinic.website:
        website = _escape(clinic.website)  # a backslash escape holds in the address too
        passages.append(_as_typed(translator, project, "clinic.website", f"[{website}]({website})"))
    figure = None
    if clinic.logo is not None and clinic.logo_alt:
        figure = Figure(
            clinic.logo, _setting(translator, project, "clinic.logo_alt", clinic.logo_alt)
        )
    return Block(Role.CLINIC, Section.FRONT, tuple(passages), figure=figure)


def _as_typed(translator: _Translator, project: Project, key: str, markdown: str) -> Passage:
    """A setting of handout.toml printed as typed (the clinic's name), named at its line
    there where its letters have no font, as a source's text is at its own."""
    return translator.english(markdown, project.setting_lines.get(key), project.config_path)


def _setting(translator: _Translator, project: Project, key: str, english: str) -> Passage:
    """A sentence of handout.toml, translated in the interface catalog (the clinic's
    hours): in English, named at its line there, as `_as_typed`."""
    line = project.setting_lines.get(key)
    return translator.passage(english, INTERFACE_CONTEXT, line, project.config_path)


def _body(translator: _Translator, handout: Handout, variant: Variant) -> list[Block]:
    context = PART_CONTEXTS[variant.part]
    blocks = []
    for block in handout.part(variant.part):
        if block.kind is BlockKind.HEADING and not block.texts:
            label = SECTION_LABELS[block.section]
            pairs = [(translator.label(label), translator.english(label.id))]
        else:
            pairs = [
                (translator.text(text, context), translator.english(text.markdown, text.line))
                for text in block.texts
            ]
        role = Role.NOTES if block.section is Section.NOTES else _ROLES[block.kind]
        blocks.append(
            Block(
                role,
                block.section,
                tuple(p for p, _ in pairs),
                block.level,
                block.numbered_from,
                tuple(translator.with_english(p, e, variant.bilingual) for p, e in pairs),
            )
        )
    return blocks


def _notices(translator: _Translator, handout: Handout, variant: Variant) -> list[Block]:
    """The notices in the document's language (in English for an English document, or
    where a notice has no translation); in a plain-language PDF of a handout that names
    its original (`citation`, printed under "Source"), after a line saying the text is
    not that publisher's (the notices' "this page" must not seem to vouch for a rewrite
    the publisher never saw). A handout that names none is its own publisher's."""
    if not handout.notices:
        return []
    bilingual = variant.bilingual
    blocks = [_label_block(translator, Role.HEADING, Section.NOTICES, ABOUT_LABEL, bilingual)]
    if variant.part is TextPart.PLAIN and handout.citation is not None:
        blocks.append(_label_block(translator, Role.PARAGRAPH, Section.NOTICES, ADAPTED, bilingual))
    for notice in handout.notices:
        passage = translator.notice(notice.text)
        if passage is None and (
            translator.is_source or not _translated_notices(translator, handout)
        ):
            passage = translator.english(notice.text.markdown, notice.text.line)
        if passage is not None:
            blocks.append(Block(Role.NOTICE, Section.NOTICES, (passage,)))
    return blocks


def _translated_notices(translator: _Translator, handout: Handout) -> bool:
    return not translator.is_source and any(
        translator.translations.get((notice.text.markdown, None)) for notice in handout.notices
    )


def _originals(translator: _Translator, handout: Handout) -> list[Block]:
    """The English originals of translated notices, together and labelled, last: one
    language after the other reads better aloud, and keeps a right-to-left text from
    following left-to-right text."""
    if not _translated_notices(translator, handout):
        return []
    label = translator.label(ORIGINALS_LABEL)
    english = translator.english(ORIGINALS_LABEL.id)
    blocks = [
        Block(
            Role.LABEL,
            Section.ORIGINALS,
            (label,),
            english=(english if label.lang != SOURCE_LANG else None,),
        )
    ]
    blocks += [
        Block(
            Role.NOTICE,
            Section.ORIGINALS,
            (translator.english(notice.text.markdown, notice.text.line),),
        )
        for notice in handout.notices
    ]
    return blocks


def _label_block(
    translator: _Translator, role: Role, section: Section, message: Message, bilingual: bool
) -> Block:
    """A block of one label of the interface (a heading of the end matter is of level 2),
    with its English beside it in a bilingual document: there "About this handout",
    "Source" and the line saying the text is not the publisher's stood in the translation
    alone, and a reader of the English never learnt the publisher did not review it."""
    label = translator.label(message)
    english = translator.with_english(label, translator.english(message.id), bilingual)
    level = 2 if role is Role.HEADING else 0
    return Block(role, section, (label,), level=level, english=(english,))


def _source(translator: _Translator, citation: Citation | None, bilingual: bool) -> list[Block]:
    """The citation line as printed, its DOI a link to doi.org."""
    if citation is None:
        return []
    if citation.doi is None:
        markdown = _escape(citation.text)
    else:
        before, _, after = citation.text.partition(citation.doi)
        markdown = f"{_escape(before)}[{_escape(citation.doi)}]({citation.doi_url}){_escape(after)}"
    return [
        _label_block(translator, Role.HEADING, Section.SOURCE, SOURCE_LABEL, bilingual),
        Block(Role.CITATION, Section.SOURCE, (translator.english(markdown, citation.line),)),
    ]


def _footer(
    translator: _Translator, handout: Handout, translations: Translations
) -> tuple[Passage, ...]:
    """Under the page number: the document ID, the revision date and, for a reviewed
    translation, the date of its review; in English where no label of it is translated."""
    parts: list[Passage] = []
    if handout.document_id:
        label = translator.label(DOCUMENT_ID)
        parts.append(
            replace(label, markdown=label.markdown.replace("{id}", _escape(handout.document_id)))
        )
    dates: list[Passage] = []
    if handout.revised:
        dates.append(_dated(translator, REVISED, handout.revised))
    handout_catalog = translations.handout
    if (
        not translator.is_source
        and translations.reviewed
        and handout_catalog is not None
        and handout_catalog.revised
    ):
        dates.append(_dated(translator, TRANSLATION_REVIEWED, handout_catalog.revised))
    parts += dates
    if not parts:
        return ()
    english = all(part.lang == SOURCE_LANG for part in parts)
    lang = SOURCE_LANG if english else translator.locale.tag
    # Named, where its letters have no font, at the translated date label that made handout
    # write the date in the language (CLDR's month), not at the handout's catalog.
    dated = next((part for part in dates if part.lang != SOURCE_LANG and part.path), None)
    where = (dated.path, dated.line) if dated else (None, None)
    return (Passage(" · ".join(part.markdown for part in parts), lang, *where),)


def _dated(translator: _Translator, message: Message, iso: str) -> Passage:
    """A date label with its date, written in the language the label is printed in: a
    label left untranslated is printed in English, and so is its date ("Revised
    4 ديسمبر 2026" mixed two languages, and right to left came apart)."""
    label = translator.label(message)
    code = translator.locale.code if label.lang != SOURCE_LANG else SOURCE_LOCALE
    return replace(label, markdown=label.markdown.replace("{date}", long_date(iso, code)))


def _escape(text: str) -> str:
    """Text to be shown as it is inside inline Markdown."""
    return "".join(f"\\{c}" if c in "\\`*_{}[]()<>#+!|&" else c for c in text)
