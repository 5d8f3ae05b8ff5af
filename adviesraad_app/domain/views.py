"""Read models: flat rows as lists and tables show them. Plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from adviesraad_app.domain.advices import Advice, AdviceKind, AdviceStatus
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.deadlines import DeadlineState, Term, days_left, deadline_state
from adviesraad_app.domain.replies import Outcome, Reply

if TYPE_CHECKING:  # a dossier's parts: the register's rows need none of them (issue 14)
    from adviesraad_app.domain.documents import Document
    from adviesraad_app.domain.extensions import Extension
    from adviesraad_app.domain.history import HistoryEntry
    from adviesraad_app.domain.reminders import Reminder


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
            late = (today - self.reply_due).days
            return late if late > 0 else 0
        return None


@dataclass(frozen=True, slots=True)
class CommitmentRow:
    """A commitment with the advice it belongs to."""

    commitment: Commitment
    advice_id: int
    number: str
    title: str
    reply_date: date
    confidential: bool


@dataclass(frozen=True, slots=True)
class Dossier:
    """Everything about one advice."""

    advice: Advice
    status: AdviceStatus
    advice_term: Term | None
    reply_term: Term | None
    reply: Reply | None
    outcome: Outcome | None
    reply_days_late: int | None
    reply_time_days: int | None
    commitments: list[Commitment] = field(default_factory=list)
    extensions: list[Extension] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)
    reminders: list[Reminder] = field(default_factory=list)  # oldest first

    def term_state(
        self, term: Term | None, today: date, due_soon_days: int
    ) -> tuple[DeadlineState, int | None] | None:
        """Where a term of this advice stands: ``done`` once its work is done (the advice
        sent for the advice term, the reply in for the reply term, or the advice closed by
        hand), else overdue / due soon / open with the days left (negative when late)."""
        if term is None:
            return None
        if term is self.advice_term:
            done = self.advice.sent_date is not None
        else:
            done = self.reply is not None
        if done or self.advice.manual_status is not None:
            return DeadlineState.DONE, None
        return deadline_state(term.due, today, due_soon_days), days_left(term.due, today)
