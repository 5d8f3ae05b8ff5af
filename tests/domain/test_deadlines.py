from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adviesraad_app.domain import deadlines as dl
from adviesraad_app.domain import term_days
from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.derived import derive
from adviesraad_app.domain.extensions import Extension, TermKind
from adviesraad_app.domain.kinds import AdviceKind, DeadlineState, Outcome
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.domain.settings import Settings


def test_worked_example_from_domain_md() -> None:
    # Monday 12 August 2024 + 6 weeks = Monday 23 September 2024; reply 5 November: 43 days late.
    due = dl.term_end(date(2024, 8, 12), 6)
    assert due == date(2024, 9, 23)
    assert term_days.days_late(due, date(2024, 11, 5)) == 43


@pytest.mark.parametrize(
    ("start", "weeks", "expected"),
    [
        (date(2024, 11, 16), 6, date(2024, 12, 30)),  # ends Sat 28 Dec -> Mon 30 Dec
        # Wed 25 Dec, Thu 26 Dec, Fri 27 Dec (decree), weekend -> Mon 30 Dec
        (date(2024, 11, 13), 6, date(2024, 12, 30)),
        (date(2024, 11, 14), 6, date(2024, 12, 30)),  # ends Thu 26 Dec -> Mon 30 Dec
        (date(2025, 3, 24), 6, date(2025, 5, 6)),  # ends Mon 5 May -> Tue 6 May
        (date(2025, 4, 18), 6, date(2025, 6, 2)),  # ends Fri 30 May (decree) -> Mon 2 June
        (date(2025, 4, 17), 6, date(2025, 6, 2)),  # Thu 29 May (Hemelvaart), Fri 30 -> Mon 2 June
        (date(2025, 11, 20), 6, date(2026, 1, 5)),  # Thu 1 Jan, Fri 2 Jan (decree) -> Mon 5 Jan
        (date(2025, 3, 7), 6, date(2025, 4, 22)),  # Fri 18 Apr (Goede Vrijdag) -> Tue 22 Apr
        (date(2025, 3, 15), 6, date(2025, 4, 28)),  # ends Sat 26 Apr (Koningsdag) -> Mon 28 Apr
        (date(2024, 2, 17), 6, date(2024, 4, 2)),  # ends Sat 30 Mar -> Mon 1 Apr (Paas) -> Tue 2
    ],
)
def test_termijnenwet_shifts_hand_computed(start: date, weeks: int, expected: date) -> None:
    assert dl.term_end(start, weeks) == expected


def test_shift_can_be_switched_off() -> None:
    assert dl.term_end(date(2024, 11, 16), 6, apply_termijnenwet=False) == date(2024, 12, 28)


def test_days_left_is_negative_when_late() -> None:
    assert term_days.days_left(date(2024, 9, 23), date(2024, 9, 20)) == 3
    assert term_days.days_left(date(2024, 9, 23), date(2024, 9, 23)) == 0
    assert term_days.days_left(date(2024, 9, 23), date(2024, 9, 30)) == -7


def test_state_windows() -> None:
    today = date(2026, 1, 5)
    assert term_days.deadline_state(today - timedelta(days=1), today, 14) == DeadlineState.OVERDUE
    assert term_days.deadline_state(today, today, 14) == DeadlineState.DUE_SOON
    assert term_days.deadline_state(today + timedelta(days=14), today, 14) == DeadlineState.DUE_SOON
    assert term_days.deadline_state(today + timedelta(days=15), today, 14) == DeadlineState.OPEN


def _advice(**kw: object) -> Advice:
    values: dict[str, object] = {"kind": AdviceKind.GEVRAAGD, "title": "Test", "id": 1}
    values.update(kw)
    return Advice(**values)  # type: ignore[arg-type]


