"""storage/paths.py: which register is opened (``--db`` first, then ``ADVIESRAAD_DB``, then
the local app-data folder), the folders beside it, and a ``file:`` URI SQLite accepts also
for names with spaces, ``#`` or ``?``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from adviesraad_app.storage.paths import (
    DB_FILE_NAME,
    ENV_DB,
    backups_dir,
    data_dir,
    documents_dir,
    resolve_db_path,
    sqlite_uri,
)


def test_which_register_is_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_db_path() == data_dir() / DB_FILE_NAME
    monkeypatch.setenv(ENV_DB, str(tmp_path / "omgeving.sqlite3"))
    assert resolve_db_path() == tmp_path / "omgeving.sqlite3"
    assert resolve_db_path(tmp_path / "expliciet.sqlite3") == tmp_path / "expliciet.sqlite3"
    monkeypatch.setenv(ENV_DB, "   ")
    assert resolve_db_path() == data_dir() / DB_FILE_NAME
    monkeypatch.chdir(tmp_path)
    assert resolve_db_path("relatief.sqlite3") == tmp_path / "relatief.sqlite3"


def test_the_folders_beside_a_register(tmp_path: Path) -> None:
    db = tmp_path / "mijn register.sqlite3"
    assert documents_dir(db) == tmp_path / "mijn register-documenten"
    assert backups_dir(db) == tmp_path / "backups"


def test_a_uri_sqlite_accepts_for_awkward_names(tmp_path: Path) -> None:
    db = tmp_path / "ASD #1? 50% register.sqlite3"
    sqlite3.connect(db).close()
    uri = sqlite_uri(db, "mode=ro")
    assert uri.startswith("file:///") and uri.endswith("?mode=ro")
    conn = sqlite3.connect(uri, uri=True)
    try:
        assert conn.execute("PRAGMA schema_version").fetchone() is not None
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("CREATE TABLE t (x)")  # read-only, as asked
    finally:
        conn.close()
