"""storage/commitments.py: a commitment reads back with how it was closed, its history names
its advice, the open ones are counted per advice (closed, deleted and those of a deleted
reply not), and an unknown one is a Dutch "does not exist"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.errors import NotFoundError
from adviesraad_app.domain.kinds import AdviceKind, CommitmentStatus
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.register import RegisterService
from tests.support.internals import repo_of, store_of


def _reply(service: RegisterService, title: str) -> tuple[int, int]:
    advice = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title=title, sent_date=date(2026, 5, 4))
    )
    assert advice.id is not None
    reply = service.save_reply(Reply(advice_id=advice.id, date=date(2026, 6, 1)))
    assert reply.id is not None
    return advice.id, reply.id


def _insert(service: RegisterService, commitment: Commitment) -> Commitment:
    with store_of(service).write():
        return repo_of(service).insert_commitment(commitment)


def test_a_commitment_reads_back_with_how_it_was_closed(service: RegisterService) -> None:
    advice_id, reply_id = _reply(service, "Toezeggingen")
    saved = _insert(
        service, Commitment(reply_id, "  Evaluatie sturen  ", due_date=date(2026, 9, 1))
    )
    assert saved.id is not None
    closed = replace(
        saved,
        status=CommitmentStatus.DONE,
        closed_on=date(2026, 8, 20),
        closing_note="brief van 20 augustus",
    )
    with store_of(service).write():
        repo_of(service).update_commitment(closed)
    got = repo_of(service).get_commitment(saved.id)
    assert got.text == "Evaluatie sturen"
    assert (got.status, got.closed_on, got.closing_note) == (
        CommitmentStatus.DONE,
        date(2026, 8, 20),
        "brief van 20 augustus",
    )
    lines = [h for h in repo_of(service).history(advice_id) if h.entity == "commitment"]
    assert [(h.action, h.field) for h in lines] == [
        ("created", ""),
        ("updated", "status"),
        ("updated", "closed_on"),
        ("updated", "closing_note"),
    ]


def test_open_commitments_are_counted_per_advice(service: RegisterService) -> None:
    first, first_reply = _reply(service, "Een")
    second, second_reply = _reply(service, "Twee")
    third, _ = _reply(service, "Zonder")
    _insert(service, Commitment(first_reply, "Open 1"))
    _insert(service, Commitment(first_reply, "Open 2"))
    done = _insert(service, Commitment(first_reply, "Klaar", status=CommitmentStatus.DONE))
    gone = _insert(service, Commitment(second_reply, "Weg"))
    _insert(service, Commitment(second_reply, "Blijft"))
    assert done.id is not None and gone.id is not None
    repo = repo_of(service)
    with store_of(service).write():
        assert repo.set_commitment_deleted(gone.id, True) == second
    assert repo.open_commitment_counts([first, second, third]) == {first: 2, second: 1}
    assert [c.text for c in repo.commitments_for_reply(second_reply)] == ["Blijft"]
    with store_of(service).write():
        repo.set_reply_deleted(first_reply, True)
    assert repo.open_commitment_counts([first, second, third]) == {second: 1}


def test_an_unknown_or_deleted_commitment(service: RegisterService) -> None:
    _advice, reply_id = _reply(service, "Een")
    saved = _insert(service, Commitment(reply_id, "Weg"))
    assert saved.id is not None
    with store_of(service).write():
        repo_of(service).set_commitment_deleted(saved.id, True)
    with pytest.raises(NotFoundError) as caught:
        repo_of(service).get_commitment(saved.id)
    assert str(caught.value) == f"Toezegging {saved.id} bestaat niet (of is verwijderd)."
    assert repo_of(service).get_commitment(saved.id, include_deleted=True).text == "Weg"
