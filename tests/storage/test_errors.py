"""storage/errors.py: every error SQLite or the file system raises for the environment becomes
a Dutch message of the right kind, naming the file and saying what happened to the change;
the system's own English text never reaches the user, and a long path is shortened."""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from pathlib import Path

import pytest

from adviesraad_app.storage.errors import (
    CannotOpenError,
    CorruptDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    DiskIOError,
    NotADatabaseError,
    ReadOnlyError,
    StorageError,
    classify_os_error,
    classify_sqlite_error,
    shortened,
)

PATH = Path("/data/register.sqlite3")


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("database is locked", DatabaseLockedError, "is bezet door een ander programma"),
        ("attempt to write a readonly database", ReadOnlyError, "is alleen-lezen"),
        ("database or disk is full", DiskFullError, "De schijf is vol"),
        ("file is not a database", NotADatabaseError, "is geen Adviesraad-database"),
        ("database disk image is malformed", CorruptDatabaseError, "is beschadigd"),
        ("disk I/O error", DiskIOError, "invoer-/uitvoerfout"),
        ("unable to open database file", CannotOpenError, "kan niet worden geopend"),
    ],
)
def test_sqlite_errors_of_the_environment(text: str, kind: type[StorageError], words: str) -> None:
    error = classify_sqlite_error(sqlite3.OperationalError(text), PATH)
    assert isinstance(error, kind)
    assert words in str(error)
    assert text not in str(error)


def test_a_bug_is_not_dressed_up_as_the_environment() -> None:
    assert classify_sqlite_error(sqlite3.OperationalError("no such column: x"), PATH) is None


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (errno.ENOSPC, DiskFullError, "De schijf is vol"),
        (errno.EACCES, ReadOnlyError, "Geen schrijfrechten voor"),
        (errno.EROFS, ReadOnlyError, "Geen schrijfrechten voor"),
        (errno.ENOENT, CannotOpenError, "bestaat niet."),
        (errno.ENOTDIR, CannotOpenError, "een deel van het pad is geen map"),
        (errno.EIO, DiskIOError, "(systeemfout EIO)"),
    ],
)
def test_file_system_errors(code: int, kind: type[StorageError], words: str) -> None:
    error = classify_os_error(OSError(code, os.strerror(code)), PATH)
    assert isinstance(error, kind)
    assert words in str(error) and str(PATH) in str(error)
    assert os.strerror(code) not in str(error)


def test_a_name_too_long_is_shown_shortened() -> None:
    long = Path("/data/" + "lange naam " * 40 + ".sqlite3")
    error = classify_os_error(OSError(errno.ENAMETOOLONG, "File name too long"), long)
    assert isinstance(error, CannotOpenError)
    assert f"({len(str(long))} tekens)" in str(error)
    assert str(long) not in str(error)
    short = shortened(long)
    assert len(short) == 120 and "…" in short
    assert shortened("kort.sqlite3") == "kort.sqlite3"


SQLITE_TEXTS = [
    "database is locked",
    "attempt to write a readonly database",
    "database or disk is full",
    "file is not a database",
    "database disk image is malformed",
    "disk I/O error",
    "unable to open database file",
]
OS_CODES = [errno.ENOSPC, errno.EACCES, errno.ENOENT, errno.ENOTDIR, errno.EIO]


def _reads_well(message: str) -> None:
    assert message[0].isupper() or message.startswith("/"), message  # a sentence, or a path
    doubled = re.search(r"\b(\w+(?: \w+)*) \1\b", message, re.IGNORECASE)
    assert doubled is None, message  # "De database de database is bezet"
    assert "None" not in message and "{" not in message, message


@pytest.mark.parametrize("text", SQLITE_TEXTS)
def test_a_store_without_a_path_is_called_the_database(text: str) -> None:
    """An in-memory store has no path: "De database is bezet", not "De database de database"."""
    error = classify_sqlite_error(sqlite3.OperationalError(text), None)
    assert error is not None
    _reads_well(str(error))
    assert "database" in str(error).lower() or "schijf" in str(error)
    with_path = classify_sqlite_error(sqlite3.OperationalError(text), PATH)
    assert with_path is not None
    _reads_well(str(with_path))
    if not isinstance(with_path, DiskFullError):  # a full disk is about the disk
        assert str(PATH) in str(with_path)


@pytest.mark.parametrize("code", OS_CODES)
def test_a_file_error_without_a_path_names_the_systems_file_or_the_database(code: int) -> None:
    _reads_well(classify_os_error(OSError(code, os.strerror(code)), None).message)
    named = classify_os_error(OSError(code, os.strerror(code), "/data/brief.docx"), None)
    _reads_well(named.message)
    assert "/data/brief.docx" in named.message


@pytest.mark.parametrize("code", OS_CODES)
def test_a_file_error_on_a_file_descriptor_is_about_the_database(code: int) -> None:
    """An error raised on a file descriptor names it by number (``os.stat(987)``): no file to
    name, so the message is about the database, not a TypeError."""
    error = classify_os_error(OSError(code, os.strerror(code), 987), None)
    _reads_well(error.message)
    assert "987" not in error.message
    bytes_named = classify_os_error(OSError(code, os.strerror(code), b"/data/brief.docx"), None)
    assert "/data/brief.docx" in bytes_named.message