def test_advice_term_default_after_receipt_and_requested_date_taken_as_written() -> None:
    settings = Settings()
    received = date(2024, 11, 16)
    assert dl.original_advice_due(_advice(request_received=received), settings) == date(
        2024, 12, 30
    )
    # A date the college names itself is not shifted, even on a Saturday.
    assert dl.original_advice_due(
        _advice(request_received=received, requested_deadline=date(2024, 12, 28)), settings
    ) == date(2024, 12, 28)
    assert dl.original_advice_due(_advice(kind=AdviceKind.ONGEVRAAGD), settings) is None


def test_terms_are_settings() -> None:
    eight = Settings(reply_term_weeks=8, advice_term_weeks=4)
    sent = _advice(kind=AdviceKind.ONGEVRAAGD, sent_date=date(2024, 8, 12))
    assert dl.original_reply_due(sent, eight) == date(2024, 10, 7)
    asked = _advice(request_received=date(2024, 8, 12))
    assert dl.original_advice_due(asked, eight) == date(2024, 9, 9)


def test_signal_has_no_reply_term() -> None:
    signal = _advice(kind=AdviceKind.SIGNAAL, sent_date=date(2024, 6, 3))
    assert dl.original_reply_due(signal, Settings()) is None


def test_extension_replaces_due_but_keeps_original() -> None:
    advice = _advice(kind=AdviceKind.ONGEVRAAGD, sent_date=date(2024, 8, 12))
    ext = Extension(
        advice_id=1,
        term=TermKind.REPLY,
        new_date=date(2024, 10, 7),
        reason="Overleg met Dimence",
        agreed_by="voorzitter",
        id=5,
        previous_date=date(2024, 9, 23),
    )
    term = dl.reply_term(advice, Settings(), [ext])
    assert term is not None
    assert term.original == date(2024, 9, 23)
    assert term.due == date(2024, 10, 7)
    assert term.extended
    later = Extension(
        advice_id=1,
        term=TermKind.REPLY,
        new_date=date(2024, 11, 1),
        reason="Nogmaals",
        agreed_by="voorzitter",
        id=6,
    )
    assert dl.reply_term(advice, Settings(), [ext, later]).due == date(2024, 11, 1)  # type: ignore[union-attr]
    advice_ext = Extension(
        advice_id=1, term=TermKind.ADVICE, new_date=date(2025, 1, 1), reason="x", agreed_by="y"
    )
    assert dl.reply_term(advice, Settings(), [advice_ext]).due == date(2024, 9, 23)  # type: ignore[union-attr]


def test_derive_for_the_real_case() -> None:
    advice = _advice(
        kind=AdviceKind.ONGEVRAAGD,
        sent_date=date(2024, 8, 12),
        recommendations=renumber(["a", "b"]),
    )
    reply = Reply(
        advice_id=1,
        date=date(2024, 11, 5),
        outcomes=(
            RecommendationOutcome(1, Outcome.OVERGENOMEN),
            RecommendationOutcome(2, Outcome.OVERGENOMEN),
        ),
    )
    derived = derive(advice, reply, [], Settings())
    assert derived.reply_due == date(2024, 9, 23)
    assert derived.reply_days_late == 43
    assert derived.outcome == Outcome.OVERGENOMEN
    assert derived.next_due is None


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.integers(1, 52))
def test_term_end_is_a_working_day_within_a_few_days(start: date, weeks: int) -> None:
    plain = start + timedelta(weeks=weeks)
    shifted = dl.term_end(start, weeks)
    assert not dl.is_non_working_day(shifted)
    # At most Wed 25 Dec, Thu 26 Dec, Fri 27 Dec (equated), Sat, Sun: five days.
    assert plain <= shifted <= plain + timedelta(days=5)
    # Nothing between the plain end and the shifted end is a working day.
    day = plain
    while day < shifted:
        assert dl.is_non_working_day(day)
        day += timedelta(days=1)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)), st.integers(-400, 400))
def test_days_left_and_late_agree(due: date, offset: int) -> None:
    today = due + timedelta(days=offset)
    assert term_days.days_left(due, today) == -offset
    assert term_days.days_late(due, today) == max(0, offset)
