"""Open deadlines as an iCalendar file (``.ics``) that Outlook imports.

One all-day event per open deadline (advice terms, reply terms, dated commitments, as
:meth:`RegisterService.deadlines` lists them), with the advice's number and subject, a
reminder ``settings.reminder_days`` days before, and a UID that stays the same for the same
deadline: importing a newer export updates the events (a moved date moves the event)
instead of adding them twice. ``SEQUENCE`` grows with the time of export, so calendar
programs take the newer version. icalendar is imported only when a file is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from adviesraad_app.domain.dates import format_long
from adviesraad_app.domain.deadline_items import DeadlineItem
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder
from adviesraad_app.domain.kinds import DeadlineType
from adviesraad_app.domain.meetings import Meeting
from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import export_target, write_atomically
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.sheets.register_export import check_selection

PRODID = "-//Adviesraad sociaal domein//Adviesraad register//NL"
SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
MEETING_LENGTH = timedelta(hours=2, minutes=30)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "adviesraad"


def deadline_uid(item: DeadlineItem, council: str) -> str:
    """Stable per deadline: the kind of deadline and the record it belongs to, never its
    date (an extension moves the event, it does not make a new one)."""
    if item.type == DeadlineType.COMMITMENT_DUE:
        key = f"toezegging-{item.commitment_id}"
    elif item.type == DeadlineType.REPLY_DUE:
        key = f"reactietermijn-{item.advice_id}"
    else:
        key = f"adviestermijn-{item.advice_id}"
    return f"{key}@{_slug(council)}.adviesraad"


def event_summary(item: DeadlineItem) -> str:
    what = {
        DeadlineType.ADVICE_DUE: translate("Calendar", "Advies uiterlijk"),
        DeadlineType.REPLY_DUE: translate("Calendar", "Reactie college uiterlijk"),
        DeadlineType.COMMITMENT_DUE: translate("Calendar", "Toezegging"),
    }[item.type]
    return translate("Calendar", "{what}: {number} {title}").format(
        what=what, number=item.number, title=item.title
    )


def event_description(item: DeadlineItem) -> str:
    lines = [
        translate("Calendar", "Advies {number}: {title}").format(
            number=item.number, title=item.title
        ),
        {
            DeadlineType.ADVICE_DUE: translate(
                "Calendar", "De adviesraad moet uiterlijk {date} adviseren."
            ),
            DeadlineType.REPLY_DUE: translate(
                "Calendar", "Het college moet uiterlijk {date} schriftelijk reageren."
            ),
            DeadlineType.COMMITMENT_DUE: translate(
                "Calendar", "Het college heeft toegezegd dit uiterlijk {date} te doen."
            ),
        }[item.type].format(date=format_long(item.due_date)),
    ]
    if item.detail:
        lines.append(item.detail)
    if item.extended and item.original_date is not None:
        lines.append(
            translate("Calendar", "Verdaagd; oorspronkelijk {date}.").format(
                date=format_long(item.original_date)
            )
        )
    if item.confidential:
        lines.append(translate("Calendar", "VERTROUWELIJK"))
    return "\n".join(lines)


def meeting_uid(meeting: Meeting, council: str) -> str:
    """Stable per meeting: its id, never its date (a moved meeting moves the event)."""
    return f"vergadering-{meeting.id}@{_slug(council)}.adviesraad"


def _meeting_event(
    meeting: Meeting, council: str, now: datetime, sequence: int, reminder_days: int
) -> Any:
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", meeting_uid(meeting, council))
    event.add("dtstamp", now)
    event.add("last-modified", now)
    event.add("sequence", sequence)
    event.add(
        "summary",
        translate("Calendar", "Vergadering {council} ({kind})").format(
            council=council, kind=meeting.kind.label
        ),
    )
    if meeting.place:
        event.add("location", meeting.place)
    if meeting.time:
        hours, minutes = (int(part) for part in meeting.time.split(":"))
        start = datetime.combine(meeting.date, time(hours, minutes))  # local (floating) time
        event.add("dtstart", start)
        event.add("dtend", start + MEETING_LENGTH)
    else:
        event.add("dtstart", meeting.date)
        event.add("dtend", meeting.date + timedelta(days=1))
    event.add("categories", [translate("Calendar", "Adviesraad")])
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", event["summary"])
    alarm.add("trigger", timedelta(days=-reminder_days))
    event.add_component(alarm)
    return event


def upcoming_meetings(
    service: RegisterService, today: date | None = None, selection: RegisterFilter | None = None
) -> list[Meeting]:
    """The meetings on or after ``today`` that go into the calendar: all of them when the
    whole register is exported, none for a selection of advices."""
    from adviesraad_app.services.meetings.schedule import MeetingService

    if selection is not None and selection != RegisterFilter(
        include_confidential=selection.include_confidential
    ):
        return []
    today = today or date.today()
    return [m for m in MeetingService(service).meetings() if m.date >= today]


def build_calendar(
    items: list[DeadlineItem],
    *,
    council: str,
    reminder_days: int,
    now: datetime | None = None,
    meetings: Sequence[Meeting] = (),
) -> bytes:
    """The ``.ics`` bytes for these deadlines (and meetings)."""
    from icalendar import Alarm, Calendar, Event

    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    sequence = max(0, int((now - SEQUENCE_EPOCH).total_seconds() // 60))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add(
        "x-wr-calname", translate("Calendar", "Termijnen {council}").format(council=council)
    )
    for item in items:
        assert item.due_date is not None  # calendar_items leaves undated ones out
        event = Event()
        event.add("uid", deadline_uid(item, council))
        event.add("dtstamp", now)
        event.add("last-modified", now)
        event.add("sequence", sequence)
        event.add("summary", event_summary(item))
        event.add("description", event_description(item))
        event.add("dtstart", item.due_date)
        event.add("dtend", item.due_date + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
        event.add("x-microsoft-cdo-busystatus", "FREE")
        event.add("x-microsoft-cdo-alldayevent", "TRUE")
        event.add("categories", [translate("Calendar", "Adviesraad")])
        if item.confidential:
            event.add("class", "CONFIDENTIAL")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event_summary(item))
        alarm.add("trigger", timedelta(days=-reminder_days))
        event.add_component(alarm)
        calendar.add_component(event)
    for meeting in meetings:
        calendar.add_component(_meeting_event(meeting, council, now, sequence, reminder_days))
    data: bytes = calendar.to_ical()
    return data


def calendar_items(
    service: RegisterService,
    selection: RegisterFilter | None = None,
    today: date | None = None,
    within: int | None = None,
) -> list[DeadlineItem]:
    """Open deadlines of the selection (default: everything but confidential advices) that
    have a date: an open commitment without one has no day in a calendar."""
    selection = selection or RegisterFilter(include_confidential=False)
    items = service.deadlines(today, within, include_confidential=selection.include_confidential)
    items = [i for i in items if i.due_date is not None]
    if selection.is_empty() or selection == RegisterFilter(include_confidential=False):
        return items
    wanted = set(service.register_ids(selection, RegisterOrder()))
    return [i for i in items if i.advice_id in wanted]


def export_calendar(
    service: RegisterService,
    path: Path,
    selection: RegisterFilter | None = None,
    *,
    today: date | None = None,
    within: int | None = None,
    now: datetime | None = None,
) -> int:
    """Write the open deadlines to ``path`` (``.ics`` added when it has no extension), with
    the coming meetings when the whole register is exported; returns the number of deadlines
    (the meetings are :func:`upcoming_meetings`)."""
    path = export_target(path, ".ics")
    check_selection(service, selection or RegisterFilter(include_confidential=False))
    items = calendar_items(service, selection, today, within)
    settings = service.settings
    meetings = upcoming_meetings(service, today, selection)
    data = build_calendar(
        items,
        council=settings.council_name,
        reminder_days=settings.reminder_days,
        now=now,
        meetings=meetings,
    )

    def write(temporary: Path) -> None:
        temporary.write_bytes(data)

    write_atomically(path, write)
    return len(items)
