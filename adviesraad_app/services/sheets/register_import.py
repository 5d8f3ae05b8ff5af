"""Importing an existing register from a spreadsheet (``.xlsx`` or ``.csv``).

Four steps, so that a GUI can show and correct everything before anything is saved:

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

import codecs
import csv
import functools
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from adviesraad_app.domain.dates import format_short, parse_date
from adviesraad_app.domain.errors import DateParseError, UserError, ValidationError
from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.domain.letter_match import fold
from adviesraad_app.domain.model import (
    Advice,
    AdviceKind,
    AdviceStatus,
    ManualStatus,
    Outcome,
    Reply,
    format_number,
    number_parts,
    renumber,
)
from adviesraad_app.domain.status import validate_reply_against_advice
from adviesraad_app.i18n import current_language, translate
from adviesraad_app.services.io_files import (
    describe_content,
    file_error,
    looks_binary,
    not_a_file,
    quiet_library,
    read_head,
    zip_problem,
)
from adviesraad_app.services.register import NumberInUse, RegisterService
from adviesraad_app.services.sheets.formula_guard import from_csv_text
from adviesraad_app.services.sheets.register_sheet import (
    DATE_COLUMNS,
    Column,
    column_for_header,
    column_letter,
    normalize_header,
)
from adviesraad_app.services.text.present import count_text
from adviesraad_app.storage.repository import letter_keys

MAX_SHEET_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 500 * 1024 * 1024
MAX_ROWS = 100_000
MAX_CSV_LINE = 4 * 1024 * 1024  # characters in one line of a CSV file (a row, mostly)
MAX_COLUMNS = 100  # a register has about 22; more is something else (or an attack)
HEADER_SEARCH_ROWS = 30
EARLIEST_YEAR = 1990  # dates outside these years are typing errors, not history
LATEST_YEAR = 2100
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_ERRORS = frozenset({"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!"})


class RegisterImportError(UserError):
    """A spreadsheet that cannot be read at all (the message names the file)."""


class ImportRefused(UserError):
    """Rows with problems and no ``skip_invalid``: nothing was imported."""


class CellError(ValueError):
    """One cell that cannot be read; the message is Dutch."""


# ---------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class SheetTable:
    path: Path
    format: str  # "xlsx" or "csv"
    rows: tuple[tuple[int, tuple[Any, ...]], ...]  # (row number as shown, cell values)
    sheet: str | None = None
    uncached_formulas: frozenset[tuple[int, int]] = frozenset()  # (row number, column index)
    encoding: str | None = None
    delimiter: str | None = None
    warnings: tuple[str, ...] = ()


def _fail(path: Path, message: str) -> RegisterImportError:
    return RegisterImportError(
        translate("Import", "{name}: {message} Er is niets geïmporteerd.").format(
            name=path.name, message=message
        )
    )


def read_sheet(path: Path) -> SheetTable:
    """The cells of a register spreadsheet (``.xlsx`` or ``.csv``)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise _fail(
            path,
            translate(
                "Import",
                "dit bestandstype ({suffix}) kan niet worden ingelezen; kies een .xlsx- of "
                ".csv-bestand (sla een .xls eerst op als .xlsx).",
            ).format(suffix=suffix or "?"),
        )
    try:
        problem = not_a_file(path)
        if problem is not None:
            raise _fail(path, problem)
        size = path.stat().st_size
    except OSError as exc:
        raise file_error(exc, path) from exc
    if size == 0:
        raise _fail(path, translate("Import", "het bestand is leeg."))
    if size > MAX_SHEET_BYTES:
        raise _fail(
            path,
            translate("Import", "het bestand is te groot ({mb} MB; hooguit {max} MB).").format(
                mb=size // (1024 * 1024), max=MAX_SHEET_BYTES // (1024 * 1024)
            ),
        )
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, read_head(path))
    return _read_csv(path)  # reads the whole file itself


