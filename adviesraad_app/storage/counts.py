"""Counts of what a register file holds, for questions the register's lists do not answer
(those leave out what is in the waste basket), or answer at more cost than a count needs."""

from __future__ import annotations

from datetime import date

from adviesraad_app.storage.database import Store
from adviesraad_app.storage.queries import OPEN_STATUSES


def stored_advices(store: Store) -> int:
    """Every advice in the file, also those in the waste basket."""
    return int(store.scalar("SELECT count(*) FROM advices"))


def overdue_deadlines(store: Store, today: date) -> int:
    """How many of the open deadlines had passed by ``today``: the term running for an open
    advice (its ``next_due``, cached by the derivation rules; the advices of
    ``Queries.open_advice_ids``) and the dated open commitments of live replies of live
    advices (those of ``Queries.commitments``). The same count as the deadlines' list,
    without working out every term again (the window asks it at its start)."""
    marks = ",".join("?" * len(OPEN_STATUSES))
    terms = store.scalar(
        "SELECT count(*) FROM advices WHERE next_due IS NOT NULL AND deleted_at IS NULL "
        f"AND status IN ({marks}) AND next_due < ?",
        (*OPEN_STATUSES, today.isoformat()),
    )
    commitments = store.scalar(
        "SELECT count(*) FROM commitments c JOIN replies r ON r.id = c.reply_id "
        "JOIN advices a ON a.id = r.advice_id WHERE c.deleted_at IS NULL "
        "AND r.deleted_at IS NULL AND a.deleted_at IS NULL AND a.status != 'vervallen' "
        "AND c.status = 'open' AND c.due_date IS NOT NULL AND c.due_date < ?",
        (today.isoformat(),),
    )
    return int(terms) + int(commitments)
