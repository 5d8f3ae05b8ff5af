"""Step 2 of the register import: which column holds what (:class:`ColumnMapping`), guessed
from the header row (also below title rows) by Dutch names and common variants
(:mod:`register_sheet`); the user may correct it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from adviesraad_app.i18n import translate
from adviesraad_app.services.sheets.register_sheet import (
    Column,
    column_for_header,
    column_letter,
)
from adviesraad_app.services.sheets.sheet_reading import (
    HEADER_SEARCH_ROWS,
    SheetTable,
    cell_text,
    fail_import,
)


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which spreadsheet column holds what. ``columns[i]`` is ``None`` for a column that is
    not imported."""

    header_row: int  # the row number of the header row, as the spreadsheet shows it
    headers: tuple[str, ...]
    columns: tuple[Column | None, ...]

    def index_of(self, column: Column) -> int | None:
        for index, mapped in enumerate(self.columns):
            if mapped == column:
                return index
        return None

    def with_column(self, index: int, column: Column | None) -> ColumnMapping:
        """The mapping with column ``index`` set to ``column`` (any other column that had it
        loses it): what the GUI does when the user corrects one column."""
        columns = [None if (c == column and column != Column.IGNORED) else c for c in self.columns]
        while len(columns) <= index:
            columns.append(None)
        columns[index] = column
        return replace(self, columns=tuple(columns))

    def describe(self, index: int) -> str:
        """``E (Datum advies)``: how a problem names a column."""
        header = self.headers[index] if index < len(self.headers) else ""
        letter = column_letter(index)
        return f"{letter} ({header})" if header else letter


def _header_score(values: Sequence[Any]) -> tuple[int, bool]:
    found = {column_for_header(v) for v in values if isinstance(v, str)}
    found.discard(None)
    found.discard(Column.IGNORED)
    return len(found), Column.TITLE in found


def guess_mapping(table: SheetTable) -> ColumnMapping:
    """The header row (the row among the first 30 that names the most known columns, with
    ``Onderwerp`` among them) and the column of each field."""
    best: tuple[int, int] | None = None  # (score, index into rows)
    for index, (_, values) in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        score, has_title = _header_score(values)
        if has_title and score >= 2 and (best is None or score > best[0]):
            best = (score, index)
    if best is None:
        raise fail_import(
            table.path,
            translate(
                "Import",
                "geen kopregel gevonden in de eerste {n} rijen. Verwacht worden kolomnamen zoals "
                "Nr., Onderwerp, Soort advies, Datum aanvraag, Datum advies, Datum reactie.",
            ).format(n=HEADER_SEARCH_ROWS),
        )
    number, values = table.rows[best[1]]
    headers = tuple(cell_text(v) for v in values)
    columns: list[Column | None] = []
    for header in headers:
        column = column_for_header(header)
        if column is not None and column != Column.IGNORED and column in columns:
            column = None  # the first column with this name wins
        columns.append(column)
    return ColumnMapping(header_row=number, headers=headers, columns=tuple(columns))


def mapping_warnings(mapping: ColumnMapping) -> list[str]:
    """Columns that will not be imported, for the dry run."""
    warnings: list[str] = []
    for index, header in enumerate(mapping.headers):
        if header and mapping.columns[index] is None:
            warnings.append(
                translate(
                    "Import", "Kolom {column} wordt niet geïmporteerd (niet herkend)."
                ).format(column=mapping.describe(index))
            )
    return warnings
