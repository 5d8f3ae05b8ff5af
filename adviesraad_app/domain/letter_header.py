"""Reading the header block of a letter: which label has which value. Pure.

Layouts understood (DOMAIN.md, "Letters", and the public letters in
``tests/fixtures/letters``):

* a row of labels over a row of values, the cells separated by tabs or by runs of two or more
  spaces at the labels' positions, with empty cells where a field is blank;
* a row of labels separated by single spaces (``Onderwerp Datum``) over one line of values,
  which is split by the kind of value (``Verzamelbrief juli/augustus 2005 30 augustus 2005``:
  a subject, then a date);
* ``Label: value``, ``Label : value``, ``Label value`` (a known label, then a value of the
  right shape), ``Labelvalue`` glued by text extraction, several on one line separated by
  tabs, wide gaps or `` / `` (``Uw kenmerk 362684 / Uw brief van 23 maart 2022``);
* a label alone on a line with its value on the next line, also in bullets;
* a column of labels, then a column of colons, then fewer values than labels (raadsvoorstel):
  the values are given, in order, to the next label whose kind they fit;
* ``(zaaknummer 2019/008356)`` in a title;
* a place-and-date line (``Klundert, 17 mei 2022``, ``… 's-Gravenhage, 21 september 2022``),
  read by :func:`find_place_date`.

Only the lines before the salutation ("Geachte ...") are read. A value is only taken when it
has the shape of its field (:func:`~adviesraad_app.domain.letter_labels.value_fits`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from adviesraad_app.domain.dates import date_in_text
from adviesraad_app.domain.letter_labels import (
    DATE_FIELDS,
    REFERENCE_FIELDS,
    HeaderField,
    clean_value,
    is_label,
    label_field,
    looks_like_date,
    looks_like_name,
    looks_like_reference,
    normalize_label,
    parse_letter_date,
    repair_ocr_digits,
    value_fits,
)

MAX_HEADER_LINES = 80  # without a salutation, the header is looked for in this many lines
MAX_LABEL_WORDS = 5

_CELL_GAP = re.compile(r"\S+(?: \S+)*")  # text between runs of two or more spaces
_LABEL_VALUE = re.compile(r"^\s*([^\W\d][\w .()/'-]{0,40}?)\s*:\s*(.*?)\s*$")
_LOOKS_LABELLED = re.compile(r"^\s*[^\W\d][\w .()/'-]{0,30}?\s*:(?:\s|$)")
_SALUTATION = re.compile(
    r"^\s*(?:geachte|hooggeachte|beste|l\.\s?s\.|aan de leden|aan het college\s*,?\s*$)\b",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"\*\*|__")
_BULLET = re.compile(r"^\s*[-•*–]\s+")
_COLON_ONLY = re.compile(r"^\s*:\s*$")
_VALUE_START = re.compile(r"^[\dA-ZÀ-Ý“‘\"'«(]")
_TEXT_FIELDS = frozenset({HeaderField.SUBJECT, HeaderField.HANDLED_BY})
_PART_SEPARATOR = re.compile(r"\s+[/|]\s+")
_INLINE_REFERENCE = re.compile(
    r"\((zaaknummer|zaaknr\.?|ons kenmerk|kenmerk)\s*:?\s*([^()]{3,40})\)", re.IGNORECASE
)
_PLACE = r"(?:'s-|’s-)?[A-Z][\w'’.-]*(?:[ -](?:aan|den|de|op|van|bij|[A-Z][\w'’.-]*)){0,3}"
_DAY = r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?"
_PLACE_DATE = re.compile(
    r"(?:^|\s)"
    + _PLACE
    + r",\s+(?:d\.\s?d\.\s+)?"
    + _DAY
    + r"(\d{1,2}\s+[A-Za-z]+\.?\s+[0-9OoIlL|]{4}|\d{1,2}[-/.]\d{1,2}[-/.][0-9OoIlL|]{2,4})\.?\s*$"
)


@dataclass(frozen=True, slots=True)
class Cell:
    start: int  # column position (characters) or cell index (tab-separated rows)
    text: str


def split_cells(line: str) -> tuple[list[Cell], bool]:
    """The cells of a header line and whether they are indexed (tabs) or positioned (spaces).

    Tab-separated: cell ``i`` is the i-th tab field (empty fields kept, so an empty cell
    keeps the columns aligned). Otherwise cells are the texts between runs of two or more
    spaces, with their start positions.
    """
    if "\t" in line:
        return [Cell(i, part.strip()) for i, part in enumerate(line.split("\t"))], True
    return [Cell(m.start(), m.group(0).strip()) for m in _CELL_GAP.finditer(line)], False


def _assign_positions(labels: list[Cell], values: list[Cell]) -> dict[int, str]:
    """Values of a space-aligned row, by the label column each one starts under."""
    result: dict[int, list[str]] = {}
    starts = [c.start for c in labels]
    for value in values:
        column = 0
        for index, start in enumerate(starts):
            if start <= value.start + 3:
                column = index
        result.setdefault(column, []).append(value.text)
    return {k: " ".join(v) for k, v in result.items()}


def header_lines(lines: list[str]) -> tuple[list[str], int]:
    """The lines of the header block and the index where the letter's body starts."""
    for index, line in enumerate(lines):
        if _SALUTATION.match(line):
            return lines[:index], index + 1
    limit = min(len(lines), MAX_HEADER_LINES)
    return lines[:limit], 0


