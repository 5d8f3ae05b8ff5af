"""Non-working days under the Algemene termijnenwet (Atw), by source.

* art. 3 lid 1 (``wet``): Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag,
  both Christmas days, 5 May and the day the King's birthday is celebrated: Koningsdag,
  27 April (26 April when the 27th is a Sunday) since 2014; before 2014 Koninginnedag,
  30 April (29 April when the 30th is a Sunday).
* art. 3 lid 2 (``wet``): Goede Vrijdag is equated with these holidays.
* art. 3 lid 3 (``besluit``): days equated by Royal Decree, published in the Staatscourant,
  usually three years at a time (:data:`DECREES`). For a year no known decree covers, the
  pattern of the recent decrees is applied (the Friday after a holiday that falls on a
  Thursday, which always includes the Friday after Hemelvaartsdag) and those days are
  ``voorlopig``: an estimate, shown as such.
* the council's own non-working days (``eigen``), kept in the settings, count like holidays.

Saturdays and Sundays are non-working days by art. 1 itself; they are not listed here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from adviesraad_app.domain.dates import format_weekday_long
from adviesraad_app.domain.errors import UserError
from adviesraad_app.i18n import translate


class HolidaySource(StrEnum):
    WET = "wet"  # Atw art. 3 lid 1 and 2
    BESLUIT = "besluit"  # art. 3 lid 3, a Royal Decree in force
    VOORLOPIG = "voorlopig"  # estimated from the decrees' pattern: no decree covers the year
    EIGEN = "eigen"  # the council's own non-working day

    @property
    def label(self) -> str:
        return {
            HolidaySource.WET: translate("Holidays", "wet"),
            HolidaySource.BESLUIT: translate("Holidays", "besluit"),
            HolidaySource.VOORLOPIG: translate("Holidays", "voorlopig"),
            HolidaySource.EIGEN: translate("Holidays", "eigen"),
        }[self]


@dataclass(frozen=True, slots=True)
class Holiday:
    """One non-working day other than a weekend day."""

    date: date
    name: str
    source: HolidaySource
    decree: str = ""  # the title of the decree for a ``besluit`` day

    @property
    def provisional(self) -> bool:
        return self.source == HolidaySource.VOORLOPIG

    @property
    def label(self) -> str:
        """The name as a reason in a shift explanation: provisional days say so."""
        if self.provisional:
            return translate("Holidays", "{name} (voorlopig)").format(name=self.name)
        return self.name


@dataclass(frozen=True, slots=True)
class OwnDay:
    """A non-working day of the council's own (a municipal closing day), with its name."""

    date: date
    name: str


@dataclass(frozen=True, slots=True)
class Decree:
    """A Royal Decree under art. 3 lid 3 Atw: the days it equates and the years it covers."""

    title: str
    years: tuple[int, ...]
    days: tuple[date, ...]


# Cited by title. Older decrees are left out: a year they would cover is estimated (voorlopig).
DECREES: tuple[Decree, ...] = (
    Decree(
        title=(
            "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, "
            "27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag"
        ),
        years=(2023, 2024, 2025),
        days=(
            date(2023, 4, 28),
            date(2023, 5, 19),
            date(2024, 5, 10),
            date(2024, 12, 27),
            date(2025, 5, 30),
        ),
    ),
    Decree(
        title=(
            "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, "
            "28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag"
        ),
        years=(2026, 2027, 2028),
        days=(
            date(2026, 1, 2),
            date(2026, 5, 15),
            date(2027, 5, 7),
            date(2028, 4, 28),
            date(2028, 5, 26),
        ),
    ),
)


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


FIRST_KINGS_DAY_YEAR = 2014  # Koningsdag (27 April) replaced Koninginnedag (30 April)


def kings_day(year: int) -> date:
    """The day the monarch's birthday is celebrated (art. 3 lid 1 Atw).

    Since 2014 Koningsdag: 27 April, or 26 April when the 27th is a Sunday. Before 2014
    Koninginnedag: 30 April, or 29 April when the 30th is a Sunday.
    """
    day = date(year, 4, 27) if year >= FIRST_KINGS_DAY_YEAR else date(year, 4, 30)
    return day - timedelta(days=1) if day.weekday() == 6 else day


def _kings_day_name(year: int) -> str:
    if year >= FIRST_KINGS_DAY_YEAR:
        return translate("Holidays", "Koningsdag")
    return translate("Holidays", "Koninginnedag")


