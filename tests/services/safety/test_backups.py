"""Backups, the automatic schedule, listing and restoring (with undo)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from adviesraad_app.domain.advices import Advice, Recommendation
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import (
    BackupScheduler,
    list_backups,
    make_backup,
    resolve_backup_argument,
    restore_backup,
    undo_restore,
)
from adviesraad_app.services.safety.check import check_database
from adviesraad_app.storage import schema
from adviesraad_app.storage.backup_files import BackupKind, backup_file_name
from adviesraad_app.storage.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseTooNewError,
    NotADatabaseError,
    StorageError,
)
from adviesraad_app.storage.paths import backups_dir
from tests.support.internals import store_of
from tests.support.world import digest, integrity, snapshot, titles


def add(service: RegisterService, title: str, recommendations: int = 0) -> int:
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title=title,
            recommendations=tuple(
                Recommendation(i, f"Aanbeveling {i} bij {title}")
                for i in range(1, recommendations + 1)
            ),
        )
    )
    assert advice.id is not None
    return advice.id


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


# ---------------------------------------------------------------------------------- making


def test_backup_is_one_verified_file_and_listed_with_its_advices(
    demo_service: RegisterService, db_path: Path
) -> None:
    entry = make_backup(db_path)
    assert entry.path.parent == backups_dir(db_path)
    assert entry.kind == BackupKind.MANUAL and entry.advices == 13 and entry.usable
    assert files_in(entry.path.parent) == {entry.path.name}  # no -wal, no .tmp beside it
    conn = sqlite3.connect(entry.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert integrity(entry.path) == "ok"
    assert "13 adviezen" in entry.describe() and "handmatig" in entry.describe()


def test_listing_never_changes_a_backup(demo_service: RegisterService, db_path: Path) -> None:
    first = make_backup(db_path, now=datetime(2026, 11, 1, 10, 0))
    add(demo_service, "Nog een")
    second = make_backup(db_path, BackupKind.AUTO, now=datetime(2026, 11, 2, 10, 0))
    folder = backups_dir(db_path)
    (folder / backup_file_name(db_path.stem, BackupKind.AUTO, datetime(2026, 10, 1))).write_bytes(
        b"kapot"
    )
    before = {p.name: (digest(p), p.stat().st_mtime_ns) for p in folder.iterdir()}
    entries = list_backups(db_path)
    assert [e.path.name for e in entries][:2] == [second.path.name, first.path.name]
    assert [e.advices for e in entries[:2]] == [14, 13]
    assert not entries[2].usable and "geen Adviesraad-database" in (entries[2].problem or "")
    assert {p.name: (digest(p), p.stat().st_mtime_ns) for p in folder.iterdir()} == before


def test_failed_backup_leaves_nothing_half_written(
    demo_service: RegisterService, db_path: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "geen-map"
    blocked.write_text("een bestand waar een map hoort")
    with pytest.raises(StorageError):
        make_backup(db_path, folder=blocked)
    assert blocked.read_text() == "een bestand waar een map hoort"


def test_backup_on_a_full_disk_fails_cleanly(small_disk: Path) -> None:
    db = small_disk / "register.sqlite3"
    service = RegisterService.open(db)
    import shutil

    def register_size() -> int:
        store_of(service).scalar("PRAGMA wal_checkpoint(TRUNCATE)")  # all of it in the file
        return db.stat().st_size

    # the premise: the register fits on the disk, a second copy of it does not
    added = 0
    while register_size() <= shutil.disk_usage(small_disk).free:
        service.create_advice(
            Advice(kind=AdviceKind.ONGEVRAAGD, title=f"Advies {added}", summary="z" * 100_000)
        )
        added += 1
    with pytest.raises(StorageError) as info:
        make_backup(db)  # the copy does not fit beside the register
    assert "vol" in str(info.value)
    assert files_in(backups_dir(db)) == set()
    assert integrity(db) == "ok" and service.count() == added
    service.close()


def test_backup_before_migration(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before pending migrations are applied to an existing register, a backup is made."""
    from sqlite_utils.migrations import Migrations

    from adviesraad_app.storage import database, schema

    RegisterService.open(db_path).close()
    newer = Migrations("adviesraad")
    newer._migrations.extend(schema.migrations._migrations)

    later = schema.SCHEMA_VERSION + 1

    @newer(name="9999_example")
    def example(db):  # type: ignore[no-untyped-def]
        db.execute("CREATE TABLE example (id INTEGER PRIMARY KEY)")
        db.execute(f"PRAGMA user_version = {later}")

    monkeypatch.setattr(schema, "migrations", newer)
    monkeypatch.setattr(database, "SCHEMA_VERSION", later)
    service = RegisterService.open(db_path)
    assert store_of(service).scalar("PRAGMA user_version") == later
    service.close()
    kinds = [e.kind for e in list_backups(db_path)]
    assert kinds == [BackupKind.BEFORE_MIGRATION]
    backup = list_backups(db_path)[0]
    assert backup.schema_version == schema.SCHEMA_VERSION  # as before the upgrade


