"""Restoring a backup: a verified, current copy prepared beside it, then written into the
live register through SQLite, or, for a damaged register, the damaged file and its side files
set aside byte for byte and the copy moved into its place (see ``backup`` for the rules)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from adviesraad_app.i18n import translate
from adviesraad_app.storage.backup_copy import (
    copy_errors,
    copy_pages,
    damaged,
    fsync_file,
    integrity,
    locked_error,
    read_only_uri,
)
from adviesraad_app.storage.connections import busy_timeout_ms
from adviesraad_app.storage.database import open_database
from adviesraad_app.storage.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    NotADatabaseError,
    StorageError,
    classify_sqlite_error,
)
from adviesraad_app.storage.file_checks import inspect_database_file, structure_errors
from adviesraad_app.storage.win_files import remove_file, replace_file

# Side files of a register that hold data (moved aside with a damaged file); ``-shm`` holds
# none and is rebuilt by SQLite.
_DATA_SIDE_FILES = ("-wal", "-journal")


def prepare_restore(source: Path, work_dir: Path, page_size: int | None = None) -> Path:
    """A verified, current-schema copy of the backup ``source`` in ``work_dir``, ready to restore.

    ``source`` itself is never opened for writing: it (and a ``-wal`` beside it, if it was
    copied from a live register) is first copied as plain files into ``work_dir``, and all
    checks and migrations run on that copy. Raises :class:`StorageError` when the backup is not
    a usable register (not a database, damaged, too new).
    """
    copy = work_dir / "terugzetten.sqlite3"
    with copy_errors(source):
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
        with copy_errors(source):
            conn = store.conn
            problems = integrity(conn)
            if problems != ["ok"]:
                raise damaged(
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
        conn = sqlite3.connect(read_only_uri(path), uri=True)
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
    with copy_errors(db_path):
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
                copy_pages(src, dst, busy_timeout_ms() / 1000, once_locked=save_previous)
                problems = integrity(dst)
            finally:
                dst.close()
        finally:
            src.close()
    if problems != ["ok"]:
        raise damaged(
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
    with copy_errors(db_path):
        destination.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", *_DATA_SIDE_FILES):
            source = db_path.with_name(db_path.name + suffix)
            if not source.is_file() or (suffix and source.stat().st_size == 0):
                continue
            target = destination.with_name(destination.name + suffix)
            partial = target.with_name(target.name + ".tmp")
            try:
                shutil.copyfile(source, partial)
                fsync_file(partial)
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
            raise locked_error(db_path) from exc
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
    with copy_errors(db_path):
        if db_path.exists():
            _refuse_if_in_use(db_path)
        for suffix in _DATA_SIDE_FILES:
            side = db_path.with_name(db_path.name + suffix)
            if side.exists() and side.stat().st_size == 0:
                remove_file(side)  # holds nothing
            elif side.exists():
                replace_file(side, aside.with_name(aside.name + suffix))
        remove_file(db_path.with_name(db_path.name + "-shm"))
        fsync_file(prepared)
        replace_file(prepared, db_path)


def restore_into_new(prepared: Path, db_path: Path) -> None:
    """Put ``prepared`` at ``db_path`` where no register exists yet (a new laptop)."""
    with copy_errors(db_path):
        db_path.parent.mkdir(parents=True, exist_ok=True)
        fsync_file(prepared)
        replace_file(prepared, db_path)
