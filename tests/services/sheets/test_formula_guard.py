"""services/sheets/formula_guard.py: text a spreadsheet would run as a formula gets a leading
apostrophe in a CSV, and exactly that apostrophe comes off on import, so every text makes the
round trip unchanged."""

from __future__ import annotations

import pytest

from adviesraad_app.services.sheets.formula_guard import (
    csv_text,
    from_csv_text,
    looks_like_formula,
)


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x","klik")', "+31 546 541 111", "-5", "@SUM(A1)", "\tx"]
)
def test_a_formula_gets_an_apostrophe(text: str) -> None:
    assert looks_like_formula(text)
    assert csv_text(text) == "'" + text


@pytest.mark.parametrize("text", ["Armoede", "2024-07", "", "'=al met apostrof", "''-", "'tekst"])
def test_every_text_makes_the_round_trip(text: str) -> None:
    assert from_csv_text(csv_text(text)) == text


def test_ordinary_text_is_left_alone() -> None:
    assert not looks_like_formula("Inkoop jeugdhulp")
    assert csv_text("Inkoop jeugdhulp") == "Inkoop jeugdhulp"
    assert csv_text("'=x") == "''=x"  # one more apostrophe, so the import restores it
    assert from_csv_text("'tekst") == "'tekst"  # an apostrophe before ordinary text stays
