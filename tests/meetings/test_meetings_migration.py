"""A register of schema 3 gains the meetings tables, after a backup, and keeps its advices."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from adviesraad_app.domain.meetings import Meeting
from adviesraad_app.domain.model import Advice, AdviceKind
from adviesraad_app.services.backups import list_backups
from adviesraad_app.services.meetings import MeetingService
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.backup import BackupKind
from adviesraad_app.storage.constants import SCHEMA_VERSION


def test_an_older_register_is_backed_up_then_upgraded(db_path: Path) -> None:
    service = RegisterService.open(db_path)
    service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Jeugdhulp"))
    service.close()
    conn = sqlite3.connect(db_path)
    with conn:  # back to schema 3, as registers made before meetings are
        for table in ("actions", "agenda_items", "meetings"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0004_meetings'")
        conn.execute("PRAGMA user_version = 3")
    conn.close()

    service = RegisterService.open(db_path)
    assert service.store.scalar("PRAGMA user_version") == SCHEMA_VERSION
    assert service.count() == 1
    meeting = MeetingService(service).add_meeting(Meeting(date=date(2026, 3, 9)))
    assert meeting.id is not None
    service.close()
    backups = list_backups(db_path)
    assert [b.kind for b in backups] == [BackupKind.BEFORE_MIGRATION]
    assert backups[0].schema_version == 3 and backups[0].advices == 1
