"""What every table module of the register shares: timestamps, the text history stores, and
the one shape of insert, update, fetch and soft delete written once.

Table and column names passed here are the modules' own constants, never user input.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from adviesraad_app.domain.errors import NotFoundError
from adviesraad_app.storage.database import Store

T = TypeVar("T")

# Fields whose changes are not worth a history line.
QUIET = {"id", "created_at", "updated_at", "deleted_at", "added_at"}


def now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def ts(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def plain(value: Any) -> str | None:
    """A value as history stores it: text, ISO dates, enum values."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def require_transaction(store: Store) -> None:
    if not store.conn.in_transaction:
        raise RuntimeError("write outside a transaction: wrap it in Store.write()")


def chunks(items: Iterable[int], size: int = 900) -> Iterable[list[int]]:
    batch: list[int] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def insert_row(store: Store, table: str, columns: Mapping[str, Any]) -> int:
    """Insert one row; its new id."""
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    cursor = store.conn.execute(
        f"INSERT INTO {table} ({names}) VALUES ({marks})", list(columns.values())
    )
    return int(cursor.lastrowid or 0)


def update_row(store: Store, table: str, row_id: int, columns: Mapping[str, Any]) -> None:
    """Set these columns of one row."""
    assignments = ", ".join(f"{name} = ?" for name in columns)
    store.conn.execute(
        f"UPDATE {table} SET {assignments} WHERE id = ?", [*columns.values(), row_id]
    )


def fetch_by_id(
    store: Store,
    table: str,
    row_id: int,
    mapper: Callable[[sqlite3.Row], T],
    missing: Callable[[], str],
    *,
    include_deleted: bool = True,
) -> T:
    """One row as an object; :class:`NotFoundError` with the ``missing()`` message when there
    is no such row (or it is deleted and ``include_deleted`` is false)."""
    rows = store.query(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    if not rows or (rows[0]["deleted_at"] and not include_deleted):
        raise NotFoundError(missing())
    return mapper(rows[0])


def fetch_live(
    store: Store, table: str, parent: str, parent_id: int, mapper: Callable[[sqlite3.Row], T]
) -> list[T]:
    """The live (not deleted) rows that belong to one parent, in the order they were made."""
    return [
        mapper(row)
        for row in store.query(
            f"SELECT * FROM {table} WHERE {parent} = ? AND deleted_at IS NULL ORDER BY id",
            (parent_id,),
        )
    ]


def fetch_live_many(store: Store, table: str, advice_ids: list[int]) -> Iterable[sqlite3.Row]:
    """The live rows of a table that belong to any of these advices (in chunks SQLite takes)."""
    for chunk in chunks(advice_ids):
        marks = ",".join("?" * len(chunk))
        yield from store.query(
            f"SELECT * FROM {table} WHERE deleted_at IS NULL AND advice_id IN ({marks})", chunk
        )
