"""storage/history.py: every change is a line with plain values (ISO dates, enum values,
ja/nee), a diff records only what changed and not the bookkeeping columns, an advice's
history comes in the order it happened, and nothing is recorded outside a transaction."""

from __future__ import annotations

from datetime import date

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.rows import now
from tests.support.internals import repo_of, store_of


def _advice(service: RegisterService) -> int:
    saved = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Historie"))
    assert saved.id is not None
    return saved.id


def test_a_diff_records_only_what_changed_in_plain_values(service: RegisterService) -> None:
    advice_id = _advice(service)
    repo = repo_of(service)
    before = len(repo.history(advice_id))
    with store_of(service).write():
        changes = repo.record_diff(
            advice_id=advice_id,
            entity="advice",
            entity_id=advice_id,
            old={"title": "Oud", "sent_date": None, "confidential": False, "updated_at": "x"},
            new={
                "title": "Oud",
                "sent_date": date(2026, 5, 4),
                "confidential": True,
                "updated_at": "y",
                "status": AdviceStatus.ADVIES_VERZONDEN,
            },
            at=now(),
        )
    assert changes == 3
    lines = repo.history(advice_id)[before:]
    assert [(h.field, h.old_value, h.new_value) for h in lines] == [
        ("sent_date", None, "2026-05-04"),
        ("confidential", "nee", "ja"),
        ("status", None, "advies_verzonden"),
    ]
    assert all(h.action == "updated" and h.entity == "advice" for h in lines)


def test_history_in_the_order_it_happened_and_only_of_that_advice(
    service: RegisterService,
) -> None:
    first, second = _advice(service), _advice(service)
    repo = repo_of(service)
    with store_of(service).write():
        repo.record(advice_id=first, entity="advice", entity_id=first, action="note", new="a")
        repo.record(advice_id=second, entity="advice", entity_id=second, action="note", new="x")
        repo.record(advice_id=first, entity="advice", entity_id=first, action="note", new="b")
    notes = [h.new_value for h in repo.history(first) if h.action == "note"]
    assert notes == ["a", "b"]
    ids = [h.id for h in repo.history(first)]
    assert ids == sorted(ids)


def test_nothing_is_recorded_outside_a_transaction(service: RegisterService) -> None:
    advice_id = _advice(service)
    with pytest.raises(RuntimeError, match="outside a transaction"):
        repo_of(service).record(
            advice_id=advice_id, entity="advice", entity_id=advice_id, action="note"
        )
    assert not [h for h in repo_of(service).history(advice_id) if h.action == "note"]
