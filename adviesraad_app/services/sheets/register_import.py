"""Importing an existing register from a spreadsheet (``.xlsx`` or ``.csv``).

Four steps, so that a GUI can show and correct everything before anything is saved, each in
a module of its own (:mod:`sheet_reading`, :mod:`column_mapping`, :mod:`import_plan` with the
cells read by :mod:`cell_values`, and this one, which applies the plan):

1. :func:`read_sheet` (path) -> :class:`SheetTable`: the cells, row numbers as the
   spreadsheet shows them, merged cells filled in downwards, formulas without a computed value
   marked. Unreadable files raise :class:`RegisterImportError`.
2. :func:`guess_mapping` (table) -> :class:`ColumnMapping`: the header row (also below title
   rows) and which column holds what, by Dutch names and common variants
   (:mod:`register_sheet`). The user may correct it (:meth:`ColumnMapping.with_column`).
3. :func:`plan_import` (service, table, mapping) -> :class:`ImportPlan`: the dry run: every
   advice that would be created (with the number it will get), every row already in the
   register, and every problem with its row number. Nothing is written.
4. :func:`apply_import` (service, plan) -> :class:`ImportResult`: all rows in one
   transaction. By default nothing is imported while any row has a problem; with
   ``skip_invalid`` the valid rows are imported and the others listed.

Identity rule (importing the same file twice creates no duplicates): a row is the same advice
as one in the register when it has the same number (``Nr.``). A row without a number is the
same as an advice with the same subject (case, accents and spacing ignored) and the same date
of advice, or, when it has none, the same date of request. Rows that are already in the
register are skipped, never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adviesraad_app.domain.errors import UserError
from adviesraad_app.i18n import translate
from adviesraad_app.services.advice_numbers import NumberInUse
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.sheets.column_mapping import ColumnMapping, guess_mapping
from adviesraad_app.services.sheets.import_plan import (
    ExistingRow,
    ImportPlan,
    RowProblem,
    plan_import,
)
from adviesraad_app.services.sheets.register_sheet import Column, column_letter
from adviesraad_app.services.sheets.sheet_reading import (
    read_sheet,
)
from adviesraad_app.services.text.present import count_text

# The steps live in modules of their own (sheet_reading, column_mapping, cell_values,
# import_plan); the names callers use stay importable from here.
__all__ = [
    "CreatedRow",
    "ImportRefused",
    "ImportResult",
    "apply_import",
    "plan_dict",
    "prepare_import",
    "refusal_message",
    "result_dict",
]


class ImportRefused(UserError):
    """Rows with problems and no ``skip_invalid``: nothing was imported."""


@dataclass(frozen=True, slots=True)
class CreatedRow:
    row: int
    advice_id: int
    number: str


@dataclass(frozen=True, slots=True)
class ImportResult:
    created: tuple[CreatedRow, ...]
    replies: int
    existing: tuple[ExistingRow, ...]
    skipped: tuple[RowProblem, ...]  # rows not imported because of a problem (skip_invalid)


def refusal_message(plan: ImportPlan, limit: int = 10) -> str:
    lines = [
        count_text(
            len(plan.invalid_rows),
            translate(
                "Import",
                "{name}: 1 rij met een probleem; er is niets geïmporteerd. Verbeter het "
                "bestand, of importeer alleen de goede rijen (--skip-invalid).",
            ),
            translate(
                "Import",
                "{name}: {n} rijen met een probleem; er is niets geïmporteerd. Verbeter het "
                "bestand, of importeer alleen de goede rijen (--skip-invalid).",
            ),
            name=plan.table.path.name,
        )
    ]
    lines.extend("  " + p.text() for p in plan.problems[:limit])
    if len(plan.problems) > limit:
        lines.append(
            "  "
            + count_text(
                len(plan.problems) - limit,
                translate("Import", "… en nog 1 probleem."),
                translate("Import", "… en nog {n} problemen."),
            )
        )
    return "\n".join(lines)


def apply_import(
    service: RegisterService,
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Import the planned rows in one transaction: all of them, or none.

    ``progress(done, total)`` is called after each row (on the calling thread; the register's
    connection belongs to it).
    """
    if plan.problems and not skip_invalid:
        raise ImportRefused(refusal_message(plan))
    created: list[CreatedRow] = []
    # Numbers from the file first, so that a number assigned on saving never takes one that
    # a later row of the file names.
    ordered = sorted(plan.rows, key=lambda r: r.number_assigned)
    # Every row was validated while planning (the advice, and the reply against it), so the
    # rows go in as checked ones, in one transaction.
    try:
        saved = service.add_checked_advices(
            [(row.advice, row.reply) for row in ordered], progress=progress
        )
    except NumberInUse as taken:
        row = ordered[taken.index]
        raise ImportRefused(
            translate(
                "Import",
                "{name}: nummer {number} (rij {row}) is intussen in gebruik; er is niets "
                "geïmporteerd. Bekijk de proefdraai opnieuw.",
            ).format(name=plan.table.path.name, number=row.advice.number, row=row.row)
        ) from None
    for row, advice in zip(ordered, saved, strict=True):
        assert advice.id is not None
        created.append(CreatedRow(row.row, advice.id, advice.number))
    replies = sum(1 for row in ordered if row.reply is not None)
    return ImportResult(
        created=tuple(sorted(created, key=lambda c: c.row)),
        replies=replies,
        existing=plan.existing,
        skipped=plan.problems if skip_invalid else (),
    )


def prepare_import(
    service: RegisterService, path: Path, mapping: ColumnMapping | None = None
) -> ImportPlan:
    """Read, map (or use the given mapping) and plan: the dry run in one call."""
    table = read_sheet(path)
    return plan_import(service, table, mapping or guess_mapping(table))


# ---------------------------------------------------------------------- JSON


def _field_name(column: Column | None) -> str | None:
    return column.value if column is not None else None


def plan_dict(plan: ImportPlan) -> dict[str, Any]:
    table = plan.table
    return {
        "file": str(table.path),
        "format": table.format,
        "sheet": table.sheet,
        "encoding": table.encoding,
        "delimiter": table.delimiter,
        "header_row": plan.mapping.header_row,
        "columns": [
            {
                "column": column_letter(i),
                "header": header,
                "field": _field_name(plan.mapping.columns[i]),
            }
            for i, header in enumerate(plan.mapping.headers)
            if header
        ],
        "rows": [
            {
                "row": r.row,
                "number": r.advice.number,
                "number_assigned": r.number_assigned,
                "title": r.advice.title,
                "kind": r.advice.kind.value,
                "sent_date": r.advice.sent_date.isoformat() if r.advice.sent_date else None,
                "reply_date": r.reply.date.isoformat() if r.reply else None,
            }
            for r in plan.rows
        ],
        "existing": [
            {"row": e.row, "number": e.number, "advice_id": e.advice_id, "same": e.same}
            for e in plan.existing
        ],
        "problems": [
            {"row": p.row, "column": p.column, "message": p.message} for p in plan.problems
        ],
        "invalid_rows": plan.invalid_rows,
        "empty_rows": plan.empty_rows,
        "warnings": list(plan.warnings),
    }


def result_dict(result: ImportResult) -> dict[str, Any]:
    return {
        "imported": len(result.created),
        "replies": result.replies,
        "created": [
            {"row": c.row, "advice_id": c.advice_id, "number": c.number} for c in result.created
        ],
        "skipped_rows": sorted({p.row for p in result.skipped}),
    }
