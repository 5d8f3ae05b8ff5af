"""Reading the text of a municipal letter: header fields, kind of letter, commitments.

Pure functions over text (no files, no database), so they can be property-tested. The file
formats are read in :mod:`adviesraad_app.services.letters`; matching the letter to an advice
is in :mod:`adviesraad_app.domain.letter_match`.

Header layouts understood (DOMAIN.md, "Letters"):

* a row of labels over a row of values, the cells separated by tabs (text files, Word
  paragraphs, Word table rows) or by runs of two or more spaces at the labels' positions
  (PDF text extracted in layout mode), with empty cells where a field is blank;
* ``Label: value`` on one line, also several on one line separated by tabs or wide gaps;
* a label alone on a line with its value on the next line (``ONDERWERP`` / subject);
* a place-and-date line (``Almelo, 5 november 2024``) when no dated label is present.

Only the header block is read for fields: the lines before the salutation ("Geachte ...").
A letter without date or reference fields there has no recognisable header; it is reported
as such (``has_header`` false, letter type ``other``) and no field is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from adviesraad_app.i18n import translate

from .dates import DATE_IN_TEXT, MONTHS, find_dates, month_number, parse_date
from .errors import DateParseError
from .model import AdviceKind

MAX_HEADER_LINES = 80  # without a salutation, the header is looked for in this many lines


class LetterType(StrEnum):
    REPLY = "reply"
    REQUEST = "request"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            LetterType.REPLY: translate("Letters", "reactie op een advies"),
            LetterType.REQUEST: translate("Letters", "adviesaanvraag"),
            LetterType.OTHER: translate("Letters", "andere brief"),
        }[self]


class HeaderField(StrEnum):
    DATE = "date"
    YOUR_LETTER_DATE = "your_letter_date"
    YOUR_REFERENCE = "your_reference"
    OUR_REFERENCE = "our_reference"
    CASE_NUMBER = "case_number"
    HANDLED_BY = "handled_by"
    SUBJECT = "subject"
    REQUESTED_DEADLINE = "requested_deadline"


DATE_FIELDS = frozenset(
    {HeaderField.DATE, HeaderField.YOUR_LETTER_DATE, HeaderField.REQUESTED_DEADLINE}
)
# Fields whose presence makes a header block recognisable (a subject alone does not).
HEADER_EVIDENCE = frozenset(
    {
        HeaderField.DATE,
        HeaderField.YOUR_LETTER_DATE,
        HeaderField.YOUR_REFERENCE,
        HeaderField.OUR_REFERENCE,
        HeaderField.CASE_NUMBER,
    }
)

# Labels as written on letters, normalised by :func:`normalize_label`. ``None``: a label we
# know (so a row of labels is recognised as one) but whose value we do not use.
LABELS: dict[str, HeaderField | None] = {}
_LABEL_TEXTS: dict[HeaderField | None, tuple[str, ...]] = {
    HeaderField.DATE: (
        "datum",
        "verzonden",
        "verzonden op",
        "verzenddatum",
        "datum verzending",
        "datum verzonden",
        "dagtekening",
        "datum brief",
    ),
    HeaderField.YOUR_LETTER_DATE: (
        "uw brief",
        "uw brief van",
        "uw brief dd",
        "uw brief datum",
        "datum uw brief",
        "uw schrijven",
        "uw schrijven van",
        "uw advies van",
        "uw email van",
    ),
    HeaderField.YOUR_REFERENCE: ("uw kenmerk", "uw referentie", "uw ref", "uw nummer"),
    HeaderField.OUR_REFERENCE: (
        "ons kenmerk",
        "onze referentie",
        "ons ref",
        "ons nummer",
        "kenmerk",
        "referentie",
        "briefnummer",
    ),
    HeaderField.CASE_NUMBER: (
        "zaaknummer",
        "zaaknr",
        "zaak nr",
        "zaak",
        "zaakkenmerk",
        "dossiernummer",
    ),
    HeaderField.HANDLED_BY: (
        "behandeld door",
        "behandelaar",
        "contactpersoon",
        "inlichtingen",
        "inlichtingen bij",
        "informatie bij",
    ),
    HeaderField.SUBJECT: ("onderwerp", "betreft", "inzake"),
    HeaderField.REQUESTED_DEADLINE: (
        "uiterste datum",
        "uiterste datum advies",
        "advies uiterlijk",
        "advies gevraagd voor",
        "gevraagde adviesdatum",
    ),
    None: (
        "bijlagen",
        "bijlage",
        "aantal bijlagen",
        "doorkiesnummer",
        "doorkies",
        "telefoon",
        "telefoonnummer",
        "tel",
        "email",
        "afdeling",
        "team",
        "cluster",
        "sector",
        "kopie aan",
        "verzendwijze",
        "pagina",
        "blad",
    ),
}
for _field, _texts in _LABEL_TEXTS.items():
    for _text in _texts:
        LABELS[_text] = _field

_NON_LABEL_CHARS = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_CELL_GAP = re.compile(r"\S+(?: \S+)*")  # text between runs of two or more spaces
_LABEL_VALUE = re.compile(r"^\s*([^\W\d][\w .()/'-]{0,40}?)\s*:\s*(.*?)\s*$")
_SALUTATION = re.compile(
    r"^\s*(geachte|hooggeachte|beste|l\.\s?s\.|aan de leden|aan het college)\b", re.IGNORECASE
)
_CLOSING = re.compile(
    r"^\s*(hoogachtend|met vriendelijke groet|met vriendelijke groeten|met hartelijke groet|"
    r"burgemeester en wethouders)",
    re.IGNORECASE,
)
_PLACE_DATE = re.compile(r"^\s*[A-Z][\w'’ -]{1,40},\s+(.+?)\s*$")
_INITIALS_NAME = re.compile(r"^\s*(?:[A-Z][a-z]?\.){1,5}\s*(?:[a-z]+\s+)*[A-Z][\w'’-]+.*$")
_MARKUP = re.compile(r"\*\*|__")


def normalize_label(text: str) -> str:
    """``'Bijlage(n):'`` -> ``'bijlagen'``; ``'Uw brief d.d.'`` -> ``'uw brief dd'``."""
    lowered = text.lower().replace("-", "").replace("é", "e")
    return _SPACES.sub(" ", _NON_LABEL_CHARS.sub("", lowered)).strip()


def label_field(text: str) -> tuple[bool, HeaderField | None]:
    """(is a known label, the field it names)."""
    key = normalize_label(text)
    if not key or len(key) > 40:
        return False, None
    if key in LABELS:
        return True, LABELS[key]
    return False, None


def is_label(text: str) -> bool:
    return label_field(text)[0]


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


def _clean_value(text: str) -> str:
    return _SPACES.sub(" ", _MARKUP.sub("", text)).strip(" \t:;,")


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


def parse_header(lines: list[str]) -> dict[HeaderField, str]:
    """The raw values of the header fields found in ``lines`` (first occurrence wins)."""
    found: dict[HeaderField, str] = {}

    def put(name: HeaderField | None, value: str) -> None:
        value = _clean_value(value)
        if name is not None and value and name not in found:
            found[name] = value

    def next_content(i: int) -> int | None:
        """The next line with text, or with tabs only (a row of empty cells)."""
        for j in range(i + 1, min(i + 3, len(lines))):
            if lines[j].strip() or "\t" in lines[j]:
                return j
        return None

    i = 0
    while i < len(lines):
        line = _MARKUP.sub("", lines[i]).rstrip()
        cells, indexed = split_cells(line)
        filled = [c for c in cells if c.text]
        if not filled:
            i += 1
            continue
        label_flags = [label_field(c.text) for c in filled]
        if len(filled) >= 2 and all(flag for flag, _ in label_flags):
            # A row of labels: the values are on the next line, in the same columns.
            j = next_content(i)
            if j is not None:
                value_line = _MARKUP.sub("", lines[j]).rstrip(" \r")
                value_cells, _ = split_cells(value_line)
                if indexed:  # tab-separated labels: the values are tab fields, by index
                    value_cells = [
                        Cell(k, part.strip()) for k, part in enumerate(value_line.split("\t"))
                    ]
                value_filled = [c for c in value_cells if c.text]
                if not any(is_label(c.text) for c in value_filled):
                    if indexed:
                        by_column = {c.start: c.text for c in value_cells}
                        for label in cells:
                            put(label_field(label.text)[1], by_column.get(label.start, ""))
                    else:
                        positioned = _assign_positions(filled, value_filled)
                        for index, label in enumerate(filled):
                            put(label_field(label.text)[1], positioned.get(index, ""))
                    i = j + 1
                    continue
            i += 1
            continue
        first_flag, first_field = label_flags[0]
        if first_flag and len(filled) >= 2 and not any(flag for flag, _ in label_flags[1:]):
            # "Onderwerp <tab> value" or "Onderwerp:   value".
            put(first_field, " ".join(c.text for c in filled[1:]))
            i += 1
            continue
        if len(filled) == 1 and first_flag:
            # A label alone on its line, the value on the next one.
            j = next_content(i)
            if j is not None and lines[j].strip() and not _has_label(lines[j]):
                put(first_field, lines[j])
                i = j + 1
                continue
            i += 1
            continue
        for cell in filled:
            match = _LABEL_VALUE.match(cell.text)
            if match:
                flag, name = label_field(match[1])
                if flag:
                    put(name, match[2])
        i += 1
    return found


def month_day_in_text(text: str, reference: date | None) -> list[date]:
    """Dates written without a year ("uiterlijk 15 januari"), placed on or after ``reference``."""
    if reference is None:
        return []
    result: list[date] = []
    for match in _DAY_MONTH.finditer(text):
        month = month_number(match[2])
        if month is None:
            continue
        for year in (reference.year, reference.year + 1):
            try:
                candidate = date(year, month, int(match[1]))
            except ValueError:
                break
            if candidate >= reference:
                result.append(candidate)
                break
    return result


_MONTH_WORDS = "|".join(sorted((m for m in MONTHS), key=len, reverse=True))
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})\s+(" + _MONTH_WORDS + r"|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\b"
    r"\.?(?!\s*\d)",
    re.IGNORECASE,
)


def parse_letter_date(text: str) -> date | None:
    """A date as written in a header value: ``05 november 2024``, ``5-11-2024``,
    ``Almelo, 5 november 2024``, ``dinsdag 5 nov. 2024``; ``None`` when there is none."""
    cleaned = _clean_value(text)
    if not cleaned:
        return None
    try:
        return parse_date(cleaned)
    except DateParseError:
        pass
    found = find_dates(cleaned)
    if found:
        return found[0]
    short_year = _SHORT_YEAR.search(cleaned)
    if short_year:
        try:
            return parse_date(f"{short_year[1]}-{short_year[2]}-20{short_year[3]}")
        except DateParseError:
            return None
    return None


_SHORT_YEAR = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.]'?(\d{2})\b")


_Date = date  # the type, where a field named ``date`` hides it


@dataclass(frozen=True, slots=True)
class CommitmentCandidate:
    """A sentence that reads as a promise of the college, with a date if it names one."""

    text: str
    due_date: date | None = None


@dataclass(frozen=True, slots=True)
class LetterFields:
    """Everything read from a letter's text. Absent values are ``None``."""

    letter_type: LetterType
    has_header: bool
    date: _Date | None = None
    your_letter_date: _Date | None = None
    your_reference: str | None = None
    our_reference: str | None = None
    case_number: str | None = None
    handled_by: str | None = None
    subject: str | None = None
    advice_kind: AdviceKind | None = None
    requested_deadline: _Date | None = None
    commitments: tuple[CommitmentCandidate, ...] = ()
    signatories: str | None = None
    warnings: tuple[str, ...] = field(default=())


