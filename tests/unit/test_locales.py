"""Unit tests of locales: dates as each locale writes them, kept in the user cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from handout import locales
from handout.fonts import read_font_table
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


@pytest.mark.parametrize(
    ("code", "script", "face"),
    [
        ("zh_TW", "Hant", "ar-pl-uming-tw"),
        ("zh_HK", "Hant", "ar-pl-uming-tw"),
        ("zh_CN", "Hans", None),
    ],
)
def test_a_code_spelt_without_its_likely_script_is_known_and_set_in_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str, script: str, face: str | None
):
    """zh_TW (as Poedit and many platforms spell Chinese in Taiwan) is CLDR's zh_Hant_TW:
    it was refused as unknown. Its text is set in zh_Hant's faces (the Taiwan standard's
    ideograph forms), not in the Simplified ones of "zh"."""
    monkeypatch.setenv("HANDOUT_CACHE_DIR", str(tmp_path / "cache"))
    info = locales.cldr_locale(code)
    assert info is not None and (info.code, info.script) == (code, script)
    table = read_font_table(tmp_path / "no fonts of its own")
    assert table.chain_names(code) == table.chain_names(f"zh_{script}")
    if face:
        assert face in table.chain_names(code) and face not in table.chain_names("zh")


@pytest.mark.parametrize("code", ["zh_Hnas", "zh_XX", "zh_Hans_TW", "xx_TW"])
def test_a_misspelt_code_is_still_unknown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str
):
    """Babel would read zh_Hnas as zh_Hans: a subtag CLDR does not give is not guessed."""
    monkeypatch.setenv("HANDOUT_CACHE_DIR", str(tmp_path / "cache"))
    assert locales.cldr_locale.__wrapped__(code) is None


def test_a_locale_cldr_gives_no_month_names_gets_the_iso_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """CLDR knows Navajo, but not its months: Babel wrote "2026 M01 1" (the root locale's
    placeholders), which every Navajo PDF printed as its revision date. A locale with no
    month names of its own gets the ISO date, as one CLDR does not know does."""
    monkeypatch.setenv("HANDOUT_CACHE_DIR", str(tmp_path / "cache"))
    from babel import Locale

    if not Locale.parse("nv").months["format"]["wide"][1].startswith("M0"):
        pytest.skip("CLDR now names the Navajo months")
    assert long_date("2026-01-01", "nv") == "2026-01-01"
    assert long_date("2026-01-01", "haw") == "1 Ianuali 2026"  # Hawaiian has its months
