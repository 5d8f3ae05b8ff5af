"""The ``history`` table: every change to the register leaves a line here. The base of every
table module: writes go through :meth:`HistoryRows.record` and soft deletes through
:meth:`HistoryRows._set_deleted`, so nothing is changed without a trace."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from adviesraad_app.storage.database import Store
from adviesraad_app.storage.rows import QUIET, insert_row, now, plain, require_transaction, ts

if TYPE_CHECKING:  # loaded when a dossier's history is read (issue 14, start-up)
    from adviesraad_app.domain.history import HistoryEntry


class HistoryRows:
    """Holds the store; records and reads the history."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def record(
        self,
        *,
        advice_id: int | None,
        entity: str,
        entity_id: int | None,
        action: str,
        field: str = "",
        old: Any = None,
        new: Any = None,
        at: datetime | None = None,
    ) -> None:
        require_transaction(self.store)
        self.store.conn.execute(
            "INSERT INTO history (at, advice_id, entity, entity_id, action, field, old_value, "
            "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                ts(at or now()),
                advice_id,
                entity,
                entity_id,
                action,
                field,
                plain(old),
                plain(new),
            ),
        )

    def record_diff(
        self,
        *,
        advice_id: int | None,
        entity: str,
        entity_id: int | None,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        at: datetime,
    ) -> int:
        changes = 0
        for key, new_value in new.items():
            if key in QUIET:
                continue
            old_value = old.get(key)
            if plain(old_value) != plain(new_value):
                self.record(
                    advice_id=advice_id,
                    entity=entity,
                    entity_id=entity_id,
                    action="updated",
                    field=key,
                    old=old_value,
                    new=new_value,
                    at=at,
                )
                changes += 1
        return changes

    def history(self, advice_id: int) -> list[HistoryEntry]:
        from adviesraad_app.domain.history import HistoryEntry

        rows = self.store.query(
            "SELECT * FROM history WHERE advice_id = ? ORDER BY id", (advice_id,)
        )
        return [
            HistoryEntry(
                id=row["id"],
                at=datetime.fromisoformat(row["at"]),
                advice_id=row["advice_id"],
                entity=row["entity"],
                entity_id=row["entity_id"],
                action=row["action"],
                field=row["field"],
                old_value=row["old_value"],
                new_value=row["new_value"],
            )
            for row in rows
        ]

    def _insert_recorded(
        self,
        table: str,
        entity: str,
        advice_id: int,
        columns: Mapping[str, Any],
        *,
        at: datetime,
        new: Any,
        field: str = "",
        old: Any = None,
    ) -> int:
        """Insert one row and record its creation; its new id."""
        row_id = insert_row(self.store, table, columns)
        self.record(
            advice_id=advice_id,
            entity=entity,
            entity_id=row_id,
            action="created",
            field=field,
            old=old,
            new=new,
            at=at,
        )
        return row_id

    def _set_deleted(
        self, table: str, entity: str, entity_id: int, advice_id: int, deleted: bool
    ) -> None:
        """Soft delete (or restore) one row and record it; nothing when it already is so."""
        at = now()
        current = self.store.scalar(f"SELECT deleted_at FROM {table} WHERE id = ?", (entity_id,))
        if deleted and current is not None:
            return
        if not deleted and current is None:
            return
        self.store.conn.execute(
            f"UPDATE {table} SET deleted_at = ? WHERE id = ?",
            (ts(at) if deleted else None, entity_id),
        )
        self.record(
            advice_id=advice_id,
            entity=entity,
            entity_id=entity_id,
            action="deleted" if deleted else "restored",
            at=at,
        )
