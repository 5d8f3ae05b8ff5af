"""Commitments never vanish: undated ones are listed, closing records when and how, and the
status of the advice follows them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.documents import DocumentKind
from adviesraad_app.domain.errors import UserError, ValidationError
from adviesraad_app.domain.kinds import (
    AdviceKind,
    AdviceStatus,
    CommitmentStatus,
    DeadlineState,
    DeadlineType,
    ManualStatus,
)
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.text.dossier_text import dossier_text
from adviesraad_app.services.text.present import commitment_closing_text

TODAY = date(2025, 3, 20)


def _replied(service: RegisterService) -> int:
    advice = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Werk- en Leercentrum", sent_date=date(2025, 1, 6))
    )
    assert advice.id is not None
    service.save_reply(Reply(advice_id=advice.id, date=date(2025, 2, 10)))
    return advice.id


def test_status_follows_the_commitments(service: RegisterService) -> None:
    advice_id = _replied(service)
    assert service.dossier(advice_id).status == AdviceStatus.AFGEROND
    first = service.add_commitment(advice_id, "Informeren zo spoedig mogelijk")
    second = service.add_commitment(advice_id, "Evaluatie sturen", date(2025, 6, 1))
    assert first.id and second.id
    assert service.dossier(advice_id).status == AdviceStatus.REACTIE_ONTVANGEN
    assert service.register_rows([advice_id])[advice_id].status == AdviceStatus.REACTIE_ONTVANGEN
    service.set_commitment_status(first.id, CommitmentStatus.DONE, today=TODAY)
    assert service.dossier(advice_id).status == AdviceStatus.REACTIE_ONTVANGEN
    service.set_commitment_status(second.id, CommitmentStatus.LAPSED, today=TODAY)
    assert service.register_rows([advice_id])[advice_id].status == AdviceStatus.AFGEROND
    # Kept open by hand, and a manual vervallen on top of everything.
    service.set_keep_open(advice_id, True)
    assert service.register_rows([advice_id])[advice_id].status == AdviceStatus.REACTIE_ONTVANGEN
    service.set_manual_status(advice_id, ManualStatus.VERVALLEN)
    assert service.register_rows([advice_id])[advice_id].status == AdviceStatus.VERVALLEN
    service.set_manual_status(advice_id, None)
    service.set_keep_open(advice_id, False)
    service.set_commitment_status(second.id, CommitmentStatus.OPEN)
    assert service.register_rows([advice_id])[advice_id].status == AdviceStatus.REACTIE_ONTVANGEN


def test_undated_commitment_is_a_deadline_after_the_dated_ones(service: RegisterService) -> None:
    advice_id = _replied(service)
    service.add_commitment(advice_id, "Zo spoedig mogelijk informeren")
    service.add_commitment(advice_id, "Evaluatie", date(2025, 6, 1))
    items = service.deadlines(TODAY, within=7)
    assert [(i.type, i.state) for i in items] == [
        (DeadlineType.COMMITMENT_DUE, DeadlineState.NO_DATE)
    ]
    items = service.deadlines(TODAY)
    assert [i.detail for i in items] == ["Evaluatie", "Zo spoedig mogelijk informeren"]
    assert items[1].due_date is None and items[1].days_left is None


def test_closing_records_date_note_and_document(service: RegisterService, tmp_path: Path) -> None:
    advice_id = _replied(service)
    letter = tmp_path / "brief.txt"
    letter.write_text("Brief van 10 maart", encoding="utf-8")
    document = service.add_document(advice_id, letter, DocumentKind.OTHER)
    commitment = service.add_commitment(advice_id, "Informeren over Dimence")
    assert commitment.id is not None
    done = service.set_commitment_status(
        commitment.id,
        CommitmentStatus.DONE,
        closed_on=date(2025, 3, 10),
        note="brief van 10 maart, vergadering 12 maart",
        document_id=document.id,
        today=TODAY,
    )
    stored = service.dossier(advice_id).commitments[0]
    assert stored == done
    assert stored.closed_on == date(2025, 3, 10)
    assert stored.document_id == document.id
    assert commitment_closing_text(stored) == (
        "nagekomen op 10-03-2025: brief van 10 maart, vergadering 12 maart"
    )
    assert "nagekomen op 10-03-2025" in dossier_text(service.dossier(advice_id))
    service.add_commitment(advice_id, "Zo spoedig mogelijk")
    assert "[open] Zo spoedig mogelijk (zonder termijn)" in dossier_text(service.dossier(advice_id))
    reopened = service.set_commitment_status(commitment.id, CommitmentStatus.OPEN)
    assert (reopened.closed_on, reopened.closing_note, reopened.document_id) == (None, "", None)


def test_closing_date_by_default_today(service: RegisterService) -> None:
    advice_id = _replied(service)
    commitment = service.add_commitment(advice_id, "x")
    assert commitment.id is not None
    done = service.set_commitment_status(commitment.id, CommitmentStatus.DONE, today=TODAY)
    assert done.closed_on == TODAY


@pytest.mark.parametrize(
    ("closed_on", "document_id", "message"),
    [
        (date(2025, 2, 9), None, "vóór de reactie van het college"),
        (date(2025, 3, 21), None, "in de toekomst"),
        (date(2025, 3, 1), 999, "hoort niet bij het dossier"),
    ],
)
def test_wrong_closing_is_refused_and_changes_nothing(
    service: RegisterService, closed_on: date, document_id: int | None, message: str
) -> None:
    advice_id = _replied(service)
    commitment = service.add_commitment(advice_id, "x")
    assert commitment.id is not None
    history = len(service.dossier(advice_id).history)
    with pytest.raises(ValidationError) as info:
        service.set_commitment_status(
            commitment.id,
            CommitmentStatus.DONE,
            closed_on=closed_on,
            document_id=document_id,
            today=TODAY,
        )
    assert message in str(info.value)
    dossier = service.dossier(advice_id)
    assert dossier.commitments[0].status == CommitmentStatus.OPEN
    assert len(dossier.history) == history


def test_closing_on_the_reply_date_and_today_is_allowed(service: RegisterService) -> None:
    advice_id = _replied(service)
    c = service.add_commitment(advice_id, "x")
    assert c.id is not None
    on_reply = service.set_commitment_status(
        c.id, CommitmentStatus.DONE, closed_on=date(2025, 2, 10), today=TODAY
    )
    assert on_reply.closed_on == date(2025, 2, 10)
    on_today = service.set_commitment_status(
        c.id, CommitmentStatus.LAPSED, closed_on=TODAY, today=TODAY
    )
    assert on_today.closed_on == TODAY


def test_commitment_without_reply_is_refused(service: RegisterService) -> None:
    advice = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Zonder reactie"))
    assert advice.id is not None
    with pytest.raises(UserError) as info:
        service.add_commitment(advice.id, "x")
    assert "heeft nog geen reactie" in str(info.value)


def test_most_urgent_first_puts_every_open_advice_before_every_closed_one(
    service: RegisterService,
) -> None:
    from adviesraad_app.domain.filters import RegisterFilter
    from adviesraad_app.services.pdf.export import URGENCY_FIRST

    closed_id = _replied(service)  # afgerond: reply in, nothing promised
    waiting_id = _replied(service)
    service.add_commitment(waiting_id, "Zo spoedig mogelijk")  # open, no running deadline
    sent = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Verzonden", sent_date=date(2025, 3, 1))
    )
    lapsed = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Vervallen"))
    assert sent.id and lapsed.id
    service.set_manual_status(lapsed.id, ManualStatus.VERVALLEN)
    ids = service.register_ids(RegisterFilter(), URGENCY_FIRST)
    assert ids[:2] == [sent.id, waiting_id]
    assert set(ids[2:]) == {closed_id, lapsed.id}
