"""domain/views.py: the register row's days late (the recorded figure once the reply is in,
the running count while it is missing, nothing before the advice is sent), and where a term of
a dossier stands (done once its work is done or the advice is closed by hand)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, DeadlineState, ManualStatus
from adviesraad_app.domain.views import RegisterRow
from adviesraad_app.services.register import RegisterService

TODAY = date(2026, 11, 22)

ROW = RegisterRow(
    id=1,
    number="2026-01",
    year=2026,
    title="Rij",
    kind=AdviceKind.ONGEVRAAGD,
    theme="",
    status=AdviceStatus.ADVIES_VERZONDEN,
    sent_date=date(2026, 9, 7),
    advice_due=None,
    reply_due=date(2026, 10, 19),
    reply_date=None,
    outcome=None,
    reply_days_late=None,
    next_due=date(2026, 10, 19),
    confidential=False,
)


def test_days_late_of_a_register_row() -> None:
    assert ROW.days_late(TODAY) == 34  # running while the reply is missing
    assert ROW.days_late(date(2026, 10, 1)) == 0  # not yet late
    answered = replace(
        ROW, status=AdviceStatus.AFGEROND, reply_date=date(2026, 10, 25), reply_days_late=6
    )
    assert answered.days_late(TODAY) == 6  # the recorded figure
    preparing = replace(ROW, status=AdviceStatus.IN_VOORBEREIDING, reply_due=None)
    assert preparing.days_late(TODAY) is None


def test_where_a_term_stands(service: RegisterService) -> None:
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.GEVRAAGD,
            title="Gevraagd",
            request_received=date(2026, 11, 2),
            requested_deadline=date(2026, 11, 30),
        )
    )
    assert advice.id is not None
    dossier = service.dossier(advice.id)
    assert dossier.term_state(dossier.advice_term, TODAY, 14) == (DeadlineState.DUE_SOON, 8)
    assert dossier.term_state(dossier.advice_term, TODAY, 3) == (DeadlineState.OPEN, 8)
    assert dossier.term_state(dossier.advice_term, date(2026, 12, 2), 14) == (
        DeadlineState.OVERDUE,
        -2,
    )
    assert dossier.term_state(None, TODAY, 14) is None
    service.set_manual_status(advice.id, ManualStatus.VERVALLEN)
    lapsed = service.dossier(advice.id)
    assert lapsed.term_state(lapsed.advice_term, TODAY, 14) == (DeadlineState.DONE, None)
