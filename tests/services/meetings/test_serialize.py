"""services/meetings/serialize.py: the JSON contract of ``meetings``, ``agenda`` and the
action commands: English keys, ISO dates, ``null`` for what is absent."""

from __future__ import annotations

import json
from datetime import date

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.meetings import (
    Action,
    ActionStatus,
    Meeting,
    MeetingKind,
    Purpose,
)
from adviesraad_app.services.meetings.schedule import MeetingService
from adviesraad_app.services.meetings.serialize import (
    action_dict,
    agenda_dict,
    meeting_dict,
)
from adviesraad_app.services.register import RegisterService


def test_meeting_without_time_has_null_time() -> None:
    meeting = Meeting(date=date(2026, 3, 9), place="Stadhuis", kind=MeetingKind.WERKGROEP, id=4)
    assert meeting_dict(meeting) == {
        "id": 4,
        "date": "2026-03-09",
        "time": None,
        "place": "Stadhuis",
        "kind": "werkgroep",
    }


def test_action_dates_are_iso_or_null_and_name_the_meeting_it_came_from() -> None:
    made_on = Meeting(date=date(2026, 2, 9), id=1)
    done = Action(
        1,
        "Notulen rondsturen",
        who="Piet",
        due=date(2026, 2, 20),
        status=ActionStatus.GEDAAN,
        status_date=date(2026, 2, 18),
        id=7,
    )
    assert action_dict(done, made_on) == {
        "id": 7,
        "meeting_id": 1,
        "meeting_date": "2026-02-09",
        "text": "Notulen rondsturen",
        "who": "Piet",
        "due": "2026-02-20",
        "status": "gedaan",
        "status_date": "2026-02-18",
    }
    open_action = action_dict(Action(1, "Zaal reserveren", id=8))
    assert (open_action["meeting_date"], open_action["due"], open_action["status_date"]) == (
        None,
        None,
        None,
    )
    assert open_action["status"] == "open"


@pytest.fixture
def meetings(service: RegisterService) -> MeetingService:
    return MeetingService(service)


def test_agenda_dict_holds_items_postlijst_and_both_action_lists(
    service: RegisterService, meetings: MeetingService
) -> None:
    first = meetings.add_meeting(Meeting(date=date(2026, 2, 9)))
    second = meetings.add_meeting(Meeting(date=date(2026, 3, 9), time="19:30"))
    assert first.id is not None and second.id is not None
    carried = meetings.add_action(first.id, "Wethouder uitnodigen")
    new = meetings.add_action(second.id, "Jaarverslag schrijven", due=date(2026, 4, 1))
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.GEVRAAGD,
            title="Inkoop jeugdhulp",
            request_received=date(2026, 2, 16),
            requested_deadline=date(2026, 5, 1),
        )
    )
    assert advice.id is not None
    meetings.add_advice(second.id, advice.id, Purpose.BESPREKEN)

    data = agenda_dict(meetings.agenda(second.id))
    json.dumps(data)  # plain JSON, nothing else
    assert data["meeting"]["date"] == "2026-03-09"
    assert data["meeting"]["time"] == "19:30"
    fixed = [i for i in data["items"] if i["advice_id"] is None]
    assert all(i["purpose"] is None and i["advice_number"] is None for i in fixed)
    [on_agenda] = [i for i in data["items"] if i["advice_id"] == advice.id]
    assert on_agenda["kind"] == "advies"
    assert on_agenda["purpose"] == "bespreken"
    assert on_agenda["advice_number"] == advice.number
    assert on_agenda["adopted"] is False
    assert [i["number"] for i in data["items"]] == list(range(1, len(data["items"]) + 1))
    assert data["postlijst"]["from"] == "2026-02-09"
    assert data["postlijst"]["to"] == "2026-03-09"
    assert data["postlijst"]["entries"] == [
        {
            "number": 1,
            "date": "2026-02-16",
            "kind": "adviesaanvraag",
            "subject": "Inkoop jeugdhulp",
            "advice_id": advice.id,
            "advice_number": advice.number,
        }
    ]
    assert [(a["id"], a["meeting_date"]) for a in data["actions"]] == [(carried.id, "2026-02-09")]
    assert [(a["id"], a["meeting_date"], a["due"]) for a in data["new_actions"]] == [
        (new.id, "2026-03-09", "2026-04-01")
    ]
