"""Opening the database file safely, and the one place where transactions begin.

Opening follows a fixed order so that a file we must refuse is never changed:

1. Look at the file from outside: a directory, an empty file, a wrong header, a size that
   does not match the header's page count (truncated) -> refused, file untouched.
2. Open it read-only and read ``application_id`` and ``user_version``: another program's
   database, or one written by a newer Adviesraad -> refused, file untouched.
3. Only then open it for writing, switch on WAL, foreign keys and a busy timeout, take a
   backup if migrations are pending, and apply them (each in its own transaction).

Steps 1 and 2 are :mod:`file_checks`, the connections :mod:`connections`, the migrations
:mod:`schema`; this module holds :class:`Store` and :func:`open_database`, which runs them in
that order.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adviesraad_app.i18n import translate
from adviesraad_app.storage.connections import cannot_open
from adviesraad_app.storage.connections import connect as _connect
from adviesraad_app.storage.connections import connect_read_only as _connect_read_only
from adviesraad_app.storage.constants import APPLICATION_ID, SCHEMA_VERSION
from adviesraad_app.storage.errors import (
    CannotOpenError,
    DatabaseLockedError,
    ReadOnlyError,
    classify_os_error,
    classify_sqlite_error,
)
from adviesraad_app.storage.file_checks import (
    check_identity,
    damaged_error,
    probe,
    quick_check,
    refuse_unless_database,
)
from adviesraad_app.storage.win_files import is_writable

if TYPE_CHECKING:
    from sqlite_utils import Database

# Importable from here as before the split (file checks and connections have modules of
# their own); ``quick_check`` and ``is_writable`` are looked up here at run time.
__all__ = [
    "BackupHook",
    "Store",
    "database_summary",
    "open_database",
]

PAGE_SIZE = 16384  # halves the file size with 2 KB texts (GUIDE.md)

BackupHook = Callable[[Path, str], object]


class Store:
    """An open register database: its connection, transactions, and a sqlite-utils view of it.

    sqlite-utils (migrations, schema work) is imported only when ``db`` is first used: opening
    an up-to-date register and reading it needs nothing but ``sqlite3``, which keeps start-up
    fast (importing sqlite-utils costs about as much as importing Qt).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool = False) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self._db: Database | None = None
        self._savepoints = 0
        # ``PRAGMA quick_check`` passed on this file (see :meth:`verify`); a new, empty
        # register needs no check. ``_trusting`` > 0: writes that must work on a damaged file
        # (repair) skip it.
        self._verified = False
        self._trusting = 0
        # what open_database ran after opening (see its after_open); again at reconnect
        self._after_open: Callable[[Store], None] | None = None
        self._connections = 1  # connections opened to the file (see cache_version)

    @property
    def db(self) -> Database:
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    def data_version(self) -> tuple[int, int]:
        """Changes whenever this connection writes or another one commits."""
        return self.conn.total_changes, int(self.scalar("PRAGMA data_version"))

    def cache_version(self) -> tuple[int, int, int]:
        """What the query caches are kept by: :meth:`data_version`, and how often the file was
        opened again (:meth:`reconnect`, after a repair or restore replaced it): a new
        connection starts both of its counts over, so they alone could match old results."""
        return (self._connections, *self.data_version())

    @property
    def verified(self) -> bool:
        """``True`` once ``PRAGMA quick_check`` found the file sound (or it was created new)."""
        return self._verified

    def mark_verified(self) -> None:
        """The file was found sound by a check on another connection (a background thread)."""
        self._verified = True

    def verify(self) -> None:
        """Run ``PRAGMA quick_check`` once; raise :class:`CorruptDatabaseError` when it fails.

        Writes call this before their first transaction, so a file that is damaged in the
        middle (which opens and reads fine) is never written to: writing into a damaged
        b-tree spreads the damage. Only success is remembered; after a restore or repair the
        next write checks again.
        """
        if self._verified:
            return
        problems = quick_check(self.conn, self.path)
        if problems:
            raise damaged_error(self.path, problems)
        self._verified = True

    @contextlib.contextmanager
    def trusting(self) -> Iterator[None]:
        """Writes inside skip :meth:`verify`: for the repair, which must write into a damaged
        file (after a backup of it as it was)."""
        self._trusting += 1
        try:
            yield
        finally:
            self._trusting -= 1

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction for a whole change: all of it is saved, or none of it.

        ``BEGIN IMMEDIATE`` takes the write lock at the start, so two writers (the app and the
        CLI) queue on the busy timeout instead of failing halfway. Nested calls use savepoints.
        SQLite's environment errors come out as :class:`StorageError` with a Dutch message.
        The first outermost transaction runs :meth:`verify` first: nothing is written into a
        damaged file.
        """
        if self.readonly:
            raise ReadOnlyError(
                translate(
                    "Storage",
                    "De database {path} is alleen-lezen geopend: er kan niets worden opgeslagen.",
                ).format(path=self.path),
                self.path,
            )
        if self.conn.in_transaction:
            self._savepoints += 1
            name = f"adviesraad_{self._savepoints}"
            with self.translate_errors():
                self.conn.execute(f"SAVEPOINT {name}")
                try:
                    yield self.conn
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                        self.conn.execute(f"RELEASE SAVEPOINT {name}")
                    raise
                else:
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        if not self._trusting:
            self.verify()
        with self.translate_errors():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """Several reads that see one consistent state, even while others write (WAL)."""
        if self.conn.in_transaction:
            yield self.conn
            return
        with self.translate_errors():
            self.conn.execute("BEGIN")
            try:
                yield self.conn
            finally:
                if self.conn.in_transaction:
                    self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def translate_errors(self) -> Iterator[None]:
        """Turn SQLite's and the disk's environment errors into :class:`StorageError`."""
        try:
            yield
        except sqlite3.Error as exc:
            classified = classify_sqlite_error(exc, self.path)
            if classified is None:
                raise
            raise classified from exc
        except OSError as exc:
            raise classify_os_error(exc, self.path) from exc

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with self.translate_errors():
            return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        with self.translate_errors():
            row = self.conn.execute(sql, params).fetchone()
        return row[0] if row is not None else None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def release(self) -> None:
        """Close the file until :meth:`reconnect`, so that it can be replaced.

        Windows cannot rename, replace or delete a file that any connection holds (SQLite
        opens it without ``FILE_SHARE_DELETE``): a restore or repair that replaces a damaged
        register must first let go of it. Meanwhile every use raises
        :class:`DatabaseLockedError` with a Dutch message instead of touching the file.
        """
        self.close()
        self.conn = sqlite3.connect(":memory:", factory=_ReleasedConnection)
        self.conn.path = self.path
        self._db = None

    @property
    def released(self) -> bool:
        return isinstance(self.conn, _ReleasedConnection)

    def reconnect(self) -> None:
        """Open the file again after :meth:`release` (as :func:`open_database` opens it)."""
        if not self.released:
            return
        reopened = open_database(self.path, create=False, after_open=self._after_open)
        self.conn.close()
        self.conn, self.readonly = reopened.conn, reopened.readonly
        self._db = None
        self._verified = False
        self._connections += 1

    @contextlib.contextmanager
    def releasing(self) -> Iterator[None]:
        """:meth:`release` for the duration, then :meth:`reconnect`."""
        self.release()
        try:
            yield
        finally:
            self.reconnect()


class _ReleasedConnection(sqlite3.Connection):
    """The place of a released connection: every statement is refused in Dutch."""

    path: Path | None = None

    def _refuse(self) -> DatabaseLockedError:
        return DatabaseLockedError(
            translate(
                "Storage",
                "De database {path} wordt op dit moment teruggezet of hersteld. Een ogenblik "
                "geduld.",
            ).format(path=self.path),
            self.path,
        )

    def execute(self, *_args: Any, **_kwargs: Any) -> sqlite3.Cursor:
        raise self._refuse()

    def executemany(self, *_args: Any, **_kwargs: Any) -> sqlite3.Cursor:
        raise self._refuse()


def open_database(
    path: Path,
    *,
    create: bool = True,
    before_migration: BackupHook | None = None,
    after_open: Callable[[Store], None] | None = None,
) -> Store:
    """Open (or create) the register at ``path``; see the module docstring for the order.

    ``before_migration(path, reason)`` is called before pending migrations are applied to a
    database that already holds a schema; it is expected to take a backup. ``after_open(store)``
    runs once the register is open and migrated (the service passes
    ``repository.recompute_stale_derived``), and again when the store reconnects.
    """
    path = Path(path)
    exists, application_id, user_version = _judge(path, create)
    writable = not exists or (is_writable(path) and is_writable(path.parent))
    if not writable:
        return _open_read_only(path, user_version)
    try:
        conn = _connect(path, readonly=False)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or cannot_open(exc, path) from exc
    store = Store(conn, path)
    if not exists:
        store.mark_verified()  # nothing in it yet that could be damaged
    try:
        with store.translate_errors():
            _prepare(store, exists, application_id, user_version, before_migration)
        store._after_open = after_open
        if after_open is not None:
            after_open(store)
    except BaseException:
        store.close()
        raise
    return store


def _judge(path: Path, create: bool) -> tuple[bool, int, int]:
    """Steps 1 and 2 for an existing file (refused untouched when it is not ours or too
    new); for a new one, its folder made. ``(exists, application_id, user_version)``."""
    try:
        path.stat()
        exists = True
    except FileNotFoundError:
        exists = False
    except OSError as exc:  # a name that is too long, a file where a folder should be
        raise classify_os_error(exc, path) from exc
    if not exists and not create:
        raise CannotOpenError(
            translate("Storage", "De database {path} bestaat niet.").format(path=path), path
        )
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise classify_os_error(exc, path.parent) from exc
        return False, 0, 0
    refuse_unless_database(path)
    application_id, user_version, tables = probe(path)
    check_identity(path, application_id, user_version, tables)
    return True, application_id, user_version


def _open_read_only(path: Path, user_version: int) -> Store:
    """A register we may not write to: opened read-only, unless it needs migrating."""
    if user_version < SCHEMA_VERSION:
        raise ReadOnlyError(
            translate(
                "Storage",
                "De database {path} is alleen-lezen en moet worden bijgewerkt naar een "
                "nieuwere versie; dat kan niet zonder schrijfrechten. Het bestand is niet "
                "gewijzigd.",
            ).format(path=path),
            path,
        )
    return Store(_connect_read_only(path), path, readonly=True)


def _prepare(
    store: Store,
    exists: bool,
    application_id: int,
    user_version: int,
    before_migration: BackupHook | None,
) -> None:
    """Step 3: WAL, full sync, and the pending migrations (after the backup hook)."""
    conn = store.conn
    if not exists:
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit the user saw is on disk even after a power cut, not only after a
    # crash of the program. Interactive writes are few, so the fsync costs nothing.
    conn.execute("PRAGMA synchronous = FULL")
    if user_version < SCHEMA_VERSION:
        from adviesraad_app.storage.schema import migrations

        if exists and user_version >= 1 and before_migration is not None:
            before_migration(store.path, "voor-migratie")
        migrations.apply(store.db)
    if exists and application_id != APPLICATION_ID:  # an empty SQLite file, now ours
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def database_summary(store: Store) -> dict[str, int]:
    """Counts for a status line or a backup listing."""
    return {
        "advices": int(store.scalar("SELECT count(*) FROM advices WHERE deleted_at IS NULL")),
        "schema_version": int(store.scalar("PRAGMA user_version")),
    }
