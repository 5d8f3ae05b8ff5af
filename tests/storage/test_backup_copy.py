"""storage/backup_copy.py: a page copy of a register (SQLite's backup), the step taken while
the copy holds the lock, giving up on a lock after the time allowed, and SQLite's or the
disk's failures told in Dutch about the right file with the English reason in the details."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from adviesraad_app.storage.backup_copy import (
    copy_errors,
    copy_pages,
    damaged,
    integrity,
    read_only_uri,
)
from adviesraad_app.storage.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    StorageError,
)


def _source(path: Path, rows: int = 50) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("regel " * 200,)] * rows)
    conn.commit()
    return conn


def test_a_page_copy_holds_every_row_and_runs_the_locked_step_once(tmp_path: Path) -> None:
    src = _source(tmp_path / "bron.sqlite3")
    dst = sqlite3.connect(tmp_path / "kopie.sqlite3")
    steps: list[int] = []
    copy_pages(src, dst, 5.0, once_locked=lambda: steps.append(1))
    assert steps == [1]
    assert dst.execute("SELECT count(*) FROM t").fetchone()[0] == 50
    assert integrity(dst) == ["ok"]
    src.close()
    dst.close()


def test_a_locked_destination_is_given_up_in_dutch(tmp_path: Path) -> None:
    src = _source(tmp_path / "bron.sqlite3", rows=2)
    target = tmp_path / "kopie.sqlite3"
    holder = sqlite3.connect(target, isolation_level=None)
    holder.execute("CREATE TABLE y (z)")
    holder.execute("BEGIN EXCLUSIVE")
    dst = sqlite3.connect(target, timeout=0)
    try:
        with pytest.raises(DatabaseLockedError) as caught, copy_errors(target):
            copy_pages(src, dst, 0.2)
        assert "is bezet door een ander programma" in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        dst.close()
        src.close()


def test_failures_are_dutch_about_the_right_file(tmp_path: Path) -> None:
    register = tmp_path / "register.sqlite3"
    with pytest.raises(DiskFullError) as full, copy_errors(register):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "kopie.part"))
    assert "kopie.part" in str(full.value)
    with pytest.raises(StorageError) as other, copy_errors(register):
        raise sqlite3.DatabaseError("something SQLite says")
    assert str(other.value).startswith(f"Het kopiëren van {register} is mislukt")
    assert other.value.details == ["something SQLite says"]


def test_damage_is_counted_not_quoted(tmp_path: Path) -> None:
    error = damaged("De kopie is beschadigd.", tmp_path / "k.sqlite3", ["row 3 missing"])
    assert isinstance(error, CorruptDatabaseError)
    assert str(error) == "De kopie is beschadigd." and error.details == ["row 3 missing"]
    assert read_only_uri(tmp_path / "k.sqlite3").endswith("?mode=ro")
    assert read_only_uri(tmp_path / "k.sqlite3", immutable=True).endswith("mode=ro&immutable=1")