# ---------------------------------------------------------------------------------- schedule


def test_scheduler_backs_up_changes_at_most_once_per_interval(
    service: RegisterService, db_path: Path
) -> None:
    start = datetime(2026, 11, 22, 9, 0)
    scheduler = BackupScheduler(service, interval=timedelta(hours=1))
    assert scheduler.maybe_backup(start) is None  # nothing changed
    add(service, "Eerste")
    first = scheduler.maybe_backup(start)
    assert first is not None and first.kind == BackupKind.AUTO and first.advices == 1
    add(service, "Tweede")
    assert scheduler.maybe_backup(start + timedelta(minutes=59)) is None  # too soon
    second = scheduler.maybe_backup(start + timedelta(minutes=61))
    assert second is not None and second.advices == 2
    assert scheduler.maybe_backup(start + timedelta(hours=5)) is None  # no change since
    assert scheduler.backup_on_close(start + timedelta(hours=5)) is None


def test_scheduler_backup_on_close_after_any_change(
    service: RegisterService, db_path: Path
) -> None:
    now = datetime(2026, 11, 22, 9, 0)
    scheduler = BackupScheduler(service)
    add(service, "Eerste")
    assert scheduler.maybe_backup(now) is not None
    add(service, "Tweede")
    closing = scheduler.backup_on_close(now + timedelta(minutes=2))  # ignores the interval
    assert closing is not None and closing.advices == 2


def test_scheduler_sees_changes_by_another_process(service: RegisterService, db_path: Path) -> None:
    scheduler = BackupScheduler(service)
    other = RegisterService.open(db_path)  # stands in for the CLI
    add(other, "Via de opdrachtregel")
    other.close()
    closing = scheduler.backup_on_close(datetime(2026, 11, 22, 9, 0))
    assert closing is not None and closing.advices == 1


def test_scheduler_respects_backups_of_a_previous_session(
    service: RegisterService, db_path: Path
) -> None:
    now = datetime(2026, 11, 22, 9, 0)
    make_backup(db_path, BackupKind.AUTO, now=now - timedelta(minutes=10))
    scheduler = BackupScheduler(service, interval=timedelta(hours=1))
    add(service, "Eerste")
    assert scheduler.maybe_backup(now) is None  # the last session's backup is recent


def test_scheduler_thins_old_automatic_backups(service: RegisterService, db_path: Path) -> None:
    """A year and a half of daily automatic backups; after the next one, thinning leaves 7
    daily, 8 weekly and 12 monthly ones, and never touches a manual backup."""
    now = datetime(2026, 11, 22, 9, 0)
    add(service, "Eerste")
    folder = backups_dir(db_path)
    folder.mkdir()
    names = []
    for days in range(1, 540):
        name = backup_file_name(db_path.stem, BackupKind.AUTO, now - timedelta(days=days, hours=2))
        (folder / name).write_bytes(b"")  # thinning goes by the names only
        names.append(name)
    manual = make_backup(db_path, BackupKind.MANUAL, now=now - timedelta(days=700))
    scheduler = BackupScheduler(service)
    add(service, "Tweede")
    made = scheduler.maybe_backup(now)
    assert made is not None
    left = files_in(folder)
    assert made.path.name in left and manual.path.name in left
    kept = [n for n in names if n in left]
    assert len(kept) == 7 + 8 + 12
    assert kept[:7] == names[:7]  # the last 7 days
    assert names[-1] not in left  # a year and a half ago: gone