# ---------------------------------------------------------------------- body text

_ABBREVIATIONS = frozenset(
    {
        "t.a.v",
        "o.a",
        "d.d",
        "bijv",
        "i.v.m",
        "m.b.t",
        "nr",
        "blz",
        "dhr",
        "mevr",
        "drs",
        "mr",
        "ir",
        "dr",
        "e.d",
        "c.q",
        "z.s.m",
        "n.a.v",
        "enz",
        "o.b.v",
        "i.p.v",
        "m.i.v",
        "e.a",
        "ca",
        "resp",
        "art",
        "jl",
        "jl.",
    }
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*\s+")


def paragraphs(lines: list[str]) -> list[str]:
    """Running text as paragraphs: wrapped lines joined, a blank line ending a paragraph
    unless the text clearly goes on (double-spaced extractions)."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        stripped = _MARKUP.sub("", line).strip()
        if stripped:
            blocks[-1].append(stripped)
        elif blocks[-1]:
            blocks.append([])
    result: list[str] = []
    for block in blocks:
        if not block:
            continue
        text = " ".join(block)
        if result and not re.search(r"[.!?:;]$", result[-1]) and text[:1].islower():
            result[-1] = result[-1] + " " + text
        else:
            result.append(text)
    return [_SPACES.sub(" ", p) for p in result]


def sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph; initials (``M. van Brink``) and abbreviations do not end one."""
    result: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end()
        before = paragraph[start : match.start() + 1]
        word = before.split()[-1].rstrip(".!?").lower() if before.split() else ""
        next_char = paragraph[end : end + 1]
        starts_sentence = next_char.isupper() or next_char.isdigit() or next_char in '“‘"('
        if not next_char or not starts_sentence:
            continue
        if len(word) == 1 or word in _ABBREVIATIONS or re.fullmatch(r"([a-z]\.)+[a-z]?", word):
            continue
        result.append(paragraph[start:end].strip())
        start = end
    tail = paragraph[start:].strip()
    if tail:
        result.append(tail)
    return result


_WE = r"(?:wij|we)"
COMMITMENT_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{_WE}\s+zeggen\b.*\btoe\b",
        rf"\bzeggen\s+{_WE}\b.*\btoe\b",
        r"\btoegezegd\b",
        rf"\b{_WE}\s+zullen\b",
        rf"\bzullen\s+{_WE}\b",
        rf"\b{_WE}\s+(?:houden|informeren|berichten)\s+u\b",
        rf"\b(?:houden|informeren|berichten)\s+{_WE}\s+u\b",
        rf"\b{_WE}\s+komen\b.*\bterug\b",
        rf"\bkomen\s+{_WE}\b.*\bterug\b",
        r"\bafgesproken\s+is\s+dat\b",
        r"\b(?:is|werd|wordt)\s+(?:er\s+)?afgesproken\s+dat\b",
        rf"\b{_WE}\s+hebben\s+(?:met\s+.+\s+)?afgesproken\b",
        rf"\bspreken\s+{_WE}\b.*\baf\b",
    )
)
_DEADLINE_WORDS = re.compile(
    r"\b(?:uiterlijk|vóór|voor|op|per|tot|before|rond)\s+(?:de\s+|het\s+)?(?:[a-z]+dag\s+)?$",
    re.IGNORECASE,
)


