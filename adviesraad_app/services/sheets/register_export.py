"""Exporting the register (or a selection of it) to ``.xlsx`` and ``.csv``.

The columns are those of :data:`register_sheet.EXPORT_COLUMNS`, named as the importer
recognises them, so an export imports again unchanged. Privacy by default (Woo/AVG):
confidential advices and the internal notes column are only written when the selection
includes confidential items (``--include-confidential``); the ``Vertrouwelijk`` column then
marks them.

CSV is written for Dutch Excel: ``;`` between fields, UTF-8 with a byte order mark (so
accents survive a double-click), dates as ``12-08-2024``, Windows line ends.
openpyxl is imported only when an ``.xlsx`` is written.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.replies import Reply
from adviesraad_app.domain.status import overall_outcome
from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import (
    NothingToExportError,
    export_target,
    nothing_to_export,
    write_atomically,
)
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.sheets.formula_guard import csv_text, looks_like_formula
from adviesraad_app.services.sheets.register_sheet import DATE_COLUMNS, EXPORT_COLUMNS, Column
from adviesraad_app.services.text.present import count_text, left_out_hint, selection_text

FORMATS = ("xlsx", "csv")
CSV_DELIMITER = ";"
DATE_FORMAT_XLSX = "DD-MM-YYYY"


@dataclass(frozen=True, slots=True)
class SheetExport:
    """The register as a table: column names and rows of plain values (dates as dates)."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]

    @property
    def headers(self) -> list[str]:
        return [c.label for c in self.columns]


def _row(
    advice: Advice, reply: Reply | None, status: str, columns: tuple[Column, ...]
) -> tuple[Any, ...]:
    outcome = overall_outcome(reply) if reply is not None else None
    values: dict[Column, Any] = {
        Column.NUMBER: advice.number,
        Column.TITLE: advice.title,
        Column.KIND: advice.kind.value,
        Column.THEME: advice.theme,
        Column.PORTFOLIO_HOLDER: advice.portfolio_holder,
        Column.CIVIL_SERVANT: advice.civil_servant,
        Column.WORKING_GROUP: advice.working_group,
        Column.REQUEST_RECEIVED: advice.request_received,
        Column.REQUEST_REFERENCE: advice.request_reference,
        Column.REQUESTED_DEADLINE: advice.requested_deadline,
        Column.SENT_DATE: advice.sent_date,
        Column.REFERENCE: advice.reference,
        Column.SUMMARY: advice.summary,
        Column.RECOMMENDATIONS: "\n".join(f"{r.number}. {r.text}" for r in advice.recommendations),
        Column.REPLY_DATE: reply.date if reply else None,
        Column.REPLY_REFERENCE: reply.our_reference if reply else "",
        Column.CASE_NUMBER: reply.case_number if reply else "",
        Column.OUTCOME: outcome.label if outcome else "",
        Column.STATUS: status,
        Column.CONFIDENTIAL: translate("Export", "ja")
        if advice.confidential
        else translate("Export", "nee"),
        Column.NOTES: advice.internal_notes,
    }
    return tuple(values[c] for c in columns)


def register_sheet(
    service: RegisterService,
    selection: RegisterFilter | None = None,
    order: RegisterOrder | None = None,
) -> SheetExport:
    """The selected advices (default: all, but no confidential ones) as a table."""
    selection = selection or RegisterFilter(include_confidential=False)
    order = order or RegisterOrder(SortKey.NUMBER, descending=False)
    columns = tuple(
        c for c in EXPORT_COLUMNS if c != Column.NOTES or selection.include_confidential
    )
    rows = service.register(selection, order)
    ids = [r.id for r in rows]
    advices = {a.id: a for a in service.get_advices(ids)}
    replies = service.replies_for(ids)  # one query per 900, not one per row
    table = [
        _row(advices[r.id], replies.get(r.id), r.status.label, columns)
        for r in rows
        if r.id in advices
    ]
    return SheetExport(columns, tuple(table))


def check_selection(service: RegisterService, selection: RegisterFilter) -> None:
    """Refuse to export nothing, as ``export pdf`` does: ``ids`` that are not in the register
    are named; a selection that matches no advice says so (and how many confidential
    advices it left out)."""
    if selection.ids is not None:
        live = set(service.register_ids(RegisterFilter(ids=selection.ids), RegisterOrder()))
        missing = [i for i in dict.fromkeys(selection.ids) if i not in live]
        if missing:
            raise nothing_to_export(
                count_text(
                    len(missing),
                    translate("Export", "Er is geen advies met id {ids} (of het is verwijderd)."),
                    translate(
                        "Export", "Er zijn geen adviezen met id {ids} (of ze zijn verwijderd)."
                    ),
                    ids=", ".join(str(i) for i in missing),
                ),
                translate("Export", "Er is geen bestand gemaakt."),
            )
    if service.count(selection) == 0:
        left_out = (
            0
            if selection.include_confidential
            else service.count(replace(selection, include_confidential=True))
        )
        raise nothing_to_export(
            translate("Export", "Er zijn geen adviezen in deze selectie ({selection}).").format(
                selection=selection_text(selection)
            ),
            left_out_hint(left_out),
            translate("Export", "Er is geen bestand gemaakt."),
        )


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return format_short(value)
    if isinstance(value, str):
        return csv_text(value)  # "=HYPERLINK(...)" is never run by a spreadsheet
    return str(value)