def _too_many_rows(path: Path, count: int) -> RegisterImportError:
    return _fail(
        path,
        translate(
            "Import", "het blad heeft {n} rijen; er kunnen er hooguit {max} in één keer."
        ).format(n=count, max=MAX_ROWS),
    )


def _has_formulas(path: Path) -> bool:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                with archive.open(name) as member:
                    while chunk := member.read(1 << 20):
                        if b"<f>" in chunk or b"<f " in chunk:
                            return True
    return False


def _present_values(sheet: Any) -> dict[tuple[int, int], Any]:
    """The cells of a sheet that hold a value, by (row, column): what is really there.

    Never ``sheet.iter_rows()`` or ``max_row``/``max_column`` on an untrusted sheet: one cell
    at ``XFD99000`` makes them claim 1.6 billion cells, and openpyxl creates each one it is
    asked for. The cells it read are in ``_cells`` (what ``calculate_dimension`` uses too).
    """
    cells = sheet._cells  # openpyxl keeps the cells read from the file here
    return {key: cell.value for key, cell in cells.items() if cell.value is not None}


def _grid(path: Path, sheet: Any) -> list[list[Any]]:
    """The values as rows of equal width, as far as cells are present; a sheet larger than
    a register could be is refused before anything that big is made."""
    present = _present_values(sheet)
    height = max((row for row, _ in present), default=0)
    width = max((column for _, column in present), default=0)
    if height > MAX_ROWS + HEADER_SEARCH_ROWS:
        raise _too_many_rows(path, height)
    if width > MAX_COLUMNS:
        raise _fail(
            path,
            translate(
                "Import",
                "het blad loopt door tot kolom {column}; een register heeft hooguit {max} "
                "kolommen. Verwijder wat rechts van het register staat.",
            ).format(column=column_letter(width - 1), max=MAX_COLUMNS),
        )
    values: list[list[Any]] = [[None] * width for _ in range(height)]
    for (row, column), value in present.items():
        values[row - 1][column - 1] = value
    return values


def _read_xlsx(path: Path, head: bytes) -> SheetTable:
    problem = zip_problem(path, head, "xl/workbook.xml", MAX_UNPACKED_BYTES)
    if problem is not None:
        raise _fail(
            path,
            translate("Import", "dit is geen Excel-werkmap (.xlsx): {what}.").format(what=problem),
        )
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    warnings: list[str] = []
    try:
        # Not read-only: merged cells are only known to a fully loaded sheet.
        with quiet_library("openpyxl"):  # its English warnings about skipped features
            workbook = load_workbook(path, data_only=True)
        sheet = workbook.active
        if sheet is None or not _present_values(sheet):
            sheet = next((ws for ws in workbook.worksheets if _present_values(ws)), sheet)
        if sheet is None:
            raise _fail(path, translate("Import", "de werkmap heeft geen werkblad."))
        values = _grid(path, sheet)
        for merged in sheet.merged_cells.ranges:
            if merged.max_row == merged.min_row or merged.min_row > len(values):
                continue
            if merged.min_col > len(values[0]):
                continue
            top = values[merged.min_row - 1][merged.min_col - 1]
            if top is None:
                continue
            last = min(merged.max_row, len(values))  # never past the cells present
            for row in range(merged.min_row + 1, last + 1):
                values[row - 1][merged.min_col - 1] = top
            warnings.append(
                translate(
                    "Import",
                    "Samengevoegde cellen {cells}: de waarde ‘{value}’ is voor rij {first} tot en "
                    "met {last} gebruikt.",
                ).format(
                    cells=merged.coord,
                    value=_text(top),
                    first=merged.min_row,
                    last=last,
                )
            )
        uncached: set[tuple[int, int]] = set()
        if _has_formulas(path):
            formulas = load_workbook(path, data_only=False, read_only=True)[sheet.title]
            width = len(values[0]) if values else 0
            rows_read = formulas.iter_rows(max_row=len(values), max_col=width, values_only=True)
            for number, row_values in enumerate(rows_read, start=1):
                for index, value in enumerate(row_values):
                    if (
                        isinstance(value, str)
                        and value.startswith("=")
                        and number <= len(values)
                        and index < len(values[number - 1])
                        and values[number - 1][index] is None
                    ):
                        uncached.add((number, index))
            formulas.parent.close()
        title = sheet.title
        workbook.close()
    except UserError:
        raise
    except Exception as exc:  # any parse failure of an untrusted file, whatever openpyxl raises
        raise _fail(path, translate("Import", "de werkmap is beschadigd of onleesbaar.")) from exc
    rows = tuple((number, tuple(row)) for number, row in enumerate(values, start=1))
    return SheetTable(
        path=path,
        format="xlsx",
        rows=rows,
        sheet=title,
        uncached_formulas=frozenset(uncached),
        warnings=tuple(warnings),
    )