def _dates_after_keyword(sentence: str, reference: date | None) -> list[date]:
    """Dates in a sentence that follow a deadline word ("uiterlijk 15 januari 2025")."""
    found: list[date] = []
    for match in DATE_IN_TEXT.finditer(sentence):
        if not _DEADLINE_WORDS.search(sentence[: match.start()]):
            continue
        found.extend(find_dates(match.group(0)))
    for match in _DAY_MONTH.finditer(sentence):
        if _DEADLINE_WORDS.search(sentence[: match.start()]):
            found.extend(month_day_in_text(match.group(0), reference))
    return found


def find_commitments(body: list[str], letter_date: date | None) -> list[CommitmentCandidate]:
    result: list[CommitmentCandidate] = []
    seen: set[str] = set()
    for paragraph in body:
        for sentence in sentences(paragraph):
            if not any(p.search(sentence) for p in COMMITMENT_PATTERNS):
                continue
            if sentence in seen:
                continue
            seen.add(sentence)
            dates = _dates_after_keyword(sentence, letter_date)
            due = dates[0] if dates else None
            if due is not None and letter_date is not None and due < letter_date:
                due = None
            result.append(CommitmentCandidate(sentence, due))
    return result


_REQUEST_ADVICE = re.compile(r"\badvie[sz]", re.IGNORECASE)


