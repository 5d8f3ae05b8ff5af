"""Everything the database check and its repair need from SQLite.

``services/safety/check.py`` decides what is wrong and what to do about it; the statements
that find and fix it (``PRAGMA integrity_check``, the full-text index's own check, ``REINDEX``,
``VACUUM INTO``) live here, with the rest of the SQL. An :class:`Integrity` works on the
register's open connection (``RegisterService.integrity()``); :func:`integrity_check_file`
reads a file of its own (a repaired copy, before it replaces the register).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from adviesraad_app.storage.database import Store
from adviesraad_app.storage.file_checks import INTEGRITY_CHECK_LIMIT, findings, quick_check

#: The full-text indexes: all searchable text, and number and subject alone (for ranking).
SEARCH_INDEXES = ("advice_search", "advice_head")


class Integrity:
    """The checks and repairs of one open register (its :class:`Store`)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def readonly(self) -> bool:
        return self._store.readonly

    # ---------------------------------------------------------------- the state of the file

    def mark_verified(self) -> None:
        """The file was found sound: writes need not run ``quick_check`` first."""
        self._store.mark_verified()

    @contextlib.contextmanager
    def trusting(self) -> Iterator[None]:
        """Writes inside go into the file even when it is damaged (the repair's point)."""
        with self._store.trusting():
            yield

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one consistent state, also while another program writes."""
        with self._store.snapshot():
            yield

    @contextlib.contextmanager
    def releasing(self) -> Iterator[None]:
        """The file let go for the duration (so that it can be replaced), then opened again."""
        with self._store.releasing():
            yield

    def commits_by_others(self) -> int:
        """``PRAGMA data_version``: changes when another connection commits to the register."""
        return int(self._store.scalar("PRAGMA data_version"))

    # ---------------------------------------------------------------------------- checks

    def integrity_check(self, limit: int) -> list[str]:
        """``PRAGMA integrity_check``'s rows (``["ok"]`` when sound); a damaged page may make
        it fail (``StorageError``)."""
        return [str(row[0]) for row in self._store.query(f"PRAGMA integrity_check({limit})")]

    def quick_check(self) -> list[str]:
        """``PRAGMA quick_check`` (no index comparisons): ``[]`` when sound, else findings.
        It often still gets through where ``integrity_check`` gave up."""
        return quick_check(self._store.conn, self._store.path)

    def foreign_key_tables(self) -> list[str]:
        """One table name per reference to a row that does not exist."""
        return [str(row[0]) for row in self._store.query("PRAGMA foreign_key_check")]

    def check_search_index(self) -> None:
        """The full-text indexes' own ``integrity-check`` (an INSERT that changes nothing; it
        needs the write lock). Raises ``CorruptDatabaseError`` when an index is damaged,
        ``DatabaseLockedError`` while another program writes."""
        with self._store.trusting(), self._store.write() as db:
            for table in SEARCH_INDEXES:
                db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")

    def search_index_coverage(self) -> tuple[set[int], set[int]]:
        """The advices, and the advices one of the full-text indexes holds (the first index
        that differs from the advices), read at one moment."""
        with self._store.snapshot():
            advices = {int(row[0]) for row in self._store.query("SELECT id FROM advices")}
            indexed = advices
            for table in SEARCH_INDEXES:
                rowids = {int(row[0]) for row in self._store.query(f"SELECT rowid FROM {table}")}
                if rowids != advices:
                    indexed = rowids
        return advices, indexed

    def advice_numbers(self) -> dict[int, str]:
        """Every advice's number by id (also those in the waste basket)."""
        return {
            int(row[0]): str(row[1]) for row in self._store.query("SELECT id, number FROM advices")
        }

    # --------------------------------------------------------------------------- repairs

    def reindex(self) -> None:
        """Build every index of the file anew (one transaction)."""
        with self._store.write() as db:
            db.execute("REINDEX")

    def rebuild_search_index(self) -> int:
        """Empty the (contentless) full-text indexes and index every advice again; returns
        the number of advices."""
        with self._store.write() as db:
            db.execute("INSERT INTO advice_search (advice_search) VALUES ('delete-all')")
            db.execute(
                "INSERT INTO advice_search (rowid, title, body) "
                "SELECT id, title, body FROM advice_search_doc"
            )
            db.execute("INSERT INTO advice_head (advice_head) VALUES ('delete-all')")
            db.execute("INSERT INTO advice_head (rowid, head) SELECT id, head FROM advice_head_doc")
        return int(self._store.scalar("SELECT count(*) FROM advices"))

    def vacuum_into(self, target: Path) -> None:
        """A new file with every readable table and its indexes built anew (``VACUUM INTO``);
        environment errors come out as ``StorageError``, damage as ``sqlite3.DatabaseError``
        or ``CorruptDatabaseError``."""
        with self._store.translate_errors():
            self._store.conn.execute("VACUUM INTO ?", (str(target),))


def integrity_check_file(path: Path, limit: int = INTEGRITY_CHECK_LIMIT) -> list[str]:
    """``PRAGMA integrity_check`` of a file through a connection of its own, as findings
    (``["ok"]`` when sound). Raises ``sqlite3.DatabaseError`` when it cannot be read."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(f"PRAGMA integrity_check({limit})")
        return findings([str(row[0]) for row in rows])
    finally:
        conn.close()
