"""Derived facts of an advice: its status and the college's overall outcome.

The status follows the dates that are filled in (DOMAIN.md, lifecycle):

    gevraagd:   aanvraag ontvangen -> in voorbereiding -> advies verzonden -> reactie ontvangen
                                                                            -> afgerond
    ongevraagd:                       in voorbereiding -> advies verzonden -> reactie ontvangen
                                                                            -> afgerond

An advice whose reply is in and whose commitments are all closed (or that has none) is
``afgerond``; while a commitment is open it stays ``reactie ontvangen``, and the secretary can
keep it open by hand (``keep_open``). A manual ``afgerond`` or ``vervallen`` is on top.

A solicited advice counts as "in voorbereiding" once work on it is visible in the data: a
working group, a summary or a recommendation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, ManualStatus, Outcome
from adviesraad_app.domain.replies import Reply
from adviesraad_app.i18n import translate


def derive_status(advice: Advice, has_reply: bool, open_commitments: int = 0) -> AdviceStatus:
    if advice.manual_status == ManualStatus.AFGEROND:
        return AdviceStatus.AFGEROND
    if advice.manual_status == ManualStatus.VERVALLEN:
        return AdviceStatus.VERVALLEN
    if has_reply:
        if open_commitments > 0 or advice.keep_open:
            return AdviceStatus.REACTIE_ONTVANGEN
        return AdviceStatus.AFGEROND
    if advice.sent_date is not None:
        return AdviceStatus.ADVIES_VERZONDEN
    if advice.kind == AdviceKind.GEVRAAGD:
        work_started = bool(
            advice.working_group.strip() or advice.summary.strip() or advice.recommendations
        )
        if advice.request_received is not None and not work_started:
            return AdviceStatus.AANVRAAG_ONTVANGEN
    return AdviceStatus.IN_VOORBEREIDING


def combine_outcomes(outcomes: Iterable[Outcome]) -> Outcome | None:
    """The overall outcome of a reply from the outcomes per recommendation.

    All the same: that outcome. Any (partly) adopted among others: partly adopted.
    A mix of "not adopted" and "noted": not adopted.
    """
    counts = Counter(outcomes)
    if not counts:
        return None
    if len(counts) == 1:
        return next(iter(counts))
    if counts[Outcome.OVERGENOMEN] or counts[Outcome.DEELS]:
        return Outcome.DEELS
    return Outcome.NIET


def overall_outcome(reply: Reply) -> Outcome | None:
    derived = combine_outcomes(o.outcome for o in reply.outcomes)
    return derived if derived is not None else reply.general_outcome


def missing_reasons(advice: Advice, reply: Reply) -> list[int]:
    """Numbers of recommendations the college departed from without recording its reasons."""
    return [
        o.recommendation_number
        for o in reply.outcomes
        if o.outcome.needs_reasons
        and not o.reasons.strip()
        and advice.recommendation(o.recommendation_number) is not None
    ]


def validate_reply_against_advice(advice: Advice, reply: Reply) -> list[str]:
    """Problems that make a reply impossible for this advice (Dutch messages)."""
    problems: list[str] = []
    if advice.sent_date is None:
        problems.append(
            translate(
                "Model",
                "Het advies heeft nog geen verzenddatum; vul die eerst in voordat u een "
                "reactie registreert.",
            )
        )
    elif reply.date < advice.sent_date:
        problems.append(
            translate(
                "Model",
                "De reactie ({reply}) is gedateerd vóór het advies ({advice}).",
            ).format(reply=format_short(reply.date), advice=format_short(advice.sent_date))
        )
    for outcome in reply.outcomes:
        if advice.recommendation(outcome.recommendation_number) is None:
            problems.append(
                translate("Model", "Het advies heeft geen aanbeveling {n}.").format(
                    n=outcome.recommendation_number
                )
            )
    return problems
