"""Connections to a register file: the busy timeout, a reader of its own for a worker
thread, and read-only opening, also of a WAL register in a folder we may not write to."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from adviesraad_app.i18n import translate
from adviesraad_app.storage.errors import (
    CannotOpenError,
    ReadOnlyError,
    classify_sqlite_error,
)
from adviesraad_app.storage.paths import sqlite_uri

DEFAULT_BUSY_TIMEOUT_MS = 5000
ENV_BUSY_TIMEOUT = "ADVIESRAAD_BUSY_TIMEOUT_MS"

_log = logging.getLogger("adviesraad.storage")


def busy_timeout_ms() -> int:
    try:
        return max(0, int(os.environ.get(ENV_BUSY_TIMEOUT, DEFAULT_BUSY_TIMEOUT_MS)))
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT_MS


def connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(sqlite_uri(path, "mode=ro"), uri=True)
    else:
        conn = sqlite3.connect(str(path))
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


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
        conn = read_only_or_immutable(path)
    conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
    conn.execute("PRAGMA query_only = ON")
    return conn


def read_only_or_immutable(path: Path) -> sqlite3.Connection:
    """A ``mode=ro`` connection; in a folder where SQLite cannot make the ``-shm`` of a WAL
    register (a read-only share, a write-protected USB stick) the file is read ``immutable``
    when it alone is the whole register (no ``-wal`` with changes beside it)."""
    conn = sqlite3.connect(sqlite_uri(path, "mode=ro"), uri=True)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if has_pending_changes(path):
            raise
    return sqlite3.connect(sqlite_uri(path, "mode=ro&immutable=1"), uri=True)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection, also to a WAL register in a folder we may not write to.

    Reading a WAL database needs its ``-shm`` file, which SQLite cannot create in a read-only
    folder. When no ``-wal`` with content lies beside it, the file alone is the whole register
    and is read ``immutable`` (no ``-shm`` needed). With such a ``-wal`` that cannot be done
    safely, and the message says what to do.
    """
    try:
        conn = connect(path, readonly=True)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or cannot_open(exc, path) from exc
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as exc:
        conn.close()
        first = exc
    if has_pending_changes(path):
        raise unmerged_wal_error(path) from first
    try:
        conn = sqlite3.connect(sqlite_uri(path, "mode=ro&immutable=1"), uri=True)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or cannot_open(exc, path) from exc
    return conn


def holds_data(side: Path) -> bool:
    try:
        return side.stat().st_size > 0
    except OSError:
        return False


def in_use(path: Path) -> bool:
    """A ``-wal``, ``-shm`` or ``-journal`` beside the file: a program has it open (or had
    it open when it stopped), so the file alone is not the whole story."""
    return any(path.with_name(path.name + side).exists() for side in ("-wal", "-shm", "-journal"))


def has_pending_changes(path: Path) -> bool:
    """A ``-wal`` with content or a ``-journal`` beside the file: it alone is not the whole
    register."""
    return (
        holds_data(path.with_name(path.name + "-wal"))
        or path.with_name(path.name + "-journal").exists()
    )


def unmerged_wal_error(path: Path) -> ReadOnlyError:
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


def cannot_open(exc: sqlite3.Error, path: Path) -> CannotOpenError:
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
