"""Storage errors with a Dutch message, and the translation of SQLite's errors into them.

Environment errors (locked, read-only, full, damaged) are expected on a laptop: they get a
clear message and the data stays as it was. Anything not recognised here is a bug.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from pathlib import Path

from adviesraad_app.domain.errors import UserError
from adviesraad_app.i18n import translate


class StorageError(UserError):
    """A problem with the database file or the disk."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path
        # SQLite's own (English) findings, for ``--json`` output and logs; never in message.
        self.details: list[str] = []


class NotADatabaseError(StorageError):
    """The file is not an Adviesraad database (random bytes, empty, another program's)."""


class CorruptDatabaseError(StorageError):
    """The file is an SQLite database, but damaged (truncated, malformed)."""


class DatabaseTooNewError(StorageError):
    """Written by a newer version of Adviesraad: refused, never changed."""

    def __init__(self, message: str, path: Path | None, found: int, supported: int) -> None:
        super().__init__(message, path)
        self.found = found
        self.supported = supported


class DatabaseLockedError(StorageError):
    """Another program holds a lock for longer than the busy timeout."""


class ReadOnlyError(StorageError):
    """The file or its folder cannot be written."""


class DiskFullError(StorageError):
    """No room on the disk (or the database reached its size limit)."""


class DiskIOError(StorageError):
    """The operating system reported an input/output error."""


class CannotOpenError(StorageError):
    """The file cannot be opened at all (missing folder, no permission)."""


def _where(path: Path | None) -> str:
    """The file inside a sentence: its path, or "de database" for a store without one."""
    return str(path) if path is not None else translate("Storage", "de database")


def _subject(path: Path | None) -> str:
    """The file at the start of a sentence: its path, or "De database"."""
    return str(path) if path is not None else translate("Storage", "De database")


def _the_database(path: Path | None) -> str:
    """ "De database <path>" at the start of a sentence; "De database" for a store without a
    path (an in-memory store), never "De database de database"."""
    if path is None:
        return translate("Storage", "De database")
    return translate("Storage", "De database {path}").format(path=path)


