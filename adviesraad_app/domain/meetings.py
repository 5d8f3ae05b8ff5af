"""Meetings of the council: the schedule, the agenda, the postlijst and the actielijst.

Pure rules, no SQL: which letters belong on a meeting's postlijst (the window since the
previous meeting), which actions a meeting carries forward, and the last meeting before a
due date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from adviesraad_app.domain.dates import format_long
from adviesraad_app.domain.errors import FieldError, ValidationError
from adviesraad_app.i18n import translate

if TYPE_CHECKING:  # a dossier's history, read when it is asked for
    from adviesraad_app.domain.history import HistoryEntry

# Without a previous meeting, the postlijst reaches back this far (six weeks: the longest
# usual interval between two meetings).
FIRST_WINDOW_DAYS = 42
MAX_ITEM_TEXT = 500
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


class MeetingKind(StrEnum):
    PLENAIR = "plenair"
    WERKGROEP = "werkgroep"

    @property
    def label(self) -> str:
        return {
            MeetingKind.PLENAIR: translate("Meetings", "plenair"),
            MeetingKind.WERKGROEP: translate("Meetings", "werkgroep"),
        }[self]


class Purpose(StrEnum):
    """Why an advice is on the agenda."""

    BESPREKEN = "bespreken"
    VASTSTELLEN = "vaststellen"
    KENNISNEMEN = "kennisnemen"

    @property
    def label(self) -> str:
        return {
            Purpose.BESPREKEN: translate("Meetings", "bespreken"),
            Purpose.VASTSTELLEN: translate("Meetings", "vaststellen"),
            Purpose.KENNISNEMEN: translate("Meetings", "kennisnemen"),
        }[self]


class ItemKind(StrEnum):
    """The kinds of agenda items; the fixed ones are made with every meeting."""

    OPENING = "opening"
    VERSLAG = "verslag"
    POSTLIJST = "postlijst"
    ACTIELIJST = "actielijst"
    ADVIES = "advies"
    VRIJ = "vrij"
    RONDVRAAG = "rondvraag"
    SLUITING = "sluiting"

    @property
    def label(self) -> str:
        return {
            ItemKind.OPENING: translate("Meetings", "Opening en mededelingen"),
            ItemKind.VERSLAG: translate("Meetings", "Verslag vorige vergadering"),
            ItemKind.POSTLIJST: translate("Meetings", "Postlijst"),
            ItemKind.ACTIELIJST: translate("Meetings", "Actielijst"),
            ItemKind.ADVIES: translate("Meetings", "Advies"),
            ItemKind.VRIJ: translate("Meetings", "Agendapunt"),
            ItemKind.RONDVRAAG: translate("Meetings", "Rondvraag"),
            ItemKind.SLUITING: translate("Meetings", "Sluiting"),
        }[self]


# The agenda a new meeting starts with; advices and free items go before the rondvraag.
FIXED_START = (ItemKind.OPENING, ItemKind.VERSLAG, ItemKind.POSTLIJST, ItemKind.ACTIELIJST)
FIXED_END = (ItemKind.RONDVRAAG, ItemKind.SLUITING)


class ActionStatus(StrEnum):
    OPEN = "open"
    GEDAAN = "gedaan"
    VERVALLEN = "vervallen"

    @property
    def label(self) -> str:
        return {
            ActionStatus.OPEN: translate("Meetings", "open"),
            ActionStatus.GEDAAN: translate("Meetings", "gedaan"),
            ActionStatus.VERVALLEN: translate("Meetings", "vervallen"),
        }[self]


class PostKind(StrEnum):
    """What came in: a request for advice, a reply of the college, another letter."""

    ADVIESAANVRAAG = "adviesaanvraag"
    REACTIE = "reactie"
    BRIEF = "brief"

    @property
    def label(self) -> str:
        return {
            PostKind.ADVIESAANVRAAG: translate("Meetings", "adviesaanvraag"),
            PostKind.REACTIE: translate("Meetings", "reactie college"),
            PostKind.BRIEF: translate("Meetings", "brief"),
        }[self]


def parse_time(text: str) -> str:
    """``19:30`` (or ``19.30``, ``9:30``) as ``HH:MM``; anything else is refused."""
    match = _TIME.match(text.strip())
    if match is None:
        raise FieldError(
            "time",
            translate("Meetings", "‘{text}’ is geen tijd; schrijf bijvoorbeeld 19:30.").format(
                text=text
            ),
        )
    return f"{int(match.group(1)):02d}:{match.group(2)}"


@dataclass(frozen=True)
class Meeting:
    """A meeting of the council: its date, time, place and kind."""

    date: date
    time: str = ""
    place: str = ""
    kind: MeetingKind = MeetingKind.PLENAIR
    id: int | None = None

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        if self.time:
            try:
                if parse_time(self.time) != self.time:
                    raise FieldError("time", "")
            except FieldError:
                errors.append(
                    FieldError(
                        "time",
                        translate(
                            "Meetings", "‘{text}’ is geen tijd; schrijf bijvoorbeeld 19:30."
                        ).format(text=self.time),
                    )
                )
        if len(self.place) > MAX_ITEM_TEXT:
            errors.append(FieldError("place", translate("Meetings", "De plaats is te lang.")))
        if errors:
            raise ValidationError(errors)

    @property
    def title(self) -> str:
        """``vergadering van 9 maart 2026`` style heading text."""
        return translate("Meetings", "Vergadering van {date}").format(date=format_long(self.date))


@dataclass(frozen=True)
class AgendaItem:
    """A line of a meeting's agenda, maybe about an advice (and what the meeting does with
    it)."""

    meeting_id: int
    position: int
    kind: ItemKind
    text: str = ""
    advice_id: int | None = None
    purpose: Purpose | None = None
    adopted: bool = False
    id: int | None = None


@dataclass(frozen=True)
class Action:
    """Something agreed at a meeting for someone to do, with its due date and status."""

    meeting_id: int
    text: str
    who: str = ""
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    status_date: date | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        if not self.text.strip():
            errors.append(FieldError("text", translate("Meetings", "Vul de actie in.")))
        elif len(self.text) > MAX_ITEM_TEXT:
            errors.append(FieldError("text", translate("Meetings", "De actie is te lang.")))
        if len(self.who) > MAX_ITEM_TEXT:
            errors.append(FieldError("who", translate("Meetings", "De naam is te lang.")))
        if errors:
            raise ValidationError(errors)


@dataclass(frozen=True)
class PostEntry:
    """One numbered line of a postlijst."""

    number: int
    date: date
    kind: PostKind
    subject: str
    advice_id: int | None
    advice_number: str


def previous_meeting(meetings: Iterable[Meeting], meeting: Meeting) -> Meeting | None:
    """The meeting before ``meeting`` (by date, then id), or ``None``."""
    key = (meeting.date, meeting.id or 0)
    earlier = [m for m in meetings if (m.date, m.id or 0) < key]
    return max(earlier, key=lambda m: (m.date, m.id or 0), default=None)


def postlijst_window(meetings: Iterable[Meeting], meeting: Meeting) -> tuple[date, date]:
    """The letters of a meeting's postlijst are dated in ``(start, end]``: after the previous
    meeting, up to and including this meeting's day. Each letter is therefore on exactly one
    postlijst. Without a previous meeting the window reaches back :data:`FIRST_WINDOW_DAYS`."""
    before = previous_meeting(meetings, meeting)
    start = before.date if before else meeting.date - timedelta(days=FIRST_WINDOW_DAYS)
    return start, meeting.date


def number_post(entries: Sequence[tuple[date, PostKind, str, int | None, str]]) -> list[PostEntry]:
    """The postlijst in date order, numbered from 1."""
    order = sorted(entries, key=lambda e: (e[0], list(PostKind).index(e[1]), e[4], e[2]))
    return [
        PostEntry(number=i, date=d, kind=k, subject=s, advice_id=a, advice_number=n)
        for i, (d, k, s, a, n) in enumerate(order, start=1)
    ]


def carried_actions(
    actions: Iterable[Action], meetings: Sequence[Meeting], meeting: Meeting
) -> list[Action]:
    """The actielijst of ``meeting``: actions made in earlier meetings that are still open,
    and those closed since the previous meeting (reported once more, then dropped)."""
    dates = {m.id: m.date for m in meetings}
    before = previous_meeting(meetings, meeting)
    shown: list[Action] = []
    for action in actions:
        made = dates.get(action.meeting_id)
        if made is None or action.meeting_id == meeting.id or made > meeting.date:
            continue
        if made == meeting.date and (action.meeting_id or 0) > (meeting.id or 0):
            continue
        closed_on = action.status_date if action.status != ActionStatus.OPEN else None
        if closed_on is None or before is None or closed_on > before.date:
            shown.append(action)
    return sorted(shown, key=lambda a: (dates[a.meeting_id], a.id or 0))


def last_meeting_before(meetings: Iterable[Meeting], due: date | None) -> Meeting | None:
    """The last meeting on or before ``due`` (where an advice can still be adopted)."""
    if due is None:
        return None
    return max(
        (m for m in meetings if m.date <= due and m.kind == MeetingKind.PLENAIR),
        key=lambda m: (m.date, m.id or 0),
        default=None,
    )


def series_dates(start: date, until: date, *, weeks: int = 0, nth_weekday: int = 0) -> list[date]:
    """Dates of a series from ``start`` to ``until``: every ``weeks`` weeks, or (with
    ``nth_weekday`` 1 to 4) the n-th of ``start``'s weekday in every month."""
    if weeks < 0 or not (0 <= nth_weekday <= 4) or (weeks == 0) == (nth_weekday == 0):
        raise FieldError("series", translate("Meetings", "Kies een herhaling."))
    found: list[date] = []
    if weeks:
        day = start
        while day <= until:
            found.append(day)
            day += timedelta(weeks=weeks)
        return found
    year, month = start.year, start.month
    while date(year, month, 1) <= until:
        first = date(year, month, 1)
        offset = (start.weekday() - first.weekday()) % 7
        day = first + timedelta(days=offset + 7 * (nth_weekday - 1))
        if start <= day <= until:
            found.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def adopted_date(history: Iterable[HistoryEntry]) -> date | None:
    """The date of the meeting that adopted the advice, from its history (the last record)."""
    found: date | None = None
    for entry in history:
        if entry.field == "adopted_in" and entry.new_value:
            found = date.fromisoformat(entry.new_value)
    return found
