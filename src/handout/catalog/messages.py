"""Messages: what a translator translates, with the notes that say what each entry is.

Two kinds of catalog hold them. A handout's catalog
(``locales/<locale>/LC_MESSAGES/<handout>.po``) holds its own text: title,
the full text (context "full text"), the plain-language text ("plain
language") and the publisher's notices. The interface catalog
(``interface.po``, one per locale) holds what every handout prints: labels
such as "Page {page} of {pages}" and the project's own sentences from
handout.toml, such as the clinic's hours (all in context "interface"), so each
is translated once for the whole library.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..project import Project, TextPart
from ..rules.markup import PLACEHOLDER
from ..source import SECTION_HEADINGS, BlockKind, Handout, Section
from .reading import INTERFACE_CONTEXT

PART_CONTEXTS = {TextPart.FULL: "full text", TextPart.PLAIN: "plain language"}
NOTICE_MARK = "legal notice:"  # how a notice's entry is known in a catalog
NOTICE_NOTE = (
    f"{NOTICE_MARK} translate faithfully, keep the meaning exact; the English "
    "original is printed beside the translation"
)
BRACE_FORMAT = "python-brace-format"


def marks_a_notice(comment: str | None) -> bool:
    """Whether an entry's extracted comment marks it as a notice's (`NOTICE_MARK`): how a
    catalog read without its source knows one."""
    return NOTICE_MARK in (comment or "")


@dataclass(frozen=True)
class Message:
    """One entry of a template."""

    id: str
    context: str | None
    locations: tuple[tuple[str, int], ...] = ()
    notes: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()


def _interface(id: str, note: str) -> Message:
    flags = (BRACE_FORMAT,) if PLACEHOLDER.search(id) else ()
    return Message(id, INTERFACE_CONTEXT, (), (f"interface: {note}",), flags)


PAGE_NUMBER = _interface(
    "Page {page} of {pages}", "page footer; keep {page} and {pages} exactly as they are"
)
SOURCE_LABEL = _interface("Source", "heading above the citation of the original article")
DRAFT_NOTICE = _interface(
    "This translation has not yet been reviewed by a qualified medical translator.",
    "printed on page 1 of a PDF whose catalog is not yet reviewed (X-Review-Status header)",
)
ABOUT_LABEL = _interface("About this handout", "heading above the publisher's notices at the end")
ADAPTED = _interface(
    "This plain-language text is based on the original named under Source below. The "
    "publisher of the original did not write or review it.",
    "printed above the publisher's notices in plain-language PDFs: the plain text is "
    "the project's own rewrite, which the notices that follow must not seem to cover",
)
ORIGINALS_LABEL = _interface(
    "Original English text of the notices",
    "label above the publisher's notices in English, printed after their translation",
)
REVISED = _interface(
    "Revised {date}",
    "page footer: when the English handout was last changed (updated, not checked: "
    "never the word for 'reviewed', which an unreviewed translation's first page would "
    "contradict); keep {date} as it is (the date is written the way your language "
    "writes dates)",
)
DOCUMENT_ID = _interface(
    "Document {id}", "page footer: the clinic's number for this handout; keep {id} as it is"
)
TRANSLATION_REVIEWED = _interface(
    "Translation reviewed {date}",
    "page footer of a reviewed translation: the date of the "
    "catalog's last revision; keep {date} as it is",
)
CALL_US = _interface(
    "Questions? Call {phone}",
    "the clinic's box on page 1; keep {phone} as it is (the clinic's phone number)",
)
SECTION_LABELS = {
    Section.KEY_POINTS: _interface(
        SECTION_HEADINGS[Section.KEY_POINTS],
        "heading of the boxed list of key points (plain language)",
    ),
    Section.GLOSSARY: _interface(
        SECTION_HEADINGS[Section.GLOSSARY],
        "heading of the list of medical words and their meanings (plain language)",
    ),
    Section.QUESTIONS: _interface(
        SECTION_HEADINGS[Section.QUESTIONS],
        "heading of a list of "
        "questions, each with a box to tick, that the patient may "
        "ask the doctors and nurses",
    ),
    Section.NOTES: _interface(
        SECTION_HEADINGS[Section.NOTES], "heading above ruled lines where the patient writes notes"
    ),
}
INTERFACE_MESSAGES = (
    PAGE_NUMBER,
    *SECTION_LABELS.values(),
    SOURCE_LABEL,
    ABOUT_LABEL,
    ADAPTED,
    ORIGINALS_LABEL,
    DRAFT_NOTICE,
    REVISED,
    DOCUMENT_ID,
    TRANSLATION_REVIEWED,
    CALL_US,
)

_BLOCK_NOTES = {
    (BlockKind.HEADING, Section.BODY): "section heading",
    (BlockKind.PARAGRAPH, Section.BODY): "paragraph",
    (BlockKind.PARAGRAPH, Section.KEY_POINTS): "paragraph in the key points box",
    (BlockKind.PARAGRAPH, Section.GLOSSARY): "paragraph in 'Words to know'",
    (BlockKind.LIST, Section.BODY): "list item",
    (BlockKind.LIST, Section.KEY_POINTS): "key point (list item in a box)",
    (BlockKind.LIST, Section.GLOSSARY): (
        "glossary entry: translate the term between ** ** and keep the ** marks, then the meaning"
    ),
    (BlockKind.LIST, Section.QUESTIONS): (
        "a question the patient may ask the care team (printed with a box to tick)"
    ),
}


def handout_messages(handout: Handout, project: Project) -> tuple[Message, ...]:
    """Every message of a handout's own text, in reading order, with notes."""
    source = project.relative(handout.path).as_posix()
    messages = [
        Message(
            handout.title.markdown,
            None,
            ((source, handout.title.line),),
            ("document title: first line of every PDF and its metadata title",),
        )
    ]
    for part, context in PART_CONTEXTS.items():
        used_by = [variant.name for variant in project.variants if variant.part is part]
        if not used_by:
            continue
        printed_in = f"printed in: {', '.join(used_by)}"
        for block in handout.part(part):
            note = _BLOCK_NOTES.get((block.kind, block.section), block.kind.value)
            for text in block.texts:
                placeholders = PLACEHOLDER.findall(text.markdown)
                keep: tuple[str, ...] = (
                    (f"keep {' '.join(placeholders)} exactly as written",) if placeholders else ()
                )
                drugs = [
                    name for name in handout.drug_names if name.lower() in text.markdown.lower()
                ]
                if drugs:
                    keep += (
                        f"drug names ({', '.join(drugs)}): do not translate them; "
                        "write them in your script only where it must",
                    )
                messages.append(
                    Message(
                        text.markdown,
                        context,
                        ((source, text.line),),
                        (note, printed_in, *keep),
                        (BRACE_FORMAT,) if placeholders else (),
                    )
                )
    messages += [
        Message(
            notice.text.markdown,
            None,
            ((source, notice.text.line),),
            (f"{NOTICE_NOTE} ({notice.key})",),
        )
        for notice in handout.notices
    ]
    return tuple(messages)


