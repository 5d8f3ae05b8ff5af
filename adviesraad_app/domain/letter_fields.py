"""What is read from a letter: the kind of letter, the fields, the commitments it seems to make.

The types :func:`adviesraad_app.domain.letters.parse_letter` returns, and the names of the
header's fields as the user reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.letter_labels import HeaderField
from adviesraad_app.i18n import translate


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


def field_label(name: HeaderField) -> str:
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
