"""Judging a register file without writing to it: from outside (a directory, an empty or
truncated file, a wrong header), then through a read-only look at its identity and version,
and SQLite's ``quick_check`` of its pages."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import struct
import time
from pathlib import Path

from adviesraad_app.i18n import translate
from adviesraad_app.storage.connections import (
    busy_timeout_ms,
    cannot_open,
    connect_reader,
    has_pending_changes,
    in_use,
    unmerged_wal_error,
)
from adviesraad_app.storage.constants import APPLICATION_ID, SCHEMA_VERSION, expected_tables
from adviesraad_app.storage.errors import (
    CannotOpenError,
    CorruptDatabaseError,
    DatabaseTooNewError,
    NotADatabaseError,
    classify_os_error,
    classify_sqlite_error,
)
from adviesraad_app.storage.paths import sqlite_uri
from adviesraad_app.storage.win_files import is_writable

SQLITE_HEADER = b"SQLite format 3\x00"

_log = logging.getLogger("adviesraad.storage")


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


def quick_check_file(path: Path) -> list[str]:
    """:func:`quick_check` through a connection of its own (:func:`connect_reader`, for a
    worker thread); never writes."""
    path = Path(path)
    try:
        conn = connect_reader(path)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or cannot_open(exc, path) from exc
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


def refuse_unless_database(path: Path) -> None:
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
        if in_use(path):
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


def probe(path: Path) -> tuple[int, int, set[str]]:
    """Step 2: read identity and version through a read-only connection.

    Without a ``-wal``/``-journal`` beside it the file alone is the whole truth, so it is read
    ``immutable``: SQLite then creates no ``-shm``/``-wal`` next to a file it may refuse.
    """
    pending = has_pending_changes(path)
    uri = sqlite_uri(path, "mode=ro" + ("" if pending else "&immutable=1"))
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or cannot_open(exc, path) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    except sqlite3.Error as exc:
        if pending and not is_writable(path.parent):
            raise unmerged_wal_error(path) from exc  # no -shm can be made beside it
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


def check_identity(path: Path, application_id: int, user_version: int, tables: set[str]) -> None:
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


def inspect_database_file(path: Path) -> int:
    """Steps 1 and 2 only: refuse what :func:`open_database` refuses, without writing.

    Returns the schema version. Used to judge a backup before it is restored and the register
    before it is replaced.
    """
    path = Path(path)
    refuse_unless_database(path)
    application_id, user_version, tables = probe(path)
    check_identity(path, application_id, user_version, tables)
    return user_version
