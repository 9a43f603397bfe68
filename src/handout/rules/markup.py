"""Checks of a translation's Markdown: its links and addresses, placeholders, DOIs,
emphasis, entities and backslash escapes, and the Markdown a handout does not use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import abbreviate
from ..inline import inline_tokens, plain_text, segments, unclosed_emphasis, unsupported_markup
from .model import Entry, Level, Problem
from .shared import DOI

# A placeholder the tool fills ({page}, {phone}), kept as written in a translation. Here,
# not in the catalog, which reads it to flag its messages: the catalog uses the rule book.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")

__all__ = [
    "PLACEHOLDER",
    "addresses",
    "dois",
    "emphasis",
    "entities",
    "escapes",
    "links",
    "placeholders",
    "unlinked_addresses",
    "unsupported",
]


# A web or mail address as text: "https://...", "www....", "name@host.org".
_ADDRESS = re.compile(r"(?i)\bhttps?://\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# An HTML entity, which Markdown prints as the character it names (&amp; as &).
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")
# A backslash (not itself escaped) before ASCII punctuation, which Markdown prints
# without the backslash (CommonMark's escapes); but before a star or an underscore
# ('\\*' prints a star on purpose, not bold) or a backslash ('\\\\' prints one).
_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*(\\[!-)+-/:-@\[\]^`{-~])")


def links(entry: Entry) -> Iterator[Problem]:
    source = [target for target, _ in _links(entry.english)]
    translated = _links(entry.translation)
    targets = [target for target, _ in translated]
    for target in source:
        if target not in targets:
            check = "link-target" if len(translated) >= len(source) else "link-dropped"
            yield Problem(Level.ERROR, check, f"the link to {target} is missing or changed")
    for target, text in translated:
        if target not in source:
            if len(translated) > len(source):  # else a changed target, named above
                yield Problem(
                    Level.ERROR,
                    "link-added",
                    f"a link to {target}, which the English does not have",
                )
        elif not text.strip():
            yield Problem(
                Level.ERROR,
                "link-empty",
                f"the link to {target} has no text: it would be printed as nothing",
            )


def addresses(entry: Entry) -> Iterator[Problem]:
    """A web or mail address the translation prints (not as a link) that the English
    does not have: "Causas https://example.com" sent a reader somewhere the writer never
    named, where a link to it is refused (`link-added`)."""
    english = entry.english.casefold()
    for address in _ADDRESS.findall(plain_text(entry.translation)):
        bare = address.rstrip(".,;:!?)\u00bb\u201d\u2019").casefold()
        if bare.removeprefix("https://").removeprefix("http://") not in english:
            yield Problem(
                Level.ERROR,
                "address-added",
                f"the address {abbreviate(bare, 40)!r}, which the English does not have",
            )


def unlinked_addresses(markdown: str) -> list[str]:
    """The web and mail addresses `markdown` prints as text, not as a link ("read more at
    https://example.org"): the PDF shows them, but a reader of it cannot open them."""
    return [
        address.rstrip(".,;:!?)\u00bb\u201d\u2019")
        for segment in segments(markdown)
        if segment.link is None
        for address in _ADDRESS.findall(segment.text)
    ]


def placeholders(entry: Entry) -> Iterator[Problem]:
    wanted = PLACEHOLDER.findall(entry.english)
    same = sorted(wanted) == sorted(PLACEHOLDER.findall(entry.translation))
    # Other braces too: "{{page}}" holds {page}, and was printed "{1}".
    if not same or _braces(entry.translation) != _braces(entry.english):
        keep = (
            f"keep {' '.join(wanted)} as is, and no other braces"
            if wanted
            else "it has none: write no braces"
        )
        yield Problem(
            Level.ERROR, "placeholder", f"placeholders or braces differ from the English: {keep}"
        )


def dois(entry: Entry) -> Iterator[Problem]:
    for doi in DOI.findall(entry.english):
        if doi not in entry.translation:
            yield Problem(Level.ERROR, "doi", f"the DOI {doi} must be kept exactly")


def emphasis(entry: Entry) -> Iterator[Problem]:
    if unclosed_emphasis(entry.translation) > unclosed_emphasis(entry.english):
        yield Problem(
            Level.ERROR,
            "markup-unclosed",
            "a ** or * mark is not closed: it would be printed as it is",
        )
    elif _emphasis(entry.english) != _emphasis(entry.translation):
        yield Problem(Level.WARNING, "markup", "bold/emphasis marks (**) differ from the English")


def unsupported(entry: Entry) -> Iterator[Problem]:
    kind = unsupported_markup(entry.translation)
    if kind and kind != unsupported_markup(entry.english):
        yield Problem(
            Level.ERROR,
            "markup-unsupported",
            f"Markdown a handout does not use ({kind}): it would be printed as typed; "
            "use **bold** and [links](https://...) only",
        )


def entities(entry: Entry) -> Iterator[Problem]:
    found = sorted(
        entity
        for entity in set(_ENTITY.findall(entry.translation)) - set(_ENTITY.findall(entry.english))
        if plain_text(entity) != entity  # one Markdown knows
    )
    if found:
        shown = ", ".join(f"{entity} as {plain_text(entity)!r}" for entity in found)
        yield Problem(
            Level.WARNING,
            "entity",
            f"Markdown prints {shown}: write the character itself if that is not what you mean",
        )


def escapes(entry: Entry) -> Iterator[Problem]:
    found = sorted(set(_ESCAPE.findall(entry.translation)) - set(_ESCAPE.findall(entry.english)))
    if found:
        shown = ", ".join(f"{escape} as {escape[1]!r}" for escape in found)
        yield Problem(
            Level.WARNING,
            "escape",
            f"Markdown prints {shown}, without the backslash: write the character alone, "
            "or two backslashes to print one",
        )


def _links(markdown: str) -> list[tuple[str, str]]:
    """Each link's target and its text."""
    found: list[tuple[str, str]] = []
    inside: list[str] | None = None
    for token in inline_tokens(markdown):
        if token.type == "link_open":
            found.append((str(token.attrs.get("href")), ""))
            inside = []
        elif token.type == "link_close" and inside is not None:
            found[-1] = (found[-1][0], "".join(inside))
            inside = None
        elif inside is not None:
            inside.append(token.content)
    return found


def _braces(text: str) -> int:
    """How many braces `text` holds besides its placeholders'."""
    left = PLACEHOLDER.sub("", text)
    return left.count("{") + left.count("}")


def _emphasis(markdown: str) -> int:
    tokens = inline_tokens(markdown)
    return sum(1 for token in tokens if token.type in ("strong_open", "em_open"))