# ---------------------------------------------------------------------------------- while writing


def test_backups_taken_while_another_connection_writes_are_consistent(
    db_path: Path, tmp_path: Path
) -> None:
    RegisterService.open(db_path).close()
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        service = RegisterService.open(db_path)
        try:
            i = 0
            while not stop.is_set() and i < 400:
                add(service, f"Advies {i}", recommendations=3)
                i += 1
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            service.close()

    thread = threading.Thread(target=writer)
    thread.start()
    made = []
    try:
        for n in range(8):
            made.append(make_backup(db_path, now=datetime(2026, 11, 22, 9, 0, n)))
    finally:
        stop.set()
        thread.join()
    assert not errors
    counts = []
    for entry in made:
        conn = sqlite3.connect(entry.path)
        ids = [r[0] for r in conn.execute("SELECT id FROM advices ORDER BY id")]
        per_advice = conn.execute(
            "SELECT count(*) FROM advices a WHERE (SELECT count(*) FROM recommendations r "
            "WHERE r.advice_id = a.id) != 3"
        ).fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM advice_search").fetchone()[0]
        conn.close()
        assert ids == list(range(1, len(ids) + 1))  # a prefix of the writes: a commit point
        assert per_advice == 0 and indexed == len(ids)  # whole transactions only
        counts.append(len(ids))
    assert counts == sorted(counts) and counts[-1] > counts[0]
    # Restoring the last one gives a register that passes the full check.
    target = tmp_path / "teruggezet" / "register.sqlite3"
    result = restore_backup(target, made[-1].path)
    assert result.advices == counts[-1]
    restored = RegisterService.open(target)
    assert check_database(restored).ok
    restored.close()


# ---------------------------------------------------------------------------------- restore


def test_restore_into_an_open_register_and_undo(db_path: Path) -> None:
    app = RegisterService.open(db_path)  # the app, with the register open throughout
    add(app, "Eerste")
    backup = make_backup(db_path)
    add(app, "Tweede")
    add(app, "Derde")
    state_b = snapshot(db_path)
    backup_digest = digest(backup.path)

    result = restore_backup(db_path, backup.path)  # what the CLI does beside the app
    assert result.advices == 1 and result.can_undo
    assert result.saved_aside is not None and result.saved_aside.parent == backups_dir(db_path)
    assert [r.title for r in app.register()] == ["Eerste"]  # the app sees the restored file
    assert integrity(db_path) == "ok"
    assert store_of(app).scalar("PRAGMA journal_mode") == "wal"
    assert digest(backup.path) == backup_digest  # the backup itself is never written to

    again = undo_restore(result)
    assert snapshot(db_path) == state_b  # exactly as before the restore
    assert sorted(r.title for r in app.register()) == ["Derde", "Eerste", "Tweede"]
    assert again.saved_aside is not None and again.saved_aside != result.saved_aside
    add(app, "Vierde")  # and the app keeps working
    assert app.count() == 4
    app.close()
    kinds = sorted(e.kind.value for e in list_backups(db_path))
    assert kinds == ["handmatig", "voor-terugzetten", "voor-terugzetten"]


def test_restore_over_a_damaged_register_keeps_the_damaged_file(db_path: Path) -> None:
    service = RegisterService.open(db_path)
    for i in range(20):
        add(service, f"Advies {i}")
    backup = make_backup(db_path)
    service.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"stale wal of the damaged file")
    damaged_db, damaged_wal = db_path.read_bytes(), wal.read_bytes()

    result = restore_backup(db_path, backup.path)
    assert result.previous_was_damaged and not result.can_undo
    assert result.saved_aside is not None
    assert result.saved_aside.read_bytes() == damaged_db
    assert result.saved_aside.with_name(result.saved_aside.name + "-wal").read_bytes() == (
        damaged_wal
    )
    assert not wal.exists()  # it would be replayed onto the restored file
    reopened = RegisterService.open(db_path)
    assert reopened.count() == 20
    reopened.close()
    with pytest.raises(Exception, match="beschadigd"):
        undo_restore(result)


