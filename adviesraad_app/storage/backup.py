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
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from adviesraad_app.i18n import translate
from adviesraad_app.storage.backup_copy import (
    copy_errors,
    copy_pages,
    damaged,
    fsync_file,
    integrity,
    read_only_uri,
)
from adviesraad_app.storage.backup_files import (
    BackupFile,
    BackupKind,
    backup_file_name,
    newest_first,
    parse_backup_name,
)
from adviesraad_app.storage.connections import busy_timeout_ms, connect_reader
from adviesraad_app.storage.errors import classify_os_error
from adviesraad_app.storage.file_checks import inspect_database_file, quick_check, structure_errors
from adviesraad_app.storage.paths import backups_dir
from adviesraad_app.storage.win_files import remove_file, replace_file

# Writing, naming and reading backups live here; restoring (``restore``) and the repair's
# table-by-table copy (``readable_copy``) have modules of their own and are importable from
# here as before.
__all__ = [
    "BackupSummary",
    "backup_before",
    "backup_database",
    "backup_path",
    "list_backup_files",
    "quick_check_backup",
    "read_backup_summary",
    "remove_backup_files",
]


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
        with copy_errors(label):
            destination.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
            src = source if isinstance(source, sqlite3.Connection) else connect_reader(source)
            try:
                dst = sqlite3.connect(str(temporary), isolation_level=None)
                try:
                    copy_pages(src, dst, busy_timeout_ms() / 1000)
                    # A single file: no -wal beside it, so it can be copied or mailed as is.
                    dst.execute("PRAGMA journal_mode = DELETE")
                    result = integrity(dst)
                finally:
                    dst.close()
            finally:
                if own_source:
                    src.close()
            if result != ["ok"] and require_ok:
                raise damaged(
                    translate(
                        "Storage",
                        "De back-up {path} is na het schrijven niet in orde ({errors} in de "
                        "bestandsstructuur); hij is niet bewaard.",
                    ).format(path=destination, errors=structure_errors(result)),
                    destination,
                    result,
                )
            fsync_file(temporary)
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
    with copy_errors(path):
        version = inspect_database_file(path)
        conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
        try:
            if version == 0:
                return BackupSummary(0, 0)
            advices = conn.execute(
                "SELECT count(*) FROM advices WHERE deleted_at IS NULL"
            ).fetchone()[0]
        finally:
            conn.close()
    return BackupSummary(version, int(advices))


def quick_check_backup(path: Path) -> list[str]:
    """``quick_check`` of a backup file, read ``immutable``: ``[]`` when it is sound."""
    with copy_errors(path):
        conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
        try:
            return quick_check(conn, path)
        finally:
            conn.close()
