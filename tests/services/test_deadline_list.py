"""services/deadline_list.py: the open deadlines as Termijnen lists them: the advice term
while the advice is being prepared, the college's term once it is sent, commitments with and
without a date (undated last, never left out), earliest first; ``within`` keeps the overdue
and the undated, confidential ones only when asked."""

from __future__ import annotations

from datetime import date

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.commitment_rows import CommitmentRow
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.kinds import AdviceKind, DeadlineState, DeadlineType
from adviesraad_app.domain.settings import Settings
from adviesraad_app.services.deadline_list import open_deadlines

TODAY = date(2026, 11, 22)
SETTINGS = Settings()


def _advice(advice_id: int, title: str, **fields: object) -> Advice:
    return Advice(id=advice_id, number=f"2026-{advice_id:02d}", title=title, **fields)  # type: ignore[arg-type]


def _commitment(advice_id: int, text: str, due: date | None, **extra: object) -> CommitmentRow:
    return CommitmentRow(
        commitment=Commitment(reply_id=1, text=text, due_date=due, id=advice_id * 10),
        advice_id=advice_id,
        number=f"2026-{advice_id:02d}",
        title="Met reactie",
        reply_date=date(2026, 6, 1),
        confidential=bool(extra.get("confidential", False)),
    )


PREPARING = _advice(
    1,
    "In voorbereiding",
    kind=AdviceKind.GEVRAAGD,
    request_received=date(2026, 11, 2),
    requested_deadline=date(2026, 11, 30),
)
SENT = _advice(2, "Verzonden", kind=AdviceKind.ONGEVRAAGD, sent_date=date(2026, 9, 7))
UNDATED = _advice(3, "Zonder termijn", kind=AdviceKind.ONGEVRAAGD)


def test_each_advice_has_the_term_that_runs_for_it() -> None:
    items = open_deadlines([PREPARING, SENT, UNDATED], {}, [], SETTINGS, TODAY)
    kinds = {i.advice_id: i.type for i in items}
    assert kinds == {1: DeadlineType.ADVICE_DUE, 2: DeadlineType.REPLY_DUE}
    advice_item = next(i for i in items if i.advice_id == 1)
    assert advice_item.due_date == date(2026, 11, 30)
    assert advice_item.days_left == 8
    assert advice_item.state == DeadlineState.DUE_SOON
    reply_item = next(i for i in items if i.advice_id == 2)
    assert reply_item.state == DeadlineState.OVERDUE and reply_item.days_left < 0
    assert [i.advice_id for i in items] == [2, 1]  # earliest first


def test_commitments_with_a_date_in_order_and_without_one_last() -> None:
    rows = [
        _commitment(5, "Zo spoedig mogelijk", None),
        _commitment(6, "Voor de zomer", date(2027, 6, 1)),
    ]
    items = open_deadlines([PREPARING], {}, rows, SETTINGS, TODAY)
    assert [(i.type, i.detail) for i in items] == [
        (DeadlineType.ADVICE_DUE, ""),
        (DeadlineType.COMMITMENT_DUE, "Voor de zomer"),
        (DeadlineType.COMMITMENT_DUE, "Zo spoedig mogelijk"),
    ]
    undated = items[-1]
    assert (undated.due_date, undated.days_left, undated.state) == (
        None,
        None,
        DeadlineState.NO_DATE,
    )
    assert undated.commitment_id == 50


def test_within_keeps_overdue_and_undated_but_not_far_ones() -> None:
    rows = [_commitment(5, "Ooit", None), _commitment(6, "Ver weg", date(2027, 6, 1))]
    items = open_deadlines([PREPARING, SENT], {}, rows, SETTINGS, TODAY, within=14)
    assert {i.detail or i.title for i in items} == {"In voorbereiding", "Verzonden", "Ooit"}
    assert open_deadlines([PREPARING], {}, [], SETTINGS, TODAY, within=7) == []


def test_confidential_advices_only_when_asked() -> None:
    secret = _advice(
        4, "Geheim", kind=AdviceKind.ONGEVRAAGD, sent_date=date(2026, 11, 2), confidential=True
    )
    shown = open_deadlines([secret], {}, [], SETTINGS, TODAY)
    assert [i.confidential for i in shown] == [True]
    assert open_deadlines([secret], {}, [], SETTINGS, TODAY, include_confidential=False) == []