def _sniff_delimiter(text: str) -> str:
    """``;`` (Dutch Excel), ``,`` or tab: the one that splits the most rows the same way."""
    sample_lines = [line for line in text[:65536].splitlines() if line.strip()][:30]
    sample = "\n".join(sample_lines)
    best, best_score = ";", -1
    for delimiter in (";", ",", "\t"):
        counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter)]
        widest = max(counts, default=0)
        score = sum(1 for n in counts if n == widest) if widest > 1 else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_encoding(path: Path, head: bytes) -> str:
    """The encoding of a CSV file, decided without holding it in memory: a byte order mark,
    else UTF-8 when every byte of it decodes as UTF-8 (checked in steps), else Windows-1252."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1252"
    except OSError as exc:
        raise file_error(exc, path) from exc
    return "utf-8"


class _LineTooLong(Exception):
    pass


def _bounded_lines(stream: io.TextIOBase) -> Iterator[str]:
    """The lines of ``stream``, refusing one longer than :data:`MAX_CSV_LINE` instead of
    reading it into memory whole."""
    while line := stream.readline(MAX_CSV_LINE + 1):
        if len(line) > MAX_CSV_LINE:
            raise _LineTooLong
        yield line


def _read_csv(path: Path) -> SheetTable:
    """The cells of a CSV file, read as a stream: memory holds the rows (at most
    :data:`MAX_ROWS`), never the file, and a file that is too long or has a cell that is too
    large is refused as soon as that is seen."""
    head = read_head(path, 65536)
    if looks_binary(head) or head.startswith(b"PK\x03\x04"):
        raise _fail(
            path,
            translate("Import", "dit is geen CSV-bestand ({what}).").format(
                what=describe_content(head[:2048])
            ),
        )
    encoding = _csv_encoding(path, head)
    limit = MAX_ROWS + HEADER_SEARCH_ROWS
    rows: list[tuple[int, tuple[Any, ...]]] = []
    try:
        with path.open(encoding=encoding, errors="replace", newline="") as stream:
            sample = stream.read(65536)
            if not sample.strip():
                raise _fail(path, translate("Import", "het bestand bevat geen gegevens."))
            delimiter = _sniff_delimiter(sample)
            stream.seek(0)
            reader = csv.reader(_bounded_lines(stream), delimiter=delimiter)
            for number, record in enumerate(reader, start=1):
                if number > limit:
                    raise _fail(
                        path,
                        translate(
                            "Import",
                            "het bestand heeft meer dan {max} rijen; er kunnen er hooguit {max} "
                            "in één keer.",
                        ).format(max=MAX_ROWS),
                    )
                cells = tuple(from_csv_text(cell) if cell.strip() else None for cell in record)
                rows.append((number, cells))
    except OSError as exc:
        raise file_error(exc, path) from exc
    except (csv.Error, _LineTooLong) as exc:
        row = len(rows) + 1
        raise _fail(
            path,
            translate(
                "Import",
                "rij {row} is te lang: een cel mag hooguit {max} tekens hebben (is het wel een "
                "register?).",
            ).format(row=row, max=csv.field_size_limit())
            if isinstance(exc, _LineTooLong) or "field limit" in str(exc)
            else translate(
                "Import",
                "het CSV-bestand is onleesbaar vanaf rij {row} (bijvoorbeeld een aanhalingsteken "
                "dat niet wordt gesloten).",
            ).format(row=row),
        ) from exc
    return SheetTable(path, "csv", tuple(rows), encoding=encoding, delimiter=delimiter)


# ---------------------------------------------------------------------- mapping


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


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Import", "ja") if value else translate("Import", "nee")
    if isinstance(value, datetime):
        return format_short(value.date())
    if isinstance(value, date):
        return format_short(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()


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
        raise _fail(
            table.path,
            translate(
                "Import",
                "geen kopregel gevonden in de eerste {n} rijen. Verwacht worden kolomnamen zoals "
                "Nr., Onderwerp, Soort advies, Datum aanvraag, Datum advies, Datum reactie.",
            ).format(n=HEADER_SEARCH_ROWS),
        )
    number, values = table.rows[best[1]]
    headers = tuple(_text(v) for v in values)
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


# ---------------------------------------------------------------------- cell values


def excel_serial_date(value: float) -> date:
    """An Excel serial day number (1900 date system) as a date."""
    return EXCEL_EPOCH + timedelta(days=int(value))


_ISO_DATETIME = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_NUMBER_YEAR_FIRST = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,4})$")
_NUMBER_YEAR_LAST = re.compile(r"^(\d{1,4})\s*[-/.]\s*(\d{4})$")


def _plausible(value: date, shown: str) -> date:
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise CellError(
            translate("Import", "‘{text}’ is geen aannemelijke datum.").format(text=shown)
        )
    return value


def cell_date(value: Any) -> date | None:
    """A date cell: a real Excel date, an Excel day number, or Dutch date text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return _plausible(value.date(), _text(value))
    if isinstance(value, date):
        return _plausible(value, _text(value))
    if isinstance(value, bool):
        raise CellError(translate("Import", "‘{text}’ is geen datum.").format(text=_text(value)))
    if isinstance(value, int | float):
        if 1 <= value < 2958466:
            return _plausible(excel_serial_date(value), _text(value))
        raise CellError(translate("Import", "‘{text}’ is geen datum.").format(text=_text(value)))
    text = str(value).strip()
    if text.upper() in EXCEL_ERRORS:
        raise CellError(
            translate("Import", "de formule in deze cel geeft een fout ({error}).").format(
                error=text
            )
        )
    if text.isdigit():
        return cell_date(int(text))
    match = _ISO_DATETIME.match(text)
    if match:
        text = match[1]
    try:
        return _plausible(parse_date(text), text)
    except DateParseError as exc:
        raise CellError(exc.message) from None


