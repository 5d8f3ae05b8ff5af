"""Opening, creating, migrating and refusing database files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage import schema
from adviesraad_app.storage.database import open_database
from adviesraad_app.storage.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyError,
)
from tests.support.internals import store_of


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_created_with_wal_foreign_keys_and_version(db_path: Path) -> None:
    store = open_database(db_path)
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert store.scalar("PRAGMA busy_timeout") > 0
    assert store.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
    assert store.scalar("PRAGMA application_id") == schema.APPLICATION_ID
    assert store.scalar("PRAGMA page_size") == 16384
    store.close()


def test_empty_sqlite_file_becomes_a_register(db_path: Path) -> None:
    """A SQLite file without tables and without an application id is taken in and marked."""
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    store = open_database(db_path)
    assert store.scalar("PRAGMA application_id") == schema.APPLICATION_ID
    assert store.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
    store.close()


def test_migrations_are_safe_to_run_twice(db_path: Path) -> None:
    store = open_database(db_path)
    applied = [m.name for m in schema.migrations.applied(store.db)]
    schema.migrations.apply(store.db)  # nothing pending: no change
    schema.m0001_initial(store.db)  # even re-running the body changes nothing (IF NOT EXISTS)
    assert [m.name for m in schema.migrations.applied(store.db)] == applied
    store.close()
    store = open_database(db_path)
    assert [m.name for m in schema.migrations.applied(store.db)] == applied
    store.close()


def test_failed_migration_leaves_no_trace(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlite_utils.migrations import Migrations

    broken = Migrations("adviesraad")

    @broken(name="0001_initial")
    def half(db):  # type: ignore[no-untyped-def]
        db.execute("CREATE TABLE advices (id INTEGER PRIMARY KEY)")
        raise RuntimeError("power cut")

    monkeypatch.setattr("adviesraad_app.storage.schema.migrations", broken)
    with pytest.raises(RuntimeError):
        open_database(db_path)
    conn = sqlite3.connect(db_path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "advices" not in tables
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    conn.close()
    monkeypatch.undo()
    store = open_database(db_path)  # the next start finishes the job
    assert store.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
    store.close()


def test_too_new_database_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(db_path)
    wal = db_path.with_name(db_path.name + "-wal")
    with pytest.raises(DatabaseTooNewError) as info:
        open_database(db_path)
    assert "nieuwere versie" in str(info.value)
    assert digest(db_path) == before
    assert not wal.exists()  # refused without creating side files


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"hello, this is not a database at all" * 100,
        os.urandom(40000),
        b"SQLite format 3\x00" + os.urandom(5000),
    ],
    ids=["empty", "text", "random", "header-then-garbage"],
)
def test_not_a_database_is_refused_untouched(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    before = digest(db_path)
    with pytest.raises((NotADatabaseError, CorruptDatabaseError)) as info:
        open_database(db_path)
    assert "niet gewijzigd" in str(info.value) or "beschadigd" in str(info.value)
    assert digest(db_path) == before


def test_truncated_database_is_refused_untouched(db_path: Path) -> None:
    svc = RegisterService.open(db_path)
    for i in range(50):
        svc.create_advice(
            Advice(kind=AdviceKind.ONGEVRAAGD, title=f"Advies {i}", summary="x" * 2000)
        )
    svc.close()
    data = db_path.read_bytes()
    for cut in (100, 16384, len(data) // 3, len(data) - 16384, len(data) - 100, len(data) - 1):
        db_path.write_bytes(data[:cut])
        before = digest(db_path)
        with pytest.raises(CorruptDatabaseError):
            open_database(db_path)
        assert digest(db_path) == before
        assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_other_programs_database_is_refused(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(NotADatabaseError) as info:
        open_database(db_path)
    assert "ander programma" in str(info.value)
    assert digest(db_path) == before


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else False, reason="root ignores file permissions"
)
def test_read_only_file_opens_read_only_and_refuses_writes(db_path: Path) -> None:
    svc = RegisterService.open(db_path)
    svc.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Bestaand"))
    svc.close()
    db_path.chmod(stat.S_IRUSR)
    try:
        svc = RegisterService.open(db_path)
        assert svc.readonly
        assert svc.count() == 1
        with pytest.raises(ReadOnlyError):
            svc.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Nieuw"))
        svc.close()
    finally:
        db_path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_store_refuses_writes(db_path: Path) -> None:
    """Also as root (where permissions do not bite): a store opened read-only never writes."""
    RegisterService.open(db_path).close()

    from adviesraad_app.storage.database import Store, _connect

    store = Store(_connect(db_path, readonly=True), db_path, readonly=True)
    svc = RegisterService(store)
    with pytest.raises(ReadOnlyError) as info:
        svc.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Nieuw"))
    assert "alleen-lezen" in str(info.value)
    svc.close()


def test_locked_database_gives_clear_error_and_no_change(db_path: Path) -> None:
    svc = RegisterService.open(db_path)
    svc.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Eerste"))
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError) as info:
            svc.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Tweede"))
        assert "bezet" in str(info.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [r.title for r in svc.register()] == ["Eerste"]
    svc.close()


def test_disk_full_rolls_back(db_path: Path) -> None:
    svc = RegisterService.open(db_path)
    svc.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Past nog"))
    pages = store_of(svc).scalar("PRAGMA page_count")
    store_of(svc).conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError) as info:
        svc.create_advice(
            Advice(kind=AdviceKind.ONGEVRAAGD, title="Te veel", summary="x" * 200_000)
        )
    assert "vol" in str(info.value)
    assert [r.title for r in svc.register()] == ["Past nog"]
    assert store_of(svc).scalar("PRAGMA integrity_check") == "ok"
    svc.close()


def test_directory_as_database(tmp_path: Path) -> None:
    from adviesraad_app.storage.errors import CannotOpenError

    with pytest.raises(CannotOpenError):
        open_database(tmp_path)


def test_sqlite_uri_keeps_network_paths_usable() -> None:
    """A UNC path must not become 'file://server/...': SQLite refuses that authority."""
    from pathlib import PureWindowsPath

    from adviesraad_app.storage.paths import sqlite_uri

    class Unc(type(Path())):  # type: ignore[misc]
        def resolve(self):  # type: ignore[no-untyped-def]
            return self

        def as_uri(self) -> str:
            return PureWindowsPath(r"\\server\share\register.sqlite3").as_uri()

    uri = sqlite_uri(Unc("x"), "mode=ro")
    assert uri == "file:////server/share/register.sqlite3?mode=ro"
    if sys.platform != "win32":  # on Windows /tmp resolves to a drive: C:/tmp
        assert sqlite_uri(Path("/tmp/a b.sqlite3")) == "file:///tmp/a%20b.sqlite3"


def test_uri_with_empty_authority_opens_a_database(tmp_path: Path) -> None:
    from adviesraad_app.storage.paths import sqlite_uri

    db = tmp_path / "r.sqlite3"
    sqlite3.connect(db).close()
    # The form used for UNC paths (host in the path, empty authority) is accepted by SQLite.
    conn = sqlite3.connect("file:" + "//" + str(db) + "?mode=ro", uri=True)
    conn.close()
    assert sqlite_uri(db).startswith("file:///")


ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False
# chmod of a folder has no effect on Windows (access rules do that); the Windows case of a
# folder without write access is simulated in tests/services/safety/test_windows.py.
NO_FOLDER_MODES = pytest.mark.skipif(
    ROOT or sys.platform == "win32",
    reason="root ignores folder permissions; Windows ignores a folder's mode bits",
)


@NO_FOLDER_MODES
def test_wal_register_in_a_read_only_folder_opens_immutable(tmp_path: Path) -> None:
    """No ``-shm`` can be made in a read-only folder; without a ``-wal`` holding changes the
    file alone is the register and is read ``immutable``."""
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    path = folder / "register.sqlite3"
    svc = RegisterService.open(path)
    svc.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Bestaand"))
    svc.close()
    assert not path.with_name(path.name + "-shm").exists()
    before = path.read_bytes()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        svc = RegisterService.open(path)
        try:
            assert svc.readonly
            assert svc.count() == 1
            with pytest.raises(ReadOnlyError):
                svc.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Nieuw"))
        finally:
            svc.close()
        assert sorted(p.name for p in folder.iterdir()) == ["register.sqlite3"]
        assert path.read_bytes() == before
    finally:
        folder.chmod(stat.S_IRWXU)


@NO_FOLDER_MODES
def test_wal_with_changes_in_a_read_only_folder_gets_a_clear_message(tmp_path: Path) -> None:
    source = tmp_path / "bron" / "register.sqlite3"
    svc = RegisterService.open(source)
    svc.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Eerste"))
    store_of(svc).conn.execute("PRAGMA wal_autocheckpoint = 0")
    svc.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Tweede"))
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    path = folder / "register.sqlite3"
    path.write_bytes(source.read_bytes())
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(source.with_name(source.name + "-wal").read_bytes())
    svc.close()
    assert wal.stat().st_size > 0
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ReadOnlyError) as info:
            RegisterService.open(path)
        message = str(info.value)
        assert "zonder schrijfrechten" in message and "register.sqlite3-wal" in message
        assert "niets gewijzigd" in message
    finally:
        folder.chmod(stat.S_IRWXU)
