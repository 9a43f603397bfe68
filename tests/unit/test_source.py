"""Unit tests of the source format: metadata checked key by key, with the line it is on."""

from __future__ import annotations

from pathlib import Path

import pytest

from handout.errors import SourceError
from handout.source import read_handout

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
