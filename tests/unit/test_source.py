"""Unit tests of the source format: metadata checked key by key, with the line it is on;
the cached verdict that a source parses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import handout.source
from handout.errors import SourceError
from handout.source import checked_source, read_handout

BODY = "\n# Full text\n\nA paragraph.\n\n# Plain language\n\nA short one.\n"


def _source(tmp_path: Path, header: str) -> Path:
    path = tmp_path / "leaflet.md"
    path.write_text(f"+++\n{header}\n+++\n{BODY}", encoding="utf-8")
    return path


def test_a_clinic_handout_needs_no_citation_and_no_notices(tmp_path: Path):
    handout = read_handout(
        _source(
            tmp_path,
            'title = "Hand washing"\npublisher = "A clinic"\nid = "GEN-002"\nrevised = 2026-11-30',
        )
    )
    assert handout.citation is None and handout.notices == ()
    assert (handout.document_id, handout.revised) == ("GEN-002", "2026-11-30")


@pytest.mark.parametrize(
    ("header", "line", "words"),
    [
        ('title = "T"\npublisher = "P"\n[citation]\ntext = "x"\ndoi = "none"', 6, "is not a DOI"),
        (
            'title = "T"\npublisher = "P"\n[citation]\ntext = "x"\ndoi = "10.1000/abc"',
            5,
            "must contain the DOI",
        ),
        ('title = "T"\npublisher = "P"\nrevised = "2026-01-01"', 4, "must be a date"),
        ('title = "T"\npublisher = "P"\nrevison = 2026-01-01', 4, "unknown metadata key"),
        ('title = "T"', 1, "needs publisher"),
        ('title = "T"\npublisher = "P"\n[notices]\na = ""', 5, "non-empty"),
    ],
)
def test_a_bad_key_is_named_with_its_line(tmp_path: Path, header: str, line: int, words: str):
    with pytest.raises(SourceError) as error:
        read_handout(_source(tmp_path, header))
    assert error.value.line == line, error.value
    assert words in error.value.message


def test_a_source_is_parsed_once_per_version_and_a_bad_one_each_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The verdict that a source parses is kept by its bytes: the same bytes are not
    parsed again (a parser that fails shows it), an edit is, and a source with an error
    is refused each time, never cached."""
    monkeypatch.setenv("HANDOUT_CACHE_DIR", str(tmp_path / "cache"))
    path = _source(tmp_path, 'title = "T"\npublisher = "P"')
    assert checked_source(path) == path.read_bytes()
    real = handout.source._parse

    def failing(data: bytes, source: Path) -> handout.source.Handout:
        raise SourceError("parsed again", source)

    monkeypatch.setattr(handout.source, "_parse", failing)
    assert checked_source(path) == path.read_bytes()  # from the cache: not parsed
    path.write_text(path.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    with pytest.raises(SourceError, match="parsed again"):
        checked_source(path)  # an edit is parsed
    monkeypatch.setattr(handout.source, "_parse", real)
    bad = _source(tmp_path, 'title = "T"')  # no publisher
    for _ in range(2):
        with pytest.raises(SourceError, match="publisher"):
            checked_source(bad)
    assert len(list((tmp_path / "cache" / "sources").iterdir())) == 1


@pytest.mark.parametrize(
    ("headings", "refused"),
    [
        (["## Causes", "### In the skin"], None),
        (["## Causes", "### In the skin", "## Symptoms"], None),
        (["### In the skin"], "a level-3 heading ('###') follows a level-1 one: use '##'"),
        (["## Causes", "#### Deep"], "a level-4 heading ('####') follows a level-2 one: use '###'"),
    ],
)
def test_a_heading_goes_at_most_one_level_below_the_one_before(
    headings: list[str], refused: str | None
):
    from handout.source.body import parse_body

    lines = ["# Full text", ""]
    for heading in headings:
        lines += [heading, "", "Some text.", ""]
    lines += ["# Plain language", "", "Some text."]
    if refused is None:
        parse_body(lines, 1, Path("h.md"))
    else:
        with pytest.raises(SourceError, match=rf"^h\.md:\d+: {re.escape(refused)}"):
            parse_body(lines, 1, Path("h.md"))


@pytest.mark.parametrize(
    ("written", "message", "printed"),
    [
        (["Line one\\", "line two."], "Line one line two.", "Line one line two."),  # hard break
        (["Line one  ", "line two."], "Line one line two.", "Line one line two."),  # the other
        (["Line one\\\\", "line two."], "Line one\\\\ line two.", "Line one\\ line two."),
        (["Do \\~~ twice."], "Do \\~~ twice.", "Do ~~ twice."),  # escaped tildes
    ],
)
def test_a_paragraph_becomes_the_message_a_catalog_carries(
    written: list[str], message: str, printed: str
):
    from handout.inline import plain_text
    from handout.source.body import parse_body

    lines = ["# Full text", "", *written, "", "# Plain language", "", "Some text."]
    text = parse_body(lines, 1, Path("h.md"))["full"][0].texts[0].markdown
    assert (text, plain_text(text)) == (message, printed)


def test_a_source_saved_with_a_byte_order_mark_is_read(tmp_path: Path):
    """Windows' Notepad saves UTF-8 with a byte-order mark: such a source was refused as
    not starting with its '+++' header, which it does."""
    path = _source(tmp_path, 'title = "Hand washing"\npublisher = "A clinic"')
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert read_handout(path).title.markdown == "Hand washing"


def test_settings_saved_with_a_byte_order_mark_are_read(tmp_path: Path):
    """handout.toml saved by Windows' Notepad (a byte-order mark first) was 'not valid
    TOML' at line 1."""
    from handout.project import load_project

    settings = Path(__file__).parents[2] / "handout.toml"
    (tmp_path / "handout.toml").write_bytes(b"\xef\xbb\xbf" + settings.read_bytes())
    assert load_project(tmp_path).variants


@pytest.mark.parametrize(
    ("items", "line"),
    [
        (["- Rest.", "  - Lie down."], 4),  # a nested list: at its item
        (["1. Rest.", "   1. Lie down."], 4),
        (["- Rest.", "- Drink.", "  - Water.", "    - Cold."], 5),  # the first nested
        (["- Rest, and", "  lie down.", "  - On your back."], 5),  # below a wrapped item
        (["- Rest.", "", "  Lie down."], 5),  # a second paragraph: at it
        (["- Rest.", "", "      lie_down()"], 5),  # a code block in the item
    ],
)
def test_a_block_inside_a_list_item_is_named_at_its_own_line(items: list[str], line: int):
    """A nested list item (or another block inside an item) was named at the line of the
    item holding it: the writer looked for it there."""
    from handout.source.body import parse_body

    lines = ["# Full text", "", *items, "", "# Plain language", "", "Some text."]
    with pytest.raises(SourceError, match=rf"^h\.md:{line}: nested lists and multi-paragraph"):
        parse_body(lines, 1, Path("h.md"))
