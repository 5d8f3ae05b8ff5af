"""Where a term stands on a day, from its due date alone: the days left or late, and overdue /
due soon / open. No calendar is needed for that (the due date already is a working day), so
the register's first rows use it without loading the term rules of ``deadlines.py``."""

from __future__ import annotations

from datetime import date

from adviesraad_app.domain.kinds import DeadlineState


def days_left(due: date, today: date) -> int:
    """Days until ``due``: 0 on the day itself, negative when late."""
    return (due - today).days


def days_late(due: date, done: date) -> int:
    """How many days after ``due`` something happened (0 when on time)."""
    return max(0, (done - due).days)


def deadline_state(due: date, today: date, due_soon_days: int) -> DeadlineState:
    """Overdue once ``due`` has passed, due soon within ``due_soon_days`` of it, else open."""
    left = days_left(due, today)
    if left < 0:
        return DeadlineState.OVERDUE
    if left <= due_soon_days:
        return DeadlineState.DUE_SOON
    return DeadlineState.OPEN