def find_requested_deadline(body: list[str], letter_date: date | None) -> date | None:
    """The date by which the college wants the advice ("graag ontvangen wij uw advies
    uiterlijk 15 januari 2025")."""
    for paragraph in body:
        for sentence in sentences(paragraph):
            if not _REQUEST_ADVICE.search(sentence):
                continue
            for due in _dates_after_keyword(sentence, letter_date):
                if letter_date is None or due >= letter_date:
                    return due
    return None


# ---------------------------------------------------------------------- kind of letter

_REPLY_SUBJECT = re.compile(
    r"\b(?:reactie|antwoord|beantwoording)\s+(?:op\s+)?(?:uw\s+|het\s+)?"
    r"(?:(?:on)?gevraagd(?:e)?\s+)?advies",
    re.IGNORECASE,
)
_REPLY_BODY = (
    re.compile(
        r"\b(?:heeft\s+u|u\s+heeft|hebt\s+u|heeft\s+uw\s+raad)\b[^.]{0,80}"
        r"\b(?:on)?gevraagd(?:e)?\s+advies",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:naar\s+aanleiding\s+van|in\s+reactie\s+op|wij\s+reageren\s+op|reageren\s+wij\s+op|"
        r"dank\s+voor)\s+uw\s+(?:(?:on)?gevraagd(?:e)?\s+)?advies",
        re.IGNORECASE,
    ),
    re.compile(r"\breactie\s+op\s+uw\s+(?:(?:on)?gevraagd(?:e)?\s+)?advies", re.IGNORECASE),
)
_REQUEST_SUBJECT = re.compile(
    r"\b(?:adviesaanvraag|aanvraag\s+(?:om\s+)?advies|verzoek\s+(?:om|tot)\s+advies|"
    r"vraag\s+om\s+advies)",
    re.IGNORECASE,
)
_REQUEST_BODY = (
    re.compile(r"\bgraag\s+ontvangen\s+(?:wij|we)\s+uw\s+advies", re.IGNORECASE),
    re.compile(r"\bontvangen\s+(?:wij|we)\s+(?:graag\s+)?uw\s+advies", re.IGNORECASE),
    re.compile(
        r"\b(?:vragen|verzoeken)\s+(?:wij|we)\s+u\b[^.]{0,60}\b(?:advies|te\s+adviseren)",
        re.IGNORECASE,
    ),
    re.compile(r"\bvragen\s+(?:wij|we)\s+uw\s+advies", re.IGNORECASE),
    re.compile(r"\badviesaanvraag\b", re.IGNORECASE),
)
_UNSOLICITED = re.compile(r"\bongevraagd(?:e)?\s+advies", re.IGNORECASE)
_SOLICITED = re.compile(r"(?<![a-z])gevraagd(?:e)?\s+advies", re.IGNORECASE)
_SIGNAL = re.compile(r"\bsignaal\b", re.IGNORECASE)


