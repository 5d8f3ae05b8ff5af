"""Read models: the register's rows as lists and tables show them. Plain data.

A dossier (``domain/dossier.py``) and a commitment's row (``domain/commitment_rows.py``) have
modules of their own: the register's first rows need neither (issue 14, start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus
from adviesraad_app.domain.term_days import days_late

if TYPE_CHECKING:
    from adviesraad_app.domain.kinds import Outcome


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One advice as a line in the register."""

    id: int
    number: str
    year: int
    title: str
    kind: AdviceKind
    theme: str
    status: AdviceStatus
    sent_date: date | None
    advice_due: date | None
    reply_due: date | None
    reply_date: date | None
    outcome: Outcome | None
    reply_days_late: int | None
    next_due: date | None
    confidential: bool
    deleted_at: datetime | None = None

    def days_late(self, today: date) -> int | None:
        """Days the reply is (or was) late: after receipt the recorded figure, before it the
        running count once the term has passed."""
        if self.reply_date is not None:
            return self.reply_days_late
        if self.reply_due is not None and self.status == AdviceStatus.ADVIES_VERZONDEN:
            return days_late(self.reply_due, today)
        return None
