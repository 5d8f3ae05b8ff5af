"""Opening the database file safely, and the one place where transactions begin.

Opening follows a fixed order so that a file we must refuse is never changed:

1. Look at the file from outside: a directory, an empty file, a wrong header, a size that
   does not match the header's page count (truncated) -> refused, file untouched.
2. Open it read-only and read ``application_id`` and ``user_version``: another program's
   database, or one written by a newer Adviesraad -> refused, file untouched.
3. Only then open it for writing, switch on WAL, foreign keys and a busy timeout, take a
   backup if migrations are pending, and apply them (each in its own transaction).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
import struct
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adviesraad_app.i18n import translate
from adviesraad_app.storage.constants import APPLICATION_ID, SCHEMA_VERSION, expected_tables
from adviesraad_app.storage.errors import (
    CannotOpenError,
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseTooNewError,
    NotADatabaseError,
    ReadOnlyError,
    classify_os_error,
    classify_sqlite_error,
)
from adviesraad_app.storage.paths import sqlite_uri
from adviesraad_app.storage.win_files import is_writable

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 16384  # halves the file size with 2 KB texts (GUIDE.md)
DEFAULT_BUSY_TIMEOUT_MS = 5000
ENV_BUSY_TIMEOUT = "ADVIESRAAD_BUSY_TIMEOUT_MS"

BackupHook = Callable[[Path, str], object]

_log = logging.getLogger("adviesraad.storage")


def busy_timeout_ms() -> int:
    try:
        return max(0, int(os.environ.get(ENV_BUSY_TIMEOUT, DEFAULT_BUSY_TIMEOUT_MS)))
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT_MS


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

    @property
    def db(self) -> Database:
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    def data_version(self) -> tuple[int, int]:
        """Changes whenever this connection writes or another one commits (for query caches)."""
        return self.conn.total_changes, int(self.scalar("PRAGMA data_version"))

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


QUICK_CHECK_LIMIT = 20
INTEGRITY_CHECK_LIMIT = 20  # for backups; the check of the register itself reads up to 50


def quick_check(conn: sqlite3.Connection, path: Path | None = None) -> list[str]:
    """SQLite's ``quick_check``: ``[]`` when the file is sound, else what is wrong.

    Reads every page (about 0.6–3.5 s for 100,000 advices) but, unlike ``integrity_check``,
    does not compare indexes with their tables. A damaged page may also make the pragma itself
    fail; that is reported as damage too. Locks and disk errors come out as
    :class:`StorageError`.
    """
    try:
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA quick_check({QUICK_CHECK_LIMIT})")]
    except sqlite3.DatabaseError as exc:
        classified = classify_sqlite_error(exc, path)
        if classified is not None and not isinstance(
            classified, CorruptDatabaseError | NotADatabaseError
        ):
            raise classified from exc
        return [str(exc)]
    return [] if rows == ["ok"] else findings(rows)


def findings(rows: list[str]) -> list[str]:
    """``integrity_check``/``quick_check`` output as one finding a line, without SQLite's
    ``*** in database main ***`` headings."""
    lines = [line.strip() for row in rows for line in row.splitlines()]
    return [line for line in lines if line and not line.startswith("***")] or rows


def connect_reader(path: Path) -> sqlite3.Connection:
    """A connection of its own that only reads a register, also on read-only media.

    A normal (not ``mode=ro``) connection that never writes (``query_only``): when it is the
    last one to close it tidies up the ``-wal``/``-shm``, which a read-only one leaves behind.
    Raises ``sqlite3.Error``.
    """
    try:
        conn = sqlite3.connect(sqlite_uri(path, "mode=rw"), uri=True)
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError:
        conn = _read_only_or_immutable(path)
    conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
    conn.execute("PRAGMA query_only = ON")
    return conn


def _read_only_or_immutable(path: Path) -> sqlite3.Connection:
    """A ``mode=ro`` connection; in a folder where SQLite cannot make the ``-shm`` of a WAL
    register (a read-only share, a write-protected USB stick) the file is read ``immutable``
    when it alone is the whole register (no ``-wal`` with changes beside it)."""
    conn = sqlite3.connect(sqlite_uri(path, "mode=ro"), uri=True)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if _has_pending_changes(path):
            raise
    return sqlite3.connect(sqlite_uri(path, "mode=ro&immutable=1"), uri=True)


def quick_check_file(path: Path) -> list[str]:
    """:func:`quick_check` through a connection of its own (:func:`connect_reader`, for a
    worker thread); never writes."""
    path = Path(path)
    try:
        conn = connect_reader(path)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or _cannot_open(exc, path) from exc
    try:
        return quick_check(conn, path)
    finally:
        conn.close()


def structure_errors(problems: list[str], limit: int = QUICK_CHECK_LIMIT) -> str:
    """``1 fout`` / ``3 fouten`` / ``20 of meer fouten`` (the check stops at ``limit``)."""
    n = len(findings(problems))
    if n >= limit:
        return translate("Storage", "{n} of meer fouten").format(n=n)
    if n == 1:
        return translate("Storage", "1 fout")
    return translate("Storage", "{n} fouten").format(n=n)


def damaged_error(path: Path, problems: list[str]) -> CorruptDatabaseError:
    """The refusal to write into a file that ``quick_check`` found damaged.

    SQLite's own (English) findings are logged and kept in :attr:`details`; the message
    only counts them.
    """
    _log.info("quick_check van %s: %s", path, "; ".join(problems))
    error = CorruptDatabaseError(
        translate(
            "Storage",
            "De database {path} is beschadigd ({errors} in de bestandsstructuur; details: "
            "adviesraad check --json). Er is niets opgeslagen en het bestand is niet "
            "gewijzigd. Laat de database controleren (adviesraad check, of Extra > Database "
            "controleren) of zet een back-up terug (adviesraad restore, of Extra > Back-up "
            "terugzetten).",
        ).format(path=path, errors=structure_errors(problems)),
        path,
    )
    error.details = list(problems)
    return error


def _cannot_open(exc: sqlite3.Error, path: Path) -> CannotOpenError:
    """SQLite's own (English) reason goes to the details and the log, not the message."""
    _log.info("%s kan niet worden geopend: %s", path, exc)
    error = CannotOpenError(
        translate(
            "Storage",
            "De database {path} kan niet worden geopend (details: adviesraad check --json).",
        ).format(path=path),
        path,
    )
    error.details = [str(exc)]
    return error


