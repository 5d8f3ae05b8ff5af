"""``adviesraad check`` on a file so damaged that ``PRAGMA integrity_check`` itself gives up:
there is still a report, in Dutch, with the newest usable backup."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from adviesraad_app.cli.main import main
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import make_backup, newest_usable_backup
from adviesraad_app.services.safety.check import IssueCode, check_database
from adviesraad_app.storage.backup_files import BackupKind
from adviesraad_app.storage.database import open_database
from adviesraad_app.storage.errors import StorageError
from tests.services.safety.test_damaged_files import make_register
from tests.support.world import digest

PAGE = 16384


def _integrity_check_raises(path: Path) -> bool:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        conn.execute("PRAGMA integrity_check(50)").fetchall()
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()
    return False


def damage_so_integrity_check_raises(path: Path) -> None:
    """Overwrite the header of one b-tree page so that ``integrity_check`` raises, while the
    file still opens. Tries page after page (deterministic bytes)."""
    original = path.read_bytes()
    rng = random.Random(2)
    garbage = bytes(rng.randrange(256) for _ in range(16))
    for page in range(2, len(original) // PAGE):
        data = bytearray(original)
        data[page * PAGE : page * PAGE + 16] = garbage
        path.write_bytes(bytes(data))
        if not _integrity_check_raises(path):
            continue
        try:
            open_database(path, create=False).close()
        except StorageError:
            continue
        path.write_bytes(bytes(data))  # as it was before opening
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        return
    pytest.skip("no page whose damage makes integrity_check raise")  # pragma: no cover


@pytest.fixture
def broken(db_path: Path) -> Path:
    make_register(db_path, n=200)
    make_backup(db_path, BackupKind.AUTO)
    damage_so_integrity_check_raises(db_path)
    return db_path


def test_service_check_gives_a_report(broken: Path) -> None:
    service = RegisterService.open(broken)
    try:
        report = check_database(service)
    finally:
        service.close()
    assert not report.ok
    assert IssueCode.INTEGRITY in {issue.code for issue in report.issues}
    assert report.newest_backup is not None
    assert report.newest_backup.kind == BackupKind.AUTO
    summary = report.summary()
    assert "beschadigd" in summary and "gevonden" in summary


def test_cli_check_text_and_json(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(broken)
    code = main(["--db", str(broken), "check"])
    out, err = capsys.readouterr()
    assert code == 1, err
    assert "Traceback" not in out + err
    assert "Controle van" in out and "beschadigd" in out
    assert "Nieuwste bruikbare back-up" in out and "restore" in out
    assert "gevonden." in out
    code = main(["--db", str(broken), "check", "--json"])
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    assert any(issue["code"] == "integrity" for issue in data["issues"])
    assert data["newest_backup"]["path"].endswith(".sqlite3")
    assert data["summary"]
    assert digest(broken) == before  # the check changes nothing


def test_plural_in_the_summary(demo_service: RegisterService, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO advice_search (advice_search) VALUES ('delete-all')")
    conn.commit()
    conn.close()
    report = check_database(demo_service)
    assert report.summary().startswith("1 probleem gevonden.")
    assert "probleem/problemen" not in report.text()


def test_newest_usable_backup_skips_a_damaged_one(db_path: Path) -> None:
    make_register(db_path, n=200)
    good = make_backup(db_path, BackupKind.AUTO, now=datetime(2026, 11, 20, 9, 0))
    bad = make_backup(db_path, BackupKind.MANUAL, now=datetime(2026, 11, 21, 9, 0))
    damage_so_integrity_check_raises(bad.path)
    newest = newest_usable_backup(db_path)
    assert newest is not None and newest.path == good.path
    shutil.rmtree(db_path.parent / "backups")
    assert newest_usable_backup(db_path) is None


def test_cli_repair_gives_a_report(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", str(broken), "check", "--repair", "--json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    data = json.loads(out)
    assert data["before"]["ok"] is False
    assert "after" in data


def _root_page(path: Path, name: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        )
    finally:
        conn.close()


def _damage_page(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    start = (page - 1) * PAGE
    data[start : start + 16] = b"\xee" * 16
    path.write_bytes(bytes(data))


def _titles(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT title FROM advices ORDER BY id")]
    finally:
        conn.close()


@pytest.mark.parametrize("index", ["idx_advices_sent", "sqlite_autoindex_advices_1"])
def test_a_damaged_index_page_is_repaired_by_a_fresh_copy(
    db_path: Path, capsys: pytest.CaptureFixture[str], index: str
) -> None:
    """REINDEX and VACUUM INTO both stop at the damaged index page; the table-by-table copy
    gets every row, and the damaged file is kept aside."""
    make_register(db_path, n=200)
    titles = _titles(db_path)
    _damage_page(db_path, _root_page(db_path, index))
    code = main(["--db", str(db_path), "check", "--repair", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    data = json.loads(out)
    assert data["after"]["ok"] is True and data["failure"] is None
    assert data["saved_aside"] and Path(data["saved_aside"]).is_file()
    assert _titles(db_path) == titles
    assert Path(data["backup"]).is_file()  # the register as it was before the repair
    service = RegisterService.open(db_path)
    try:
        assert check_database(service).ok
    finally:
        service.close()


def test_an_unrepairable_file_gets_an_honest_message(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_register(db_path, n=200)
    make_backup(db_path, BackupKind.AUTO, now=datetime(2026, 11, 20, 9, 0))
    _damage_page(db_path, _root_page(db_path, "advices"))
    code = main(["--db", str(db_path), "check", "--repair"])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in out + err
    assert "kon niet automatisch worden hersteld" in out
    assert "--repair" not in out
    assert "Nieuwste bruikbare back-up" in out and "restore" in out
    code = main(["--db", str(db_path), "check", "--repair", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and data["failure"] and "--repair" not in data["failure"]
    assert data["after"]["ok"] is False


def test_the_open_diagnosis_does_not_offer_a_damaged_backup(db_path: Path) -> None:
    from adviesraad_app.services.safety.diagnosis import diagnose_open_failure
    from adviesraad_app.storage.errors import CorruptDatabaseError

    make_register(db_path, n=200)
    good = make_backup(db_path, BackupKind.AUTO, now=datetime(2026, 11, 20, 9, 0))
    bad = make_backup(db_path, BackupKind.BEFORE_REPAIR, now=datetime(2026, 11, 21, 9, 0))
    damage_so_integrity_check_raises(bad.path)
    diagnosis = diagnose_open_failure(db_path, CorruptDatabaseError("kapot", db_path))
    assert diagnosis.newest_backup is not None and diagnosis.newest_backup.path == good.path
