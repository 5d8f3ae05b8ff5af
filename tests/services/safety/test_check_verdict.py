"""The check's verdict is honest: repair is offered only when it can work (every table can be
read completely), what else was found in order is marked uncertain while the file is
damaged, and SQLite's own English findings stay in ``--json`` (``details``) and the logs."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from adviesraad_app.cli.main import main
from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import make_backup
from adviesraad_app.services.safety.check import check_database
from adviesraad_app.storage.backup import backup_before
from adviesraad_app.storage.backup_files import BackupKind
from adviesraad_app.storage.errors import CorruptDatabaseError
from adviesraad_app.storage.readable_copy import unreadable_tables
from tests.services.safety.test_damaged_files import make_register
from tests.support.world import digest

PAGE = 16384
ENGLISH = ("malformed", "btree", "Page ", "off end", "error code", "missing from index")


def _root_page(path: Path, name: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        return int(row[0])
    finally:
        conn.close()


def _overwrite_page_start(path: Path, page: int, seed: int = 4) -> None:
    """What the reviewer did: 8 KB of random bytes at the start of a 16 KB page."""
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    start = (page - 1) * PAGE
    data[start : start + 8192] = bytes(rng.randrange(256) for _ in range(8192))
    path.write_bytes(bytes(data))


def _no_english(text: str) -> None:
    for word in ENGLISH:
        assert word not in text, (word, text)


@pytest.fixture
def table_damaged(db_path: Path) -> Path:
    make_register(db_path, n=200)
    make_backup(db_path, BackupKind.AUTO, now=datetime(2026, 11, 20, 9, 0))
    _overwrite_page_start(db_path, _root_page(db_path, "advices"))
    return db_path


@pytest.fixture
def index_damaged(db_path: Path) -> Path:
    make_register(db_path, n=200)
    _overwrite_page_start(db_path, _root_page(db_path, "idx_advices_sent"))
    return db_path


def test_a_damaged_table_is_not_offered_for_repair(
    table_damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(table_damaged)
    assert [name for name, _ in unreadable_tables(table_damaged)] == ["advices"]
    code = main(["--db", str(table_damaged), "check"])
    out = capsys.readouterr().out
    assert code == 1
    assert "--repair" not in out and "automatisch worden hersteld" not in out
    assert "zet een back-up terug" in out and "(adviezen)" in out
    assert "Nieuwste bruikbare back-up" in out and "restore" in out
    _no_english(out)
    code = main(["--db", str(table_damaged), "check", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["repairable"] is False and data["unreadable_tables"] == ["advices"]
    assert not any(issue["repairable"] for issue in data["issues"])
    assert data["details"] and any("malformed" in line for line in data["details"])
    assert data["notes_reliable"] is False
    assert digest(table_damaged) == before


def test_repairing_a_damaged_table_changes_nothing_and_says_so(
    table_damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(table_damaged)
    backups = sorted((table_damaged.parent / "backups").iterdir())
    code = main(["--db", str(table_damaged), "check", "--repair"])
    out = capsys.readouterr().out
    assert code == 1
    assert "kon niet automatisch worden hersteld" in out and "--repair" not in out
    assert "Nieuwste bruikbare back-up" in out
    _no_english(out)
    code = main(["--db", str(table_damaged), "check", "--repair", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and data["failure"] and data["backup"] is None
    assert data["after"]["repairable"] is False
    assert digest(table_damaged) == before
    assert sorted((table_damaged.parent / "backups").iterdir()) == backups  # nothing written


def test_a_damaged_index_is_offered_for_repair_and_repaired(
    index_damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert unreadable_tables(index_damaged) == []
    code = main(["--db", str(index_damaged), "check", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and data["repairable"] is True and data["unreadable_tables"] == []
    code = main(["--db", str(index_damaged), "check"])
    out = capsys.readouterr().out
    assert "check --repair" in out
    _no_english(out)
    code = main(["--db", str(index_damaged), "check", "--repair"])
    out = capsys.readouterr().out
    assert code == 0, out
    _no_english(out)


def test_other_results_are_uncertain_while_the_file_is_damaged(index_damaged: Path) -> None:
    service = RegisterService.open(index_damaged)
    try:
        report = check_database(service)
    finally:
        service.close()
    assert report.damaged and report.notes and not report.notes_reliable
    text = report.text()
    assert "✓" not in text
    assert "Onder voorbehoud" in text
    assert "adviezen in het register" in text.split("Onder voorbehoud", 1)[1]
    assert report.as_dict()["notes"] == report.notes  # the field stays


def test_a_sound_register_keeps_its_ticks(db_path: Path) -> None:
    make_register(db_path, n=3)
    service = RegisterService.open(db_path)
    try:
        report = check_database(service)
    finally:
        service.close()
    assert report.ok and report.notes_reliable and "✓" in report.text()
    assert report.as_dict()["details"] == []


def test_the_refusal_to_write_counts_the_errors_in_dutch(index_damaged: Path) -> None:
    service = RegisterService.open(index_damaged)
    try:
        with pytest.raises(CorruptDatabaseError) as caught:
            service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Nieuw"))
    finally:
        service.close()
    message = caught.value.message
    assert "in de bestandsstructuur" in message and "adviesraad check --json" in message
    _no_english(message)
    assert caught.value.details


def test_a_refused_write_with_json_carries_the_details(
    index_damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["--db", str(index_damaged), "add-advice", "--kind", "signaal", "--title", "x", "--json"]
    )
    captured = capsys.readouterr()
    assert code == 1
    data = json.loads(captured.out)
    assert data["ok"] is False and data["details"]
    _no_english(data["error"])
    _no_english(captured.err)


def test_only_damaged_backups_are_no_usable_backup(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A ``voor-herstel`` copy of a damaged register is listed, but marked damaged, and the
    advice says there is no *usable* backup (not that there are none); the CLI says --db."""
    from adviesraad_app.services.safety.diagnosis import diagnose_open_failure

    make_register(db_path, n=200)
    _overwrite_page_start(db_path, _root_page(db_path, "idx_advices_sent"))
    backup_before(db_path, BackupKind.BEFORE_REPAIR.value)  # a copy of the damaged file
    diagnosis = diagnose_open_failure(db_path, CorruptDatabaseError("kapot", db_path))
    assert diagnosis.newest_backup is None
    assert "geen bruikbare back-up" in diagnosis.advice
    assert "Kies een ander bestand" in diagnosis.text()
    cli = diagnosis.cli_text()
    assert "geen bruikbare back-up" in cli and "--db" in cli
    assert "Kies een ander bestand" not in cli and "geen back-ups" not in cli
    code = main(["--db", str(db_path), "add-advice", "--kind", "signaal", "--title", "x"])
    err = capsys.readouterr().err
    assert code == 1 and "geen bruikbare back-up" in err and "Kies een ander" not in err
    assert main(["--db", str(db_path), "backups"]) == 0
    out = capsys.readouterr().out
    assert "(beschadigd)" in out and "Geen van deze back-ups is bruikbaar" in out
    assert main(["--db", str(db_path), "backups", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [entry["sound"] for entry in data] == [False]


def test_a_repair_by_a_fresh_copy_keeps_one_copy_of_the_damaged_file(
    index_damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", str(index_damaged), "check", "--repair", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["after"]["ok"], data
    assert data["saved_aside"] == data["backup"]  # the voor-herstel backup, not a second copy
    kinds = sorted(p.name.rsplit("-", 1)[-1] for p in (index_damaged.parent / "backups").iterdir())
    assert kinds == ["herstel.sqlite3"]


def test_restore_without_the_repair_flag_still_keeps_the_current_register(
    db_path: Path, tmp_path: Path
) -> None:
    from adviesraad_app.domain.errors import UserError
    from adviesraad_app.services.safety.backups import restore_backup

    make_register(db_path, n=3)
    backup = make_backup(db_path, BackupKind.MANUAL)
    result = restore_backup(db_path, backup.path)
    assert result.saved_aside is not None and result.saved_aside.is_file()
    assert "voor-terugzetten" in result.saved_aside.name
    before = digest(db_path)
    with pytest.raises(UserError):
        restore_backup(db_path, backup.path, already_saved=tmp_path / "bestaat-niet.sqlite3")
    assert digest(db_path) == before