def write_csv(path: Path, sheet: SheetExport) -> None:
    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=CSV_DELIMITER, lineterminator="\r\n")
            writer.writerow(sheet.headers)
            for row in sheet.rows:
                writer.writerow([_csv_value(v) for v in row])

    write_atomically(path, write)


# Characters XML 1.0 (and so a worksheet) cannot hold: control characters but tab and line ends.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_value(worksheet: Any, value: Any) -> Any:
    """A text that looks like a formula as a string cell: openpyxl would write it as a formula.
    Control characters (an escape sequence pasted into a title) are left out: a worksheet
    cannot hold them, and the register keeps them."""
    if isinstance(value, str):
        value = _NOT_IN_XML.sub("", value)
    if isinstance(value, str) and looks_like_formula(value):
        from openpyxl.cell.cell import Cell  # type: ignore[import-untyped]

        cell = Cell(worksheet, value=None)
        cell._value = value
        cell.data_type = "s"
        return cell
    return value


def write_xlsx(path: Path, sheet: SheetExport, title: str = "") -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = translate("Export", "Adviezen")
    worksheet.append(sheet.headers)
    for cell in worksheet[1]:
        cell.font = Font(bold=True)
    date_indexes = [i for i, c in enumerate(sheet.columns) if c in DATE_COLUMNS]
    wrap_indexes = [
        i
        for i, c in enumerate(sheet.columns)
        if c in (Column.SUMMARY, Column.RECOMMENDATIONS, Column.NOTES)
    ]
    for values in sheet.rows:
        worksheet.append([_xlsx_value(worksheet, value) for value in values])
    for index in date_indexes:
        for (cell,) in worksheet.iter_rows(
            min_row=2, min_col=index + 1, max_col=index + 1, max_row=worksheet.max_row
        ):
            cell.number_format = DATE_FORMAT_XLSX
    for index in wrap_indexes:
        for (cell,) in worksheet.iter_rows(
            min_row=2, min_col=index + 1, max_col=index + 1, max_row=worksheet.max_row
        ):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    number_column = sheet.columns.index(Column.NUMBER)
    for (cell,) in worksheet.iter_rows(
        min_row=2, min_col=number_column + 1, max_col=number_column + 1
    ):
        cell.data_type = "s"  # "2024-07" stays text, Excel must not read it as a date
    widths = {Column.TITLE: 50, Column.SUMMARY: 50, Column.RECOMMENDATIONS: 60, Column.NOTES: 40}
    for index, column in enumerate(sheet.columns):
        letter = get_column_letter(index + 1)
        worksheet.column_dimensions[letter].width = widths.get(
            column, 14 if column in DATE_COLUMNS else max(12, len(column.label) + 2)
        )
    worksheet.freeze_panes = "C2"
    worksheet.auto_filter.ref = worksheet.dimensions
    workbook.properties.title = title or translate("Export", "Register van adviezen")
    workbook.properties.language = "nl-NL"

    def write(temporary: Path) -> None:
        workbook.save(temporary)

    write_atomically(path, write)


def format_for(path: Path, requested: str | None = None) -> str:
    """``xlsx`` or ``csv``: as asked, else from the file name."""
    fmt = (requested or Path(path).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise UserError(
            translate("Export", "Onbekend formaat ‘{fmt}’ voor {name}: kies .xlsx of .csv.").format(
                fmt=fmt or "?", name=Path(path).name
            )
        )
    return fmt


def export_register(
    service: RegisterService,
    path: Path,
    selection: RegisterFilter | None = None,
    *,
    fmt: str | None = None,
    order: RegisterOrder | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the selection to ``path`` (xlsx or csv); returns the number of advices.

    ``path`` without an extension gets the format's; see :func:`io_files.export_target`.
    """
    kind = format_for(path, fmt)
    path = export_target(path, "." + kind)
    selection = selection or RegisterFilter(include_confidential=False)
    check_selection(service, selection)
    sheet = register_sheet(service, selection, order)
    if progress is not None:
        progress(len(sheet.rows), len(sheet.rows))
    if kind == "csv":
        write_csv(path, sheet)
    else:
        write_xlsx(path, sheet)
    return len(sheet.rows)


__all__ = [
    "FORMATS",
    "NothingToExportError",
    "SheetExport",
    "check_selection",
    "export_register",
    "format_for",
    "register_sheet",
    "write_csv",
    "write_xlsx",
]