def project_messages(project: Project) -> tuple[Message, ...]:
    """The interface labels and the project's own sentences (handout.toml)."""
    config = project.relative(project.config_path).as_posix()
    lines = project.setting_lines  # 0: not written there (the default), no line named
    own = [
        Message(
            project.availability,
            INTERFACE_CONTEXT,
            ((config, lines.get("availability", 0)),),
            (
                "project: printed on page 1 of every PDF: tells the patient that other "
                "formats and languages can be had",
            ),
        )
    ]
    clinic = project.clinic
    if clinic is not None and clinic.hours:
        own.append(
            Message(
                clinic.hours,
                INTERFACE_CONTEXT,
                ((config, lines.get("clinic.hours", 0)),),
                ("project: the clinic's opening hours, in its box on page 1",),
            )
        )
    if clinic is not None and clinic.logo_alt:
        own.append(
            Message(
                clinic.logo_alt,
                INTERFACE_CONTEXT,
                ((config, lines.get("clinic.logo_alt", 0)),),
                (
                    "project: what the clinic's logo shows, read aloud by screen "
                    "readers in place of the picture",
                ),
            )
        )
    own += [
        Message(
            variant.description,
            INTERFACE_CONTEXT,
            ((config, lines.get(f"variants.{variant.name}.description", 0)),),
            (
                f"project: what the {variant.name} PDFs are (their description in the "
                "PDF's metadata)",
            ),
        )
        for variant in project.variants
        if variant.description
    ]
    return (*INTERFACE_MESSAGES, *own)