CONFIRM_LOOKS = 3


def _size_and_header(path: Path) -> tuple[int, bytes]:
    """The file's size and its first 100 bytes, through one open handle."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        raise classify_os_error(exc, path) from exc
    return size, header


def _looks_truncated(size: int, header: bytes) -> bool:
    """The header's page size and page count say the file should be longer than it is."""
    if len(header) < 100:
        return True
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_size < 512 or size % page_size != 0:
        return True
    return bool(change_counter == valid_for and page_count and size < page_count * page_size)


def _refuse_unless_database(path: Path) -> None:
    """Step 1: judge the file from outside, without letting SQLite touch it."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise classify_os_error(exc, path) from exc
    if stat.S_ISDIR(mode):
        raise CannotOpenError(
            translate("Storage", "{path} is een map, geen databasebestand.").format(path=path),
            path,
        )
    if not stat.S_ISREG(mode):  # a pipe or a device: opening it could wait forever
        raise CannotOpenError(
            translate(
                "Storage",
                "{path} is geen gewoon bestand maar een apparaat, een pijp (FIFO) of een "
                "socket, geen databasebestand.",
            ).format(path=path),
            path,
        )
    size, header = _size_and_header(path)
    if size == 0:
        raise NotADatabaseError(
            translate(
                "Storage",
                "{path} is een leeg bestand, geen Adviesraad-database. Het bestand is niet "
                "gewijzigd.",
            ).format(path=path),
            path,
        )
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise NotADatabaseError(
            translate(
                "Storage",
                "{path} is geen Adviesraad-database (geen SQLite-bestand). Het bestand is niet "
                "gewijzigd.",
            ).format(path=path),
            path,
        )
    # A program that has the file open (WAL) checkpoints by writing page 1, with the new page
    # count, before the pages that make the file that long: a look from outside can see a
    # "short" file that is perfectly sound. While it is in use (a -wal/-shm/-journal beside
    # it), SQLite (and quick_check before any write) judges it from inside, under its locks;
    # otherwise it is looked at again, in case the last program just closed it.
    for attempt in range(CONFIRM_LOOKS):
        if not _looks_truncated(size, header):
            return
        if _in_use(path):
            _log.info("%s: lengte en kop verschillen terwijl het in gebruik is", path)
            return
        if attempt < CONFIRM_LOOKS - 1:
            time.sleep(0.1)
            size, header = _size_and_header(path)
    raise CorruptDatabaseError(
        translate(
            "Storage",
            "De database {path} is beschadigd: het bestand is korter dan het zou moeten zijn "
            "(afgebroken kopie of schijffout). Het bestand is niet gewijzigd. Zet een "
            "back-up terug.",
        ).format(path=path),
        path,
    )


def _probe(path: Path) -> tuple[int, int, set[str]]:
    """Step 2: read identity and version through a read-only connection.

    Without a ``-wal``/``-journal`` beside it the file alone is the whole truth, so it is read
    ``immutable``: SQLite then creates no ``-shm``/``-wal`` next to a file it may refuse.
    """
    pending = _has_pending_changes(path)
    uri = sqlite_uri(path, "mode=ro" + ("" if pending else "&immutable=1"))
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or _cannot_open(exc, path) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    except sqlite3.Error as exc:
        if pending and not is_writable(path.parent):
            raise _unmerged_wal_error(path) from exc  # no -shm can be made beside it
        classified = classify_sqlite_error(exc, path)
        if classified is None:
            _log.info("%s kan niet worden gelezen: %s", path, exc)
            classified = CorruptDatabaseError(
                translate(
                    "Storage",
                    "De database {path} kan niet worden gelezen (beschadigd of onbekend "
                    "formaat). Het bestand is niet gewijzigd.",
                ).format(path=path),
                path,
            )
            classified.details = [str(exc)]
        raise classified from exc
    finally:
        conn.close()
    return application_id, user_version, tables


def _check_identity(path: Path, application_id: int, user_version: int, tables: set[str]) -> None:
    if user_version < 0:  # no version of Adviesraad ever wrote this: refused like a newer one
        raise DatabaseTooNewError(
            translate(
                "Storage",
                "De database {path} heeft een schemaversie die Adviesraad niet kent ({found}; "
                "deze versie kent 0 tot en met {supported}). Het bestand is niet geopend en "
                "niet gewijzigd. Zet een back-up terug.",
            ).format(path=path, found=user_version, supported=SCHEMA_VERSION),
            path,
            user_version,
            SCHEMA_VERSION,
        )
    if user_version > SCHEMA_VERSION:
        raise DatabaseTooNewError(
            translate(
                "Storage",
                "De database {path} is gemaakt door een nieuwere versie van Adviesraad "
                "(schemaversie {found}; deze versie kent tot en met {supported}). Installeer de "
                "nieuwste versie. Het bestand is niet geopend en niet gewijzigd.",
            ).format(path=path, found=user_version, supported=SCHEMA_VERSION),
            path,
            user_version,
            SCHEMA_VERSION,
        )
    ours = application_id == APPLICATION_ID
    if not ours and (application_id != 0 or tables):
        raise NotADatabaseError(
            translate(
                "Storage",
                "{path} is een database van een ander programma, geen Adviesraad-database. Het "
                "bestand is niet gewijzigd.",
            ).format(path=path),
            path,
        )
    if ours and user_version >= 1:
        missing = [name for name in expected_tables() if name not in tables]
        if missing:
            raise CorruptDatabaseError(
                translate(
                    "Storage",
                    "De database {path} is onvolledig: tabel(len) {tables} ontbreken. Het bestand "
                    "is niet gewijzigd. Zet een back-up terug.",
                ).format(path=path, tables=", ".join(missing)),
                path,
            )


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(sqlite_uri(path, "mode=ro"), uri=True)
    else:
        conn = sqlite3.connect(str(path))
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _holds_data(side: Path) -> bool:
    try:
        return side.stat().st_size > 0
    except OSError:
        return False


def _in_use(path: Path) -> bool:
    """A ``-wal``, ``-shm`` or ``-journal`` beside the file: a program has it open (or had
    it open when it stopped), so the file alone is not the whole story."""
    return any(path.with_name(path.name + side).exists() for side in ("-wal", "-shm", "-journal"))


def _has_pending_changes(path: Path) -> bool:
    """A ``-wal`` with content or a ``-journal`` beside the file: it alone is not the whole
    register."""
    return (
        _holds_data(path.with_name(path.name + "-wal"))
        or path.with_name(path.name + "-journal").exists()
    )


def _unmerged_wal_error(path: Path) -> ReadOnlyError:
    return ReadOnlyError(
        translate(
            "Storage",
            "De database {path} staat in een map zonder schrijfrechten en heeft nog "
            "wijzigingen die niet in het bestand zelf zijn verwerkt (in {wal}). Zo kan "
            "Adviesraad hem niet veilig openen. Vraag de beheerder om schrijfrechten op de "
            "map, of kopieer het bestand samen met {wal} naar een map waarin u mag "
            "schrijven en open het daar. Er is niets gewijzigd.",
        ).format(path=path, wal=path.name + "-wal"),
        path,
    )


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection, also to a WAL register in a folder we may not write to.

    Reading a WAL database needs its ``-shm`` file, which SQLite cannot create in a read-only
    folder. When no ``-wal`` with content lies beside it, the file alone is the whole register
    and is read ``immutable`` (no ``-shm`` needed). With such a ``-wal`` that cannot be done
    safely, and the message says what to do.
    """
    try:
        conn = _connect(path, readonly=True)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or _cannot_open(exc, path) from exc
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as exc:
        conn.close()
        first = exc
    if _has_pending_changes(path):
        raise _unmerged_wal_error(path) from first
    try:
        conn = sqlite3.connect(sqlite_uri(path, "mode=ro&immutable=1"), uri=True)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or _cannot_open(exc, path) from exc
    return conn


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
    if exists:
        _refuse_unless_database(path)
        application_id, user_version, tables = _probe(path)
        _check_identity(path, application_id, user_version, tables)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise classify_os_error(exc, path.parent) from exc
        application_id = user_version = 0

    writable = not exists or (is_writable(path) and is_writable(path.parent))
    if not writable:
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

    try:
        conn = _connect(path, readonly=False)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or _cannot_open(exc, path) from exc
    store = Store(conn, path)
    if not exists:
        store.mark_verified()  # nothing in it yet that could be damaged
    try:
        with store.translate_errors():
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
                    before_migration(path, "voor-migratie")
                migrations.apply(store.db)
            if exists and application_id != APPLICATION_ID:  # an empty SQLite file, now ours
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        store._after_open = after_open
        if after_open is not None:
            after_open(store)
    except BaseException:
        store.close()
        raise
    return store


def inspect_database_file(path: Path) -> int:
    """Steps 1 and 2 only: refuse what :func:`open_database` refuses, without writing.

    Returns the schema version. Used to judge a backup before it is restored and the register
    before it is replaced.
    """
    path = Path(path)
    _refuse_unless_database(path)
    application_id, user_version, tables = _probe(path)
    _check_identity(path, application_id, user_version, tables)
    return user_version


def database_summary(store: Store) -> dict[str, int]:
    """Counts for a status line or a backup listing."""
    return {
        "advices": int(store.scalar("SELECT count(*) FROM advices WHERE deleted_at IS NULL")),
        "schema_version": int(store.scalar("PRAGMA user_version")),
    }
