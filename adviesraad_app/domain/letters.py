"""Reading the text of a municipal letter: header fields, kind of letter, commitments.

Pure functions over text (no files, no database), so they can be property-tested. The file
formats are read in :mod:`adviesraad_app.services.letters.reading`. :func:`parse_letter` puts
the parts together: what it returns is typed in :mod:`adviesraad_app.domain.letter_fields`;
the header block is read in :mod:`adviesraad_app.domain.letter_header` (layouts) and
:mod:`adviesraad_app.domain.letter_labels` (labels, shapes of values, dates); the body
(sentences, commitments, the date a request asks for) in
:mod:`adviesraad_app.domain.letter_body` and :mod:`adviesraad_app.domain.letter_deadline`;
the kind of letter in :mod:`adviesraad_app.domain.letter_kind`; the council's own letters
in :mod:`adviesraad_app.domain.letter_sender`; matching the letter to an advice in
:mod:`adviesraad_app.domain.letter_match`.

Only the header block is read for fields: the lines before the salutation ("Geachte ...").
A letter without a date, reference or case number there (under a label or on a
place-and-date line) has no recognisable header; it is reported as such (``has_header``
false, letter type ``other``) and no field is guessed.
"""

from __future__ import annotations

import re
from datetime import date

from adviesraad_app.domain.letter_body import (
    find_commitments,
    find_requested,
    paragraphs,
    your_letter_in_text,
)
from adviesraad_app.domain.letter_deadline import RequestedDeadline
from adviesraad_app.domain.letter_fields import (
    CommitmentCandidate,
    LetterFields,
    LetterType,
    field_label,
)
from adviesraad_app.domain.letter_header import (
    find_place_date,
    header_lines,
    parse_header,
)
from adviesraad_app.domain.letter_kind import advice_kind_of, classify
from adviesraad_app.domain.letter_labels import (
    DATE_FIELDS,
    HEADER_EVIDENCE,
    HeaderField,
    parse_letter_date,
)
from adviesraad_app.domain.letter_sender import is_from_council
from adviesraad_app.i18n import translate

# parse_letter with the types of its result and of the header it reads

_CLOSING = re.compile(
    r"^\s*(hoogachtend|met vriendelijke groet|met vriendelijke groeten|met hartelijke groet|"
    r"burgemeester en wethouders)",
    re.IGNORECASE,
)
_INITIALS_NAME = re.compile(r"^\s*(?:[A-Z][a-z]?\.){1,5}\s*(?:[a-z]+\s+)*[A-Z][\w'’-]+.*$")


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
                    value=value, label=field_label(name)
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
