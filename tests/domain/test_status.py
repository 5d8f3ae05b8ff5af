"""domain/status.py: the status follows the dates filled in (a manual afgerond or vervallen on
top), the college's overall outcome from the outcomes per recommendation, and the reasons that
are missing where the college departed from the advice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, ManualStatus, Outcome
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.domain.status import (
    combine_outcomes,
    derive_status,
    missing_reasons,
    overall_outcome,
    validate_reply_against_advice,
)

REQUESTED = Advice(kind=AdviceKind.GEVRAAGD, title="Gevraagd", request_received=date(2026, 3, 2))


def test_the_status_follows_the_dates() -> None:
    assert derive_status(REQUESTED, False) == AdviceStatus.AANVRAAG_ONTVANGEN
    working = replace(REQUESTED, working_group="Werkgroep Zorg")
    assert derive_status(working, False) == AdviceStatus.IN_VOORBEREIDING
    own = Advice(kind=AdviceKind.ONGEVRAAGD, title="Eigen")
    assert derive_status(own, False) == AdviceStatus.IN_VOORBEREIDING
    sent = replace(own, sent_date=date(2026, 5, 4))
    assert derive_status(sent, False) == AdviceStatus.ADVIES_VERZONDEN
    assert derive_status(sent, True) == AdviceStatus.AFGEROND
    assert derive_status(sent, True, open_commitments=2) == AdviceStatus.REACTIE_ONTVANGEN
    assert derive_status(replace(sent, keep_open=True), True) == AdviceStatus.REACTIE_ONTVANGEN


def test_a_manual_status_is_on_top() -> None:
    lapsed = replace(REQUESTED, manual_status=ManualStatus.VERVALLEN)
    assert derive_status(lapsed, True, 3) == AdviceStatus.VERVALLEN
    closed = replace(REQUESTED, manual_status=ManualStatus.AFGEROND)
    assert derive_status(closed, False) == AdviceStatus.AFGEROND


@pytest.mark.parametrize(
    ("outcomes", "overall"),
    [
        ([], None),
        ([Outcome.NIET, Outcome.NIET], Outcome.NIET),
        ([Outcome.OVERGENOMEN, Outcome.NIET], Outcome.DEELS),
        ([Outcome.KENNISGENOMEN, Outcome.DEELS], Outcome.DEELS),
        ([Outcome.NIET, Outcome.KENNISGENOMEN], Outcome.NIET),
    ],
)
def test_the_overall_outcome(outcomes: list[Outcome], overall: Outcome | None) -> None:
    assert combine_outcomes(outcomes) == overall


def test_without_outcomes_per_recommendation_the_general_one_counts() -> None:
    general = Reply(advice_id=1, date=date(2026, 6, 1), general_outcome=Outcome.KENNISGENOMEN)
    assert overall_outcome(general) == Outcome.KENNISGENOMEN
    per = replace(general, outcomes=(RecommendationOutcome(1, Outcome.OVERGENOMEN),))
    assert overall_outcome(per) == Outcome.OVERGENOMEN


def test_missing_reasons_only_where_the_college_departed() -> None:
    advice = replace(REQUESTED, recommendations=renumber(["Een.", "Twee.", "Drie."]))
    reply = Reply(
        advice_id=1,
        date=date(2026, 6, 1),
        outcomes=(
            RecommendationOutcome(1, Outcome.NIET),
            RecommendationOutcome(2, Outcome.DEELS, "Deels, want geld."),
            RecommendationOutcome(3, Outcome.OVERGENOMEN),
            RecommendationOutcome(9, Outcome.NIET),  # no such recommendation
        ),
    )
    assert missing_reasons(advice, reply) == [1]


def test_a_reply_needs_a_sent_advice_and_a_date_after_it() -> None:
    reply = Reply(advice_id=1, date=date(2026, 6, 1))
    [problem] = validate_reply_against_advice(REQUESTED, reply)
    assert "nog geen verzenddatum" in problem
    sent = replace(REQUESTED, sent_date=date(2026, 6, 15))
    problems = validate_reply_against_advice(sent, reply)
    assert problems == ["De reactie (01-06-2026) is gedateerd vóór het advies (15-06-2026)."]
    assert validate_reply_against_advice(replace(sent, sent_date=date(2026, 5, 4)), reply) == []