def classify(subject: str, body: str) -> tuple[LetterType, bool]:
    """The kind of letter, and whether the signals contradicted each other."""
    reply = 3 if _REPLY_SUBJECT.search(subject) else 0
    request = 3 if _REQUEST_SUBJECT.search(subject) else 0
    reply += sum(2 for p in _REPLY_BODY if p.search(body))
    request += sum(2 for p in _REQUEST_BODY if p.search(body))
    if reply == request:
        return LetterType.OTHER, reply > 0
    return (LetterType.REPLY if reply > request else LetterType.REQUEST), False


def advice_kind_of(subject: str, body: str) -> AdviceKind | None:
    """Solicited or unsolicited advice, as the reply says; the subject decides first."""
    for text in (subject, body):
        unsolicited = _UNSOLICITED.search(text)
        solicited = _SOLICITED.search(text)
        if unsolicited and (not solicited or unsolicited.start() <= solicited.start()):
            return AdviceKind.ONGEVRAAGD
        if solicited:
            return AdviceKind.GEVRAAGD
        if text is subject and _SIGNAL.search(text):
            return AdviceKind.SIGNAAL
    return None


_TITLE_PREFIX = re.compile(
    r"^\s*(?:adviesaanvraag|aanvraag\s+(?:om\s+)?advies|verzoek\s+(?:om|tot)\s+advies|"
    r"vraag\s+om\s+advies)\s*(?:(?:over|inzake|betreffende|m\.b\.t\.|voor|:|-|–)\s*)*",
    re.IGNORECASE,
)


def advice_title_from_subject(subject: str) -> str:
    """The subject of a request without its "Adviesaanvraag ..." prefix, capitalised."""
    title = _TITLE_PREFIX.sub("", subject).strip(" :-–")
    title = title or subject.strip()
    return title[:1].upper() + title[1:]


def _signatories(lines: list[str]) -> str | None:
    for index, line in enumerate(lines):
        if _CLOSING.match(line):
            names = [
                candidate.strip()
                for candidate in lines[index + 1 : index + 16]
                if _INITIALS_NAME.match(candidate) and len(candidate.strip()) < 60
            ]
            return ", ".join(names) if names else None
    return None


def _body_lines(lines: list[str], start: int) -> list[str]:
    body: list[str] = []
    for line in lines[start:]:
        if _CLOSING.match(line):
            break
        body.append(line)
    return body


