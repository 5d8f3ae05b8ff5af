"""Backups with SQLite's online backup API (never a file copy of a live database)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from adviesraad_app.i18n import translate

from .errors import CorruptDatabaseError, StorageError, classify_os_error, classify_sqlite_error
from .paths import backups_dir

BACKUP_SUFFIX = ".sqlite3"


def backup_file_name(db_path: Path, reason: str, at: datetime | None = None) -> str:
    at = at or datetime.now()
    return f"{db_path.stem}-{at:%Y%m%d-%H%M%S}-{reason}{BACKUP_SUFFIX}"


def backup_database(source: Path | sqlite3.Connection, destination: Path) -> Path:
    """Copy a database consistently (also while others write) and verify the copy.

    The copy is written to a temporary name and moved into place only after
    ``PRAGMA integrity_check`` says ``ok``, so a failed backup never leaves a half file.
    """
    temporary = destination.with_name(destination.name + ".tmp")
    own_source = not isinstance(source, sqlite3.Connection)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, sqlite3.Connection):
            src = source
        else:
            src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(str(temporary))
            try:
                src.backup(dst)
                # A single-file backup: no WAL beside it, so it can be copied or mailed.
                dst.execute("PRAGMA journal_mode = DELETE")
                result = dst.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            if own_source:
                src.close()
        if result != "ok":
            raise CorruptDatabaseError(
                translate(
                    "Storage",
                    "De back-up {path} is na het schrijven niet in orde ({result}); hij is niet "
                    "bewaard.",
                ).format(path=destination, result=result),
                destination,
            )
        os.replace(temporary, destination)
        return destination
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, destination) or StorageError(str(exc)) from exc
    except OSError as exc:
        raise classify_os_error(exc, destination) from exc
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def backup_before(db_path: Path, reason: str) -> Path:
    """A backup in the ``backups`` folder before a migration or repair."""
    destination = backups_dir(db_path) / backup_file_name(db_path, reason)
    return backup_database(db_path, destination)
