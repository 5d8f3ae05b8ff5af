"""An open deadline as the Termijnen page and ``adviesraad deadlines`` list it. Plain data.

Not in ``domain/deadlines.py`` (the rules): the register's first rows do not need it (issue 14,
start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adviesraad_app.domain.kinds import DeadlineState, DeadlineType
    from adviesraad_app.domain.reminders import NextStep, Reminder


@dataclass(frozen=True, slots=True)
class DeadlineItem:
    """One open deadline, as the dashboard and ``adviesraad deadlines`` show it.

    An open commitment without a date is an item too, with ``due_date`` and ``days_left``
    ``None`` and the state ``no_date``: it is listed after the dated ones, never left out.
    """

    advice_id: int
    number: str
    title: str
    type: DeadlineType
    due_date: date | None
    days_left: int | None
    state: DeadlineState
    commitment_id: int | None = None
    original_date: date | None = None  # set when an extension moved the deadline
    detail: str = ""  # e.g. the commitment's text
    confidential: bool = False
    shifted_from: date | None = None  # the raw date when the Atw moved the deadline
    shift_reasons: tuple[str, ...] = ()
    provisional: bool = False  # moved over a day that is an estimate (no decree yet)
    # Letters out: the reminders sent about it, and what is next while it is late.
    reminders: tuple[Reminder, ...] = ()
    next_step: NextStep | None = None

    @property
    def extended(self) -> bool:
        return self.original_date is not None and self.original_date != self.due_date


def sort_key(item: DeadlineItem) -> tuple[bool, date, int, str]:
    """Earliest first; items without a date after all dated ones."""
    return (
        item.due_date is None,
        item.due_date or date.max,
        {"advice_due": 0, "reply_due": 1, "commitment_due": 2}[item.type],
        item.number,
    )
