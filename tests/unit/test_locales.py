"""Unit tests of locales: dates as each locale writes them, kept in the user cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from handout import locales
from handout.locales import long_date


def test_a_date_is_written_as_the_locale_writes_it_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("HANDOUT_CACHE_DIR", str(tmp_path / "cache"))
    written = {
        ("2024-03-07", "en"): "March 7, 2024",
        ("2024-03-07", "es"): "7 de marzo de 2024",
        ("2024-03-07", "hmn"): "2024-03-07",  # a locale CLDR lacks: as given
        ("March 7", "es"): "March 7",  # not ISO 8601: as given
    }
    for (iso, code), expected in written.items():
        assert long_date(iso, code) == expected
    entries = sorted((tmp_path / "cache" / "dates").iterdir())
    assert len(entries) == len(written)

    def failing(iso: str, code: str) -> str:
        raise AssertionError(f"{iso} in {code} formatted again")

    monkeypatch.setattr(locales, "_long_date", failing)
    for (iso, code), expected in written.items():
        assert long_date(iso, code) == expected
    monkeypatch.undo()
    monkeypatch.setenv("HANDOUT_CACHE_DIR", str(tmp_path / "cache"))
    for entry in entries:  # damaged: made again
        entry.write_bytes(entry.read_bytes().replace(b'"', b"'"))
    for (iso, code), expected in written.items():
        assert long_date(iso, code) == expected
