"""Meetings in the .ics export: timed events with stable UIDs, only the coming ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from icalendar import Calendar

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.meetings import Meeting, MeetingKind
from adviesraad_app.services.calendar_export import export_calendar
from adviesraad_app.services.meetings.schedule import MeetingService
from adviesraad_app.services.register import RegisterService


def _meetings(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(e["UID"]): e
        for e in calendar.walk("VEVENT")
        if str(e["UID"]).startswith("vergadering-")
    }


def test_coming_meetings_are_events_with_stable_uids(
    service: RegisterService, tmp_path: Path
) -> None:
    service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Jeugd"))
    meetings = MeetingService(service)
    meetings.add_meeting(Meeting(date=date(2026, 10, 12), time="19:30"))  # past: left out
    coming = meetings.add_meeting(Meeting(date=date(2026, 12, 14), time="19:30", place="Stadhuis"))
    meetings.add_meeting(Meeting(date=date(2027, 1, 6), kind=MeetingKind.WERKGROEP))
    first = tmp_path / "a.ics"
    export_calendar(service, first, today=date(2026, 11, 22), now=datetime(2026, 11, 22, 9))
    events = _meetings(first)
    uid = f"vergadering-{coming.id}@adviesraad-sociaal-domein.adviesraad"
    assert len(events) == 2 and uid in events
    event = events[uid]
    assert event["DTSTART"].dt == datetime(2026, 12, 14, 19, 30)  # type: ignore[index]
    assert event["DTEND"].dt == datetime(2026, 12, 14, 22, 0)  # type: ignore[index]
    assert str(event["LOCATION"]) == "Stadhuis"  # type: ignore[index]
    assert "Vergadering" in str(event["SUMMARY"])  # type: ignore[index]
    werkgroep = next(e for u, e in events.items() if u != uid)
    assert werkgroep["DTSTART"].dt == date(2027, 1, 6)  # type: ignore[index]  # all day
    # Exported again later: the same UIDs, so a calendar updates instead of doubling.
    second = tmp_path / "b.ics"
    export_calendar(service, second, today=date(2026, 11, 23), now=datetime(2026, 11, 23, 9))
    assert set(_meetings(second)) == set(events)


def test_a_selection_of_advices_leaves_meetings_out(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    path = tmp_path / "t.ics"
    export_calendar(demo_service, path, today=date(2026, 11, 22))
    assert _meetings(path)
    first = demo_service.register()[0].id
    export_calendar(
        demo_service,
        path,
        replace(RegisterFilter(include_confidential=False), ids=(first,)),
        today=date(2026, 11, 22),
    )
    assert _meetings(path) == {}
