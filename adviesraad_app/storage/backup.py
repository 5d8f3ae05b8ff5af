"""Backups and restores with SQLite's online backup API (never a file copy of a live database).

Three rules hold for everything here:

* A file appears under its final name only when it is complete and verified: it is written
  under a temporary name first and moved into place (``os.replace``) afterwards.
* A live register is only ever written through SQLite (the backup API into the open file), so
  another connection — the app while the CLI restores — sees the new content, never a torn
  file.
* Nothing here deletes a register. A damaged register is copied aside byte for byte before it
  is replaced; its ``-wal`` is *moved* aside with it (a stale ``-wal`` beside a restored file
  would be replayed onto it).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from adviesraad_app.i18n import translate
from adviesraad_app.storage.backup_files import (
    BackupFile,
    BackupKind,
    backup_file_name,
    newest_first,
    parse_backup_name,
)
from adviesraad_app.storage.database import (
    INTEGRITY_CHECK_LIMIT,
    busy_timeout_ms,
    connect_reader,
    inspect_database_file,
    open_database,
    quick_check,
    structure_errors,
)
from adviesraad_app.storage.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    NotADatabaseError,
    StorageError,
    classify_os_error,
    classify_sqlite_error,
)
from adviesraad_app.storage.paths import backups_dir, sqlite_uri
from adviesraad_app.storage.win_files import remove_file, replace_file

_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
# Side files of a register that hold data (moved aside with a damaged file); ``-shm`` holds
# none and is rebuilt by SQLite.
_DATA_SIDE_FILES = ("-wal", "-journal")

_log = logging.getLogger("adviesraad.storage")


class _Busy(Exception):
    """Raised from the backup progress callback to stop waiting for a lock."""


@contextlib.contextmanager
def _errors(path: Path) -> Iterator[None]:
    """SQLite's and the disk's errors as :class:`StorageError` about ``path``."""
    try:
        yield
    except _Busy as exc:
        raise _locked(path) from exc
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or _copy_failed(exc, path) from exc
    except OSError as exc:
        # Name the file that failed (the copy being written, not the backup being read).
        raise classify_os_error(exc, Path(exc.filename) if exc.filename else path) from exc


def _copy_failed(exc: sqlite3.Error, path: Path) -> StorageError:
    """SQLite's own (English) reason goes to the details and the log, not the message."""
    _log.info("kopiëren van %s mislukt: %s", path, exc)
    error = StorageError(
        translate("Storage", "Het kopiëren van {path} is mislukt; er is niets gewijzigd.").format(
            path=path
        ),
        path,
    )
    error.details = [str(exc)]
    return error


def _locked(path: Path) -> DatabaseLockedError:
    return DatabaseLockedError(
        translate(
            "Storage",
            "De database {path} is bezet door een ander programma; er is niets gewijzigd. "
            "Probeer het over een ogenblik opnieuw.",
        ).format(path=path),
        path,
    )


def _read_only_uri(path: Path, *, immutable: bool = False) -> str:
    return sqlite_uri(path, "mode=ro&immutable=1" if immutable else "mode=ro")


def _copy_pages(
    src: sqlite3.Connection,
    dst: sqlite3.Connection,
    timeout_s: float,
    *,
    once_locked: Callable[[], object] | None = None,
) -> None:
    """``src.backup(dst)``, giving up after ``timeout_s`` of waiting for a lock.

    Python's ``backup()`` retries a busy destination forever; the progress callback is the
    only place to stop it. ``once_locked`` is called after the first step, when SQLite holds
    the destination's write lock but has committed nothing yet: no other connection can write
    and readers still see the old content. An exception from it aborts the copy unchanged.
    """
    waiting_since: list[float] = []
    called: list[bool] = []

    def progress(status: int, remaining: int, total: int) -> None:
        if status in (_SQLITE_BUSY, _SQLITE_LOCKED):
            now = time.monotonic()
            if not waiting_since:
                waiting_since.append(now)
            elif now - waiting_since[0] >= timeout_s:
                raise _Busy
        elif once_locked is not None and not called:
            called.append(True)
            if status != 0:  # SQLITE_DONE: already committed, too late to run it first
                raise RuntimeError("backup finished in its first step")
            once_locked()

    # In steps of one page when something must happen under the lock, else all at once.
    src.backup(dst, pages=1 if once_locked else -1, progress=progress, sleep=0.05)


