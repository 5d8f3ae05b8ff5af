"""services/demo.py: the demo fills only an empty register (an advice in the waste basket
counts), in one go, dated around the day asked so that Termijnen always has something late
and something due soon, with the seed letter's real case as it happened."""

from __future__ import annotations

from datetime import date

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.domain.kinds import AdviceKind, DeadlineState
from adviesraad_app.services.demo import load_demo
from adviesraad_app.services.register import RegisterService

TODAY = date(2026, 11, 22)


def test_the_demo_gives_termijnen_something_to_show(service: RegisterService) -> None:
    created = load_demo(service, today=TODAY)
    assert created == service.count() >= 10
    states = {item.state for item in service.deadlines(TODAY, None)}
    assert DeadlineState.OVERDUE in states and DeadlineState.DUE_SOON in states
    titles = [row.title for row in service.register()]
    assert any("Werk- en Leercentrum" in title for title in titles)
    assert len(set(service.years())) >= 3


def test_only_an_empty_register_is_filled(service: RegisterService) -> None:
    advice = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Eigen"))
    assert advice.id is not None
    service.delete_advice(advice.id)  # in the waste basket, still the user's
    with pytest.raises(UserError) as caught:
        load_demo(service, today=TODAY)
    assert "bevat al adviezen" in str(caught.value)
    assert service.count() == 0
    assert service.count(RegisterFilter(deleted=True)) == 1  # nothing was added
