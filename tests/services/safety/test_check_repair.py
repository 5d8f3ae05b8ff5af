"""The database check finds damage in plain Dutch; repair fixes what it can, after a backup."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from adviesraad_app.cli.main import main
from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import list_backups
from adviesraad_app.services.safety.check import IssueCode, check_database
from adviesraad_app.services.safety.repair import repair_database
from adviesraad_app.storage.backup_files import BackupKind
from adviesraad_app.storage.errors import StorageError
from adviesraad_app.storage.paths import backups_dir
from tests.support.world import World, snapshot

# Give advices a status that contradicts their data.
FLIP_STATUS = (
    "UPDATE advices SET status = CASE status WHEN 'afgerond' THEN 'in_voorbereiding' "
    "ELSE 'afgerond' END WHERE id IN ({ids})"
)


def raw(db_path: Path, *statements: str) -> None:
    """Change the file behind the app's back, as another tool (or damage) would."""
    conn = sqlite3.connect(db_path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def damage_index(db_path: Path) -> None:
    """Make the index ``idx_advices_sent`` hold other keys than its definition says."""
    original = "CREATE INDEX idx_advices_sent ON advices (sent_date)"
    other = "CREATE INDEX idx_advices_sent ON advices (title)"
    for sql, reindex in ((other, True), (original, False)):
        conn = sqlite3.connect(db_path)
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'idx_advices_sent'", (sql,))
        conn.commit()
        conn.close()
        if reindex:
            raw(db_path, "REINDEX idx_advices_sent")


def codes(report: object) -> set[IssueCode]:
    return {issue.code for issue in report.issues}  # type: ignore[attr-defined]


def test_stale_status_is_found_and_recomputed_after_a_backup(
    demo_service: RegisterService, db_path: Path
) -> None:
    raw(db_path, FLIP_STATUS.format(ids="1, 2"))
    before = snapshot(db_path)
    report = check_database(demo_service)
    assert snapshot(db_path) == before  # the check only reads
    assert codes(report) == {IssueCode.DERIVED}
    assert "Bij 2 adviezen kloppen status of termijnen niet" in report.text()
    assert "adviesraad check --repair" in report.text()

    result = repair_database(demo_service)
    assert result.after.ok and result.backup is not None
    assert result.backup.parent == backups_dir(db_path)
    assert [e.kind for e in list_backups(db_path)] == [BackupKind.BEFORE_REPAIR]
    # The backup holds the register as it was before the repair.
    conn = sqlite3.connect(result.backup)
    stale = conn.execute("SELECT status FROM advices WHERE id = 1").fetchone()[0]
    assert stale != demo_service.dossier(1).status
    conn.close()
    rows = demo_service.register_rows([1, 2])
    for advice_id in (1, 2):  # the stored status is again what the rules derive
        assert rows[advice_id].status == demo_service.dossier(advice_id).status
    assert "opnieuw berekend" in result.text()


def test_emptied_search_index_is_rebuilt(demo_service: RegisterService, db_path: Path) -> None:
    word = RegisterFilter(search="Dimence")
    found = [r.id for r in demo_service.register(word)]
    assert found
    raw(db_path, "INSERT INTO advice_search (advice_search) VALUES ('delete-all')")
    raw(db_path, "INSERT INTO advice_head (advice_head) VALUES ('delete-all')")
    assert demo_service.register(word) == []  # searching no longer finds it
    report = check_database(demo_service)
    assert codes(report) == {IssueCode.SEARCH_INDEX}
    assert "zoekindex" in report.text()
    result = repair_database(demo_service)
    assert result.after.ok and result.backup is not None
    assert [r.id for r in demo_service.register(word)] == found


def test_damaged_index_is_rebuilt(demo_service: RegisterService, db_path: Path) -> None:
    demo_service.close()
    damage_index(db_path)
    service = RegisterService.open(db_path)
    report = check_database(service)
    assert IssueCode.INTEGRITY in codes(report)
    assert (
        "Het bestand is beschadigd" in report.text() and "missing from index" not in report.text()
    )
    assert any("missing from index" in line for line in report.as_dict()["details"])
    result = repair_database(service)
    assert result.after.ok, result.after.text()
    assert any("indexen" in action for action in result.actions)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    service.close()


def test_missing_documents_are_reported_not_repaired(world: World, db_path: Path) -> None:
    service = world.service
    document = next(d for d in service.all_documents() if d.id == world.document)
    service.document_path(document).unlink()
    before = snapshot(db_path)
    report = check_database(service)
    assert codes(report) == {IssueCode.DOCUMENTS_MISSING}
    number = service.get_advice(world.advice).number
    assert f"Reactie college.pdf ({number})" in report.text()
    assert "voeg de documenten opnieuw toe" in report.text()
    result = repair_database(service)
    assert result.backup is None and result.actions == []  # nothing to repair, nothing written
    assert snapshot(db_path) == before
    assert list_backups(db_path) == []
    assert "niets automatisch te herstellen" in result.text()


def test_dangling_references_are_reported_not_deleted(
    demo_service: RegisterService, db_path: Path
) -> None:
    raw(
        db_path,
        "PRAGMA foreign_keys = OFF",
        "INSERT INTO recommendations (advice_id, number, text) VALUES (999, 1, 'wees')",
    )
    report = check_database(demo_service)
    assert IssueCode.FOREIGN_KEYS in codes(report)
    assert "recommendations" in report.text() and "back-up terug" in report.text()
    repair_database(demo_service)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM recommendations WHERE advice_id = 999").fetchone()[0]
    conn.close()


def test_no_repair_without_a_backup(demo_service: RegisterService, db_path: Path) -> None:
    raw(db_path, FLIP_STATUS.format(ids="1"))
    backups_dir(db_path).write_text("hier kan geen map komen")
    before = snapshot(db_path)
    with pytest.raises(StorageError):
        repair_database(demo_service)
    assert snapshot(db_path) == before
    assert codes(check_database(demo_service)) == {IssueCode.DERIVED}


def test_check_of_a_read_only_register(demo_service: RegisterService, db_path: Path) -> None:

    from adviesraad_app.storage.database import Store, _connect

    demo_service.close()
    store = Store(_connect(db_path, readonly=True), db_path, readonly=True)
    service = RegisterService(store)
    assert check_database(service).ok
    service.close()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_check_and_repair(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", str(db_path), "demo")[0] == 0
    raw(db_path, "INSERT INTO advice_search (advice_search) VALUES ('delete-all')")
    code, out, _ = run(capsys, "--db", str(db_path), "check")
    assert code == 1 and "zoekindex" in out and "--repair" in out
    code, out, _ = run(capsys, "--db", str(db_path), "check", "--json")
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    assert data["issues"][0]["code"] == "search_index" and data["issues"][0]["repairable"]
    code, out, _ = run(capsys, "--db", str(db_path), "check", "--repair", "--json")
    data = json.loads(out)
    assert code == 0 and data["after"]["ok"] is True and data["backup"]
    assert Path(data["backup"]).is_file()
    code, out, _ = run(capsys, "--db", str(db_path), "check", "--repair")
    assert code == 0 and "niets automatisch te herstellen" in out
