"""The year's figures (jaaroverzicht): a register with every case, counted by hand."""

from __future__ import annotations

from datetime import date

from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.kinds import AdviceKind, Outcome
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.services.pdf.year_stats import compute_year_statistics, year_statistics
from adviesraad_app.services.register import RegisterService

AS_OF = date(2024, 12, 1)


def _advice(
    service: RegisterService, kind: AdviceKind, sent: date, recs: int = 0, **kw: object
) -> int:
    advice = service.create_advice(
        Advice(
            kind=kind,
            title=f"{kind.value} {sent.isoformat()}",
            sent_date=sent,
            recommendations=renumber(f"Aanbeveling {i}" for i in range(1, recs + 1)),
            **kw,  # type: ignore[arg-type]
        )
    )
    assert advice.id is not None
    return advice.id


def _reply(service: RegisterService, advice_id: int, on: date, *outcomes: Outcome) -> None:
    service.save_reply(
        Reply(
            advice_id=advice_id,
            date=on,
            outcomes=tuple(
                RecommendationOutcome(i, o, "reden" if o.needs_reasons else "")
                for i, o in enumerate(outcomes, start=1)
            ),
        )
    )


def _register(service: RegisterService) -> str:
    a1 = _advice(
        service,
        AdviceKind.GEVRAAGD,
        date(2024, 2, 1),
        2,
        request_received=date(2024, 1, 8),
    )
    _reply(service, a1, date(2024, 3, 1), Outcome.OVERGENOMEN, Outcome.NIET)  # on time, 29 days
    a2 = _advice(service, AdviceKind.ONGEVRAAGD, date(2024, 8, 12), 3)
    _reply(  # due 23 September: 43 days late, 85 days in all
        service,
        a2,
        date(2024, 11, 5),
        Outcome.OVERGENOMEN,
        Outcome.KENNISGENOMEN,
        Outcome.OVERGENOMEN,
    )
    _advice(service, AdviceKind.ONGEVRAAGD, date(2024, 10, 1))  # due 12 November: missing
    _advice(  # due 6 January 2025: still running on 1 December
        service, AdviceKind.GEVRAAGD, date(2024, 11, 25), 1, request_received=date(2024, 11, 1)
    )
    _advice(service, AdviceKind.SIGNAAL, date(2024, 5, 1))  # a signal has no reply term
    _advice(service, AdviceKind.ONGEVRAAGD, date(2024, 3, 1), 1, confidential=True)
    _advice(service, AdviceKind.ONGEVRAAGD, date(2023, 3, 1), 1)  # another year
    return service.get_advice(a2).number


def test_year_statistics_count_every_case(service: RegisterService) -> None:
    late_number = _register(service)
    stats = year_statistics(service, 2024, AS_OF)
    assert stats.total == 5
    assert (stats.solicited, stats.unsolicited, stats.signals) == (2, 2, 1)
    assert (stats.replies_on_time, stats.replies_late) == (1, 1)
    assert (stats.replies_missing, stats.replies_pending) == (1, 1)
    assert stats.replies_expected == 4 and stats.replies_received == 2
    assert stats.average_reply_days == 57.0
    assert (stats.longest_reply_days, stats.longest_reply_number) == (85, late_number)
    assert stats.average_days_late == 43.0
    assert (stats.adopted, stats.partly, stats.not_adopted, stats.noted) == (3, 0, 1, 1)
    assert stats.without_outcome == 1
    assert stats.recommendations == 6
    assert stats.left_out_confidential == 1
    assert [s.number for s in stats.subjects] == sorted(s.number for s in stats.subjects)


def test_confidential_advices_count_only_when_asked(service: RegisterService) -> None:
    _register(service)
    stats = year_statistics(service, 2024, AS_OF, include_confidential=True)
    assert stats.total == 6
    assert stats.left_out_confidential == 0
    assert any(s.confidential for s in stats.subjects)


def test_a_year_without_advices_has_no_averages() -> None:
    stats = compute_year_statistics(2019, [], AS_OF)
    assert stats.total == 0 and stats.replies_expected == 0
    assert stats.average_reply_days is None and stats.longest_reply_days is None
    assert [count for _, count in stats.outcome_counts()] == [0, 0, 0, 0, 0]


def test_every_percentage_is_rounded_by_one_rule() -> None:
    from adviesraad_app.reports.year import percentage

    # half a percent rounds up, wherever it stands (62,5 and 12,5 alike)
    assert [percentage(5, 8), percentage(1, 8), percentage(3, 8)] == [63, 13, 38]
    assert percentage(1, 3) == 33 and percentage(2, 3) == 67
    assert percentage(0, 0) == 0 and percentage(4, 4) == 100
