"""Dutch dates: parsing at the edges, formatting for people.

Inside the program a date is always a :class:`datetime.date`. Text from the keyboard, a CSV
file or a letter is turned into one here, with a clear Dutch message when that is impossible.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime

from adviesraad_app.domain.errors import DateParseError
from adviesraad_app.i18n import translate

MONTHS: tuple[str, ...] = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

WEEKDAYS: tuple[str, ...] = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
)

# Full names, common abbreviations ("aug", "sept") and English names seen in exports.
_MONTH_ALIASES: dict[str, int] = {}
for _number, _name in enumerate(MONTHS, start=1):
    _MONTH_ALIASES[_name] = _number
    _MONTH_ALIASES[_name[:3]] = _number
_MONTH_ALIASES.update(
    {
        "mrt": 3,
        "sept": 9,
        "january": 1,
        "february": 2,
        "march": 3,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "october": 10,
        "okt": 10,
    }
)

# The patterns are compiled when first used: the app's start parses no dates (issue 14).


@functools.cache
def _formats() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The weekday in front, and the three ways a date is written: ISO, numeric, in words."""
    weekday = re.compile(
        r"^(?:" + "|".join(WEEKDAYS) + r"|ma|di|wo|do|vr|za|zo)\.?,?\s+", re.IGNORECASE
    )
    iso = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
    numeric = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$")
    words = re.compile(r"^(\d{1,2})(?:e)?\s+([a-z]+)\.?\s+(\d{4})$")
    return weekday, iso, numeric, words


@functools.cache
def date_in_text() -> re.Pattern[str]:
    """A date written inside running text: "uiterlijk 15 januari 2025", 15-01-2025, ISO."""
    return re.compile(
        r"\b(\d{1,2})\s+("
        + "|".join(sorted(_MONTH_ALIASES, key=len, reverse=True))
        + r")\.?\s+(\d{4})\b"
        + r"|\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b"
        + r"|\b(\d{4})-(\d{1,2})-(\d{1,2})\b",
        re.IGNORECASE,
    )


EARLIEST_YEAR = 1900
LATEST_YEAR = 2200


def _build(year: int, month: int, day: int, original: str) -> date:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise DateParseError(
            original,
            translate(
                "Dates", "‘{text}’ ligt te ver in het verleden of de toekomst (jaar {year})."
            ).format(text=original, year=year),
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise DateParseError(
            original,
            translate("Dates", "‘{text}’ bestaat niet als datum.").format(text=original),
        ) from None


def parse_date(text: str) -> date:
    """Parse a date as a Dutch user writes it.

    Accepts ``2024-08-12``, ``12-08-2024``, ``12-8-2024``, ``12/8/2024``, ``12.08.2024``,
    ``12 augustus 2024``, ``12 aug. 2024`` and ``maandag 12 augustus 2024``. Two-digit years
    are 2000–2069 or 1970–1999. Years outside 1900–2200 are refused (a typing error, and no
    deadline could be computed). Raises :class:`DateParseError` with a Dutch message.
    """
    original = text
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        raise DateParseError(original, translate("Dates", "Er is geen datum ingevuld."))
    weekday, iso, numeric, words = _formats()
    cleaned = weekday.sub("", cleaned)
    match = iso.match(cleaned)
    if match:
        return _build(int(match[1]), int(match[2]), int(match[3]), original)
    match = numeric.match(cleaned)
    if match:
        year = int(match[3])
        if len(match[3]) == 2:  # '24 is 2024, '99 is 1999
            year += 2000 if year < 70 else 1900
        return _build(year, int(match[2]), int(match[1]), original)
    match = words.match(cleaned)
    if match:
        month = _MONTH_ALIASES.get(match[2])
        if month is None:
            raise DateParseError(
                original,
                translate("Dates", "‘{month}’ is geen maand (in ‘{text}’).").format(
                    month=match[2], text=original
                ),
            )
        return _build(int(match[3]), month, int(match[1]), original)
    raise DateParseError(
        original,
        translate(
            "Dates",
            "‘{text}’ is geen datum. Schrijf bijvoorbeeld 12-08-2024 of 12 augustus 2024.",
        ).format(text=original),
    )


def parse_optional_date(text: str | None) -> date | None:
    """Like :func:`parse_date`, but empty text means no date."""
    if text is None or not text.strip():
        return None
    return parse_date(text)


def month_number(name: str) -> int | None:
    """``'augustus'``, ``'aug'``, ``'Aug.'`` -> 8; ``None`` for a word that is no month."""
    return _MONTH_ALIASES.get(name.strip().rstrip(".").lower())


def find_dates(text: str) -> list[date]:
    """All valid dates written in running text, in order of appearance."""
    found: list[date] = []
    for match in date_in_text().finditer(text):
        try:
            if match[1]:
                month = _MONTH_ALIASES[match[2].lower()]
                found.append(date(int(match[3]), month, int(match[1])))
            elif match[4]:
                found.append(date(int(match[6]), int(match[5]), int(match[4])))
            else:
                found.append(date(int(match[7]), int(match[8]), int(match[9])))
        except (ValueError, KeyError):
            continue
    return found


def format_long(value: date | None) -> str:
    """``12 augustus 2024``; empty text for no date."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_short(value: date | None) -> str:
    """``12-08-2024``; empty text for no date."""
    if value is None:
        return ""
    return f"{value.day:02d}-{value.month:02d}-{value.year}"


def format_moment(value: datetime | None) -> str:
    """``12-08-2024 14:05`` in local time; empty text for no moment."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo is not None else value
    return f"{format_short(local.date())} {local:%H:%M}"


def format_weekday_long(value: date) -> str:
    """``maandag 12 augustus 2024``."""
    return f"{WEEKDAYS[value.weekday()]} {format_long(value)}"


def to_iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def from_iso(value: str | None) -> date | None:
    """Read a date as stored in the database (ISO); ``None`` stays ``None``."""
    if value is None or value == "":
        return None
    return date.fromisoformat(value)
