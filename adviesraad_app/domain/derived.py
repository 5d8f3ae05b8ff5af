"""Everything about an advice that follows from its data: one function, used everywhere.

A change of what these rules derive raises ``domain.rules_version.RULES_VERSION``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.deadlines import Term, advice_term, reply_term
from adviesraad_app.domain.kinds import AdviceStatus, Outcome
from adviesraad_app.domain.replies import Reply
from adviesraad_app.domain.settings import Settings
from adviesraad_app.domain.status import derive_status, overall_outcome
from adviesraad_app.domain.term_days import days_late

if TYPE_CHECKING:
    from adviesraad_app.domain.extensions import Extension


@dataclass(frozen=True, slots=True)
class Derived:
    """What follows from an advice's data: its status, its two terms, the reply's date and
    overall outcome, and how late the reply was."""

    status: AdviceStatus
    advice_term: Term | None
    reply_term: Term | None
    reply_date: date | None
    outcome: Outcome | None
    reply_days_late: int | None  # only once the reply is in

    @property
    def advice_due(self) -> date | None:
        return self.advice_term.due if self.advice_term else None

    @property
    def reply_due(self) -> date | None:
        return self.reply_term.due if self.reply_term else None

    @property
    def next_due(self) -> date | None:
        """The deadline that runs now: the council's before sending, the college's after."""
        if self.status in (AdviceStatus.AANVRAAG_ONTVANGEN, AdviceStatus.IN_VOORBEREIDING):
            return self.advice_due
        if self.status == AdviceStatus.ADVIES_VERZONDEN:
            return self.reply_due
        return None


def derive(
    advice: Advice,
    reply: Reply | None,
    extensions: Iterable[Extension],
    settings: Settings,
    open_commitments: int = 0,
) -> Derived:
    """``open_commitments``: how many commitments of the reply are still open (an advice
    whose reply is in and whose commitments are all closed is afgerond)."""
    extensions = list(extensions)
    a_term = advice_term(advice, settings, extensions)
    r_term = reply_term(advice, settings, extensions)
    late = None
    if reply is not None and r_term is not None:
        late = days_late(r_term.due, reply.date)
    return Derived(
        status=derive_status(advice, reply is not None, open_commitments),
        advice_term=a_term,
        reply_term=r_term,
        reply_date=reply.date if reply is not None else None,
        outcome=overall_outcome(reply) if reply is not None else None,
        reply_days_late=late,
    )


def reply_time_days(advice: Advice, reply: Reply | None) -> int | None:
    """Days from sending the advice to the college's reply."""
    if reply is None or advice.sent_date is None:
        return None
    return (reply.date - advice.sent_date).days
