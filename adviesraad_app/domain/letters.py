"""Reading the text of a municipal letter: header fields, kind of letter, commitments.

Pure functions over text (no files, no database), so they can be property-tested. The file
formats are read in :mod:`adviesraad_app.services.letters.reading`; the header block in
:mod:`adviesraad_app.domain.letter_header` (layouts) and
:mod:`adviesraad_app.domain.letter_labels` (labels, shapes of values, dates); deadlines
asked for in the body in :mod:`adviesraad_app.domain.letter_deadline`; the council's own
letters in :mod:`adviesraad_app.domain.letter_sender`; matching the letter to an advice in
:mod:`adviesraad_app.domain.letter_match`.

Only the header block is read for fields: the lines before the salutation ("Geachte ...").
A letter without a date, reference or case number there (under a label or on a
place-and-date line) has no recognisable header; it is reported as such (``has_header``
false, letter type ``other``) and no field is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from adviesraad_app.domain.advices import AdviceKind
from adviesraad_app.domain.dates import DATE_IN_TEXT, find_dates
from adviesraad_app.domain.letter_deadline import RequestedDeadline, find_relative_deadline
from adviesraad_app.domain.letter_header import (
    MAX_HEADER_LINES,
    find_place_date,
    header_lines,
    parse_header,
)
from adviesraad_app.domain.letter_labels import (
    DATE_FIELDS,
    DAY_MONTH,
    HEADER_EVIDENCE,
    HeaderField,
    month_day_in_text,
    parse_letter_date,
)
from adviesraad_app.domain.letter_sender import is_from_council
from adviesraad_app.i18n import translate

__all__ = [
    "MAX_HEADER_LINES",
    "CommitmentCandidate",
    "HeaderField",
    "LetterFields",
    "LetterType",
    "RequestedDeadline",
    "parse_letter",
    "parse_letter_date",
]

_SPACES = re.compile(r"\s+")
_MARKUP = re.compile(r"\*\*|__")
_CLOSING = re.compile(
    r"^\s*(hoogachtend|met vriendelijke groet|met vriendelijke groeten|met hartelijke groet|"
    r"burgemeester en wethouders)",
    re.IGNORECASE,
)
_INITIALS_NAME = re.compile(r"^\s*(?:[A-Z][a-z]?\.){1,5}\s*(?:[a-z]+\s+)*[A-Z][\w'’-]+.*$")


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
    # How the letter put the requested deadline, and whether it was counted from the date.
    requested_deadline_phrase: str | None = None
    requested_deadline_computed: bool = False
    from_council: bool = False  # the council's own letter, written to the college


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
    for match in DAY_MONTH.finditer(sentence):
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


def find_requested(
    body: list[str], letter_date: date | None, apply_termijnenwet: bool = True
) -> RequestedDeadline | None:
    """The date by which the college wants the advice: written ("graag ontvangen wij uw advies
    uiterlijk 15 januari 2025", "vóór 1 oktober", "uiterlijk 29 juli aanstaande") or counted
    from the letter's date ("binnen zes weken")."""
    relative: RequestedDeadline | None = None
    for paragraph in body:
        for sentence in sentences(paragraph):
            if not _REQUEST_ADVICE.search(sentence):
                continue
            for due in _dates_after_keyword(sentence, letter_date):
                if letter_date is None or due >= letter_date:
                    return RequestedDeadline(due, sentence)
            if relative is None:
                relative = find_relative_deadline(sentence, letter_date, apply_termijnenwet)
    return relative


_YOUR_LETTER_IN_TEXT = re.compile(
    r"\buw\s+(?:[a-z]+\s+){0,2}?[a-z]*(?:brief|verzoek|schrijven|aanvraag|mail)[a-z]*\s+"
    r"(?:van|d\.\s?d\.?|dd\.?)\s+(\d{1,2}\s+[a-z]+\s+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})",
    re.IGNORECASE,
)


def your_letter_in_text(lines: list[str]) -> date | None:
    """``uw brief van 12 augustus 2024`` / ``uw spoedadviesverzoek d.d. 13 maart 2019`` in the
    text, for a letter whose header has no ``Uw brief`` label."""
    text = _SPACES.sub(" ", " ".join(lines))
    match = _YOUR_LETTER_IN_TEXT.search(text)
    return parse_letter_date(match[1]) if match else None


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


def _header_dates(
    raw: dict[HeaderField, str], warnings: list[str]
) -> dict[HeaderField, date | None]:
    """The header's date fields parsed (``None`` for one that is no date, with a warning)."""
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
    return dates


def _requested_deadline(
    in_header: date | None,
    body: list[str],
    letter_date: date | None,
    apply_termijnenwet: bool,
    warnings: list[str],
) -> tuple[date | None, RequestedDeadline | None]:
    """The date a request wants the advice by: from its header, else from its text (and how
    it was found), with a warning when it was computed or is missing."""
    if in_header is not None:
        return in_header, None
    how = find_requested(body, letter_date, apply_termijnenwet)
    requested = how.due if how else None
    if how is not None and how.computed:
        warnings.append(
            translate(
                "Letters",
                "De uiterste datum voor het advies is berekend: ‘{phrase}’ na de datum van de "
                "brief. Controleer hem.",
            ).format(phrase=how.phrase)
        )
    if requested is None:
        warnings.append(
            translate(
                "Letters",
                "In de adviesaanvraag staat geen datum waarvoor het advies binnen moet zijn; "
                "de standaardtermijn geldt.",
            )
        )
    return requested, how


def parse_letter(
    text: str, council_name: str | None = None, apply_termijnenwet: bool = True
) -> LetterFields:
    """Read a letter's text: header fields, kind, advice kind, commitments, deadline.

    ``council_name`` (the council's own name, from the settings) helps to recognise the
    council's own letters; ``apply_termijnenwet`` is used for a deadline counted from the
    letter's date ("binnen zes weken")."""
    lines = normalize_text(text).split("\n")
    head, body_start = header_lines(lines)
    raw = parse_header(head)
    warnings: list[str] = []
    dates = _header_dates(raw, warnings)
    letter_date = dates.get(HeaderField.DATE)
    if letter_date is None and HeaderField.DATE not in raw:
        letter_date = find_place_date(head)
    has_header = letter_date is not None or any(name in raw for name in HEADER_EVIDENCE)
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
    your_letter_date = dates.get(HeaderField.YOUR_LETTER_DATE)
    if your_letter_date is None and HeaderField.YOUR_LETTER_DATE not in raw:
        your_letter_date = your_letter_in_text(head + body[:1])
    salutation = lines[body_start - 1 : body_start] if body_start else []
    from_council = is_from_council(head + salutation + body[:3], council_name)
    letter_type, conflicting = classify(subject or "", body_text)
    if from_council:
        letter_type, conflicting = LetterType.OTHER, False
        warnings.append(
            translate(
                "Letters",
                "Dit is een brief van de raad zelf aan het college, geen reactie of "
                "adviesaanvraag van het college.",
            )
        )
    elif conflicting:
        warnings.append(
            translate(
                "Letters",
                "De brief lijkt zowel een reactie op een advies als een adviesaanvraag; kies zelf "
                "wat het is.",
            )
        )
    elif letter_type == LetterType.OTHER and not from_council:
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
    requested: date | None = None
    requested_how: RequestedDeadline | None = None
    if letter_type == LetterType.REQUEST:
        requested, requested_how = _requested_deadline(
            dates.get(HeaderField.REQUESTED_DEADLINE),
            body,
            letter_date,
            apply_termijnenwet,
            warnings,
        )
    if letter_date is None:
        warnings.append(translate("Letters", "De datum van de brief is niet gevonden."))
    return LetterFields(
        letter_type=letter_type,
        has_header=True,
        date=letter_date,
        your_letter_date=your_letter_date,
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
        requested_deadline_phrase=requested_how.phrase if requested_how else None,
        requested_deadline_computed=bool(requested_how and requested_how.computed),
        from_council=from_council,
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
