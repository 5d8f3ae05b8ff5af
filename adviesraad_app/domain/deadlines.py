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
from enum import StrEnum
from functools import lru_cache

from .model import Advice, AdviceKind, Extension, Settings, TermKind


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


def kings_day(year: int) -> date:
    """27 April, or 26 April when the 27th is a Sunday."""
    day = date(year, 4, 27)
    return day - timedelta(days=1) if day.weekday() == 6 else day


@lru_cache(maxsize=256)
def atw_holidays(year: int) -> frozenset[date]:
    """The generally recognised holidays of the Algemene termijnenwet (art. 3), for one year.

    Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, Koningsdag, 5 mei and
    both Christmas days. (Eerste Paas- and Pinksterdag are Sundays anyway.) Goede Vrijdag is
    deliberately absent: the act does not list it.
    """
    easter = easter_sunday(year)
    return frozenset(
        {
            date(year, 1, 1),
            easter + timedelta(days=1),
            easter + timedelta(days=39),
            easter + timedelta(days=50),
            kings_day(year),
            date(year, 5, 5),
            date(year, 12, 25),
            date(year, 12, 26),
        }
    )


def is_non_working_day(day: date) -> bool:
    return day.weekday() >= 5 or day in atw_holidays(day.year)


def next_working_day(day: date) -> date:
    """``day`` itself when it is a working day, else the next day that is one."""
    while is_non_working_day(day):
        day += timedelta(days=1)
    return day


def term_end(start: date, weeks: int, apply_termijnenwet: bool = True) -> date:
    """End of a term of ``weeks`` weeks counted from ``start``."""
    end = start + timedelta(weeks=weeks)
    return next_working_day(end) if apply_termijnenwet else end


def latest_extension(extensions: Iterable[Extension], term: TermKind) -> Extension | None:
    """The extension in force for a term: the one with the latest new date."""
    relevant = [e for e in extensions if e.term == term and e.deleted_at is None]
    if not relevant:
        return None
    return max(relevant, key=lambda e: (e.new_date, e.id or 0))


def original_advice_due(advice: Advice, settings: Settings) -> date | None:
    """The council's deadline before any extension (solicited advice only)."""
    if advice.kind != AdviceKind.GEVRAAGD:
        return None
    if advice.requested_deadline is not None:
        return advice.requested_deadline
    if advice.request_received is not None:
        weeks = advice.advice_term_weeks or settings.advice_term_weeks
        return term_end(advice.request_received, weeks, settings.apply_termijnenwet)
    return None


def original_reply_due(advice: Advice, settings: Settings) -> date | None:
    """The college's deadline before any extension."""
    if advice.kind == AdviceKind.SIGNAAL or advice.sent_date is None:
        return None
    weeks = advice.reply_term_weeks or settings.reply_term_weeks
    return term_end(advice.sent_date, weeks, settings.apply_termijnenwet)


@dataclass(frozen=True, slots=True)
class Term:
    """A deadline with its history: the original date and the extension in force, if any."""

    kind: TermKind
    original: date
    extension: Extension | None = None

    @property
    def due(self) -> date:
        return self.extension.new_date if self.extension is not None else self.original

    @property
    def extended(self) -> bool:
        return self.extension is not None


def advice_term(advice: Advice, settings: Settings, extensions: Iterable[Extension]) -> Term | None:
    original = original_advice_due(advice, settings)
    if original is None:
        return None
    return Term(TermKind.ADVICE, original, latest_extension(extensions, TermKind.ADVICE))


def reply_term(advice: Advice, settings: Settings, extensions: Iterable[Extension]) -> Term | None:
    original = original_reply_due(advice, settings)
    if original is None:
        return None
    return Term(TermKind.REPLY, original, latest_extension(extensions, TermKind.REPLY))


def days_left(due: date, today: date) -> int:
    """Days until ``due``: 0 on the day itself, negative when late."""
    return (due - today).days


def days_late(due: date, done: date) -> int:
    """How many days after ``due`` something happened (0 when on time)."""
    return max(0, (done - due).days)


class DeadlineType(StrEnum):
    ADVICE_DUE = "advice_due"
    REPLY_DUE = "reply_due"
    COMMITMENT_DUE = "commitment_due"


class DeadlineState(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OPEN = "open"


def deadline_state(due: date, today: date, due_soon_days: int) -> DeadlineState:
    left = days_left(due, today)
    if left < 0:
        return DeadlineState.OVERDUE
    if left <= due_soon_days:
        return DeadlineState.DUE_SOON
    return DeadlineState.OPEN


@dataclass(frozen=True, slots=True)
class DeadlineItem:
    """One open deadline, as the dashboard and ``adviesraad deadlines`` show it."""

    advice_id: int
    number: str
    title: str
    type: DeadlineType
    due_date: date
    days_left: int
    state: DeadlineState
    commitment_id: int | None = None
    original_date: date | None = None  # set when an extension moved the deadline
    detail: str = ""  # e.g. the commitment's text
    confidential: bool = False

    @property
    def extended(self) -> bool:
        return self.original_date is not None and self.original_date != self.due_date


def sort_key(item: DeadlineItem) -> tuple[date, int, str]:
    return (
        item.due_date,
        {"advice_due": 0, "reply_due": 1, "commitment_due": 2}[item.type],
        item.number,
    )
