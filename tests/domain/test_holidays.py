"""Non-working days of the Algemene termijnenwet, hand-computed from the law and the decrees.

Easter Sundays used (from a calendar, not from the code): 23 March 2008, 31 March 2013,
20 April 2014, 20 April 2025, 5 April 2026, 28 March 2027, 16 April 2028, 1 April 2029,
21 April 2030.
"""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adviesraad_app.domain import deadlines as dl
from adviesraad_app.domain import holidays as hd
from adviesraad_app.domain.holidays import HolidaySource, OwnDay

WET, BESLUIT, VOORLOPIG, EIGEN = (
    HolidaySource.WET,
    HolidaySource.BESLUIT,
    HolidaySource.VOORLOPIG,
    HolidaySource.EIGEN,
)


def _table(year: int, own: tuple[OwnDay, ...] = ()) -> list[tuple[date, str, str]]:
    return [(h.date, h.name, h.source.value) for h in hd.holidays(year, own)]


def test_2008_koninginnedag_and_a_provisional_friday_after_hemelvaart() -> None:
    assert _table(2008) == [
        (date(2008, 1, 1), "Nieuwjaarsdag", "wet"),
        (date(2008, 3, 21), "Goede Vrijdag", "wet"),
        (date(2008, 3, 24), "tweede Paasdag", "wet"),
        (date(2008, 4, 30), "Koninginnedag", "wet"),
        (date(2008, 5, 1), "Hemelvaartsdag", "wet"),
        (date(2008, 5, 2), "vrijdag na Hemelvaartsdag", "voorlopig"),
        (date(2008, 5, 5), "Bevrijdingsdag (5 mei)", "wet"),
        (date(2008, 5, 12), "tweede Pinksterdag", "wet"),
        (date(2008, 12, 25), "eerste Kerstdag", "wet"),
        (date(2008, 12, 26), "tweede Kerstdag", "wet"),
    ]


def test_2013_koninginnedag_30_april_and_fridays_after_thursdays() -> None:
    days = {h.date: h for h in hd.holidays(2013)}
    assert days[date(2013, 4, 30)].name == "Koninginnedag"
    assert date(2013, 4, 27) not in days
    assert days[date(2013, 3, 29)].name == "Goede Vrijdag"
    # Hemelvaartsdag Thursday 9 May, tweede Kerstdag Thursday 26 December.
    provisional = [h.date for h in days.values() if h.source == VOORLOPIG]
    assert provisional == [date(2013, 5, 10), date(2013, 12, 27)]


def test_koninginnedag_moves_to_29_april_when_the_30th_is_a_sunday() -> None:
    assert hd.kings_day(2006) == date(2006, 4, 29)  # 30 April 2006 was a Sunday
    assert hd.kings_day(2012) == date(2012, 4, 30)  # a Monday


def test_2014_koningsdag_26_april_because_27_is_a_sunday() -> None:
    days = {h.date: h for h in hd.holidays(2014)}
    assert days[date(2014, 4, 26)].name == "Koningsdag"
    assert date(2014, 4, 27) not in days and date(2014, 4, 30) not in days
    assert days[date(2014, 4, 18)].name == "Goede Vrijdag"
    assert [h.date for h in days.values() if h.source == VOORLOPIG] == [date(2014, 5, 30)]


def test_2025_by_law_and_by_the_2023_decree() -> None:
    assert _table(2025) == [
        (date(2025, 1, 1), "Nieuwjaarsdag", "wet"),
        (date(2025, 4, 18), "Goede Vrijdag", "wet"),
        (date(2025, 4, 21), "tweede Paasdag", "wet"),
        (date(2025, 4, 26), "Koningsdag", "wet"),
        (date(2025, 5, 5), "Bevrijdingsdag (5 mei)", "wet"),
        (date(2025, 5, 29), "Hemelvaartsdag", "wet"),
        (date(2025, 5, 30), "vrijdag na Hemelvaartsdag", "besluit"),
        (date(2025, 6, 9), "tweede Pinksterdag", "wet"),
        (date(2025, 12, 25), "eerste Kerstdag", "wet"),
        (date(2025, 12, 26), "tweede Kerstdag", "wet"),
    ]
    decreed = [h for h in hd.holidays(2025) if h.source == BESLUIT]
    assert decreed[0].decree.startswith("Besluit gelijkstelling van 28 april 2023")