def _has_label(line: str) -> bool:
    """Whether a line holds a label (alone, in a row of cells, or as ``Label: value``)."""
    for cell in split_cells(line)[0]:
        if not cell.text:
            continue
        if is_label(cell.text):
            return True
        match = _LABEL_VALUE.match(cell.text)
        if match and is_label(match[1]):
            return True
    return False


def _clean_line(line: str) -> str:
    return _BULLET.sub("", _MARKUP.sub("", line)).rstrip()


# ---------------------------------------------------------------------- kinds of labels

_KIND_WORDS = (
    ("date", ("datum", "vergadering", "verzonden")),
    ("ref", ("nummer", "kenmerk", "punt", "nr")),
    ("name", ("opsteller", "houder", "naam", "behandel", "informatie", "inlichtingen")),
)


def _label_kind(text: str) -> str:
    """What kind of value a label takes: ``date``, ``ref``, ``name`` or ``text``."""
    name = label_field(text)[1]
    if name in DATE_FIELDS:
        return "date"
    if name in REFERENCE_FIELDS:
        return "ref"
    if name == HeaderField.HANDLED_BY:
        return "name"
    if name == HeaderField.SUBJECT:
        return "text"
    key = normalize_label(text)
    for kind, words in _KIND_WORDS:
        if any(word in key for word in words):
            return kind
    return "text"


def _fits_kind(kind: str, value: str) -> bool:
    if kind == "date":
        return looks_like_date(value)
    if kind == "ref":
        return looks_like_reference(value)
    if kind == "name":
        return looks_like_name(value)
    return True


def split_label_words(text: str) -> list[str] | None:
    """A line of labels separated by single spaces (``Uw brief Ons kenmerk``) as its labels,
    longest label first; ``None`` unless the whole line is two or more labels."""
    words = text.split()
    labels: list[str] = []
    start = 0
    while start < len(words):
        for end in range(min(len(words), start + MAX_LABEL_WORDS), start, -1):
            candidate = " ".join(words[start:end])
            if is_label(candidate):
                labels.append(candidate)
                start = end
                break
        else:
            return None
    return labels if len(labels) >= 2 else None


def label_prefix(text: str) -> tuple[str, str] | None:
    """``Ons kenmerk F/2008014684`` -> (``Ons kenmerk``, ``F/2008014684``); also a label glued
    to its value by text extraction (``Datum uitspraak2006-04-03``). Longest label first."""
    found: list[tuple[str, str]] = []
    words = text.split()
    for end in range(min(len(words) - 1, MAX_LABEL_WORDS), 0, -1):
        candidate = " ".join(words[:end])
        if is_label(candidate):
            found.append((candidate, " ".join(words[end:])))
            break
    for index in range(3, min(len(text), 45)):
        before, after = text[index - 1], text[index]
        glued = (before.islower() or before == ")") and (after.isdigit() or after.isupper())
        if glued and is_label(text[:index]):
            found.append((text[:index], text[index:]))
    return max(found, key=lambda pair: len(pair[0])) if found else None


