"""storage/replies.py: a reply reads back with its outcome per recommendation, every changed
outcome is a history line, a deleted reply is gone from the dossier's reads, and the same
college letter is recognised by its Ons kenmerk or by Zaaknummer and date (spaces and case
ignored)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.errors import NotFoundError
from adviesraad_app.domain.kinds import AdviceKind, Outcome
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.replies import letter_keys
from tests.support.internals import repo_of, store_of


def _advice(service: RegisterService, title: str = "Inclusie") -> int:
    saved = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title=title,
            sent_date=date(2026, 5, 4),
            recommendations=renumber(["Een.", "Twee."]),
        )
    )
    assert saved.id is not None
    return saved.id


def _insert(service: RegisterService, reply: Reply) -> Reply:
    with store_of(service).write():
        return repo_of(service).insert_reply(reply)


def test_a_reply_reads_back_with_its_outcomes(service: RegisterService) -> None:
    advice_id = _advice(service)
    outcomes = (
        RecommendationOutcome(1, Outcome.OVERGENOMEN),
        RecommendationOutcome(2, Outcome.NIET, "Geen budget."),
    )
    saved = _insert(
        service,
        Reply(advice_id=advice_id, date=date(2026, 6, 1), our_reference="UIT-1", outcomes=outcomes),
    )
    assert saved.id is not None
    repo = repo_of(service)
    got = repo.get_reply(saved.id)
    assert (got.date, got.our_reference, got.outcomes) == (date(2026, 6, 1), "UIT-1", outcomes)
    assert repo.reply_for(advice_id) == got
    assert repo.replies_for_many([advice_id, 999]) == {advice_id: got}
    assert repo.advice_of_reply(saved.id) == advice_id


def test_every_changed_outcome_is_a_history_line(service: RegisterService) -> None:
    advice_id = _advice(service)
    saved = _insert(
        service,
        Reply(
            advice_id=advice_id,
            date=date(2026, 6, 1),
            outcomes=(RecommendationOutcome(1, Outcome.OVERGENOMEN),),
        ),
    )
    changed = replace(
        saved,
        outcomes=(
            RecommendationOutcome(1, Outcome.DEELS, "Deels."),
            RecommendationOutcome(2, Outcome.KENNISGENOMEN),
        ),
    )
    with store_of(service).write():
        repo_of(service).update_reply(changed)
    lines = [
        (h.field, h.old_value, h.new_value)
        for h in repo_of(service).history(advice_id)
        if h.entity == "reply" and h.action == "updated"
    ]
    assert ("outcome 1", "overgenomen", "deels: Deels.") in lines
    assert ("outcome 2", None, "kennisgenomen") in lines
    assert repo_of(service).get_reply(saved.id or 0).outcomes == changed.outcomes


def test_a_deleted_reply_is_gone_until_restored(service: RegisterService) -> None:
    advice_id = _advice(service)
    saved = _insert(service, Reply(advice_id=advice_id, date=date(2026, 6, 1)))
    assert saved.id is not None
    repo = repo_of(service)
    with store_of(service).write():
        assert repo.set_reply_deleted(saved.id, True) == advice_id
    assert repo.reply_for(advice_id) is None
    with pytest.raises(NotFoundError):
        repo.get_reply(saved.id)
    assert repo.get_reply(saved.id, include_deleted=True).deleted_at is not None
    with store_of(service).write():
        repo.set_reply_deleted(saved.id, False)
    assert repo.reply_for(advice_id) is not None
    with pytest.raises(NotFoundError, match="Reactie 999 bestaat niet"):
        repo.advice_of_reply(999)


def test_the_same_college_letter_is_recognised(service: RegisterService) -> None:
    first = _advice(service, "Eerste")
    other = _advice(service, "Tweede")
    _insert(
        service,
        Reply(
            advice_id=first,
            date=date(2026, 6, 1),
            our_reference="UIT - 24117125",
            case_number="Z/26/001",
        ),
    )
    repo = repo_of(service)
    number = service.get_advice(first).number
    assert repo.advice_with_same_letter("uit-24117125", "", date(2027, 1, 1)) == (first, number)
    assert repo.advice_with_same_letter("", "z/26/001", date(2026, 6, 1)) == (first, number)
    assert repo.advice_with_same_letter("", "Z/26/001", date(2026, 6, 2)) is None  # other date
    assert repo.advice_with_same_letter("UIT-24117125", "", date(2026, 6, 1), first) is None
    assert repo.advice_with_same_letter("", "", date(2026, 6, 1)) is None
    assert repo.letters_in_use() == {
        ("kenmerk", "UIT-24117125"): number,
        ("zaak", "Z/26/001", "2026-06-01"): number,
    }
    service.delete_advice(first)  # a letter of an advice in the waste basket is free again
    assert repo.advice_with_same_letter("UIT-24117125", "", date(2026, 6, 1), other) is None
    assert repo.letters_in_use() == {}


def test_letter_keys() -> None:
    assert letter_keys(" uit 1 ", "", date(2026, 6, 1)) == [("kenmerk", "UIT1")]
    assert letter_keys("", "", date(2026, 6, 1)) == []
