"""The escalation of a late reply: reminders recorded as events, and the next step."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from adviesraad_app.domain.documents import DocumentKind
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.reminders import (
    LetterKind,
    Reminder,
    StepKind,
    next_step,
    reminders_text,
)
from adviesraad_app.domain.settings import Settings
from adviesraad_app.services.text.dossier_text import dossier_text
from adviesraad_app.services.text.present import history_text
from adviesraad_app.services.text.serialize import deadline_dict, dossier_dict
from tests.services.letters.fixture import LATE_DAY, REPLY_DUE, Letters


def _reminder(day: date, kind: LetterKind = LetterKind.HERINNERING) -> Reminder:
    return Reminder(advice_id=1, kind=kind, date=day)


def test_the_next_step_after_0_1_2_reminders_and_after_the_raad() -> None:
    settings = Settings()  # 14 and 28 days
    since = REPLY_DUE + timedelta(days=1)
    first = next_step([], since, settings)
    assert first is not None and first.kind == StepKind.FIRST_REMINDER
    assert first.text(LATE_DAY) == "eerste herinnering sturen"
    second = next_step([_reminder(date(2024, 10, 1))], since, settings)
    assert second is not None and second.kind == StepKind.SECOND_REMINDER
    assert second.from_date == date(2024, 10, 15)
    assert second.text(date(2024, 10, 2)) == "tweede herinnering sturen vanaf 15 oktober 2024"
    assert second.text(date(2024, 10, 15)) == "tweede herinnering sturen"
    two = [_reminder(date(2024, 10, 1)), _reminder(date(2024, 10, 15))]
    council = next_step(two, since, settings)
    assert council is not None and council.kind == StepKind.INFORM_COUNCIL
    assert council.from_date == date(2024, 11, 12)
    assert council.letter == LetterKind.RAADSBERICHT
    assert council.text(date(2024, 11, 12)) == "gemeenteraad informeren"
    done = [*two, _reminder(date(2024, 11, 12), LetterKind.RAADSBERICHT)]
    assert next_step(done, since, settings) is None
    other = Settings(second_reminder_days=7, inform_council_days=10)
    later = next_step([_reminder(date(2024, 10, 1))], since, other)
    assert later is not None and later.from_date == date(2024, 10, 8)


def test_settings_refuse_impossible_reminder_days() -> None:
    with pytest.raises(UserError):
        Settings(second_reminder_days=0)
    for wrong in ("geen adres", "college@almelo", "a@b.nl\nBcc: x@y.nl"):
        with pytest.raises(UserError):
            Settings(college_email=wrong)
    assert Settings(college_email="college@almelo.nl").college_email == "college@almelo.nl"


def _record(letters: Letters, day: date, kind: LetterKind, tmp_path: Path) -> None:
    letter = tmp_path / f"{kind.value}-{day.isoformat()}.pdf"
    letter.write_bytes(b"%PDF-1.7 brief " + day.isoformat().encode())
    letters.service.record_letter(letters.late, kind, day, letter, description="Herinnering")


def _reply_item(letters: Letters, today: date) -> dict[str, object]:
    items = [i for i in letters.service.deadlines(today) if i.advice_id == letters.late]
    return deadline_dict(items[0], today)


def test_deadlines_carry_reminders_and_the_next_step(letters: Letters, tmp_path: Path) -> None:
    item = _reply_item(letters, LATE_DAY)
    assert item["type"] == "reply_due" and item["state"] == "overdue"
    assert item["reminders"] == [] and item["next_step"] == "eerste herinnering sturen"
    _record(letters, LATE_DAY, LetterKind.HERINNERING, tmp_path)
    item = _reply_item(letters, date(2024, 10, 3))
    assert item["reminders"] == [{"date": "2024-10-01", "kind": "herinnering"}]
    assert item["next_step"] == "tweede herinnering sturen vanaf 15 oktober 2024"
    _record(letters, date(2024, 10, 15), LetterKind.HERINNERING, tmp_path)
    assert _reply_item(letters, date(2024, 11, 20))["next_step"] == "gemeenteraad informeren"
    _record(letters, date(2024, 11, 20), LetterKind.RAADSBERICHT, tmp_path)
    item = _reply_item(letters, date(2024, 11, 21))
    assert item["next_step"] is None and len(item["reminders"]) == 3  # type: ignore[arg-type]
    # a deadline that is not late has no next step; a commitment has its own reminders
    [commitment] = [
        i for i in letters.service.deadlines(LATE_DAY) if i.commitment_id == letters.commitment
    ]
    assert commitment.reminders == () and commitment.next_step is not None


def test_a_recorded_letter_is_a_document_an_event_and_history(
    letters: Letters, tmp_path: Path
) -> None:
    _record(letters, LATE_DAY, LetterKind.HERINNERING, tmp_path)
    dossier = letters.service.dossier(letters.late)
    assert [d.kind for d in dossier.documents] == [DocumentKind.COUNCIL_LETTER]
    assert dossier.documents[0].kind.label == "brief van de raad"
    assert [(r.kind, r.date) for r in dossier.reminders] == [(LetterKind.HERINNERING, LATE_DAY)]
    assert dossier.reminders[0].document_id == dossier.documents[0].id
    data = dossier_dict(dossier, LATE_DAY)
    assert data["reminders"] == [
        {"date": "2024-10-01", "kind": "herinnering", "commitment_id": None}
    ]
    lines = [history_text(h) for h in dossier.history]
    assert "Herinnering verstuurd op 1 oktober 2024" in lines
    assert "Herinnerd op 1 oktober 2024" in dossier_text(dossier, LATE_DAY)
    assert reminders_text(dossier.reminders) == "Herinnerd op 1 oktober 2024"


def test_recording_is_all_or_nothing(letters: Letters, tmp_path: Path) -> None:
    letter = tmp_path / "brief.pdf"
    letter.write_bytes(b"%PDF")
    with pytest.raises(sqlite3.IntegrityError):
        letters.service.record_letter(
            letters.late, LetterKind.HERINNERING, LATE_DAY, letter, commitment_id=999
        )
    dossier = letters.service.dossier(letters.late)
    assert dossier.documents == [] and dossier.reminders == []


def test_a_register_of_schema_5_gains_the_letters(db_path: Path) -> None:
    from sqlite_utils import Database

    from adviesraad_app.services.register import RegisterService
    from adviesraad_app.storage import schema

    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA foreign_keys = ON")
    schema.migrations.apply(Database(conn), stop_before="0006_letters_reminders")
    now = "2026-03-01T10:00:00+00:00"
    conn.execute(
        "INSERT INTO advices (id, number, year, seq, kind, title, created_at, updated_at, status) "
        "VALUES (1, '2026-01', 2026, 1, 'ongevraagd', 'Jeugdhulp', ?, ?, 'in_voorbereiding')",
        (now, now),
    )
    conn.commit()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    conn.close()
    service = RegisterService.open(db_path)
    letter = db_path.parent / "brief.docx"
    letter.write_bytes(b"PK brief")
    service.record_letter(1, LetterKind.HERINNERING, date(2026, 3, 2), letter)
    assert service.reminders(1)[0].date == date(2026, 3, 2)
    assert service.dossier(1).documents[0].kind == DocumentKind.COUNCIL_LETTER
    service.close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with pytest.raises(sqlite3.IntegrityError):  # the wider check still refuses other kinds
        conn.execute("UPDATE documents SET kind = 'brief'")
    conn.close()
    again = RegisterService.open(db_path)  # opening again changes nothing
    assert len(again.reminders(1)) == 1
    again.close()


def test_the_dossier_pdf_names_the_reminders(letters: Letters, tmp_path: Path) -> None:
    from adviesraad_app.reports.export import export_pdf
    from adviesraad_app.services.pdf.content import PdfKind
    from tests.services.letters.fixture import pdf_text

    _record(letters, LATE_DAY, LetterKind.HERINNERING, tmp_path)
    _record(letters, date(2024, 11, 20), LetterKind.RAADSBERICHT, tmp_path)
    target = tmp_path / "dossier.pdf"
    export_pdf(letters.service, PdfKind.DOSSIER, target, today=LATE_DAY, ids=[letters.late])
    text = " ".join(pdf_text(target).split())
    assert "Herinnerd op 1 oktober 2024; gemeenteraad geïnformeerd op 20 november 2024." in text


def test_removing_the_letter_takes_its_reminder_along(letters: Letters, tmp_path: Path) -> None:
    _record(letters, LATE_DAY, LetterKind.HERINNERING, tmp_path)
    service = letters.service
    [document] = service.dossier(letters.late).documents
    assert document.id is not None
    service.delete_document(document.id)
    assert service.reminders(letters.late) == []
    assert _reply_item(letters, LATE_DAY)["next_step"] == "eerste herinnering sturen"
    service.restore_document(document.id)
    assert [r.date for r in service.reminders(letters.late)] == [LATE_DAY]


def test_the_termijnenlijst_pdf_names_the_reminders(letters: Letters, tmp_path: Path) -> None:
    from adviesraad_app.reports.export import export_pdf
    from adviesraad_app.services.pdf.content import PdfKind
    from tests.services.letters.fixture import pdf_text

    _record(letters, LATE_DAY, LetterKind.HERINNERING, tmp_path)
    target = tmp_path / "termijnen.pdf"
    export_pdf(letters.service, PdfKind.TERMIJNEN, target, today=date(2024, 10, 2))
    assert "Herinnerd op 1 oktober 2024" in " ".join(pdf_text(target).split())
