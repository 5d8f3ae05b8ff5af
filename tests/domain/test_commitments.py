"""domain/commitments.py: closing a commitment records when (today unless said, not before the
reply that made the promise, not in the future), how, and optionally a document of the same
dossier; re-opening clears all three. What cannot be right is refused in Dutch, per field."""

from __future__ import annotations

from datetime import date

import pytest

from adviesraad_app.domain.commitments import Commitment, closed
from adviesraad_app.domain.errors import ValidationError
from adviesraad_app.domain.kinds import CommitmentStatus

REPLY = date(2026, 6, 1)
TODAY = date(2026, 11, 22)
OPEN = Commitment(reply_id=1, text="Evaluatie sturen", id=5)


def test_closing_records_when_and_how() -> None:
    done = closed(
        OPEN,
        CommitmentStatus.DONE,
        reply_date=REPLY,
        today=TODAY,
        closed_on=date(2026, 9, 1),
        note="  brief van 1 september  ",
        document_id=3,
        dossier_documents=frozenset({3, 4}),
    )
    assert (done.status, done.closed_on, done.closing_note, done.document_id) == (
        CommitmentStatus.DONE,
        date(2026, 9, 1),
        "brief van 1 september",
        3,
    )
    lapsed = closed(OPEN, CommitmentStatus.LAPSED, reply_date=REPLY, today=TODAY)
    assert lapsed.closed_on == TODAY  # today unless said


def test_reopening_clears_how_it_was_closed() -> None:
    done = closed(OPEN, CommitmentStatus.DONE, reply_date=REPLY, today=TODAY, note="x")
    again = closed(done, CommitmentStatus.OPEN, reply_date=REPLY, today=TODAY)
    assert (again.status, again.closed_on, again.closing_note, again.document_id) == (
        CommitmentStatus.OPEN,
        None,
        "",
        None,
    )


def test_what_cannot_be_right_is_refused_per_field() -> None:
    with pytest.raises(ValidationError) as caught:
        closed(
            OPEN,
            CommitmentStatus.DONE,
            reply_date=REPLY,
            today=TODAY,
            closed_on=date(2026, 5, 1),
            document_id=9,
            dossier_documents=frozenset({3}),
        )
    assert caught.value.for_field("closed_on") == (
        "De datum (01-05-2026) ligt vóór de reactie van het college (01-06-2026), waarin de "
        "toezegging is gedaan."
    )
    assert caught.value.for_field("document_id") == (
        "Document 9 hoort niet bij het dossier van dit advies."
    )
    with pytest.raises(ValidationError, match="ligt in de toekomst"):
        closed(
            OPEN, CommitmentStatus.DONE, reply_date=REPLY, today=TODAY, closed_on=date(2027, 1, 1)
        )