def normalize_text(text: str) -> str:
    """Line endings, non-breaking and zero-width spaces, form feeds as produced by extraction."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    for char in ("\u00a0", "\u2007", "\u202f"):
        text = text.replace(char, " ")
    for char in ("\u200b", "\ufeff", "\u00ad"):
        text = text.replace(char, "")
    return text


def parse_letter(text: str) -> LetterFields:
    """Read a letter's text: header fields, kind, advice kind, commitments, deadline."""
    lines = normalize_text(text).split("\n")
    head, body_start = header_lines(lines)
    raw = parse_header(head)
    warnings: list[str] = []

    dates: dict[HeaderField, date | None] = {}
    for name in DATE_FIELDS:
        value = raw.get(name)
        if value is None:
            continue
        parsed = parse_letter_date(value)
        dates[name] = parsed
        if parsed is None:
            warnings.append(
                translate("Letters", "‘{value}’ bij {label} is geen datum.").format(
                    value=value, label=_field_label(name)
                )
            )
    letter_date = dates.get(HeaderField.DATE)
    if letter_date is None and HeaderField.DATE not in raw:
        for line in head:
            match = _PLACE_DATE.match(line.strip())
            if match:
                letter_date = parse_letter_date(match[1])
                if letter_date is not None:
                    break
    has_header = any(name in raw for name in HEADER_EVIDENCE)
    if not has_header:
        warnings.insert(
            0,
            translate(
                "Letters",
                "Geen briefhoofd herkend (geen datum, kenmerk of zaaknummer bij een label zoals "
                "‘Datum’ of ‘Ons kenmerk’). De brief is niet als reactie of adviesaanvraag "
                "gelezen; er is niets geraden.",
            ),
        )
        return LetterFields(
            letter_type=LetterType.OTHER, has_header=False, warnings=tuple(warnings)
        )

    body_lines = _body_lines(lines, body_start if body_start else len(head))
    body = paragraphs(body_lines)
    body_text = " ".join(body)
    subject = raw.get(HeaderField.SUBJECT)
    letter_type, conflicting = classify(subject or "", body_text)
    if conflicting:
        warnings.append(
            translate(
                "Letters",
                "De brief lijkt zowel een reactie op een advies als een adviesaanvraag; kies zelf "
                "wat het is.",
            )
        )
    elif letter_type == LetterType.OTHER:
        warnings.append(
            translate(
                "Letters",
                "De brief is geen herkenbare reactie op een advies en geen adviesaanvraag.",
            )
        )
    advice_kind = None
    if letter_type == LetterType.REPLY:
        advice_kind = advice_kind_of(subject or "", body_text)
    commitments: list[CommitmentCandidate] = []
    if letter_type == LetterType.REPLY:
        commitments = find_commitments(body, letter_date)
    requested = dates.get(HeaderField.REQUESTED_DEADLINE)
    if letter_type == LetterType.REQUEST and requested is None:
        requested = find_requested_deadline(body, letter_date)
        if requested is None:
            warnings.append(
                translate(
                    "Letters",
                    "In de adviesaanvraag staat geen datum waarvoor het advies binnen moet zijn; "
                    "de standaardtermijn geldt.",
                )
            )
    if letter_type != LetterType.REQUEST:
        requested = None
    if letter_date is None:
        warnings.append(translate("Letters", "De datum van de brief is niet gevonden."))
    return LetterFields(
        letter_type=letter_type,
        has_header=True,
        date=letter_date,
        your_letter_date=dates.get(HeaderField.YOUR_LETTER_DATE),
        your_reference=raw.get(HeaderField.YOUR_REFERENCE),
        our_reference=raw.get(HeaderField.OUR_REFERENCE),
        case_number=raw.get(HeaderField.CASE_NUMBER),
        handled_by=raw.get(HeaderField.HANDLED_BY),
        subject=subject,
        advice_kind=advice_kind,
        requested_deadline=requested,
        commitments=tuple(commitments),
        signatories=_signatories(lines[body_start:]) if body_start else None,
        warnings=tuple(warnings),
    )


def _field_label(name: HeaderField) -> str:
    return {
        HeaderField.DATE: translate("Letters", "Datum"),
        HeaderField.YOUR_LETTER_DATE: translate("Letters", "Uw brief"),
        HeaderField.YOUR_REFERENCE: translate("Letters", "Uw kenmerk"),
        HeaderField.OUR_REFERENCE: translate("Letters", "Ons kenmerk"),
        HeaderField.CASE_NUMBER: translate("Letters", "Zaaknummer"),
        HeaderField.HANDLED_BY: translate("Letters", "Behandeld door"),
        HeaderField.SUBJECT: translate("Letters", "Onderwerp"),
        HeaderField.REQUESTED_DEADLINE: translate("Letters", "Uiterste datum"),
    }[name]