def cell_number(value: Any, year: int | None) -> str:
    """An advice number: ``2024-07``, ``2024/7``, ``07-2024``, or a bare sequence number
    with the year of the advice's own dates."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if isinstance(value, datetime | date) and value.day == 1:
        # Excel turns a typed 2024-07 into the date 1 July 2024.
        return format_number(value.year, value.month)
    sequence: int | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer():
            sequence = int(value)
    else:
        text = str(value).strip()
        match = _NUMBER_YEAR_FIRST.search(text)
        if match:
            return format_number(int(match[1]), int(match[2]))
        match = _NUMBER_YEAR_LAST.match(text)
        if match:
            return format_number(int(match[2]), int(match[1]))
        if text.isdigit():
            sequence = int(text)
    if sequence is not None and 1 <= sequence <= 9999:
        if year is None:
            raise CellError(
                translate(
                    "Import",
                    "nummer {n} zonder jaar: schrijf het als jaar-volgnummer (zoals "
                    "{year}-{n:02d}) of vul een datum in.",
                ).format(n=sequence, year=date.today().year)
            )
        return format_number(year, sequence)
    raise CellError(
        translate("Import", "‘{text}’ is geen adviesnummer (zoals 2024-07).").format(
            text=_text(value)
        )
    )


def _words(mapping: dict[str, Any]) -> dict[str, Any]:
    return {normalize_header(k): v for k, v in mapping.items()}


_KIND_WORDS = _words(
    {
        "gevraagd": AdviceKind.GEVRAAGD,
        "gevraagd advies": AdviceKind.GEVRAAGD,
        "g": AdviceKind.GEVRAAGD,
        "ongevraagd": AdviceKind.ONGEVRAAGD,
        "ongevraagd advies": AdviceKind.ONGEVRAAGD,
        "eigen initiatief": AdviceKind.ONGEVRAAGD,
        "o": AdviceKind.ONGEVRAAGD,
        "signaal": AdviceKind.SIGNAAL,
        "signalering": AdviceKind.SIGNAAL,
        "s": AdviceKind.SIGNAAL,
    }
)
_OUTCOME_WORDS = _words(
    {
        "overgenomen": Outcome.OVERGENOMEN,
        "geheel overgenomen": Outcome.OVERGENOMEN,
        "deels overgenomen": Outcome.DEELS,
        "gedeeltelijk overgenomen": Outcome.DEELS,
        "deels": Outcome.DEELS,
        "niet overgenomen": Outcome.NIET,
        "niet": Outcome.NIET,
        "afgewezen": Outcome.NIET,
        "kennisgenomen": Outcome.KENNISGENOMEN,
        "kennis genomen": Outcome.KENNISGENOMEN,
        "voor kennisgeving aangenomen": Outcome.KENNISGENOMEN,
        "ter kennisgeving": Outcome.KENNISGENOMEN,
    }
)
_YES = frozenset({"ja", "j", "x", "1", "true", "waar", "yes", "vertrouwelijk"})
_NO = frozenset({"nee", "n", "0", "false", "onwaar", "no", ""})
_RECOMMENDATION_MARK = re.compile(r"^\s*(?:\d+\s*[.):]|[-•*–])\s*")


def _choice(
    value: Any, words: dict[str, Any], extra: dict[str, Any], what: Callable[[], str]
) -> Any:
    key = normalize_header(_text(value))
    if not key:
        return None
    if key in words:
        return words[key]
    if key in extra:
        return extra[key]
    raise CellError(
        translate("Import", "‘{text}’ is geen {what}.").format(text=_text(value), what=what())
    )


@functools.lru_cache(maxsize=4)
def _labels(language: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The program's own Dutch (or translated) names of kinds and outcomes, normalised."""
    del language  # the cache key
    return (
        {normalize_header(k.label): k for k in AdviceKind},
        {normalize_header(o.label): o for o in Outcome},
    )


