"""Read models: the register's rows as lists and tables show them. Plain data.

A dossier (``domain/dossier.py``) and a commitment's row (``domain/commitment_rows.py``) have
modules of their own: the register's first rows need neither (issue 14, start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus
from adviesraad_app.domain.records import FrozenRecord

if TYPE_CHECKING:
    from adviesraad_app.domain.kinds import Outcome


# init, repr, eq: written once, not compiled at every start (domain/records.py)
@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class RegisterRow(FrozenRecord):
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

    def __init__(
        self,
        id: int,
        number: str,
        year: int,
        title: str,
        kind: AdviceKind,
        theme: str,
        status: AdviceStatus,
        sent_date: date | None,
        advice_due: date | None,
        reply_due: date | None,
        reply_date: date | None,
        outcome: Outcome | None,
        reply_days_late: int | None,
        next_due: date | None,
        confidential: bool,
        deleted_at: datetime | None = None,
    ) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "id", id)
        setattr_(self, "number", number)
        setattr_(self, "year", year)
        setattr_(self, "title", title)
        setattr_(self, "kind", kind)
        setattr_(self, "theme", theme)
        setattr_(self, "status", status)
        setattr_(self, "sent_date", sent_date)
        setattr_(self, "advice_due", advice_due)
        setattr_(self, "reply_due", reply_due)
        setattr_(self, "reply_date", reply_date)
        setattr_(self, "outcome", outcome)
        setattr_(self, "reply_days_late", reply_days_late)
        setattr_(self, "next_due", next_due)
        setattr_(self, "confidential", confidential)
        setattr_(self, "deleted_at", deleted_at)

    def days_late(self, today: date) -> int | None:
        """Days the reply is (or was) late: after receipt the recorded figure, before it the
        running count once the term has passed."""
        if self.reply_date is not None:
            return self.reply_days_late
        if self.reply_due is not None and self.status == AdviceStatus.ADVIES_VERZONDEN:
            late = (today - self.reply_due).days
            return late if late > 0 else 0
        return None
