"""The reminders sent about late replies and commitments (migration 0006): SQL only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

from adviesraad_app.domain.dates import from_iso, to_iso
from adviesraad_app.storage.database import Store

if TYPE_CHECKING:  # loaded when a reminder is read or written (issue 14, start-up)
    from adviesraad_app.domain.reminders import LetterKind, Reminder

_COLUMNS = "id, advice_id, commitment_id, kind, date, document_id"


def _reminder(row: sqlite3.Row) -> Reminder:
    from adviesraad_app.domain.reminders import LetterKind, Reminder

    day = from_iso(row["date"])
    assert day is not None
    return Reminder(
        id=int(row["id"]),
        advice_id=int(row["advice_id"]),
        commitment_id=row["commitment_id"],
        kind=LetterKind(row["kind"]),
        date=day,
        document_id=row["document_id"],
    )


class ReminderStore:
    """Reading and writing ``reminders``; a write belongs inside the caller's transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def insert(self, reminder: Reminder) -> Reminder:
        """Record a reminder, with a line in the advice's history."""
        from adviesraad_app.domain.reminders import Reminder

        if not self.store.conn.in_transaction:
            raise RuntimeError("a reminder is written inside a transaction")
        at = datetime.now().astimezone().replace(microsecond=0).isoformat()
        cursor = self.store.conn.execute(
            "INSERT INTO reminders (advice_id, commitment_id, kind, date, document_id, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                reminder.advice_id,
                reminder.commitment_id,
                reminder.kind.value,
                to_iso(reminder.date),
                reminder.document_id,
                at,
            ),
        )
        reminder_id = int(cursor.lastrowid or 0)
        self.store.conn.execute(
            "INSERT INTO history (at, advice_id, entity, entity_id, action, field, old_value, "
            "new_value) VALUES (?, ?, 'reminder', ?, 'created', ?, NULL, ?)",
            (at, reminder.advice_id, reminder_id, reminder.kind.value, to_iso(reminder.date)),
        )
        return Reminder(
            id=reminder_id,
            advice_id=reminder.advice_id,
            kind=reminder.kind,
            date=reminder.date,
            commitment_id=reminder.commitment_id,
            document_id=reminder.document_id,
        )

    def record_sent(self, advice_id: int, kind: LetterKind, on: date, document_id: int) -> None:
        """A history line for a letter that is no reminder (ontvangstbevestiging, advies)."""
        if not self.store.conn.in_transaction:
            raise RuntimeError("a letter is recorded inside a transaction")
        at = datetime.now().astimezone().replace(microsecond=0).isoformat()
        self.store.conn.execute(
            "INSERT INTO history (at, advice_id, entity, entity_id, action, field, old_value, "
            "new_value) VALUES (?, ?, 'letter', ?, 'created', ?, NULL, ?)",
            (at, advice_id, document_id, kind.value, to_iso(on)),
        )

    def set_deleted_with_document(self, document_id: int, deleted: bool) -> None:
        """The reminders sent as this letter leave (or come back) with the document."""
        if not self.store.conn.in_transaction:
            raise RuntimeError("a reminder is written inside a transaction")
        at = datetime.now().astimezone().replace(microsecond=0).isoformat()
        self.store.conn.execute(
            "UPDATE reminders SET deleted_at = ? WHERE document_id = ?",
            (at if deleted else None, document_id),
        )

    def for_advice(self, advice_id: int) -> list[Reminder]:
        """The advice's reminders, oldest first."""
        rows = self.store.query(
            f"SELECT {_COLUMNS} FROM reminders WHERE advice_id = ? AND deleted_at IS NULL "
            "ORDER BY date, id",
            (advice_id,),
        )
        return [_reminder(r) for r in rows]

    def for_advices(self, advice_ids: Iterable[int]) -> dict[int, list[Reminder]]:
        """Reminders of many advices at once (Termijnen), oldest first per advice."""
        ids = sorted(set(advice_ids))
        result: dict[int, list[Reminder]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self.store.query(
                f"SELECT {_COLUMNS} FROM reminders WHERE advice_id IN ({marks}) "
                "AND deleted_at IS NULL ORDER BY date, id",
                chunk,
            )
            for row in rows:
                reminder = _reminder(row)
                result.setdefault(reminder.advice_id, []).append(reminder)
        return result