def split_by_kind(labels: list[str], value: str) -> dict[int, str]:
    """One line of values under a row of labels, split by kind: a date at the start or end of
    the line goes to the date label, the rest to the first other label it fits."""
    result: dict[int, str] = {}
    rest = clean_value(value)
    date_labels = [i for i, label in enumerate(labels) if _label_kind(label) == "date"]
    if date_labels:
        matches = list(date_in_text().finditer(rest))
        for match in (matches[-1:] + matches[:1]) if matches else []:
            if match.end() == len(rest) or match.start() == 0:
                result[date_labels[0]] = match.group(0)
                rest = clean_value(rest[: match.start()] + rest[match.end() :])
                break
    if rest:
        for index, label in enumerate(labels):
            if index not in result and _fits_kind(_label_kind(label), rest):
                result[index] = rest
                break
    return result


def assign_column(labels: list[str], values: list[str]) -> dict[int, str] | None:
    """Values listed under a column of labels (fewer values than labels): each value goes to
    the next label whose kind it fits. ``None`` when a value fits no label left (the block
    is then not read at all rather than read wrong)."""
    result: dict[int, str] = {}
    position = 0
    for value in values:
        for index in range(position, len(labels)):
            if _fits_kind(_label_kind(labels[index]), value):
                result[index] = value
                position = index + 1
                break
        else:
            return None
    return result


def _column_block(lines: list[str], i: int) -> tuple[list[str], list[str], int] | None:
    """A column of three or more labels at line ``i``, optional lines with only a colon, and
    the values under them: (labels, values, index after the block)."""
    labels: list[str] = []
    j = i
    while j < len(lines):
        text = _clean_line(lines[j]).strip().rstrip(":").strip()
        if not text or not is_label(text) or len(split_cells(lines[j])[0]) > 1:
            break
        labels.append(text)
        j += 1
    if len(labels) < 3:
        return None
    while j < len(lines) and (_COLON_ONLY.match(lines[j]) or not lines[j].strip()):
        j += 1
    values: list[str] = []
    while j < len(lines) and len(values) < len(labels):
        text = _clean_line(lines[j]).strip().lstrip(":").strip()
        if not text or _has_label(text) or _LOOKS_LABELLED.match(text):
            break
        values.append(text)
        j += 1
    if not values:
        return None
    return labels, values, j


@dataclass(frozen=True, slots=True)
class _Row:
    """One line of the header, split into cells, with what each filled cell is."""

    index: int
    cells: list[Cell]
    filled: list[Cell]
    flags: list[tuple[bool, HeaderField | None]]  # label_field() of each filled cell
    indexed: bool  # tab-separated

    @property
    def first_is_label(self) -> bool:
        return self.flags[0][0]


