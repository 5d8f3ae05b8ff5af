"""services/sheets/cell_values.py: what one cell of an imported register means: dates as Excel
stores them or as people type them, advice numbers however written, kinds, outcomes, yes/no,
recommendations one a line; what cannot be read is a Dutch message naming the cell's text."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from adviesraad_app.domain.kinds import AdviceKind, ManualStatus, Outcome
from adviesraad_app.services.sheets.cell_values import (
    CellError,
    cell_bool,
    cell_date,
    cell_keeps_open,
    cell_kind,
    cell_manual_status,
    cell_number,
    cell_outcome,
    cell_recommendations,
    excel_serial_date,
)


def test_dates_as_excel_stores_them_and_as_people_type_them() -> None:
    assert cell_date(None) is None and cell_date("  ") is None
    assert cell_date(datetime(2024, 8, 12, 14, 30)) == date(2024, 8, 12)
    assert cell_date(date(2024, 8, 12)) == date(2024, 8, 12)
    assert excel_serial_date(45516) == date(2024, 8, 12)
    assert cell_date(45516) == date(2024, 8, 12)
    assert cell_date("45516") == date(2024, 8, 12)
    assert cell_date("12-8-2024") == date(2024, 8, 12)
    assert cell_date("12 augustus 2024") == date(2024, 8, 12)
    assert cell_date("2024-08-12 09:15:00") == date(2024, 8, 12)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "‘ja’ is geen datum."),
        ("#N/A", "de formule in deze cel geeft een fout (#N/A)."),
        (date(1850, 1, 1), "is geen aannemelijke datum."),
        ("morgen vroeg", ""),
    ],
)
def test_what_is_not_a_date(value: object, message: str) -> None:
    with pytest.raises(CellError) as caught:
        cell_date(value)
    assert message in str(caught.value)
    assert "Error" not in str(caught.value)


def test_advice_numbers_however_written() -> None:
    assert cell_number("2024-07", None) == "2024-07"
    assert cell_number("2024/7", None) == "2024-07"
    assert cell_number("07-2024", None) == "2024-07"
    assert cell_number(7, 2024) == "2024-07"
    assert cell_number(date(2024, 7, 1), None) == "2024-07"  # Excel made 2024-07 a date
    assert cell_number("", 2024) == ""
    with pytest.raises(CellError, match="nummer 7 zonder jaar"):
        cell_number(7, None)
    with pytest.raises(CellError, match="is geen adviesnummer"):
        cell_number("advies zeven", 2024)


def test_kinds_outcomes_yes_no_and_statuses() -> None:
    assert cell_kind("Gevraagd") == AdviceKind.GEVRAAGD
    assert cell_kind("ongevraagd advies") == AdviceKind.ONGEVRAAGD
    assert cell_kind("") is None
    with pytest.raises(CellError):
        cell_kind("misschien")
    assert cell_outcome("deels overgenomen") == Outcome.DEELS
    assert cell_outcome("Overgenomen") == Outcome.OVERGENOMEN
    assert cell_bool("ja") is True and cell_bool("Nee") is False and cell_bool(True) is True
    with pytest.raises(CellError, match="is geen ja of nee"):
        cell_bool("soms")
    assert cell_manual_status("Afgerond") == ManualStatus.AFGEROND
    assert cell_manual_status("in voorbereiding") is None  # follows from the dates
    assert cell_keeps_open("reactie ontvangen") and not cell_keeps_open("afgerond")
    assert not cell_keeps_open(None)


def test_recommendations_one_a_line_without_their_marks() -> None:
    text = "1. Zet het voort.\n\n2) Betrek de jongeren.\n- Meet elk jaar."
    assert cell_recommendations(text) == [
        "Zet het voort.",
        "Betrek de jongeren.",
        "Meet elk jaar.",
    ]
    assert cell_recommendations(None) == []
