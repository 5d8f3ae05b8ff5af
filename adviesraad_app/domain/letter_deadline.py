"""Deadlines a request for advice names relative to its own date: "binnen zes weken",
"binnen 30 dagen", "binnen twee maanden". Pure.

The date is computed from the letter's date, the way the register counts terms
(:func:`adviesraad_app.domain.deadlines.term_end`: a week-term counts from the day itself,
and the Algemene termijnenwet moves an end on a weekend or holiday to the next working day
when that setting is on). The result says it was computed, so the letter dialog can show it
as such and the secretary can check it against the letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from adviesraad_app.domain.deadlines import next_working_day, term_end

NUMBER_WORDS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
}
_RELATIVE = re.compile(
    r"\bbinnen\s+(?:een\s+termijn\s+van\s+)?(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+"
    r"(weken|week|dagen|dag|maanden|maand)\b",
    re.IGNORECASE,
)
MAX_WEEKS = 52


@dataclass(frozen=True, slots=True)
class RequestedDeadline:
    """The date by which the college wants the advice, and how the letter put it."""

    due: date
    phrase: str  # the words of the letter: "uiterlijk 15 januari 2025", "binnen zes weken"
    computed: bool = False  # counted from the letter's date, not written as a date


def _add_months(start: date, months: int) -> date:
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    day = start.day
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


def find_relative_deadline(
    sentence: str, letter_date: date | None, apply_termijnenwet: bool = True
) -> RequestedDeadline | None:
    """``binnen zes weken`` in ``sentence``, counted from ``letter_date``; ``None`` without a
    letter date (nothing to count from) or without such a phrase."""
    if letter_date is None:
        return None
    match = _RELATIVE.search(sentence)
    if match is None:
        return None
    word = match[1].lower()
    number = int(word) if word.isdigit() else NUMBER_WORDS[word]
    unit = match[2].lower()
    if number <= 0:
        return None
    if unit.startswith("we"):
        if number > MAX_WEEKS:
            return None
        due = term_end(letter_date, number, apply_termijnenwet)
    elif unit.startswith("d"):
        due = letter_date + timedelta(days=number)
        due = next_working_day(due) if apply_termijnenwet else due
    else:
        due = _add_months(letter_date, number)
        due = next_working_day(due) if apply_termijnenwet else due
    return RequestedDeadline(due, match.group(0), computed=True)