def classify_sqlite_error(exc: sqlite3.Error, path: Path | None) -> StorageError | None:
    """The :class:`StorageError` for an SQLite error from the environment, else ``None``."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    where = _where(path)
    database = _the_database(path)
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
        return DatabaseLockedError(
            translate(
                "Storage",
                "{database} is bezet door een ander programma (bijvoorbeeld een tweede "
                "venster van Adviesraad, een back-upprogramma of een virusscanner). Er is "
                "niets gewijzigd. Probeer het over een ogenblik opnieuw.",
            ).format(database=database),
            path,
        )
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return ReadOnlyError(
            translate(
                "Storage",
                "{database} is alleen-lezen: er kan niets in worden opgeslagen. Controleer "
                "of het bestand of de map schrijfrechten heeft. Er is niets gewijzigd.",
            ).format(database=database),
            path,
        )
    if (
        name.startswith("SQLITE_FULL")
        or "disk is full" in text
        or "database or disk is full" in text
    ):
        return DiskFullError(
            translate(
                "Storage",
                "De schijf is vol: de wijziging kon niet worden opgeslagen en is teruggedraaid. "
                "Maak ruimte vrij en probeer het opnieuw.",
            ),
            path,
        )
    if name.startswith("SQLITE_NOTADB") or "file is not a database" in text:
        return NotADatabaseError(
            translate(
                "Storage",
                "{path} is geen Adviesraad-database (of het bestand is onherkenbaar beschadigd). "
                "Het bestand is niet gewijzigd.",
            ).format(path=_subject(path)),
            path,
        )
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(
            translate(
                "Storage",
                "{database} is beschadigd. Het bestand is niet gewijzigd. Zet een back-up "
                "terug of laat de database controleren.",
            ).format(database=database),
            path,
        )
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return DiskIOError(
            translate(
                "Storage",
                "Lezen of schrijven van {path} is mislukt (invoer-/uitvoerfout van de schijf). "
                "De wijziging is niet opgeslagen.",
            ).format(path=where),
            path,
        )
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return CannotOpenError(
            translate(
                "Storage",
                "{database} kan niet worden geopend. Bestaat de map en heeft u er rechten op?",
            ).format(database=database),
            path,
        )
    if name.startswith("SQLITE_PERM") or name.startswith("SQLITE_AUTH"):
        return ReadOnlyError(
            translate("Storage", "Geen toestemming om {path} te gebruiken.").format(path=where),
            path,
        )
    return None


WINDOWS_MAX_PATH = 260  # MAX_PATH, including the closing NUL: 259 characters


def _too_long_for_windows(exc: OSError, path: Path | None) -> bool:
    """Windows without long-path support reports a path over 259 characters as missing
    (ERROR_PATH_NOT_FOUND) or as ERROR_FILENAME_EXCED_RANGE (206)."""
    if getattr(exc, "winerror", None) == 206:
        return True
    name = exc.filename if exc.filename else path
    return (
        sys.platform == "win32"
        and name is not None
        and len(os.fspath(name)) >= WINDOWS_MAX_PATH
        and not os.fspath(name).startswith("\\\\?\\")
    )


def shortened(path: Path | str, keep: int = 120) -> str:
    """A path as a message can show it: at most ``keep`` characters, the middle left out."""
    text = str(path)
    if len(text) <= keep:
        return text
    return text[: keep - 40] + "…" + text[-39:]


def name_too_long(path: Path | None) -> CannotOpenError:
    """A name or path longer than the system allows (shown shortened: it does not fit)."""
    return CannotOpenError(
        translate(
            "Storage",
            "De naam of het pad is te lang ({n} tekens): {path}. Kies een kortere naam of een "
            "map met een korter pad.",
        ).format(n=len(str(path or "")), path=shortened(path or "")),
        path,
    )


def _named_file(exc: OSError) -> Path | None:
    """The file an error names (``None`` for none, or for a file descriptor: an int)."""
    name = exc.filename
    return Path(os.fsdecode(name)) if isinstance(name, (str, bytes)) and name else None


def classify_os_error(exc: OSError, path: Path | None) -> StorageError:
    """A Dutch message for a file-system error while reading or writing ``path`` (without
    one: the file the system names, else the database)."""
    where, subject = _where(path or _named_file(exc)), _subject(path or _named_file(exc))
    if exc.errno == errno.ENOSPC:
        return DiskFullError(
            translate("Storage", "De schijf is vol: {path} kon niet worden geschreven.").format(
                path=where
            ),
            path,
        )
    code = getattr(exc, "winerror", None)
    if code in (32, 33):  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        return ReadOnlyError(
            translate(
                "Storage",
                "{path} is in gebruik door een ander programma (bijvoorbeeld een tweede "
                "Adviesraad, Word, Acrobat, een virusscanner of OneDrive). Sluit het bestand "
                "daar en probeer het opnieuw.",
            ).format(path=subject),
            path,
        )
    if exc.errno in (errno.ENOENT, errno.ENAMETOOLONG) and _too_long_for_windows(exc, path):
        return CannotOpenError(
            translate(
                "Storage",
                "Het pad {path} is te lang voor Windows ({n} tekens; zonder lange paden staat "
                "Windows er 259 toe). Kies een map met een kortere naam, of een kortere "
                "bestandsnaam.",
            ).format(path=where, n=len(where)),
            path,
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyError(
            translate(
                "Storage",
                "Geen schrijfrechten voor {path}. Kies een andere plek of sluit het programma "
                "dat het bestand open heeft.",
            ).format(path=where),
            path,
        )
    if exc.errno == errno.ENOENT:
        return CannotOpenError(
            translate("Storage", "{path} bestaat niet.").format(path=subject), path
        )
    if exc.errno == errno.ENAMETOOLONG:
        return name_too_long(path)
    if exc.errno in (errno.ENOTDIR, errno.EISDIR, errno.ELOOP, errno.EINVAL):
        return CannotOpenError(
            translate(
                "Storage",
                "{path} kan niet worden gebruikt: een deel van het pad is geen map, of de naam "
                "is ongeldig.",
            ).format(path=subject),
            path,
        )
    # Never the system's own (English) text: the error code says enough to an IT person.
    return DiskIOError(
        translate(
            "Storage", "Lezen of schrijven van {path} is mislukt (systeemfout {code})."
        ).format(path=where, code=errno.errorcode.get(exc.errno or 0, exc.errno or "?")),
        path,
    )