def _fsync_file(path: Path) -> None:
    # Opened for writing: on Windows, flushing (FlushFileBuffers) needs write access.
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _integrity(conn: sqlite3.Connection) -> list[str]:
    """``["ok"]``, or what is wrong; also when the check itself gives up on a damaged page."""
    try:
        rows = conn.execute(f"PRAGMA integrity_check({INTEGRITY_CHECK_LIMIT})")
        return [str(row[0]) for row in rows]
    except sqlite3.OperationalError:
        raise  # locked, I/O: not a finding about the file
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def _damaged(message: str, path: Path, problems: list[str]) -> CorruptDatabaseError:
    """A :class:`CorruptDatabaseError` whose Dutch message only counts SQLite's findings; the
    findings themselves go to :attr:`~StorageError.details` and the log."""
    _log.info("%s: %s", path, "; ".join(problems))
    error = CorruptDatabaseError(message, path)
    error.details = list(problems)
    return error


# ---------------------------------------------------------------------------------- naming


def backup_path(
    db_path: Path,
    kind: BackupKind | str,
    at: datetime | None = None,
    folder: Path | None = None,
) -> Path:
    """A free file name in ``folder`` (default: ``backups`` beside the register)."""
    at = at or datetime.now()
    folder = folder if folder is not None else backups_dir(db_path)
    n = 0
    while True:
        candidate = folder / backup_file_name(db_path.stem, kind, at, n)
        if not candidate.exists() and not candidate.with_name(candidate.name + ".tmp").exists():
            return candidate
        n += 1


def list_backup_files(db_path: Path, folder: Path | None = None) -> list[BackupFile]:
    """The backups of the register ``db_path`` in ``folder``, newest first (names only)."""
    folder = folder if folder is not None else backups_dir(db_path)
    try:
        entries = list(folder.iterdir()) if folder.is_dir() else []
    except OSError as exc:
        raise classify_os_error(exc, folder) from exc
    found = (parse_backup_name(db_path.stem, entry) for entry in entries if entry.is_file())
    return newest_first(b for b in found if b is not None)


def remove_backup_files(files: list[BackupFile]) -> list[Path]:
    """Delete thinned backups; a file that cannot be removed now is left for the next time."""
    removed = []
    for backup in files:
        with contextlib.suppress(OSError):
            backup.path.unlink()
            removed.append(backup.path)
    return removed


# ---------------------------------------------------------------------------------- backup


def backup_database(
    source: Path | sqlite3.Connection, destination: Path, *, require_ok: bool = True
) -> Path:
    """Copy a database consistently (also while others write) and verify the copy.

    The copy is written to a temporary name and moved into place only after
    ``PRAGMA integrity_check``. With ``require_ok`` (the default) a copy that is not ``ok`` is
    thrown away and :class:`CorruptDatabaseError` raised; without it (the copy of a damaged
    register before a repair) the faithful copy is kept anyway.
    """
    temporary = destination.with_name(destination.name + ".tmp")
    own_source = not isinstance(source, sqlite3.Connection)
    label = source if isinstance(source, Path) else destination
    try:
        with _errors(label):
            destination.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
            src = source if isinstance(source, sqlite3.Connection) else connect_reader(source)
            try:
                dst = sqlite3.connect(str(temporary), isolation_level=None)
                try:
                    _copy_pages(src, dst, busy_timeout_ms() / 1000)
                    # A single file: no -wal beside it, so it can be copied or mailed as is.
                    dst.execute("PRAGMA journal_mode = DELETE")
                    result = _integrity(dst)
                finally:
                    dst.close()
            finally:
                if own_source:
                    src.close()
            if result != ["ok"] and require_ok:
                raise _damaged(
                    translate(
                        "Storage",
                        "De back-up {path} is na het schrijven niet in orde ({errors} in de "
                        "bestandsstructuur); hij is niet bewaard.",
                    ).format(path=destination, errors=structure_errors(result)),
                    destination,
                    result,
                )
            _fsync_file(temporary)
            replace_file(temporary, destination)
        return destination
    finally:
        with contextlib.suppress(OSError):
            remove_file(temporary)


def backup_before(db_path: Path, reason: str) -> Path:
    """A backup in the ``backups`` folder before a migration or repair.

    Kept even when the register is already damaged (``require_ok=False``): the point is to be
    able to return to exactly the state before the change.
    """
    return backup_database(db_path, backup_path(db_path, reason), require_ok=False)


