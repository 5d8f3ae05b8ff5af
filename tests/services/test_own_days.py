"""The council's own non-working days: saved with the register, and every cached deadline
that falls on one moves to the next working day at once; a refused day changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.own_days import add_own_day, remove_own_day
from adviesraad_app.services.register import RegisterService

CLOSED = date(2024, 9, 23)  # a Monday: six weeks after the advice of Monday 12 August 2024


def reply_due(service: RegisterService, advice_id: int) -> date:
    term = service.dossier(advice_id).reply_term
    assert term is not None
    return term.due


@pytest.fixture
def advice_id(service: RegisterService) -> int:
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD, title="Werk- en Leercentrum", sent_date=date(2024, 8, 12)
        )
    )
    assert advice.id is not None
    return advice.id


def test_an_own_day_moves_the_deadline_on_it_and_is_kept(
    service: RegisterService, advice_id: int, db_path: Path
) -> None:
    assert reply_due(service, advice_id) == CLOSED
    added = add_own_day(service, CLOSED, "  Sluitingsdag   gemeentehuis ")
    assert (added.date, added.name) == (CLOSED, "Sluitingsdag gemeentehuis")
    assert reply_due(service, advice_id) == date(2024, 9, 24)
    assert [d.due_date for d in service.deadlines(date(2024, 9, 1), 60)] == [date(2024, 9, 24)]
    service.close()
    again = RegisterService.open(db_path)
    try:
        assert [d.date for d in again.settings.own_days] == [CLOSED]
        assert reply_due(again, advice_id) == date(2024, 9, 24)
    finally:
        again.close()


def test_removing_it_brings_the_deadline_back(service: RegisterService, advice_id: int) -> None:
    add_own_day(service, CLOSED, "Sluitingsdag")
    removed = remove_own_day(service, CLOSED)
    assert removed.name == "Sluitingsdag"
    assert service.settings.own_days == ()
    assert reply_due(service, advice_id) == CLOSED


@pytest.mark.parametrize(
    ("day", "name", "message"),
    [
        (date(2024, 9, 21), "Zaterdag", "valt in het weekend"),
        (date(2024, 12, 25), "Kerst", "is al een feestdag"),
        (CLOSED, "", "Geef de vrije dag een naam."),
    ],
)
def test_a_refused_day_changes_nothing(
    service: RegisterService, advice_id: int, day: date, name: str, message: str
) -> None:
    before = service.settings
    with pytest.raises(UserError, match=message):
        add_own_day(service, day, name)
    assert service.settings == before
    assert reply_due(service, advice_id) == CLOSED


def test_a_day_twice_or_one_that_is_none_is_refused(service: RegisterService) -> None:
    add_own_day(service, CLOSED, "Sluitingsdag")
    with pytest.raises(UserError, match="is al een eigen vrije dag: Sluitingsdag"):
        add_own_day(service, CLOSED, "Nog eens")
    with pytest.raises(UserError, match="is geen eigen vrije dag"):
        remove_own_day(service, date(2024, 9, 24))
    assert [d.name for d in service.settings.own_days] == ["Sluitingsdag"]
