"""domain/meetings.py: the rules of meetings: a time as HH:MM, the postlijst window from the
previous meeting (or six weeks back), numbering in date order, the actielijst (open actions
carried, closed ones reported once), the last plenary meeting before a term, series of dates,
and the adoption date from the history."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from adviesraad_app.domain.errors import FieldError, ValidationError
from adviesraad_app.domain.history import HistoryEntry
from adviesraad_app.domain.meetings import (
    FIRST_WINDOW_DAYS,
    Action,
    ActionStatus,
    Meeting,
    MeetingKind,
    PostKind,
    adopted_date,
    carried_actions,
    last_meeting_before,
    number_post,
    parse_time,
    postlijst_window,
    series_dates,
)

JAN = Meeting(date=date(2026, 1, 12), id=1)
FEB = Meeting(date=date(2026, 2, 9), id=2)
FEB_WORKING = Meeting(date=date(2026, 2, 16), id=3, kind=MeetingKind.WERKGROEP)
MAR = Meeting(date=date(2026, 3, 9), id=4)
ALL = [MAR, JAN, FEB_WORKING, FEB]


def test_times() -> None:
    assert parse_time("19:30") == "19:30"
    assert parse_time(" 9.05 ") == "09:05"
    with pytest.raises(FieldError, match="‘half acht’ is geen tijd; schrijf bijvoorbeeld 19:30"):
        parse_time("half acht")
    with pytest.raises(ValidationError):
        Meeting(date=date(2026, 1, 12), time="25:00")


def test_the_postlijst_window_and_its_numbers() -> None:
    assert postlijst_window(ALL, MAR) == (FEB_WORKING.date, MAR.date)
    assert postlijst_window(ALL, JAN) == (
        date.fromordinal(JAN.date.toordinal() - FIRST_WINDOW_DAYS),
        JAN.date,
    )
    post = number_post(
        [
            (date(2026, 3, 2), PostKind.BRIEF, "Brief", None, ""),
            (date(2026, 2, 20), PostKind.REACTIE, "Reactie", 7, "2026-03"),
            (date(2026, 2, 20), PostKind.ADVIESAANVRAAG, "Aanvraag", 8, "2026-04"),
        ]
    )
    assert [(e.number, e.subject) for e in post] == [(1, "Aanvraag"), (2, "Reactie"), (3, "Brief")]


def test_the_actielijst_carries_open_actions_and_reports_closed_ones_once() -> None:
    still_open = Action(1, "Open sinds januari", id=10)
    closed_late = Action(
        1, "Gedaan na februari", status=ActionStatus.GEDAAN, status_date=date(2026, 2, 20), id=11
    )
    closed_early = Action(
        1, "Gedaan voor februari", status=ActionStatus.GEDAAN, status_date=date(2026, 2, 1), id=12
    )
    own = Action(4, "Van deze vergadering", id=13)
    later = Action(5, "Van later", id=14)
    shown = carried_actions(
        [own, closed_early, closed_late, still_open, later],
        [*ALL, Meeting(date(2026, 4, 13), id=5)],
        MAR,
    )
    assert [a.id for a in shown] == [10, 11]


def test_the_last_plenary_meeting_before_a_term() -> None:
    assert last_meeting_before(ALL, date(2026, 2, 20)) == FEB  # not the working group
    assert last_meeting_before(ALL, date(2026, 3, 9)) == MAR  # on the day itself
    assert last_meeting_before(ALL, date(2026, 1, 1)) is None
    assert last_meeting_before(ALL, None) is None


def test_series_every_few_weeks_or_the_nth_weekday() -> None:
    assert series_dates(date(2026, 1, 5), date(2026, 2, 2), weeks=2) == [
        date(2026, 1, 5),
        date(2026, 1, 19),
        date(2026, 2, 2),
    ]
    # the second Monday of each month, from the second Monday of January
    assert series_dates(date(2026, 1, 12), date(2026, 3, 31), nth_weekday=2) == [
        date(2026, 1, 12),
        date(2026, 2, 9),
        date(2026, 3, 9),
    ]
    with pytest.raises(FieldError, match="Kies een herhaling"):
        series_dates(date(2026, 1, 5), date(2026, 2, 2))


def test_the_adoption_date_is_the_last_recorded() -> None:
    def entry(value: str | None) -> HistoryEntry:
        at = datetime(2026, 3, 9, 21, 0, tzinfo=UTC)
        return HistoryEntry(at, 1, "advice", 1, "updated", "adopted_in", None, value)

    assert adopted_date([]) is None
    assert adopted_date([entry("2026-02-09"), entry("2026-03-09")]) == date(2026, 3, 9)
    assert adopted_date([entry("2026-02-09"), entry(None)]) == date(2026, 2, 9)
