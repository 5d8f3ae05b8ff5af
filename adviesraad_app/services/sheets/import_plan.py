"""Step 3 of the register import, the dry run: every row validated, every advice that would
be created (with the number it will get), every row already in the register, and every problem
with its row number. Nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from adviesraad_app.domain.advices import Advice, format_number, number_parts, renumber
from adviesraad_app.domain.errors import ValidationError
from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.letter_match import fold
from adviesraad_app.domain.replies import Reply
from adviesraad_app.domain.status import validate_reply_against_advice
from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService
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
)
from adviesraad_app.services.sheets.column_mapping import ColumnMapping, mapping_warnings
from adviesraad_app.services.sheets.register_sheet import (
    DATE_COLUMNS,
    Column,
)
from adviesraad_app.services.sheets.sheet_reading import SheetTable, cell_text, fail_import
from adviesraad_app.storage.repository import letter_keys


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int
    column: str | None  # "E (Datum advies)"
    message: str

    def text(self) -> str:
        if self.column:
            return translate("Import", "rij {row}, kolom {column}: {message}").format(
                row=self.row, column=self.column, message=self.message
            )
        return translate("Import", "rij {row}: {message}").format(
            row=self.row, message=self.message
        )


@dataclass(frozen=True, slots=True)
class PlannedRow:
    row: int
    advice: Advice  # with its number: from the file, or the next free one (number_assigned)
    reply: Reply | None  # advice_id 0 until saved
    number_assigned: bool = False


@dataclass(frozen=True, slots=True)
class ExistingRow:
    row: int
    number: str
    advice_id: int
    same: bool  # the register has it with the same subject


@dataclass(frozen=True, slots=True)
class ImportPlan:
    table: SheetTable
    mapping: ColumnMapping
    rows: tuple[PlannedRow, ...]
    existing: tuple[ExistingRow, ...]
    problems: tuple[RowProblem, ...]
    empty_rows: int
    warnings: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def invalid_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})


_FIELD_COLUMNS = {
    "title": Column.TITLE,
    "number": Column.NUMBER,
    "kind": Column.KIND,
    "theme": Column.THEME,
    "summary": Column.SUMMARY,
    "internal_notes": Column.NOTES,
    "request_reference": Column.REQUEST_REFERENCE,
    "reference": Column.REFERENCE,
    "portfolio_holder": Column.PORTFOLIO_HOLDER,
    "civil_servant": Column.CIVIL_SERVANT,
    "working_group": Column.WORKING_GROUP,
    "requested_deadline": Column.REQUESTED_DEADLINE,
    "sent_date": Column.SENT_DATE,
    "request_received": Column.REQUEST_RECEIVED,
    "recommendations": Column.RECOMMENDATIONS,
    "date": Column.REPLY_DATE,
    "our_reference": Column.REPLY_REFERENCE,
    "case_number": Column.CASE_NUMBER,
    "outcomes": Column.OUTCOME,
}


def identity_key(title: str, day: date | None) -> tuple[str, str]:
    """How a row without a number is recognised: subject and date (see the module doc)."""
    return " ".join(fold(title).split()), day.isoformat() if day else ""


class _Register:
    """What planning needs to know of the register: numbers in use and identities."""

    def __init__(self, service: RegisterService) -> None:
        self.by_number: dict[str, tuple[int, str]] = {}
        self.by_identity: dict[tuple[str, str], tuple[int, str]] = {}
        self.max_seq: dict[int, int] = {}
        rows = service.register(RegisterFilter()) + service.register(RegisterFilter(deleted=True))
        unsent: list[int] = []
        for row in rows:
            self.by_number[row.number] = (row.id, row.title)
            parts = number_parts(row.number)
            if parts:
                self.max_seq[parts[0]] = max(self.max_seq.get(parts[0], 0), parts[1])
            if row.sent_date is not None:
                self.by_identity[identity_key(row.title, row.sent_date)] = (row.id, row.number)
            else:
                unsent.append(row.id)
        for advice in service.get_advices(unsent):
            assert advice.id is not None
            key = identity_key(advice.title, advice.request_received)
            self.by_identity[key] = (advice.id, advice.number)


def _row_cells(mapping: ColumnMapping, values: tuple[Any, ...]) -> dict[Column, tuple[int, Any]]:
    cells: dict[Column, tuple[int, Any]] = {}
    for index, column in enumerate(mapping.columns):
        if column is None or column == Column.IGNORED:
            continue
        cells[column] = (index, values[index] if index < len(values) else None)
    return cells


class _RowReader:
    """One spreadsheet row read into an advice (and reply), collecting its problems."""

    def __init__(
        self, table: SheetTable, mapping: ColumnMapping, number: int, values: tuple[Any, ...]
    ) -> None:
        self.table = table
        self.mapping = mapping
        self.number = number
        self.cells = _row_cells(mapping, values)
        self.problems: list[RowProblem] = []

    @property
    def empty(self) -> bool:
        return all(cell_text(v) == "" for _, v in self.cells.values())

    def problem(self, column: Column | None, message: str) -> None:
        described = None
        if column is not None and column in self.cells:
            described = self.mapping.describe(self.cells[column][0])
        self.problems.append(RowProblem(self.number, described, message))

    def get(self, column: Column, reader: Callable[[Any], Any], default: Any = None) -> Any:
        if column not in self.cells:
            return default
        index, value = self.cells[column]
        if (self.number, index) in self.table.uncached_formulas:
            self.problem(
                column,
                translate(
                    "Import",
                    "de formule in deze cel heeft geen berekende waarde; open het bestand in "
                    "Excel en sla het op, of typ de waarde over.",
                ),
            )
            return default
        try:
            return reader(value)
        except CellError as exc:
            self.problem(column, str(exc))
            return default

    def filled(self, column: Column) -> bool:
        return column in self.cells and cell_text(self.cells[column][1]) != ""

    def read(self) -> tuple[Advice | None, Reply | None]:
        dates = {c: self.get(c, cell_date) for c in DATE_COLUMNS}
        year_source = dates[Column.REQUEST_RECEIVED] or dates[Column.SENT_DATE]
        year = year_source.year if year_source else None
        advice_number = self.get(Column.NUMBER, lambda v: cell_number(v, year), "")
        title = self.get(Column.TITLE, cell_text, "")
        kind = self.get(Column.KIND, cell_kind)
        outcome = self.get(Column.OUTCOME, cell_outcome)
        texts = {c: self.get(c, cell_text, "") for c in _TEXT_COLUMNS}
        if kind is None:
            solicited = (
                dates[Column.REQUEST_RECEIVED]
                or dates[Column.REQUESTED_DEADLINE]
                or texts[Column.REQUEST_REFERENCE]
            )
            kind = AdviceKind.GEVRAAGD if solicited else AdviceKind.ONGEVRAAGD
        try:
            advice = Advice(
                kind=kind,
                title=title,
                number=advice_number,
                theme=texts[Column.THEME],
                portfolio_holder=texts[Column.PORTFOLIO_HOLDER],
                civil_servant=texts[Column.CIVIL_SERVANT],
                working_group=texts[Column.WORKING_GROUP],
                request_received=dates[Column.REQUEST_RECEIVED],
                request_reference=texts[Column.REQUEST_REFERENCE],
                requested_deadline=dates[Column.REQUESTED_DEADLINE],
                sent_date=dates[Column.SENT_DATE],
                reference=texts[Column.REFERENCE],
                summary=texts[Column.SUMMARY],
                recommendations=renumber(
                    self.get(Column.RECOMMENDATIONS, cell_recommendations, [])
                ),
                internal_notes=texts[Column.NOTES],
                confidential=self.get(Column.CONFIDENTIAL, cell_bool, False),
                manual_status=self.get(Column.STATUS, cell_manual_status),
                keep_open=self.get(Column.STATUS, cell_keeps_open, False),
            )
        except ValidationError as exc:
            for error in exc.errors:
                self.problem(_FIELD_COLUMNS.get(error.field), error.message)
            return None, None
        reply_date = dates[Column.REPLY_DATE]
        if reply_date is None:
            if not self.problems:
                for column in (Column.REPLY_REFERENCE, Column.CASE_NUMBER, Column.OUTCOME):
                    if self.filled(column):
                        self.problem(
                            column,
                            translate(
                                "Import", "ingevuld, maar de datum van de reactie ontbreekt."
                            ),
                        )
                        break
            return advice, None
        try:
            reply = Reply(
                advice_id=0,
                date=reply_date,
                our_reference=texts[Column.REPLY_REFERENCE],
                case_number=texts[Column.CASE_NUMBER],
                general_outcome=outcome,
            )
        except ValidationError as exc:
            for error in exc.errors:
                self.problem(_FIELD_COLUMNS.get(error.field), error.message)
            return advice, None
        for message in validate_reply_against_advice(advice, reply):
            self.problem(Column.REPLY_DATE, message)
        return advice, reply


_TEXT_COLUMNS = (
    Column.THEME,
    Column.PORTFOLIO_HOLDER,
    Column.CIVIL_SERVANT,
    Column.WORKING_GROUP,
    Column.REQUEST_REFERENCE,
    Column.REFERENCE,
    Column.SUMMARY,
    Column.NOTES,
    Column.REPLY_REFERENCE,
    Column.CASE_NUMBER,
)


def _same_letter(
    reader: _RowReader,
    reply: Reply,
    letters: dict[tuple[str, ...], str],
    seen: dict[tuple[str, ...], int],
) -> bool:
    """One college letter is the reply to one advice: a row whose reply is a letter the
    register (or an earlier row) already has as a reply gets a problem; ``True`` then."""
    keys = letter_keys(reply.our_reference, reply.case_number, reply.date)
    for key in keys:
        if key in letters:
            reader.problem(
                Column.REPLY_REFERENCE,
                translate(
                    "Import", "deze brief van het college is al de reactie op advies {number}."
                ).format(number=letters[key]),
            )
            return True
        if key in seen:
            reader.problem(
                Column.REPLY_REFERENCE,
                translate(
                    "Import", "deze brief van het college is ook de reactie in rij {row}."
                ).format(row=seen[key]),
            )
            return True
    for key in keys:
        seen[key] = reader.number
    return False


def _twice_in_sheet(
    reader: _RowReader,
    advice: Advice,
    seen_numbers: dict[str, int],
    seen_identities: dict[tuple[str, str], int],
) -> None:
    """A problem when an earlier row of the sheet has the same number, or (without numbers)
    the same subject and date; otherwise the row is remembered."""
    key = identity_key(advice.title, advice.sent_date or advice.request_received)
    if advice.number and advice.number in seen_numbers:
        reader.problem(
            Column.NUMBER,
            translate("Import", "nummer {number} staat ook in rij {row}.").format(
                number=advice.number, row=seen_numbers[advice.number]
            ),
        )
    elif not advice.number and key in seen_identities:
        reader.problem(
            Column.TITLE,
            translate(
                "Import",
                "hetzelfde onderwerp en dezelfde datum als rij {row}; geef een van beide "
                "een nummer.",
            ).format(row=seen_identities[key]),
        )
    elif advice.number:
        seen_numbers[advice.number] = reader.number
    else:
        seen_identities[key] = reader.number


def _in_register(
    register: _Register,
    row: int,
    advice: Advice,
    existing: list[ExistingRow],
    warnings: list[str],
) -> bool:
    """``True`` (and listed in ``existing``) when the row is an advice the register has: the
    same number, or without a number the same subject and date. Never overwritten."""
    known = register.by_number.get(advice.number) if advice.number else None
    if known is not None:
        same = fold(known[1]).split() == fold(advice.title).split()
        existing.append(ExistingRow(row, advice.number, known[0], same))
        if not same:
            warnings.append(
                translate(
                    "Import",
                    "Rij {row}: nummer {number} staat al in het register met een ander "
                    "onderwerp (‘{title}’); niet overschreven.",
                ).format(row=row, number=advice.number, title=known[1])
            )
        return True
    if not advice.number:
        same_advice = register.by_identity.get(
            identity_key(advice.title, advice.sent_date or advice.request_received)
        )
        if same_advice is not None:
            existing.append(ExistingRow(row, same_advice[1], same_advice[0], True))
            return True
    return False


def _assign_numbers(
    register: _Register, planned: list[PlannedRow], pending: list[int], taken: list[str]
) -> None:
    """Numbers for rows without one (``pending`` positions in ``planned``), as saving would
    assign them: after every number in use, in the register or ``taken`` in the sheet."""
    for parts in (number_parts(n) for n in taken):
        if parts:
            register.max_seq[parts[0]] = max(register.max_seq.get(parts[0], 0), parts[1])
    for position in pending:
        row_plan = planned[position]
        advice = row_plan.advice
        source = advice.request_received or advice.sent_date or date.today()
        sequence = register.max_seq.get(source.year, 0) + 1
        register.max_seq[source.year] = sequence
        planned[position] = replace(
            row_plan,
            advice=replace(advice, number=format_number(source.year, sequence)),
            number_assigned=True,
        )


def plan_import(service: RegisterService, table: SheetTable, mapping: ColumnMapping) -> ImportPlan:
    """The dry run: what would be imported, what is already there, and every problem."""
    if mapping.index_of(Column.TITLE) is None:
        raise fail_import(
            table.path,
            translate("Import", "geen kolom voor het onderwerp; wijs de kolom ‘Onderwerp’ aan."),
        )
    register = _Register(service)
    planned: list[PlannedRow] = []
    existing: list[ExistingRow] = []
    problems: list[RowProblem] = []
    warnings = list(table.warnings) + mapping_warnings(mapping)
    empty = 0
    seen_numbers: dict[str, int] = {}
    seen_identities: dict[tuple[str, str], int] = {}
    letters = service.letters_in_use()  # college letters that are a reply already
    seen_letters: dict[tuple[str, ...], int] = {}
    pending_numbers: list[int] = []  # positions in ``planned`` that get the next free number
    skipped_numbers: list[str] = []  # numbers of rows with problems (still reserved)

    for number, values in table.rows:
        if number <= mapping.header_row:
            continue
        reader = _RowReader(table, mapping, number, values)
        if reader.empty:
            empty += 1
            continue
        advice, reply = reader.read()
        if advice is not None and not reader.problems:
            _twice_in_sheet(reader, advice, seen_numbers, seen_identities)
        if reader.problems or advice is None:
            problems.extend(reader.problems)
            # A row left out keeps its number: new numbers come after it, so fixing the row
            # and importing it later cannot clash with an advice numbered in the meantime.
            if Column.NUMBER in reader.cells:
                skipped_numbers.append(cell_text(reader.cells[Column.NUMBER][1]))
            continue
        if _in_register(register, number, advice, existing, warnings):
            continue
        if reply is not None and _same_letter(reader, reply, letters, seen_letters):
            problems.extend(reader.problems)
            continue
        if not advice.number:
            pending_numbers.append(len(planned))
        planned.append(PlannedRow(number, advice, reply))

    _assign_numbers(register, planned, pending_numbers, [*seen_numbers, *skipped_numbers])
    return ImportPlan(
        table=table,
        mapping=mapping,
        rows=tuple(planned),
        existing=tuple(existing),
        problems=tuple(sorted(problems, key=lambda p: p.row)),
        empty_rows=empty,
        warnings=tuple(warnings),
    )