def cell_kind(value: Any) -> AdviceKind | None:
    extra = _labels(current_language())[0]
    kind: AdviceKind | None = _choice(
        value,
        _KIND_WORDS,
        extra,
        lambda: translate("Import", "soort advies (gevraagd, ongevraagd, signaal)"),
    )
    return kind


def cell_outcome(value: Any) -> Outcome | None:
    extra = _labels(current_language())[1]
    outcome: Outcome | None = _choice(
        value,
        _OUTCOME_WORDS,
        extra,
        lambda: translate(
            "Import", "uitkomst (overgenomen, deels overgenomen, niet overgenomen, kennisgenomen)"
        ),
    )
    return outcome


def cell_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    key = _text(value).lower().strip(" .")
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise CellError(translate("Import", "‘{text}’ is geen ja of nee.").format(text=_text(value)))


def cell_manual_status(value: Any) -> ManualStatus | None:
    """``afgerond``/``vervallen`` are set by hand; every other status follows from the dates."""
    key = normalize_header(_text(value))
    for manual in ManualStatus:
        if key == normalize_header(AdviceStatus(manual.value).label) or key == manual.value:
            return manual
    return None


def cell_keeps_open(value: Any) -> bool:
    """``reactie ontvangen``: the sheet says the advice is still open after the reply. Its
    commitments do not travel in a sheet, so without this it would become afgerond."""
    key = normalize_header(_text(value)) if value is not None else ""
    status = AdviceStatus.REACTIE_ONTVANGEN
    return bool(key) and key in (normalize_header(status.label), status.value)


