"""domain/derived.py: what is worked out of an advice and its reply: the status, both terms,
the deadline that runs now (the council's before sending, the college's after, none once
answered), the outcome, and how late the reply was."""

from __future__ import annotations

from datetime import date

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.derived import derive, reply_time_days
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, Outcome
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.domain.settings import Settings

SETTINGS = Settings(apply_termijnenwet=False)
REQUESTED = Advice(
    id=1,
    number="2026-01",
    kind=AdviceKind.GEVRAAGD,
    title="Gevraagd",
    request_received=date(2026, 3, 2),
    requested_deadline=date(2026, 4, 30),
)


def test_before_sending_the_councils_term_runs() -> None:
    derived = derive(REQUESTED, None, [], SETTINGS)
    assert derived.status == AdviceStatus.AANVRAAG_ONTVANGEN
    assert derived.advice_due == date(2026, 4, 30)
    assert derived.next_due == derived.advice_due
    assert derived.reply_due is None and derived.outcome is None


def test_after_sending_the_colleges_term_runs_and_a_late_reply_is_counted() -> None:
    sent = Advice(
        id=2,
        number="2026-02",
        kind=AdviceKind.ONGEVRAAGD,
        title="Verzonden",
        sent_date=date(2026, 5, 4),
        reply_term_weeks=6,
    )
    waiting = derive(sent, None, [], SETTINGS)
    assert waiting.status == AdviceStatus.ADVIES_VERZONDEN
    assert waiting.reply_due == date(2026, 6, 15)
    assert waiting.next_due == date(2026, 6, 15)
    reply = Reply(
        advice_id=2,
        date=date(2026, 6, 25),
        outcomes=(RecommendationOutcome(1, Outcome.OVERGENOMEN),),
    )
    answered = derive(sent, reply, [], SETTINGS)
    assert answered.status == AdviceStatus.AFGEROND
    assert answered.next_due is None
    assert answered.reply_date == date(2026, 6, 25)
    assert answered.reply_days_late == 10
    assert answered.outcome == Outcome.OVERGENOMEN
    assert derive(sent, reply, [], SETTINGS, open_commitments=1).status == (
        AdviceStatus.REACTIE_ONTVANGEN
    )
    assert reply_time_days(sent, reply) == 52
    assert reply_time_days(REQUESTED, reply) is None
    assert reply_time_days(sent, None) is None
