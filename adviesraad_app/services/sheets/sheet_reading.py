"""Step 1 of the register import: reading the sheet (``.xlsx`` or ``.csv``) into a
:class:`SheetTable`: the cells, row numbers as the spreadsheet shows them, merged cells filled
in downwards, formulas without a computed value marked. Unreadable files raise
:class:`RegisterImportError`; the limits below keep a hostile file from eating the machine."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.errors import UserError
from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import (
    describe_content,
    file_error,
    looks_binary,
    not_a_file,
    quiet_library,
    read_head,
    zip_problem,
)
from adviesraad_app.services.sheets.formula_guard import from_csv_text
from adviesraad_app.services.sheets.register_sheet import column_letter

MAX_SHEET_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 500 * 1024 * 1024
MAX_ROWS = 100_000
MAX_CSV_LINE = 4 * 1024 * 1024  # characters in one line of a CSV file (a row, mostly)
MAX_COLUMNS = 100  # a register has about 22; more is something else (or an attack)
HEADER_SEARCH_ROWS = 30


class RegisterImportError(UserError):
    """A spreadsheet that cannot be read at all (the message names the file)."""


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


def cell_text(value: Any) -> str:
    """A cell as text: as the spreadsheet shows it, spaces tidied."""
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


def fail_import(path: Path, message: str) -> RegisterImportError:
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
        raise fail_import(
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
            raise fail_import(path, problem)
        size = path.stat().st_size
    except OSError as exc:
        raise file_error(exc, path) from exc
    if size == 0:
        raise fail_import(path, translate("Import", "het bestand is leeg."))
    if size > MAX_SHEET_BYTES:
        raise fail_import(
            path,
            translate("Import", "het bestand is te groot ({mb} MB; hooguit {max} MB).").format(
                mb=size // (1024 * 1024), max=MAX_SHEET_BYTES // (1024 * 1024)
            ),
        )
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, read_head(path))
    return _read_csv(path)  # reads the whole file itself


def _too_many_rows(path: Path, count: int) -> RegisterImportError:
    return fail_import(
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
        raise fail_import(
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


def _fill_merged_cells(sheet: Any, values: list[list[Any]]) -> list[str]:
    """A value in merged cells counts for every row they span (downwards, as far as cells
    are present); a warning for each such merge."""
    warnings: list[str] = []
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
                value=cell_text(top),
                first=merged.min_row,
                last=last,
            )
        )
    return warnings


def _uncached_formulas(path: Path, title: str, values: list[list[Any]]) -> set[tuple[int, int]]:
    """The cells (row number, column index) holding a formula without a computed value."""
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    uncached: set[tuple[int, int]] = set()
    formulas = load_workbook(path, data_only=False, read_only=True)[title]
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
    return uncached


def _read_xlsx(path: Path, head: bytes) -> SheetTable:
    problem = zip_problem(path, head, "xl/workbook.xml", MAX_UNPACKED_BYTES)
    if problem is not None:
        raise fail_import(
            path,
            translate("Import", "dit is geen Excel-werkmap (.xlsx): {what}.").format(what=problem),
        )
    from openpyxl import load_workbook

    try:
        # Not read-only: merged cells are only known to a fully loaded sheet.
        with quiet_library("openpyxl"):  # its English warnings about skipped features
            workbook = load_workbook(path, data_only=True)
        sheet = workbook.active
        if sheet is None or not _present_values(sheet):
            sheet = next((ws for ws in workbook.worksheets if _present_values(ws)), sheet)
        if sheet is None:
            raise fail_import(path, translate("Import", "de werkmap heeft geen werkblad."))
        values = _grid(path, sheet)
        warnings = _fill_merged_cells(sheet, values)
        uncached = _uncached_formulas(path, sheet.title, values) if _has_formulas(path) else set()
        title = sheet.title
        workbook.close()
    except UserError:
        raise
    except Exception as exc:  # any parse failure of an untrusted file, whatever openpyxl raises
        raise fail_import(
            path, translate("Import", "de werkmap is beschadigd of onleesbaar.")
        ) from exc
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
        raise fail_import(
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
                raise fail_import(path, translate("Import", "het bestand bevat geen gegevens."))
            delimiter = _sniff_delimiter(sample)
            stream.seek(0)
            reader = csv.reader(_bounded_lines(stream), delimiter=delimiter)
            for number, record in enumerate(reader, start=1):
                if number > limit:
                    raise fail_import(
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
        raise fail_import(
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