def cell_recommendations(value: Any) -> list[str]:
    lines = _text(value).splitlines() if value is not None else []
    return [_RECOMMENDATION_MARK.sub("", line).strip() for line in lines if line.strip()]


# ---------------------------------------------------------------------- planning


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
        return all(_text(v) == "" for _, v in self.cells.values())

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
        return column in self.cells and _text(self.cells[column][1]) != ""

    def read(self) -> tuple[Advice | None, Reply | None]:
        dates = {c: self.get(c, cell_date) for c in DATE_COLUMNS}
        year_source = dates[Column.REQUEST_RECEIVED] or dates[Column.SENT_DATE]
        year = year_source.year if year_source else None
        advice_number = self.get(Column.NUMBER, lambda v: cell_number(v, year), "")
        title = self.get(Column.TITLE, _text, "")
        kind = self.get(Column.KIND, cell_kind)
        outcome = self.get(Column.OUTCOME, cell_outcome)
        texts = {c: self.get(c, _text, "") for c in _TEXT_COLUMNS}
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


def plan_import(service: RegisterService, table: SheetTable, mapping: ColumnMapping) -> ImportPlan:
    """The dry run: what would be imported, what is already there, and every problem."""
    if mapping.index_of(Column.TITLE) is None:
        raise _fail(
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
                seen_numbers[advice.number] = number
            else:
                seen_identities[key] = number
        if reader.problems or advice is None:
            problems.extend(reader.problems)
            # A row left out keeps its number: new numbers come after it, so fixing the row
            # and importing it later cannot clash with an advice numbered in the meantime.
            if Column.NUMBER in reader.cells:
                skipped_numbers.append(_text(reader.cells[Column.NUMBER][1]))
            continue
        known = register.by_number.get(advice.number) if advice.number else None
        if known is not None:
            same = fold(known[1]).split() == fold(advice.title).split()
            existing.append(ExistingRow(number, advice.number, known[0], same))
            if not same:
                warnings.append(
                    translate(
                        "Import",
                        "Rij {row}: nummer {number} staat al in het register met een ander "
                        "onderwerp (‘{title}’); niet overschreven.",
                    ).format(row=number, number=advice.number, title=known[1])
                )
            continue
        if not advice.number:
            same_advice = register.by_identity.get(
                identity_key(advice.title, advice.sent_date or advice.request_received)
            )
            if same_advice is not None:
                existing.append(ExistingRow(number, same_advice[1], same_advice[0], True))
                continue
        if reply is not None and _same_letter(reader, reply, letters, seen_letters):
            problems.extend(reader.problems)
            continue
        if not advice.number:
            pending_numbers.append(len(planned))
        planned.append(PlannedRow(number, advice, reply))

    # Numbers for rows without one, as saving would assign them: after every number in use.
    for parts in (number_parts(n) for n in [*seen_numbers, *skipped_numbers]):
        if parts:
            register.max_seq[parts[0]] = max(register.max_seq.get(parts[0], 0), parts[1])
    for position in pending_numbers:
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
    return ImportPlan(
        table=table,
        mapping=mapping,
        rows=tuple(planned),
        existing=tuple(existing),
        problems=tuple(sorted(problems, key=lambda p: p.row)),
        empty_rows=empty,
        warnings=tuple(warnings),
    )


# ---------------------------------------------------------------------- applying


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