def test_2024_decree_days() -> None:
    decreed = [(h.date, h.name) for h in hd.holidays(2024) if h.source == BESLUIT]
    assert decreed == [
        (date(2024, 5, 10), "vrijdag na Hemelvaartsdag"),
        (date(2024, 12, 27), "vrijdag na tweede Kerstdag"),
    ]


def test_2026_decree_days_and_an_ordinary_monday() -> None:
    days = {h.date: h for h in hd.holidays(2026)}
    assert days[date(2026, 1, 2)].source == BESLUIT
    assert days[date(2026, 1, 2)].name == "vrijdag na Nieuwjaarsdag"
    assert days[date(2026, 5, 15)].source == BESLUIT
    assert days[date(2026, 4, 3)].name == "Goede Vrijdag"
    assert days[date(2026, 4, 27)].name == "Koningsdag"
    assert date(2026, 5, 4) not in days  # Monday before Tuesday 5 May: ordinary
    assert not any(h.source == VOORLOPIG for h in days.values())


def test_2027_decree_and_26_april_is_ordinary() -> None:
    days = {h.date: h for h in hd.holidays(2027)}
    assert days[date(2027, 5, 7)].source == BESLUIT
    assert days[date(2027, 4, 27)].name == "Koningsdag"  # a Tuesday
    assert date(2027, 4, 26) not in days
    assert days[date(2027, 3, 26)].name == "Goede Vrijdag"
    assert [h.date for h in days.values() if h.source == BESLUIT] == [date(2027, 5, 7)]


def test_2028_decree_days() -> None:
    assert [h.date for h in hd.holidays(2028) if h.source == BESLUIT] == [
        date(2028, 4, 28),
        date(2028, 5, 26),
    ]


def test_2029_past_the_last_decree_is_provisional() -> None:
    days = {h.date: h for h in hd.holidays(2029)}
    assert [(d, h.name) for d, h in days.items() if h.source == VOORLOPIG] == [
        (date(2029, 5, 11), "vrijdag na Hemelvaartsdag")
    ]
    assert days[date(2029, 5, 11)].label == "vrijdag na Hemelvaartsdag (voorlopig)"
    assert not any(h.source == BESLUIT for h in days.values())
    assert days[date(2029, 3, 30)].source == WET  # Goede Vrijdag


def test_2030_provisional_friday_after_a_thursday_tweede_kerstdag() -> None:
    assert [h.date for h in hd.holidays(2030) if h.source == VOORLOPIG] == [
        date(2030, 5, 31),
        date(2030, 12, 27),
    ]


def test_the_pattern_reproduces_every_known_decree() -> None:
    for decree in hd.DECREES:
        estimated = [d for year in decree.years for d in hd.pattern_days(year)]
        assert estimated == sorted(decree.days)


def test_own_days_count_once_and_keep_their_name() -> None:
    own = (
        OwnDay(date(2025, 4, 22), "Sluitingsdag gemeentehuis"),
        OwnDay(date(2025, 4, 26), "dubbel met Koningsdag"),
        OwnDay(date(2026, 1, 5), "ander jaar"),
    )
    table = _table(2025, own)
    assert (date(2025, 4, 22), "Sluitingsdag gemeentehuis", "eigen") in table
    assert (date(2025, 4, 26), "Koningsdag", "wet") in table
    assert len(table) == 11
    assert dl.is_non_working_day(date(2025, 4, 22), own)
    assert not dl.is_non_working_day(date(2025, 4, 22))


def test_good_friday_18_april_2025_runs_to_tuesday_22_april() -> None:
    shift = dl.term_shift(date(2025, 3, 7), 6)
    assert shift.raw == date(2025, 4, 18)
    assert shift.due == date(2025, 4, 22)
    assert shift.reasons == ("Goede Vrijdag", "weekend", "tweede Paasdag")
    assert shift.moved and not shift.provisional


