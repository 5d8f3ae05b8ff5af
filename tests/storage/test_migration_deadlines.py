"""Migration 0003: an existing register gets deadlines as the Algemene termijnenwet counts
them, after a backup, without anything in the history that a user did not do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import list_backups
from adviesraad_app.services.safety.check import check_database
from adviesraad_app.storage import schema
from adviesraad_app.storage.backup_files import BackupKind
from tests.support.internals import store_of


def _register_of_version_1(path: Path) -> None:
    """A register as version 1 left it: reply term cached by the old rule (Goede Vrijdag was
    not a holiday), a commitment that is done, an advice whose reply is in."""
    conn = sqlite3.connect(path)
    db = Database(conn)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations.apply(db, stop_before="0002_notes_not_searched")
    now = "2025-03-07T10:00:00+00:00"
    common = "kind, title, created_at, updated_at, status"
    conn.execute(
        f"INSERT INTO advices (id, number, year, seq, {common}, sent_date, reply_term_weeks, "
        "reply_due, next_due) VALUES (1, '2025-01', 2025, 1, 'ongevraagd', 'Paasadvies', ?, ?, "
        "'advies_verzonden', '2025-03-07', 6, '2025-04-18', '2025-04-18')",
        (now, now),
    )
    conn.execute(
        f"INSERT INTO advices (id, number, year, seq, {common}, sent_date, reply_term_weeks, "
        "reply_due, reply_date) VALUES (2, '2024-01', 2024, 1, 'ongevraagd', 'Zomeradvies', ?, ?, "
        "'reactie_ontvangen', '2024-08-12', 6, '2024-09-23', '2024-11-05')",
        (now, now),
    )
    conn.execute(
        "INSERT INTO replies (id, advice_id, date, created_at, updated_at) "
        "VALUES (1, 2, '2024-11-05', ?, ?)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO commitments (reply_id, text, status, created_at, updated_at) "
        "VALUES (1, 'Informeren over Dimence', 'done', ?, ?)",
        (now, now),
    )
    conn.commit()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_migration_recomputes_cached_deadlines_after_a_backup(db_path: Path) -> None:
    _register_of_version_1(db_path)
    service = RegisterService.open(db_path)
    try:
        assert store_of(service).scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
        rows = service.register_rows([1, 2])
        assert str(rows[1].reply_due) == "2025-04-22"  # Goede Vrijdag, weekend, tweede Paasdag
        assert rows[1].next_due is not None and str(rows[1].next_due) == "2025-04-22"
        assert rows[2].status.value == "afgerond"  # reply in, its only commitment done
        # Not a user change: nothing in the history.
        assert store_of(service).scalar("SELECT count(*) FROM history") == 0
        assert check_database(service).ok
        commitment = service.dossier(2).commitments[0]
        assert commitment.closed_on is None and commitment.closing_note == ""
    finally:
        service.close()
    kinds = [b.kind for b in list_backups(db_path)]
    assert kinds == [BackupKind.BEFORE_MIGRATION]
    assert list_backups(db_path)[0].schema_version == 1


def test_migration_runs_once_and_check_finds_a_stale_deadline(db_path: Path) -> None:
    _register_of_version_1(db_path)
    RegisterService.open(db_path).close()
    service = RegisterService.open(db_path)
    try:
        assert len(list_backups(db_path)) == 1
        with store_of(service).write():
            store_of(service).conn.execute(
                "UPDATE advices SET reply_due = '2025-04-18' WHERE id = 1"
            )
        report = check_database(service)
        assert not report.ok
        assert any("kloppen status of termijnen niet" in p for p in report.problems)
    finally:
        service.close()


def test_new_rules_recompute_the_cache_on_the_next_start(db_path: Path) -> None:
    from adviesraad_app.domain.rules_version import RULES_VERSION
    from adviesraad_app.storage.constants import DERIVED_RULES_KEY

    _register_of_version_1(db_path)
    RegisterService.open(db_path).close()
    conn = sqlite3.connect(db_path)
    stored = conn.execute("SELECT value FROM settings WHERE key = ?", (DERIVED_RULES_KEY,))
    assert stored.fetchone() == (str(RULES_VERSION),)
    # As if the cache was made by older rules (say, before a new decree was added).
    conn.execute("UPDATE settings SET value = 'older' WHERE key = ?", (DERIVED_RULES_KEY,))
    conn.execute("UPDATE advices SET reply_due = '2025-04-18' WHERE id = 1")
    conn.commit()
    conn.close()
    service = RegisterService.open(db_path)
    try:
        assert str(service.register_rows([1])[1].reply_due) == "2025-04-22"
        assert store_of(service).scalar("SELECT count(*) FROM history") == 0
        assert check_database(service).ok
    finally:
        service.close()