# ---------------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class BackupSummary:
    schema_version: int
    advices: int


def read_backup_summary(path: Path) -> BackupSummary:
    """Schema version and number of advices of a backup, read without changing anything.

    The file is opened ``immutable``: SQLite takes no locks and writes no side files, so even
    a backup on a read-only USB stick is read as it is. Refuses (``StorageError``) what the
    app would refuse to open.
    """
    with _errors(path):
        version = inspect_database_file(path)
        conn = sqlite3.connect(_read_only_uri(path, immutable=True), uri=True)
        try:
            if version == 0:
                return BackupSummary(0, 0)
            advices = conn.execute(
                "SELECT count(*) FROM advices WHERE deleted_at IS NULL"
            ).fetchone()[0]
        finally:
            conn.close()
    return BackupSummary(version, int(advices))


_FTS_SHADOWS = ("_data", "_idx", "_docsize", "_config", "_content")

_Schema = list[tuple[str, str, str, int, str]]  # type, name, tbl_name, rootpage, sql


def _read_schema(src: sqlite3.Connection) -> _Schema:
    return [
        (str(kind), str(name), str(tbl), int(root or 0), str(sql))
        for kind, name, tbl, root, sql in src.execute(
            "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
            "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "ORDER BY rowid"
        )
    ]


def _tables_to_copy(schema: _Schema) -> list[tuple[str, str]]:
    """The tables (name, sql) whose rows :func:`copy_readable` copies: every real table but
    the full-text indexes' own tables (rebuilt from the data)."""
    virtual = [name for kind, name, _t, root, _s in schema if kind == "table" and root == 0]
    shadows = {v + suffix for v in virtual for suffix in _FTS_SHADOWS}
    return [
        (name, sql)
        for kind, name, _t, root, sql in schema
        if kind == "table" and root != 0 and name not in shadows
    ]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def unreadable_tables(source: Path) -> list[tuple[str, str]]:
    """The tables :func:`copy_readable` needs that cannot be read completely: ``(table,
    SQLite's reason)``; ``[]`` when a copy of everything is possible (the damage is then
    confined to indexes, free pages or the full-text index, which a repair rebuilds).

    Reads every row of those tables (all columns, so overflow pages too); ``source`` is only
    read. Locks and disk errors raise :class:`StorageError`.
    """
    with _errors(source):
        src = sqlite3.connect(_read_only_uri(source), uri=True)
        try:
            src.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
            try:
                schema = _read_schema(src)
                has_sequence = src.execute(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'"
                ).fetchone()[0]
            except sqlite3.OperationalError:
                raise
            except sqlite3.DatabaseError as exc:
                return [("sqlite_master", str(exc))]
            names = [name for name, _sql in _tables_to_copy(schema)]
            if has_sequence:
                names.append("sqlite_sequence")
            unreadable = []
            for name in names:
                try:
                    cursor = src.execute(f"SELECT * FROM {_quoted(name)}")
                    while cursor.fetchmany(1000):
                        pass
                except sqlite3.OperationalError:
                    raise
                except sqlite3.DatabaseError as exc:
                    unreadable.append((name, str(exc)))
            return unreadable
        finally:
            src.close()