def test_an_own_day_moves_a_term_further() -> None:
    own = (OwnDay(date(2025, 4, 22), "Sluitingsdag"),)
    shift = dl.term_shift(date(2025, 3, 7), 6, own_days=own)
    assert shift.due == date(2025, 4, 23)
    assert shift.reasons == ("Goede Vrijdag", "weekend", "tweede Paasdag", "Sluitingsdag")


def test_a_provisional_day_says_so() -> None:
    # Thursday 10 May 2029 (Hemelvaartsdag) + provisional Friday + weekend -> Monday 14 May.
    shift = dl.term_shift(date(2029, 3, 29), 6)
    assert shift.raw == date(2029, 5, 10)
    assert shift.due == date(2029, 5, 14)
    assert shift.reasons == (
        "Hemelvaartsdag",
        "vrijdag na Hemelvaartsdag (voorlopig)",
        "weekend",
    )
    assert shift.provisional


def test_no_shift_on_a_working_day_or_when_switched_off() -> None:
    shift = dl.term_shift(date(2024, 8, 12), 6)
    assert (shift.raw, shift.due, shift.reasons, shift.moved) == (
        date(2024, 9, 23),
        date(2024, 9, 23),
        (),
        False,
    )
    off = dl.term_shift(date(2025, 3, 7), 6, apply_termijnenwet=False)
    assert (off.due, off.reasons) == (date(2025, 4, 18), ())


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        (date(2008, 5, 1), date(2008, 5, 6)),  # Thu Hemelvaart, Fri, weekend, Mon 5 May -> Tue 6
        (date(2013, 4, 30), date(2013, 5, 1)),  # Koninginnedag -> Wednesday
        (date(2014, 4, 26), date(2014, 4, 28)),  # Koningsdag on Saturday -> Monday
        (date(2026, 5, 4), date(2026, 5, 4)),  # Monday 4 May 2026 is a working day
        (date(2026, 5, 5), date(2026, 5, 6)),  # Bevrijdingsdag -> Wednesday
        (date(2027, 4, 26), date(2027, 4, 26)),  # Monday 26 April 2027 is a working day
        (date(2027, 5, 6), date(2027, 5, 10)),  # Hemelvaart, Fri 7 May (decree), weekend
        (date(2024, 12, 25), date(2024, 12, 30)),  # Christmas, Fri 27 Dec (decree), weekend
        (date(2025, 12, 31), date(2025, 12, 31)),  # Wednesday: no shift
        (date(2026, 1, 1), date(2026, 1, 5)),  # Nieuwjaarsdag, Fri 2 Jan (decree), weekend
        (date(2028, 4, 27), date(2028, 5, 1)),  # Koningsdag Thu, Fri 28 April (decree), weekend
    ],
)
def test_next_working_day_hand_computed(raw: date, due: date) -> None:
    assert dl.next_working_day(raw) == due


@given(st.integers(1583, 4099))
def test_easter_is_a_sunday_in_spring(year: int) -> None:
    easter = hd.easter_sunday(year)
    assert easter.weekday() == 6
    assert date(year, 3, 22) <= easter <= date(year, 4, 25)
    law = {h.date for h in hd.statutory_holidays(year)}
    assert {date(year, 1, 1), date(year, 5, 5), date(year, 12, 25), date(year, 12, 26)} <= law
    assert easter + timedelta(days=1) in law and easter - timedelta(days=2) in law


def test_easter_known_years() -> None:
    assert hd.easter_sunday(2008) == date(2008, 3, 23)
    assert hd.easter_sunday(2024) == date(2024, 3, 31)
    assert hd.easter_sunday(2025) == date(2025, 4, 20)
    assert hd.easter_sunday(2038) == date(2038, 4, 25)


def test_every_year_lists_each_date_once_in_order() -> None:
    for year in range(1990, 2061):
        days = [h.date for h in hd.holidays(year)]
        assert days == sorted(set(days))
        assert all(d.year == year for d in days)
