"""Use cases of the register service: deadlines, commitments, extensions, documents, demo."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.documents import DocumentKind
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.extensions import TermKind
from adviesraad_app.domain.kinds import (
    AdviceKind,
    CommitmentStatus,
    DeadlineState,
    DeadlineType,
    ManualStatus,
)
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.demo import load_demo
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.check import check_database
from tests.conftest import TODAY
from tests.support.world import World


def test_demo_has_what_the_issue_asks(demo_service: RegisterService) -> None:
    rows = demo_service.register()
    assert len(rows) >= 12
    assert {r.year for r in rows} >= {TODAY.year - 2, TODAY.year - 1, TODAY.year}
    kinds = {r.kind for r in rows}
    assert {AdviceKind.GEVRAAGD, AdviceKind.ONGEVRAAGD} <= kinds
    replied = [r for r in rows if r.reply_date]
    assert any(r.reply_days_late == 0 for r in replied)
    assert any((r.reply_days_late or 0) > 0 for r in replied)
    wlc = next(r for r in rows if "Werk- en Leercentrum" in r.title)
    assert wlc.reply_days_late == 43
    assert {r.outcome.value for r in replied if r.outcome} >= {"overgenomen", "deels"}
    assert demo_service.commitments(CommitmentStatus.OPEN)
    assert any(i.extended for i in demo_service.deadlines(TODAY))
    assert check_database(demo_service).ok


def test_demo_refuses_a_register_with_advices(demo_service: RegisterService) -> None:
    with pytest.raises(UserError) as info:
        load_demo(demo_service)
    assert "bevat al adviezen" in str(info.value)


def test_deadlines_sorted_with_states(demo_service: RegisterService) -> None:
    items = demo_service.deadlines(TODAY)
    dated = [i for i in items if i.due_date is not None]
    assert items[: len(dated)] == sorted(dated, key=lambda i: i.due_date or TODAY)
    # Open commitments without a date come last, as "open, zonder termijn".
    assert all(i.state == DeadlineState.NO_DATE for i in items[len(dated) :])
    assert items[len(dated) :]
    states = {i.state for i in items}
    assert {DeadlineState.OVERDUE, DeadlineState.DUE_SOON} <= states
    types = {i.type for i in items}
    assert types == {DeadlineType.ADVICE_DUE, DeadlineType.REPLY_DUE, DeadlineType.COMMITMENT_DUE}
    for item in dated:
        assert item.due_date is not None
        assert item.days_left == (item.due_date - TODAY).days
    within = demo_service.deadlines(TODAY, within=10)
    assert all(i.days_left is None or i.days_left <= 10 for i in within)
    assert len(within) < len(items)


def test_reply_ends_the_reply_deadline(service: RegisterService) -> None:
    today = date(2024, 10, 1)
    a = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="x", sent_date=date(2024, 8, 12))
    )
    assert a.id is not None
    [item] = service.deadlines(today)
    assert (item.type, item.days_left, item.state) == (
        DeadlineType.REPLY_DUE,
        -8,
        DeadlineState.OVERDUE,
    )
    service.save_reply(Reply(advice_id=a.id, date=date(2024, 11, 5)))
    assert service.deadlines(today) == []


def test_extension_keeps_original_and_moves_deadline(service: RegisterService) -> None:
    a = service.create_advice(
        Advice(kind=AdviceKind.GEVRAAGD, title="x", request_received=date(2024, 8, 12))
    )
    assert a.id is not None
    ext = service.extend_term(
        a.id, TermKind.ADVICE, date(2024, 10, 7), "Zomerreces", "wethouder J. Smits"
    )
    assert ext.previous_date == date(2024, 9, 23)
    [item] = service.deadlines(date(2024, 9, 30))
    assert item.due_date == date(2024, 10, 7)
    assert item.original_date == date(2024, 9, 23)
    dossier = service.dossier(a.id)
    assert dossier.advice_term is not None and dossier.advice_term.original == date(2024, 9, 23)
    with pytest.raises(UserError):
        service.extend_term(a.id, TermKind.REPLY, date(2025, 1, 1), "x", "y")


def test_commitments_listed_and_closed(service: RegisterService) -> None:
    a = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="x", sent_date=date(2024, 8, 12))
    )
    assert a.id is not None
    reply = service.save_reply(Reply(advice_id=a.id, date=date(2024, 9, 1)))
    assert reply.id is not None
    c = service.save_commitment(
        Commitment(reply_id=reply.id, text="Wij informeren u", due_date=date(2024, 12, 1))
    )
    assert [r.commitment.text for r in service.commitments()] == ["Wij informeren u"]
    assert c.id is not None
    service.set_commitment_status(c.id, CommitmentStatus.DONE)
    assert service.commitments() == []
    assert len(service.commitments(None)) == 1
    service.delete_commitment(c.id)
    assert service.commitments(None) == []
    service.restore_commitment(c.id)
    assert len(service.commitments(None)) == 1


def test_documents_copied_beside_the_database(service: RegisterService, tmp_path: Path) -> None:
    a = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="x"))
    assert a.id is not None
    source = tmp_path / "Reactie college.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    doc = service.add_document(a.id, source, DocumentKind.REPLY)
    stored = service.document_path(doc)
    assert stored.read_bytes() == b"%PDF-1.4 test"
    assert stored.parent.parent == service.path.parent / "register-documenten"
    source.unlink()
    assert stored.exists()
    assert check_database(service).ok
    stored.write_bytes(b"changed")
    report = check_database(service)
    assert not report.ok and "gewijzigd" in report.text()
    with pytest.raises(UserError):
        service.add_document(a.id, tmp_path / "bestaat-niet.pdf")


def test_open_advices_overdue_count(demo_service: RegisterService) -> None:
    overdue = demo_service.overdue_count(TODAY)
    assert overdue == sum(
        1 for i in demo_service.deadlines(TODAY) if i.state == DeadlineState.OVERDUE
    )
    assert overdue >= 2
    later = demo_service.overdue_count(TODAY + timedelta(days=400))
    assert later > overdue


def _assert_overdue_count_as_listed(service: RegisterService) -> None:
    counts = set()
    for days in range(-1500, 800, 5):
        today = TODAY + timedelta(days=days)
        listed = sum(1 for i in service.deadlines(today) if i.state == DeadlineState.OVERDUE)
        assert service.overdue_count(today) == listed, today
        counts.add(listed)
    assert len(counts) >= 3  # the days passed deadlines, one by one


def test_the_overdue_count_is_that_of_the_deadlines_list_on_every_day(
    demo_service: RegisterService,
) -> None:
    """Counted from the cached deadlines (issue 14), it says what the list says."""
    gevraagd = demo_service.create_advice(
        Advice(kind=AdviceKind.GEVRAAGD, title="Vervallen", request_received=TODAY)
    )
    assert gevraagd.id is not None
    demo_service.set_manual_status(gevraagd.id, ManualStatus.VERVALLEN)
    _assert_overdue_count_as_listed(demo_service)


def test_the_overdue_count_leaves_out_what_the_list_leaves_out(world: World) -> None:
    """Extensions, undated commitments, confidential advices, the waste basket."""
    _assert_overdue_count_as_listed(world.service)


def test_a_saved_advice_keeps_a_number(service: RegisterService) -> None:
    from dataclasses import replace

    from adviesraad_app.domain.errors import ValidationError

    a = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="x", sent_date=date(2024, 8, 12))
    )
    with pytest.raises(ValidationError) as info:
        service.update_advice(replace(a, number=""))
    assert info.value.for_field("number")
    assert service.get_advice(a.id or 0).number == a.number


def test_documents_open_as_a_read_only_copy(service: RegisterService, tmp_path: Path) -> None:
    import os

    a = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="x"))
    source = tmp_path / "Reactie.pdf"
    source.write_bytes(b"%PDF-1.4 origineel")
    doc = service.add_document(a.id or 0, source, DocumentKind.REPLY)
    copy = service.viewing_copy(doc)
    assert copy.name == "Reactie.pdf" and copy != service.document_path(doc)
    assert copy.read_bytes() == b"%PDF-1.4 origineel"
    if getattr(os, "geteuid", lambda: 1)() != 0:  # root may write anyway (no geteuid: Windows)
        assert not os.access(copy, os.W_OK)
    assert service.viewing_copy(doc) == copy  # opening again replaces the old copy


def test_the_overdue_count_leaves_out_the_commitments_of_a_lapsed_advice(
    service: RegisterService,
) -> None:
    """An advice set to 'vervallen' after the college replied: its open commitments are not
    on the deadlines' list, so they are not counted as overdue either."""
    advice = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Vervalt later", sent_date=TODAY - timedelta(90))
    )
    assert advice.id is not None
    service.save_reply(Reply(advice_id=advice.id, date=TODAY - timedelta(60)))
    service.add_commitment(advice.id, "Voor de zomer een plan.", due=TODAY - timedelta(10))
    assert service.overdue_count(TODAY) == 1
    service.set_manual_status(advice.id, ManualStatus.VERVALLEN)
    assert service.overdue_count(TODAY) == 0
    assert not [i for i in service.deadlines(TODAY) if i.state == DeadlineState.OVERDUE]


def test_lists_are_read_again_after_the_file_was_replaced_while_released(
    demo_service: RegisterService, db_path: Path
) -> None:
    """A repair or restore replaces the file while the service has let go of it; the new
    connection's counts start over and could equal the old ones, so the lists and counts
    cached before must not be given out for the new file."""
    import sqlite3

    from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder

    demo_service.close()
    service = RegisterService.open(db_path)  # opened as at a start: no writes counted yet
    try:
        everything = RegisterFilter()
        before = service.register_ids(everything, RegisterOrder())
        assert service.count() == len(before) > 5
        with service.releasing():
            other = sqlite3.connect(db_path)
            with other:
                other.execute(
                    "UPDATE advices SET deleted_at = '2026-01-01T00:00:00' WHERE id IN "
                    "(SELECT id FROM advices WHERE deleted_at IS NULL ORDER BY id LIMIT 5)"
                )
            other.close()
        assert service.count() == len(before) - 5
        after = service.register_ids(everything, RegisterOrder())
        assert len(after) == len(before) - 5 and set(after) < set(before)
    finally:
        service.close()
