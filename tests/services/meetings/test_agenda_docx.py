"""services/meetings/agenda_docx.py: the agenda as a Word document, read back with
python-docx: heading, numbered items, postlijst and actielijst tables, confidential advices
named by number only unless asked, and the file written under the name asked for."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.meetings import Meeting, Purpose
from adviesraad_app.services.meetings.agenda_docx import export_agenda_docx
from adviesraad_app.services.meetings.schedule import MeetingService
from adviesraad_app.services.register import RegisterService


def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    import docx

    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    rows = [[cell.text for cell in row.cells] for t in document.tables for row in t.rows]
    return texts, rows


@pytest.fixture
def meetings(service: RegisterService) -> MeetingService:
    return MeetingService(service)


def test_an_empty_agenda_says_so_in_words(
    tmp_path: Path, service: RegisterService, meetings: MeetingService
) -> None:
    service.save_settings(
        replace(service.settings, council_name="Adviesraad Sociaal Domein Almelo")
    )
    meeting = meetings.add_meeting(Meeting(date=date(2026, 3, 9), time="19:30", place="Stadhuis"))
    assert meeting.id is not None
    written = export_agenda_docx(service, meeting.id, tmp_path / "agenda")
    assert written == tmp_path / "agenda.docx"
    texts, rows = _read(written)
    assert texts[:3] == [
        "Adviesraad Sociaal Domein Almelo",
        "Agenda vergadering 9 maart 2026",
        "Maandag 9 maart 2026, aanvang 19:30, Stadhuis.",
    ]
    assert "1. Opening en mededelingen" in texts
    assert "Er is niets binnengekomen." in texts
    assert "Er staan geen acties open." in texts
    assert rows == []


def test_post_and_actions_are_tables_with_a_header_row(
    tmp_path: Path, service: RegisterService, meetings: MeetingService
) -> None:
    first = meetings.add_meeting(Meeting(date=date(2026, 2, 9)))
    second = meetings.add_meeting(Meeting(date=date(2026, 3, 9)))
    assert first.id is not None and second.id is not None
    meetings.add_action(first.id, "Wethouder uitnodigen", who="Els", due=date(2026, 4, 1))
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.GEVRAAGD,
            title="Inkoop jeugdhulp",
            request_received=date(2026, 2, 16),
            requested_deadline=date(2026, 5, 1),
        )
    )
    assert advice.id is not None
    meetings.add_advice(second.id, advice.id, Purpose.VASTSTELLEN)
    meetings.adopt(second.id, advice.id)

    texts, rows = _read(export_agenda_docx(service, second.id, tmp_path / "agenda.docx"))
    adopted = [t for t in texts if "Inkoop jeugdhulp" in t]
    assert adopted == [f"5. {advice.number} Inkoop jeugdhulp (vaststellen) — vastgesteld"]
    assert rows[0] == ["Nr.", "Datum", "Soort", "Advies", "Onderwerp"]
    assert rows[1][1:] == ["16-02-2026", "adviesaanvraag", advice.number, "Inkoop jeugdhulp"]
    assert rows[2] == ["Vergadering", "Actie", "Wie", "Uiterlijk", "Stand"]
    assert rows[3] == ["09-02-2026", "Wethouder uitnodigen", "Els", "01-04-2026", "open"]


def test_a_confidential_advice_is_named_by_number_unless_asked(
    tmp_path: Path, service: RegisterService, meetings: MeetingService
) -> None:
    meeting = meetings.add_meeting(Meeting(date=date(2026, 3, 9)))
    assert meeting.id is not None
    secret = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Casus gezin Jansen", confidential=True)
    )
    assert secret.id is not None
    meetings.add_advice(meeting.id, secret.id, Purpose.BESPREKEN)

    texts, _ = _read(export_agenda_docx(service, meeting.id, tmp_path / "openbaar.docx"))
    assert not any("Jansen" in t for t in texts)
    assert any(t.endswith(f"{secret.number} (vertrouwelijk)") for t in texts)

    texts, _ = _read(
        export_agenda_docx(service, meeting.id, tmp_path / "intern.docx", include_confidential=True)
    )
    assert any("Casus gezin Jansen" in t for t in texts)
