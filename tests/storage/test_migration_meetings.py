"""A register of schema 3 gains the meetings tables, after a backup, and keeps its advices."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from adviesraad_app.domain.meetings import Meeting
from adviesraad_app.services.meetings.schedule import MeetingService
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import list_backups
from adviesraad_app.storage.backup_files import BackupKind
from adviesraad_app.storage.constants import SCHEMA_VERSION
from tests.support.internals import store_of


def test_an_older_register_is_backed_up_then_upgraded(db_path: Path) -> None:
    from sqlite_utils import Database

    from adviesraad_app.storage import schema

    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    # a register as schema 3 left it, made before meetings existed
    schema.migrations.apply(Database(conn), stop_before="0004_meetings")
    now = "2026-03-01T10:00:00+00:00"
    conn.execute(
        "INSERT INTO advices (id, number, year, seq, kind, title, created_at, updated_at, status) "
        "VALUES (1, '2026-01', 2026, 1, 'ongevraagd', 'Jeugdhulp', ?, ?, 'in_voorbereiding')",
        (now, now),
    )
    conn.commit()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.close()

    service = RegisterService.open(db_path)
    assert store_of(service).scalar("PRAGMA user_version") == SCHEMA_VERSION
    assert service.count() == 1
    meeting = MeetingService(service).add_meeting(Meeting(date=date(2026, 3, 9)))
    assert meeting.id is not None
    service.close()
    backups = list_backups(db_path)
    assert [b.kind for b in backups] == [BackupKind.BEFORE_MIGRATION]
    assert backups[0].schema_version == 3 and backups[0].advices == 1
