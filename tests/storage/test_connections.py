"""storage/connections.py: the busy timeout from the environment (bad values ignored), what
the files beside a register say (in use, changes not yet in the file), a reader that never
writes, and SQLite's English reason kept out of the Dutch message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.connections import (
    DEFAULT_BUSY_TIMEOUT_MS,
    ENV_BUSY_TIMEOUT,
    busy_timeout_ms,
    cannot_open,
    connect_reader,
    has_pending_changes,
    in_use,
    unmerged_wal_error,
)


def test_busy_timeout_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_BUSY_TIMEOUT, "1234")
    assert busy_timeout_ms() == 1234
    monkeypatch.setenv(ENV_BUSY_TIMEOUT, "-5")
    assert busy_timeout_ms() == 0
    monkeypatch.setenv(ENV_BUSY_TIMEOUT, "lang")
    assert busy_timeout_ms() == DEFAULT_BUSY_TIMEOUT_MS
    monkeypatch.delenv(ENV_BUSY_TIMEOUT)
    assert busy_timeout_ms() == DEFAULT_BUSY_TIMEOUT_MS


def test_the_files_beside_a_register(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    path.write_bytes(b"")
    assert not in_use(path) and not has_pending_changes(path)
    wal = tmp_path / "register.sqlite3-wal"
    wal.write_bytes(b"")
    assert in_use(path) and not has_pending_changes(path)  # an empty -wal holds nothing
    wal.write_bytes(b"x" * 32)
    assert has_pending_changes(path)
    wal.unlink()
    (tmp_path / "register.sqlite3-journal").write_bytes(b"")
    assert in_use(path) and has_pending_changes(path)


def test_a_reader_reads_and_never_writes(db_path: Path) -> None:
    RegisterService.open(db_path).close()
    conn = connect_reader(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM advices").fetchone()[0] == 0
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("DELETE FROM settings")
    finally:
        conn.close()


def test_messages_are_dutch_and_keep_sqlite_out(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    error = cannot_open(sqlite3.OperationalError("unable to open database file"), path)
    assert str(error) == (
        f"De database {path} kan niet worden geopend (details: adviesraad check --json)."
    )
    assert error.details == ["unable to open database file"]
    wal = unmerged_wal_error(path)
    assert "register.sqlite3-wal" in str(wal) and str(wal).endswith("Er is niets gewijzigd.")
