"""Everything about one advice, as the dossier shows it. Plain data.

Not in ``domain/views.py``: the register's first rows do not need it (issue 14, start-up)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.deadlines import Term
from adviesraad_app.domain.kinds import AdviceStatus, DeadlineState, Outcome
from adviesraad_app.domain.replies import Reply
from adviesraad_app.domain.term_days import days_left, deadline_state

if TYPE_CHECKING:  # a dossier's parts: loaded where they are read (issue 14)
    from adviesraad_app.domain.documents import Document
    from adviesraad_app.domain.extensions import Extension
    from adviesraad_app.domain.history import HistoryEntry
    from adviesraad_app.domain.reminders import Reminder


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
