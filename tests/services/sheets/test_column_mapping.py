"""services/sheets/column_mapping.py: the header row is found below title rows, each column
gets the field its Dutch name says (the first of two wins), the user may correct one column
(another that had it loses it), and what is not imported is said in the dry run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adviesraad_app.domain.errors import UserError
from adviesraad_app.services.sheets.column_mapping import (
    ColumnMapping,
    guess_mapping,
    mapping_warnings,
)
from adviesraad_app.services.sheets.register_sheet import Column
from adviesraad_app.services.sheets.sheet_reading import HEADER_SEARCH_ROWS, SheetTable


def _table(*rows: tuple[Any, ...]) -> SheetTable:
    return SheetTable(
        path=Path("register.xlsx"),
        format="xlsx",
        rows=tuple((number, values) for number, values in enumerate(rows, start=1)),
    )


def test_the_header_row_below_title_rows_and_the_columns_it_names() -> None:
    mapping = guess_mapping(
        _table(
            ("Adviesregister 2024",),
            (),
            ("Nr.", "Onderwerp", "Datum advies", "Reactie uiterlijk", "Kleur", "Titel"),
            ("2024-01", "Armoede", "12-8-2024", "23-9-2024", "rood", "dubbel"),
        )
    )
    assert mapping.header_row == 3
    assert mapping.headers[:3] == ("Nr.", "Onderwerp", "Datum advies")
    assert mapping.columns == (
        Column.NUMBER,
        Column.TITLE,
        Column.SENT_DATE,
        Column.IGNORED,  # computed by the spreadsheet: recognised, never imported
        None,  # not recognised
        None,  # a second subject column: the first wins
    )
    assert mapping.index_of(Column.SENT_DATE) == 2
    assert mapping.index_of(Column.REPLY_DATE) is None


def test_without_a_subject_column_there_is_no_header_row() -> None:
    with pytest.raises(UserError) as caught:
        guess_mapping(_table(("Nr.", "Datum advies"), ("2024-01", "12-8-2024")))
    message = str(caught.value)
    assert message.startswith("register.xlsx: geen kopregel gevonden in de eerste")
    assert str(HEADER_SEARCH_ROWS) in message
    assert message.endswith("Er is niets geïmporteerd.")


def test_correcting_one_column_takes_the_field_from_another() -> None:
    mapping = ColumnMapping(
        header_row=1,
        headers=("Nr.", "Onderwerp", "Datum"),
        columns=(Column.NUMBER, Column.TITLE, None),
    )
    moved = mapping.with_column(2, Column.TITLE)
    assert moved.columns == (Column.NUMBER, None, Column.TITLE)
    ignored = moved.with_column(0, Column.IGNORED).with_column(1, Column.IGNORED)
    assert ignored.columns == (Column.IGNORED, Column.IGNORED, Column.TITLE)  # may repeat
    wider = mapping.with_column(4, Column.THEME)
    assert wider.columns == (Column.NUMBER, Column.TITLE, None, None, Column.THEME)
    assert mapping.columns == (Column.NUMBER, Column.TITLE, None)  # the original unchanged


def test_columns_are_named_by_letter_and_header_and_unrecognised_ones_are_said() -> None:
    mapping = ColumnMapping(
        header_row=1,
        headers=("Nr.", "Kleur", "", "Onderwerp"),
        columns=(Column.NUMBER, None, None, Column.TITLE),
    )
    assert mapping.describe(1) == "B (Kleur)"
    assert mapping.describe(2) == "C"
    assert mapping.describe(30) == "AE"
    assert mapping_warnings(mapping) == ["Kolom B (Kleur) wordt niet geïmporteerd (niet herkend)."]
