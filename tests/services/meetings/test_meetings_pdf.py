"""The agenda PDF and the vergaderstukken, read back: items, postlijst, actions, bookmarks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from adviesraad_app.cli.main import main
from adviesraad_app.reports.export import export_pdf
from adviesraad_app.services.meetings.schedule import MeetingService
from adviesraad_app.services.pdf.content import PdfKind
from adviesraad_app.services.register import RegisterService
from tests.conftest import TODAY


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _next_meeting(service: RegisterService) -> int:
    meeting = next(m for m in MeetingService(service).meetings() if m.date >= TODAY)
    assert meeting.id is not None
    return meeting.id


def test_agenda_pdf_holds_the_agenda_postlijst_and_actions(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    meeting_id = _next_meeting(demo_service)
    agenda = MeetingService(demo_service).agenda(meeting_id)
    result = export_pdf(demo_service, PdfKind.AGENDA, tmp_path / "a.pdf", meeting=meeting_id)
    text = _text(result.path)
    assert result.title.startswith("Agenda vergadering ")
    for line in agenda.lines:
        if not line.item.advice_id:
            assert line.title in text
    assert "Postlijst" in text and "Actielijst" in text
    assert "Wethouder uitnodigen" in text
    reader = PdfReader(result.path)
    assert reader.metadata is not None and reader.metadata.title == result.title
    assert "pagina 1 van" in text


def test_vergaderstukken_bundle_has_bookmarks_for_each_part(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    result = export_pdf(demo_service, PdfKind.VERGADERSTUKKEN, tmp_path / "v.pdf", today=TODAY)
    reader = PdfReader(result.path)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    parts = ["Agenda", "Postlijst", "Actielijst", "Adviezenoverzicht", "Termijnenlijst"]
    assert [t for t in titles if t in parts] == parts
    assert result.pages >= 3


def test_confidential_advices_on_the_agenda_are_named_by_number_only(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    from adviesraad_app.domain.meetings import Purpose

    secret = next(a for a in demo_service.register() if a.confidential)
    meetings = MeetingService(demo_service)
    meeting_id = _next_meeting(demo_service)
    if secret.id not in [i.item.advice_id for i in meetings.agenda(meeting_id).lines]:
        meetings.add_advice(meeting_id, secret.id, Purpose.BESPREKEN)
    plain = _text(export_pdf(demo_service, "agenda", tmp_path / "p.pdf", meeting=meeting_id).path)
    assert secret.title not in plain and secret.number in plain
    full = export_pdf(
        demo_service, "agenda", tmp_path / "f.pdf", meeting=meeting_id, include_confidential=True
    )
    assert secret.title.split()[0] in _text(full.path)


def test_cli_export_agenda_and_refusals(
    demo_service: RegisterService, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_service.path)
    meeting_id = _next_meeting(demo_service)
    out = tmp_path / "agenda.pdf"
    code = main(
        [
            "--db",
            db,
            "export",
            "pdf",
            "--kind",
            "agenda",
            "--meeting",
            str(meeting_id),
            "--output",
            str(out),
        ]
    )
    assert code == 0 and out.exists()
    code = main(
        [
            "--db",
            db,
            "export",
            "pdf",
            "--kind",
            "agenda",
            "--meeting",
            "999",
            "--output",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 1 and "geen vergadering" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_the_dossier_pdf_says_in_which_meeting_the_advice_was_adopted(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    from adviesraad_app.domain.dates import format_long

    meetings = MeetingService(demo_service)
    adopted = next(
        (r.id, m)
        for r in demo_service.register()
        if (m := meetings.adopted_in(r.id)) is not None and not r.confidential
    )
    result = export_pdf(demo_service, PdfKind.DOSSIER, tmp_path / "d.pdf", ids=[adopted[0]])
    text = " ".join(_text(result.path).split())
    assert f"Vastgesteld in de vergadering van {format_long(adopted[1].date)}" in text