def copy_readable(source: Path, target: Path) -> None:
    """Rebuild the register ``source`` into the new file ``target``, table by table.

    The repair's fallback when ``VACUUM INTO`` gives up: that copies indexes page by page
    from the source (SQLite's transfer optimisation), so one damaged index page stops it. Here
    every table's rows are read (``LIMIT -1`` switches the transfer off) and the indexes,
    views and triggers are created anew; full-text indexes start empty (the repair rebuilds
    them). A table that cannot be read completely raises: a copy that lost rows is worse
    than none. :func:`unreadable_tables` tells beforehand whether that happens. ``source`` is
    only read.

    The target is opened with ``uri=True``: only then does SQLite accept the ``file:`` URI of
    the ``ATTACH`` below. Debian's SQLite accepts URIs everywhere (built with
    ``SQLITE_USE_URI``); the ``sqlite3.dll`` of CPython on Windows does not.
    """
    dst = sqlite3.connect(sqlite_uri(target), uri=True, isolation_level=None)
    try:
        src = sqlite3.connect(_read_only_uri(source), uri=True)
        try:
            src.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
            schema = _read_schema(src)
            page_size, user_version, application_id = (
                int(src.execute(f"PRAGMA {name}").fetchone()[0])
                for name in ("page_size", "user_version", "application_id")
            )
        finally:
            src.close()
        tables = _tables_to_copy(schema)
        dst.execute(f"PRAGMA page_size = {page_size}")
        dst.execute("BEGIN")
        for _name, sql in tables:
            dst.execute(sql)
        for kind, _name, _t, root, sql in schema:
            if kind == "table" and root == 0:
                dst.execute(sql)
        dst.execute("COMMIT")
        dst.execute("ATTACH DATABASE ? AS bron", (_read_only_uri(source),))
        dst.execute("BEGIN")
        for name, _sql in tables:
            quoted = _quoted(name)
            dst.execute(f"INSERT INTO main.{quoted} SELECT * FROM bron.{quoted} LIMIT -1")
        has_sequence = dst.execute(
            "SELECT count(*) FROM bron.sqlite_master WHERE name = 'sqlite_sequence'"
        ).fetchone()[0]
        if has_sequence:
            dst.execute("INSERT INTO main.sqlite_sequence SELECT * FROM bron.sqlite_sequence")
        dst.execute("COMMIT")
        dst.execute("DETACH DATABASE bron")
        dst.execute("BEGIN")
        for kind, _name, _t, _root, sql in schema:
            if kind in ("index", "view", "trigger"):
                dst.execute(sql)
        dst.execute(f"PRAGMA user_version = {user_version}")
        dst.execute(f"PRAGMA application_id = {application_id}")
        dst.execute("COMMIT")
    finally:
        dst.close()


def quick_check_backup(path: Path) -> list[str]:
    """``quick_check`` of a backup file, read ``immutable``: ``[]`` when it is sound."""
    with _errors(path):
        conn = sqlite3.connect(_read_only_uri(path, immutable=True), uri=True)
        try:
            return quick_check(conn, path)
        finally:
            conn.close()


# ---------------------------------------------------------------------------------- restore


