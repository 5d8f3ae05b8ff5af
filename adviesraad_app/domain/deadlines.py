"""Deadline rules: the council's advice term and the college's reply term.

Rules (see DOMAIN.md):

* A term in weeks counts from the day of the event: an advice dated Monday 12 August 2024
  with a 6-week reply term is due Monday 23 September 2024.
* Under the Algemene termijnenwet a *term* that ends on a Saturday, Sunday or a generally
  recognised holiday ends on the next day that is none of these. The shift applies to terms
  counted in weeks; a date the college names itself ("uiterlijk 15 januari") or a date agreed
  in an extension is a date, not a term, and is taken as written.
* An extension (verdaging) replaces the deadline with its new date; the original stays known.
* The length of a term is the one recorded on the advice when the term started
  (``Advice.advice_term_weeks`` / ``reply_term_weeks``); before that, the settings' length.
* A signal (signaal) is not a formal advice: no reply term runs for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.settings import Settings
from adviesraad_app.i18n import translate

if TYPE_CHECKING:
    # Loaded where a term is worked out: the register's first screen reads the deadlines
    # cached with each advice and needs none of these (issue 14, start-up).
    from adviesraad_app.domain.extensions import Extension, TermKind
    from adviesraad_app.domain.holidays import Holiday, OwnDay


@dataclass(frozen=True, slots=True)
class Shift:
    """Where a term ends: its raw end (start plus the term) and, under the Atw, the first
    working day from there, with the reasons why the days in between do not count."""

    raw: date
    due: date
    reasons: tuple[str, ...] = ()
    provisional: bool = False  # a day that moved it is an estimate (no decree yet)

    @property
    def moved(self) -> bool:
        return self.due != self.raw


class Calendar:
    """Non-working days: weekends, the Atw's holidays and the council's own days."""

    def __init__(self, own_days: Iterable[OwnDay] = ()) -> None:
        self.own_days = tuple(own_days)
        self._years: dict[int, dict[date, Holiday]] = {}

    def holiday(self, day: date) -> Holiday | None:
        """The holiday (of any source) on ``day``, if any; weekends are not holidays."""
        year = self._years.get(day.year)
        if year is None:
            from adviesraad_app.domain.holidays import holidays

            year = {h.date: h for h in holidays(day.year, self.own_days)}
            self._years[day.year] = year
        return year.get(day)

    def is_non_working_day(self, day: date) -> bool:
        return day.weekday() >= 5 or self.holiday(day) is not None

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the next day that is one."""
        return self.shift(day).due

    def shift(self, raw: date) -> Shift:
        """The first working day from ``raw``, with the names of the days skipped: a weekend
        once as "weekend", a holiday by its name ("(voorlopig)" when estimated)."""
        reasons: list[str] = []
        provisional = False
        day = raw
        while True:
            if day.weekday() >= 5:
                weekend = translate("Holidays", "weekend")
                if not reasons or reasons[-1] != weekend:
                    reasons.append(weekend)
            else:
                holiday = self.holiday(day)
                if holiday is None:
                    break
                reasons.append(holiday.label)
                provisional = provisional or holiday.provisional
            day += timedelta(days=1)
        return Shift(raw, day, tuple(reasons), provisional)


@lru_cache(maxsize=64)
def calendar_for(own_days: tuple[OwnDay, ...] = ()) -> Calendar:
    return Calendar(own_days)


def is_non_working_day(day: date, own_days: tuple[OwnDay, ...] = ()) -> bool:
    return calendar_for(own_days).is_non_working_day(day)


def next_working_day(day: date, own_days: tuple[OwnDay, ...] = ()) -> date:
    """``day`` itself when it is a working day, else the next day that is one."""
    return calendar_for(own_days).next_working_day(day)


def term_shift(
    start: date, weeks: int, apply_termijnenwet: bool = True, own_days: tuple[OwnDay, ...] = ()
) -> Shift:
    """End of a term of ``weeks`` weeks counted from ``start``, with its explanation."""
    end = start + timedelta(weeks=weeks)
    if not apply_termijnenwet:
        return Shift(end, end)
    return calendar_for(own_days).shift(end)


def term_end(
    start: date, weeks: int, apply_termijnenwet: bool = True, own_days: tuple[OwnDay, ...] = ()
) -> date:
    """End of a term of ``weeks`` weeks counted from ``start``."""
    return term_shift(start, weeks, apply_termijnenwet, own_days).due


def latest_extension(extensions: Iterable[Extension], term: TermKind) -> Extension | None:
    """The extension in force for a term: the one with the latest new date."""
    relevant = [e for e in extensions if e.term == term and e.deleted_at is None]
    if not relevant:
        return None
    return max(relevant, key=lambda e: (e.new_date, e.id or 0))


def original_advice_shift(advice: Advice, settings: Settings) -> Shift | None:
    """The council's deadline before any extension (solicited advice only), with how the Atw
    moved it. A date the college asked for is a date, not a term: taken as written."""
    if advice.kind != AdviceKind.GEVRAAGD:
        return None
    if advice.requested_deadline is not None:
        return Shift(advice.requested_deadline, advice.requested_deadline)
    if advice.request_received is not None:
        weeks = advice.advice_term_weeks or settings.advice_term_weeks
        return term_shift(
            advice.request_received, weeks, settings.apply_termijnenwet, settings.own_days
        )
    return None


def original_reply_shift(advice: Advice, settings: Settings) -> Shift | None:
    """The college's deadline before any extension, with how the Atw moved it."""
    if advice.kind == AdviceKind.SIGNAAL or advice.sent_date is None:
        return None
    weeks = advice.reply_term_weeks or settings.reply_term_weeks
    return term_shift(advice.sent_date, weeks, settings.apply_termijnenwet, settings.own_days)


def original_advice_due(advice: Advice, settings: Settings) -> date | None:
    """The council's deadline before any extension (solicited advice only)."""
    shift = original_advice_shift(advice, settings)
    return shift.due if shift is not None else None


def original_reply_due(advice: Advice, settings: Settings) -> date | None:
    """The college's deadline before any extension."""
    shift = original_reply_shift(advice, settings)
    return shift.due if shift is not None else None


@dataclass(frozen=True, slots=True)
class Term:
    """A deadline with its history: the original date and the extension in force, if any."""

    kind: TermKind
    original: date
    extension: Extension | None = None
    shift: Shift | None = None  # how the Atw moved the original date

    @property
    def due(self) -> date:
        return self.extension.new_date if self.extension is not None else self.original

    @property
    def extended(self) -> bool:
        return self.extension is not None

    @property
    def shifted_from(self) -> date | None:
        """The raw date when the Atw moved the date in force (an extension's date is a date
        as agreed, never moved)."""
        if self.extension is not None or self.shift is None or not self.shift.moved:
            return None
        return self.shift.raw

    @property
    def shift_reasons(self) -> tuple[str, ...]:
        return self.shift.reasons if self.shifted_from is not None and self.shift else ()


def advice_term(advice: Advice, settings: Settings, extensions: Iterable[Extension]) -> Term | None:
    from adviesraad_app.domain.extensions import TermKind

    shift = original_advice_shift(advice, settings)
    if shift is None:
        return None
    return Term(TermKind.ADVICE, shift.due, latest_extension(extensions, TermKind.ADVICE), shift)


def reply_term(advice: Advice, settings: Settings, extensions: Iterable[Extension]) -> Term | None:
    from adviesraad_app.domain.extensions import TermKind

    shift = original_reply_shift(advice, settings)
    if shift is None:
        return None
    return Term(TermKind.REPLY, shift.due, latest_extension(extensions, TermKind.REPLY), shift)