@lru_cache(maxsize=512)
def statutory_holidays(year: int) -> tuple[Holiday, ...]:
    """Art. 3 lid 1 and lid 2 Atw for one year, in date order."""
    easter = easter_sunday(year)
    wet = HolidaySource.WET
    days = [
        Holiday(date(year, 1, 1), translate("Holidays", "Nieuwjaarsdag"), wet),
        Holiday(easter - timedelta(days=2), translate("Holidays", "Goede Vrijdag"), wet),
        Holiday(easter + timedelta(days=1), translate("Holidays", "tweede Paasdag"), wet),
        Holiday(kings_day(year), _kings_day_name(year), wet),
        Holiday(date(year, 5, 5), translate("Holidays", "Bevrijdingsdag (5 mei)"), wet),
        Holiday(easter + timedelta(days=39), translate("Holidays", "Hemelvaartsdag"), wet),
        Holiday(easter + timedelta(days=50), translate("Holidays", "tweede Pinksterdag"), wet),
        Holiday(date(year, 12, 25), translate("Holidays", "eerste Kerstdag"), wet),
        Holiday(date(year, 12, 26), translate("Holidays", "tweede Kerstdag"), wet),
    ]
    return tuple(sorted(days, key=lambda h: h.date))


def decree_for(year: int) -> Decree | None:
    """The known decree that covers ``year``, if any."""
    for decree in DECREES:
        if year in decree.years:
            return decree
    return None


def _equated_name(day: date, statutory: dict[date, Holiday]) -> str:
    before = statutory.get(day - timedelta(days=1))
    if before is not None:
        return translate("Holidays", "vrijdag na {holiday}").format(holiday=before.name)
    return translate("Holidays", "gelijkgestelde dag")


def pattern_days(year: int) -> tuple[date, ...]:
    """The days the recent decrees would equate in ``year``: the Friday after every holiday of
    art. 3 lid 1 that falls on a Thursday (always including the Friday after Hemelvaartsdag),
    unless that Friday is a holiday already."""
    statutory = {h.date for h in statutory_holidays(year)}
    fridays = {day + timedelta(days=1) for day in statutory if day.weekday() == 3}
    return tuple(sorted(fridays - statutory))


@lru_cache(maxsize=512)
def decreed_days(year: int) -> tuple[Holiday, ...]:
    """Art. 3 lid 3 Atw for one year: from the decree covering it, else estimated (voorlopig)."""
    statutory = {h.date: h for h in statutory_holidays(year)}
    decree = decree_for(year)
    if decree is not None:
        return tuple(
            Holiday(day, _equated_name(day, statutory), HolidaySource.BESLUIT, decree.title)
            for day in sorted(decree.days)
            if day.year == year
        )
    return tuple(
        Holiday(day, _equated_name(day, statutory), HolidaySource.VOORLOPIG)
        for day in pattern_days(year)
    )


def holidays(year: int, own_days: Iterable[OwnDay] = ()) -> list[Holiday]:
    """Every non-working day of ``year`` other than weekend days, in date order.

    A date with two sources is listed once, by the strongest source (wet, besluit, voorlopig,
    eigen): an own day on Koningsdag adds nothing.
    """
    found: dict[date, Holiday] = {}
    for holiday in (*statutory_holidays(year), *decreed_days(year)):
        found.setdefault(holiday.date, holiday)
    for own in own_days:
        if own.date.year == year:
            found.setdefault(own.date, Holiday(own.date, own.name, HolidaySource.EIGEN))
    return sorted(found.values(), key=lambda h: h.date)


def with_own_day(own_days: Iterable[OwnDay], day: date, name: str) -> tuple[OwnDay, ...]:
    """The own days with one more, in date order. Refused (:class:`UserError`, Dutch) for a
    nameless day, a weekend day, a day that is already a holiday or already an own day."""
    days = tuple(own_days)
    name = " ".join(name.split())
    if not name:
        raise UserError(translate("Holidays", "Geef de vrije dag een naam."))
    when = format_weekday_long(day)
    if day.weekday() >= 5:
        raise UserError(
            translate("Holidays", "{date} valt in het weekend en telt al niet mee.").format(
                date=when
            )
        )
    existing = {h.date: h for h in holidays(day.year, days)}.get(day)
    if existing is not None:
        if existing.source == HolidaySource.EIGEN:
            message = translate("Holidays", "{date} is al een eigen vrije dag: {name}.")
        else:
            message = translate("Holidays", "{date} is al een feestdag: {name}.")
        raise UserError(message.format(date=when, name=existing.name))
    return tuple(sorted((*days, OwnDay(day, name)), key=lambda d: d.date))


def without_own_day(own_days: Iterable[OwnDay], day: date) -> tuple[OwnDay, ...]:
    """The own days without the one on ``day``; refused when there is none on that day."""
    days = tuple(own_days)
    if all(d.date != day for d in days):
        raise UserError(
            translate("Holidays", "{date} is geen eigen vrije dag van de adviesraad.").format(
                date=format_weekday_long(day)
            )
        )
    return tuple(d for d in days if d.date != day)