def test_restore_onto_a_new_laptop(demo_service: RegisterService, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    backup = make_backup(demo_service.path, folder=stick)
    target = tmp_path / "nieuw" / "adviesraad.sqlite3"
    result = restore_backup(target, backup.path)
    assert result.saved_aside is None and result.advices == 13
    service = RegisterService.open(target)
    assert service.count() == 13 and check_database(service).ok
    service.close()


def test_restore_includes_a_wal_copied_along(db_path: Path, tmp_path: Path) -> None:
    """A register copied by hand *with* its -wal (the committed data not yet in the main file)."""
    service = RegisterService.open(db_path)
    store_of(service).conn.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(5):
        add(service, f"Advies {i}")
    stick = tmp_path / "usb"
    stick.mkdir()
    copy = stick / "kopie.sqlite3"
    shutil.copyfile(db_path, copy)
    shutil.copyfile(db_path.with_name(db_path.name + "-wal"), stick / "kopie.sqlite3-wal")
    service.close()
    before = {p.name: digest(p) for p in stick.iterdir()}
    target = tmp_path / "elders" / "register.sqlite3"
    assert restore_backup(target, copy).advices == 5
    assert {p.name: digest(p) for p in stick.iterdir()} == before  # the source is untouched


def test_restore_of_a_backup_with_another_page_size(db_path: Path, tmp_path: Path) -> None:
    app = RegisterService.open(db_path)
    add(app, "Huidig")
    other = tmp_path / "oud.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("VACUUM")
    conn.close()
    old = RegisterService.open(other)
    add(old, "Uit een oude versie")
    old.close()
    restore_backup(db_path, other)
    assert [r.title for r in app.register()] == ["Uit een oude versie"]
    assert store_of(app).scalar("PRAGMA page_size") == 16384
    app.close()


def _write_bad(kind: str, path: Path, good: Path) -> None:
    if kind == "random":
        path.write_bytes(os.urandom(50_000))
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":
        path.write_bytes(good.read_bytes()[:30_000])
    elif kind == "too_new":
        shutil.copyfile(good, path)
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
        conn.commit()
        conn.close()
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.commit()
        conn.close()
    elif kind == "no_register":
        sqlite3.connect(path).close()
        path.write_bytes(b"")  # an empty file is what sqlite leaves
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 0")
        conn.execute("VACUUM")
        conn.close()
    elif kind == "malformed":
        data = bytearray(good.read_bytes())
        page = 16384
        for offset in range(3 * page, len(data) - page, page):
            data[offset + 8 : offset + 200] = os.urandom(192)
        path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "kind", ["random", "empty", "truncated", "too_new", "foreign", "no_register", "malformed"]
)
def test_a_bad_backup_is_refused_and_nothing_changes(
    demo_service: RegisterService, db_path: Path, tmp_path: Path, kind: str
) -> None:
    good = make_backup(db_path)
    for i in range(30):
        add(demo_service, f"Meer {i}", recommendations=2)
    bad = tmp_path / f"slecht-{kind}.sqlite3"
    _write_bad(kind, bad, good.path)
    bad_before = digest(bad)
    before = snapshot(db_path)
    folder_before = files_in(backups_dir(db_path))
    with pytest.raises(
        (NotADatabaseError, CorruptDatabaseError, DatabaseTooNewError, StorageError)
    ) as info:
        restore_backup(db_path, bad)
    assert (
        "teruggezet" in str(info.value)
        or "niet gewijzigd" in str(info.value)
        or ("beschadigd" in str(info.value))
    )
    assert snapshot(db_path) == before
    assert digest(bad) == bad_before
    assert files_in(backups_dir(db_path)) == folder_before  # not even an aside copy
    assert not [p for p in db_path.parent.iterdir() if p.name.startswith(".terugzetten")]


