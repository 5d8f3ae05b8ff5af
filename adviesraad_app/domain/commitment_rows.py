"""A commitment as a row of the Toezeggingen page and the deadlines: with its advice. Plain data.

Not in ``domain/views.py``: the register's first rows do not need it (issue 14, start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from adviesraad_app.domain.commitments import Commitment


@dataclass(frozen=True, slots=True)
class CommitmentRow:
    """A commitment with the advice it belongs to."""

    commitment: Commitment
    advice_id: int
    number: str
    title: str
    reply_date: date
    confidential: bool
