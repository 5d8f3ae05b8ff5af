"""Counts of what a register file holds, for questions the register's lists do not answer
(those leave out what is in the waste basket), or answer at more cost than a count needs."""

from __future__ import annotations

from datetime import date

from adviesraad_app.storage.database import Store
from adviesraad_app.storage.queries import LISTED_COMMITMENTS, OPEN_STATUSES, RUNNING_TERMS


def stored_advices(store: Store) -> int:
    """Every advice in the file, also those in the waste basket."""
    return int(store.scalar("SELECT count(*) FROM advices"))


def overdue_deadlines(store: Store, today: date) -> int:
    """How many of the open deadlines had passed by ``today``: the term running for an open
    advice (its ``next_due``, cached by the derivation rules; ``RUNNING_TERMS``, as
    ``Queries.open_advice_ids``) and the dated open commitments the lists show
    (``LISTED_COMMITMENTS``, as ``Queries.commitments``). The same count as the deadlines' list,
    without working out every term again (the window asks it at its start)."""
    terms = store.scalar(
        f"SELECT count(*) FROM {RUNNING_TERMS} AND next_due < ?",
        (*OPEN_STATUSES, today.isoformat()),
    )
    commitments = store.scalar(
        f"SELECT count(*) FROM {LISTED_COMMITMENTS} "
        "AND c.status = 'open' AND c.due_date IS NOT NULL AND c.due_date < ?",
        (today.isoformat(),),
    )
    return int(terms) + int(commitments)