class _HeaderReader:
    """Reads the header fields line by line; each row shape has a method that returns the
    index of the next line to read when the shape applies, or None when it does not."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.found: dict[HeaderField, str] = {}

    def put(self, name: HeaderField | None, value: str) -> None:
        value = clean_value(value)
        if name is None or not value or name in self.found:
            return
        if name in REFERENCE_FIELDS and not looks_like_reference(value):
            return  # a reference without the shape of one: better none than a wrong one
        if name == HeaderField.HANDLED_BY and date_in_text().search(value):
            return  # a person is no date
        self.found[name] = value

    def put_checked(self, label: str, value: str, after_label: bool = False) -> bool:
        """Put a value found without a separator only when its shape fits the label. Text
        right after a label word (``Onderwerp Reactie …``) must also start like a value, with
        a capital, a digit or a quote: ``Inzake de Wmo hebben wij …`` is a sentence."""
        name = label_field(label)[1]
        if after_label and name in _TEXT_FIELDS and not _VALUE_START.match(value):
            return False
        if name is not None and value_fits(name, value):
            self.put(name, value)
            return True
        return name is None

    def next_content(self, i: int) -> int | None:
        """The next line with text, or with tabs only (a row of empty cells)."""
        for j in range(i + 1, min(i + 3, len(self.lines))):
            if self.lines[j].strip() or "\t" in self.lines[j]:
                return j
        return None

    def read_line(self, i: int) -> int:
        """Read line ``i`` (and the lines of values that belong to it); the next index."""
        line = _clean_line(self.lines[i])
        cells, indexed = split_cells(line)
        filled = [c for c in cells if c.text]
        if not filled:
            return i + 1
        for inline in _INLINE_REFERENCE.finditer(line):
            self.put(label_field(inline[1])[1], inline[2])
        row = _Row(i, cells, filled, [label_field(c.text) for c in filled], indexed)
        for shape in (
            self._label_row,
            self._spaced_labels,
            self._column,
            self._label_and_value,
            self._label_alone,
        ):
            after = shape(row)
            if after is not None:
                return after
        self._label_value_parts(row)
        return i + 1

    def _label_row(self, row: _Row) -> int | None:
        """A row of labels: the values are on the next line, in the same columns."""
        if len(row.filled) < 2 or not all(flag for flag, _ in row.flags):
            return None
        j = self.next_content(row.index)
        if j is None:
            return row.index + 1
        value_line = _MARKUP.sub("", self.lines[j]).rstrip(" \r")
        value_cells, _ = split_cells(value_line)
        if row.indexed:  # tab-separated labels: the values are tab fields, by index
            value_cells = [Cell(k, part.strip()) for k, part in enumerate(value_line.split("\t"))]
        value_filled = [c for c in value_cells if c.text]
        if any(is_label(c.text) for c in value_filled):
            return row.index + 1
        if row.indexed:
            by_column = {c.start: c.text for c in value_cells}
            for label in row.cells:
                self.put(label_field(label.text)[1], by_column.get(label.start, ""))
        else:
            positioned = _assign_positions(row.filled, value_filled)
            for index, label in enumerate(row.filled):
                self.put(label_field(label.text)[1], positioned.get(index, ""))
        return j + 1

    def _spaced_labels(self, row: _Row) -> int | None:
        """Labels separated by single spaces; one line of values, split by kind."""
        if len(row.filled) != 1 or row.first_is_label:
            return None
        words = split_label_words(row.filled[0].text)
        if words is None:
            return None
        j = self.next_content(row.index)
        if j is None or not self.lines[j].strip() or _has_label(self.lines[j]):
            return None
        for index, value in split_by_kind(words, self.lines[j]).items():
            self.put_checked(words[index], value)
        return j + 1

    def _column(self, row: _Row) -> int | None:
        """Labels one below the other, then their values one below the other."""
        if len(row.filled) != 1 or not row.first_is_label:
            return None
        column = _column_block(self.lines, row.index)
        if column is None:
            return None
        labels, values, after = column
        assigned = assign_column(labels, values)
        for index, value in (assigned or {}).items():
            self.put(label_field(labels[index])[1], value)
        return after

    def _label_and_value(self, row: _Row) -> int | None:
        """``Onderwerp <tab> value`` or ``Onderwerp:   value``."""
        if not row.first_is_label or len(row.filled) < 2:
            return None
        if any(flag for flag, _ in row.flags[1:]):
            return None
        self.put(row.flags[0][1], " ".join(c.text for c in row.filled[1:]))
        return row.index + 1

    def _label_alone(self, row: _Row) -> int | None:
        """A label alone on its line, the value on the next one."""
        if len(row.filled) != 1 or not row.first_is_label:
            return None
        j = self.next_content(row.index)
        if (
            j is not None
            and self.lines[j].strip()
            and not _has_label(self.lines[j])
            and not _LOOKS_LABELLED.match(_clean_line(self.lines[j]))
        ):
            self.put(row.flags[0][1], _clean_line(self.lines[j]))
            return j + 1
        return row.index + 1

    def _label_value_parts(self, row: _Row) -> None:
        """``Label: value`` parts inside cells, or a label word followed by its value."""
        for cell in row.filled:
            for part in _PART_SEPARATOR.split(cell.text):
                match = _LABEL_VALUE.match(part)
                if match and is_label(match[1]):
                    self.put(label_field(match[1])[1], match[2])
                    continue
                prefix = label_prefix(part.strip())
                if prefix is not None:
                    self.put_checked(*prefix, after_label=True)


def parse_header(lines: list[str]) -> dict[HeaderField, str]:
    """The raw values of the header fields found in ``lines`` (first occurrence wins)."""
    reader = _HeaderReader(lines)
    i = 0
    while i < len(lines):
        i = reader.read_line(i)
    return reader.found


def find_place_date(lines: list[str]) -> date | None:
    """The date of a place-and-date line (``Klundert, 17 mei 2022``), also at the end of a
    line that starts with something else, also with OCR-damaged digits (``20L4``)."""
    for line in lines:
        match = _PLACE_DATE.search(_clean_line(line))
        if match:
            found = parse_letter_date(repair_ocr_digits(match[1]))
            if found is not None:
                return found
    return None