def prepare_restore(source: Path, work_dir: Path, page_size: int | None = None) -> Path:
    """A verified, current-schema copy of the backup ``source`` in ``work_dir``, ready to restore.

    ``source`` itself is never opened for writing: it (and a ``-wal`` beside it, if it was
    copied from a live register) is first copied as plain files into ``work_dir``, and all
    checks and migrations run on that copy. Raises :class:`StorageError` when the backup is not
    a usable register (not a database, damaged, too new).
    """
    copy = work_dir / "terugzetten.sqlite3"
    with _errors(source):
        work_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, copy)
        wal = source.with_name(source.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    try:
        version = inspect_database_file(copy)
    except StorageError as exc:
        # Speak of the file the user chose, not of our work copy.
        exc.message = exc.message.replace(str(copy), str(source))
        exc.args = (exc.message,)
        exc.path = source
        raise
    if version == 0:
        raise NotADatabaseError(
            translate(
                "Storage", "{path} bevat geen Adviesraad-register en wordt niet teruggezet."
            ).format(path=source),
            source,
        )
    store = open_database(copy, create=False)  # brings an older backup up to date
    try:
        with _errors(source):
            conn = store.conn
            problems = _integrity(conn)
            if problems != ["ok"]:
                raise _damaged(
                    translate(
                        "Storage",
                        "De back-up {path} is beschadigd ({errors} in de bestandsstructuur) en "
                        "wordt niet teruggezet.",
                    ).format(path=source, errors=structure_errors(problems)),
                    source,
                    problems,
                )
            conn.execute("PRAGMA journal_mode = DELETE")
            if page_size and conn.execute("PRAGMA page_size").fetchone()[0] != page_size:
                # The backup API cannot copy between page sizes into a WAL database.
                conn.execute(f"PRAGMA page_size = {int(page_size)}")
                conn.execute("VACUUM")
    finally:
        store.close()
    return copy


def page_size_of(path: Path) -> int | None:
    """The page size of a healthy register, or ``None`` when it cannot be read."""
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            return int(conn.execute("PRAGMA page_size").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def restore_into_live(
    prepared: Path, db_path: Path, save_previous: Callable[[], object] | None = None
) -> None:
    """Write ``prepared`` into the existing, readable register ``db_path`` via the backup API.

    One transaction on the register: other connections (the app) see the old or the new
    content, never a mix, and pick up the new content at their next read.

    ``save_previous`` (which copies the register aside) runs *under the same write lock*, after
    SQLite has locked the register for the restore and before anything is committed: no write
    by another program can fall between the copy aside and the restore and be lost. If it
    fails, nothing is restored.
    """
    with _errors(db_path):
        src = sqlite3.connect(str(prepared))
        try:
            if int(src.execute("PRAGMA page_count").fetchone()[0]) < 2:
                raise CorruptDatabaseError(
                    translate("Storage", "De back-up {path} is leeg.").format(path=prepared),
                    prepared,
                )
            dst = sqlite3.connect(str(db_path), isolation_level=None)
            try:
                dst.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
                _copy_pages(src, dst, busy_timeout_ms() / 1000, once_locked=save_previous)
                problems = _integrity(dst)
            finally:
                dst.close()
        finally:
            src.close()
    if problems != ["ok"]:
        raise _damaged(
            translate(
                "Storage",
                "Na het terugzetten is {path} niet in orde ({errors} in de bestandsstructuur). "
                "Zet een andere back-up terug.",
            ).format(path=db_path, errors=structure_errors(problems)),
            db_path,
            problems,
        )


def set_aside_raw(db_path: Path, destination: Path) -> Path:
    """Copy a register that SQLite cannot back up (damaged) byte for byte to ``destination``.

    Its ``-wal``/``-journal`` are copied along (``destination`` + the same suffix). Only for
    files no program can be using (the app refuses to open a damaged file).
    """
    with _errors(db_path):
        destination.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", *_DATA_SIDE_FILES):
            source = db_path.with_name(db_path.name + suffix)
            if not source.is_file() or (suffix and source.stat().st_size == 0):
                continue
            target = destination.with_name(destination.name + suffix)
            partial = target.with_name(target.name + ".tmp")
            try:
                shutil.copyfile(source, partial)
                _fsync_file(partial)
                replace_file(partial, target)
            finally:
                with contextlib.suppress(OSError):
                    remove_file(partial)
    return destination


def _refuse_if_in_use(db_path: Path) -> None:
    """Refuse to replace a file that another SQLite connection holds (a lock we cannot get).

    Side files that only this probe created (empty ``-wal``/``-shm``) are removed again.
    """
    with db_path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            return
    sides = [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", "-journal")]
    existed = {side for side in sides if side.exists()}
    try:
        conn = sqlite3.connect(str(db_path), isolation_level=None, timeout=0)
    except sqlite3.Error:
        return
    try:
        conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        if isinstance(classify_sqlite_error(exc, db_path), DatabaseLockedError):
            raise _locked(db_path) from exc
    finally:
        conn.close()
        for side in sides:
            if side not in existed and side.exists():
                with contextlib.suppress(OSError):
                    if side.name.endswith("-shm") or side.stat().st_size == 0:
                        side.unlink()  # created by this probe, holds no data


def replace_damaged(prepared: Path, db_path: Path, aside: Path) -> None:
    """Put ``prepared`` in the place of the damaged register ``db_path``.

    ``db_path`` must already be copied to ``aside`` (:func:`set_aside_raw`). Its ``-wal`` and
    ``-journal`` are moved next to that copy (they belong to the damaged file and would be
    replayed onto the restored one), ``-shm`` is removed, and ``prepared`` is moved into place
    in one step: at every moment there is a complete file under the register's name.
    """
    with _errors(db_path):
        if db_path.exists():
            _refuse_if_in_use(db_path)
        for suffix in _DATA_SIDE_FILES:
            side = db_path.with_name(db_path.name + suffix)
            if side.exists() and side.stat().st_size == 0:
                remove_file(side)  # holds nothing
            elif side.exists():
                replace_file(side, aside.with_name(aside.name + suffix))
        remove_file(db_path.with_name(db_path.name + "-shm"))
        _fsync_file(prepared)
        replace_file(prepared, db_path)


def restore_into_new(prepared: Path, db_path: Path) -> None:
    """Put ``prepared`` at ``db_path`` where no register exists yet (a new laptop)."""
    with _errors(db_path):
        db_path.parent.mkdir(parents=True, exist_ok=True)
        _fsync_file(prepared)
        replace_file(prepared, db_path)
