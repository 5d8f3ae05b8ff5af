"""A commitment (toezegging) of the college, and closing it.

Closing says when and how it was kept (nagekomen) or lapsed (vervallen). A closed commitment
records the date it was closed (not before the college's reply, which made the promise, and
not in the future), a note (which letter, which meeting) and optionally a document of the
advice's dossier. Re-opening it clears all three.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from adviesraad_app.domain.checks import check, check_text, coerce_enum, raise_if
from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.errors import FieldError, ValidationError
from adviesraad_app.domain.kinds import CommitmentStatus
from adviesraad_app.i18n import translate


@dataclass(frozen=True, slots=True)
class Commitment:
    """A promise (toezegging) the college made in a reply."""

    reply_id: int
    text: str
    id: int | None = None
    due_date: date | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN
    note: str = ""
    # How it was closed (nagekomen or vervallen): when, how (which letter, which meeting) and,
    # optionally, a document of the dossier. Empty while it is open.
    closed_on: date | None = None
    closing_note: str = ""
    document_id: int | None = None
    created_at: datetime | None = None
    deleted_at: datetime | None = None

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        check(
            errors,
            bool(self.text.strip()),
            "text",
            translate("Model", "Beschrijf de toezegging."),
        )
        check_text(errors, self.closing_note, "closing_note")
        if not coerce_enum(self, "status", CommitmentStatus):
            errors.append(
                FieldError(
                    "status",
                    translate("Model", "Onbekende status: ‘{value}’.").format(value=self.status),
                )
            )
        check_text(errors, self.text, "text")
        check_text(errors, self.note, "note")
        raise_if(errors)


def closed(
    commitment: Commitment,
    status: CommitmentStatus,
    *,
    reply_date: date,
    today: date,
    closed_on: date | None = None,
    note: str = "",
    document_id: int | None = None,
    dossier_documents: frozenset[int] = frozenset(),
) -> Commitment:
    """The commitment with its new status and how it was closed; raises
    :class:`ValidationError` (Dutch messages) when the closing cannot be right."""
    status = CommitmentStatus(status)
    if status == CommitmentStatus.OPEN:
        return replace(commitment, status=status, closed_on=None, closing_note="", document_id=None)
    on = closed_on or today
    errors: list[FieldError] = []
    if on < reply_date:
        errors.append(
            FieldError(
                "closed_on",
                translate(
                    "Commitments",
                    "De datum ({date}) ligt vóór de reactie van het college ({reply}), "
                    "waarin de toezegging is gedaan.",
                ).format(date=format_short(on), reply=format_short(reply_date)),
            )
        )
    if on > today:
        errors.append(
            FieldError(
                "closed_on",
                translate("Commitments", "De datum ({date}) ligt in de toekomst.").format(
                    date=format_short(on)
                ),
            )
        )
    if document_id is not None and document_id not in dossier_documents:
        errors.append(
            FieldError(
                "document_id",
                translate(
                    "Commitments", "Document {id} hoort niet bij het dossier van dit advies."
                ).format(id=document_id),
            )
        )
    if errors:
        raise ValidationError(errors)
    return replace(
        commitment,
        status=status,
        closed_on=on,
        closing_note=note.strip(),
        document_id=document_id,
    )
