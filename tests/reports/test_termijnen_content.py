"""The termijnenlijst: shifted dates explain themselves, undated commitments are listed, and
deadlines of confidential advices left out are counted, not named."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from adviesraad_app.cli.main import main
from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.register import RegisterService
from tests.support.pdf import read_pdf


def _register(service: RegisterService) -> None:
    public = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Paasadvies", sent_date=date(2025, 3, 7))
    )
    secret = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Geheim dossier",
            sent_date=date(2025, 3, 10),
            confidential=True,
        )
    )
    replied = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Met toezegging", sent_date=date(2025, 1, 6))
    )
    assert public.id and secret.id and replied.id
    service.save_reply(Reply(advice_id=replied.id, date=date(2025, 2, 3)))
    service.add_commitment(replied.id, "Zo spoedig mogelijk informeren")


def test_termijnenlijst_content(
    service: RegisterService, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _register(service)
    service.close()
    target = tmp_path / "termijnen.pdf"
    code = main(
        [
            "--db",
            str(db_path),
            "export",
            "pdf",
            "--kind",
            "termijnen",
            "--today",
            "2025-04-15",
            "--output",
            str(target),
            "--json",
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["left_out_confidential"] == 1
    text = read_pdf(target).flat
    assert "Geheim dossier" not in text
    assert "1 termijn van een vertrouwelijk advies is niet opgenomen" in text
    assert "verschoven van vr 18 april: Goede Vrijdag, weekend, tweede Paasdag" in text
    assert "Open, zonder termijn (1)" in text
    assert "Zo spoedig mogelijk informeren" in text
    code = main(
        [
            "--db",
            str(db_path),
            "export",
            "pdf",
            "--kind",
            "termijnen",
            "--today",
            "2025-04-15",
            "--output",
            str(tmp_path / "alles.pdf"),
            "--include-confidential",
            "--json",
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["left_out_confidential"] == 0
    assert "Geheim dossier" in read_pdf(tmp_path / "alles.pdf").flat


def test_overzicht_says_why_a_running_deadline_moved(
    service: RegisterService, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _register(service)
    service.close()
    target = tmp_path / "overzicht.pdf"
    code = main(
        [
            "--db",
            str(db_path),
            "export",
            "pdf",
            "--kind",
            "overzicht",
            "--today",
            "2025-04-15",
            "--output",
            str(target),
        ]
    )
    capsys.readouterr()
    assert code == 0
    text = read_pdf(target).flat
    assert (
        "Verschoven door de Algemene termijnenwet (weekend of feestdag): 2025-01, reactie "
        "uiterlijk di 22 april 2025 (verschoven van vr 18 april: Goede Vrijdag, weekend, "
        "tweede Paasdag)."
    ) in text


def test_dossier_pdf_says_how_a_commitment_was_closed_and_an_overdue_advice_term(
    service: RegisterService, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from adviesraad_app.domain.documents import DocumentKind
    from adviesraad_app.domain.kinds import CommitmentStatus

    advice = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Paasadvies", sent_date=date(2025, 3, 7))
    )
    asked = service.create_advice(
        Advice(kind=AdviceKind.GEVRAAGD, title="Inkoop Wmo", request_received=date(2025, 2, 21))
    )
    assert advice.id and asked.id
    service.save_reply(Reply(advice_id=advice.id, date=date(2025, 4, 10)))
    letter = tmp_path / "brief.txt"
    letter.write_text("brief", encoding="utf-8")
    document = service.add_document(advice.id, letter, DocumentKind.OTHER)
    commitment = service.add_commitment(advice.id, "Wij informeren u over het overleg.")
    assert commitment.id
    service.set_commitment_status(
        commitment.id,
        CommitmentStatus.DONE,
        closed_on=date(2025, 4, 14),
        note="brief van 14 april",
        document_id=document.id,
        today=date(2025, 4, 15),
    )
    service.close()
    target = tmp_path / "dossiers.pdf"
    ids = f"{advice.id},{asked.id}"
    args = ["--db", str(db_path), "export", "pdf", "--kind", "dossier", "--ids", ids]
    code = main([*args, "--today", "2025-04-15", "--output", str(target)])
    capsys.readouterr()
    assert code == 0
    text = read_pdf(target).flat
    assert (
        "Wij informeren u over het overleg. Nagekomen op 14-04-2025: brief van 14 april "
        "(document: brief.txt)"
    ) in text
    # Received Friday 21 February 2025 + 6 weeks = Friday 4 April; 11 days late on the 15th.
    assert "4 april 2025 — verstreken, 11 dagen te laat" in text
    assert "di 22 april 2025 (verschoven van vr 18 april: Goede Vrijdag, weekend, tweede" in text