def test_restore_refuses_the_register_itself_and_missing_files(
    service: RegisterService, db_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(Exception, match="het register zelf"):
        restore_backup(db_path, db_path)
    with pytest.raises(Exception, match="bestaat niet"):
        restore_backup(db_path, tmp_path / "weg.sqlite3")
    backup = make_backup(db_path)
    assert resolve_backup_argument(db_path, backup.path.name) == backup.path


def test_restore_while_another_program_holds_the_lock(db_path: Path) -> None:
    app = RegisterService.open(db_path)
    add(app, "Eerste")
    backup = make_backup(db_path)
    add(app, "Tweede")
    before = snapshot(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLockedError):
            restore_backup(db_path, backup.path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert snapshot(db_path) == before
    assert titles(db_path) == ["Eerste", "Tweede"]
    app.close()


def test_cli_backup_to_a_file_name(
    demo_service: RegisterService, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``backup --to E:\\overdracht.sqlite3`` (docs/IT.md) writes that file; a folder still
    works as before, and an existing file is not overwritten."""
    from adviesraad_app.cli.main import main

    demo_service.close()
    target = tmp_path / "usb" / "overdracht.sqlite3"
    target.parent.mkdir()
    code = main(["--db", str(db_path), "backup", "--to", str(target), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["path"] == str(target.resolve()) and data["usable"]
    assert data["advices"] > 0
    assert target.is_file() and not target.with_name(target.name + "-wal").exists()
    assert snapshot(target) == snapshot(db_path)
    before = target.read_bytes()
    code = main(["--db", str(db_path), "backup", "--to", str(target)])
    err = capsys.readouterr().err
    assert code == 1 and "bestaat al" in err and target.read_bytes() == before
    folder = tmp_path / "usb-map"
    folder.mkdir()
    code = main(["--db", str(db_path), "backup", "--to", str(folder)])
    out = capsys.readouterr().out
    assert code == 0 and "Back-up gemaakt" in out
    assert len(list(folder.iterdir())) == 1


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nieuw/overdracht.sqlite3", "de map"),  # a file in a folder that does not exist
        ("x.txt", "bestaat niet"),
        ("zonder-extensie", "bestaat niet"),
        ("nieuwe-map/", "bestaat niet"),
    ],
)
def test_cli_backup_to_creates_nothing_that_does_not_exist(
    demo_service: RegisterService,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    expected: str,
) -> None:
    """Like the exports: an existing folder, or a new .sqlite3/.sqlite/.db file in an existing
    folder; anything else is refused with both forms explained, and nothing is created."""
    from adviesraad_app.cli.main import main

    demo_service.close()
    where = tmp_path / "doel"
    where.mkdir()
    before = sorted(tmp_path.rglob("*"))
    code = main(["--db", str(db_path), "backup", "--to", str(where / name)])
    err = capsys.readouterr().err
    assert code == 1 and expected in err
    if expected == "bestaat niet":
        assert "bestaande map" in err and ".sqlite3, .sqlite of .db" in err
    assert sorted(tmp_path.rglob("*")) == before


def test_cli_backup_to_an_existing_other_file_is_refused(
    demo_service: RegisterService, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from adviesraad_app.cli.main import main

    demo_service.close()
    other = tmp_path / "notities.txt"
    other.write_text("x")
    code = main(["--db", str(db_path), "backup", "--to", str(other)])
    err = capsys.readouterr().err
    assert code == 1 and "geen map en geen back-upbestand" in err and "bestaande map" in err
    assert other.read_text() == "x"
    target = tmp_path / "kopie.sqlite"
    code = main(["--db", str(db_path), "backup", "--to", str(target)])
    assert code == 0 and target.is_file()


def test_from_newest_sound_reads_each_backup_once(tmp_path, monkeypatch):
    """The usable backups from the newest sound one on; a shared ``checked`` dict means one
    operation (a repair checks the register several times) reads each backup only once."""
    from adviesraad_app.services.safety import backups as service_backups
    from adviesraad_app.services.safety.backups import BackupEntry, from_newest_sound

    def entry(name: str, problem: str | None = None) -> BackupEntry:
        return BackupEntry(tmp_path / name, datetime(2026, 1, 1), BackupKind.AUTO, 1, 1, 1, problem)

    entries = [entry("a"), entry("b", "kapot"), entry("c"), entry("d")]
    reads: list[str] = []

    def sound(path):
        reads.append(path.name)
        return path.name != "a"

    monkeypatch.setattr(service_backups, "backup_is_sound", sound)
    assert [e.path.name for e in from_newest_sound(entries)] == ["c", "d"]
    assert reads == ["a", "c"]
    checked: dict = {}
    reads.clear()
    for _ in range(3):
        assert [e.path.name for e in from_newest_sound(entries, checked)] == ["c", "d"]
    assert reads == ["a", "c"]
