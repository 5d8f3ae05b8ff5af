"""What backups, restores and the repair's copies share: SQLite's online backup API with a
limit on waiting for a lock, ``integrity_check`` of a copy, flushing a file to disk, and
SQLite's and the disk's errors as :class:`StorageError` about the file concerned."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from adviesraad_app.i18n import translate
from adviesraad_app.storage.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    StorageError,
    classify_os_error,
    classify_sqlite_error,
)
from adviesraad_app.storage.file_checks import INTEGRITY_CHECK_LIMIT
from adviesraad_app.storage.paths import sqlite_uri

SQLITE_BUSY = 5
SQLITE_LOCKED = 6

_log = logging.getLogger("adviesraad.storage")


class Busy(Exception):
    """Raised from the backup progress callback to stop waiting for a lock."""


@contextlib.contextmanager
def copy_errors(path: Path) -> Iterator[None]:
    """SQLite's and the disk's errors as :class:`StorageError` about ``path``."""
    try:
        yield
    except Busy as exc:
        raise locked_error(path) from exc
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or copy_failed(exc, path) from exc
    except OSError as exc:
        # Name the file that failed (the copy being written, not the backup being read).
        raise classify_os_error(exc, Path(exc.filename) if exc.filename else path) from exc


def copy_failed(exc: sqlite3.Error, path: Path) -> StorageError:
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


def locked_error(path: Path) -> DatabaseLockedError:
    return DatabaseLockedError(
        translate(
            "Storage",
            "De database {path} is bezet door een ander programma; er is niets gewijzigd. "
            "Probeer het over een ogenblik opnieuw.",
        ).format(path=path),
        path,
    )


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    return sqlite_uri(path, "mode=ro&immutable=1" if immutable else "mode=ro")


def copy_pages(
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
        if status in (SQLITE_BUSY, SQLITE_LOCKED):
            now = time.monotonic()
            if not waiting_since:
                waiting_since.append(now)
            elif now - waiting_since[0] >= timeout_s:
                raise Busy
        elif once_locked is not None and not called:
            called.append(True)
            if status != 0:  # SQLITE_DONE: already committed, too late to run it first
                raise RuntimeError("backup finished in its first step")
            once_locked()

    # In steps of one page when something must happen under the lock, else all at once.
    src.backup(dst, pages=1 if once_locked else -1, progress=progress, sleep=0.05)


def fsync_file(path: Path) -> None:
    # Opened for writing: on Windows, flushing (FlushFileBuffers) needs write access.
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def integrity(conn: sqlite3.Connection) -> list[str]:
    """``["ok"]``, or what is wrong; also when the check itself gives up on a damaged page."""
    try:
        rows = conn.execute(f"PRAGMA integrity_check({INTEGRITY_CHECK_LIMIT})")
        return [str(row[0]) for row in rows]
    except sqlite3.OperationalError:
        raise  # locked, I/O: not a finding about the file
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def damaged(message: str, path: Path, problems: list[str]) -> CorruptDatabaseError:
    """A :class:`CorruptDatabaseError` whose Dutch message only counts SQLite's findings; the
    findings themselves go to :attr:`~StorageError.details` and the log."""
    _log.info("%s: %s", path, "; ".join(problems))
    error = CorruptDatabaseError(message, path)
    error.details = list(problems)
    return error
