"""storage/meetings.py: the meetings tables read back as the domain objects written, soft
deletes hidden, and the postlijst and the agenda candidates as the meetings view needs them."""

from __future__ import annotations

from datetime import date

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.errors import NotFoundError
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.meetings import (
    Action,
    ActionStatus,
    AgendaItem,
    ItemKind,
    Meeting,
    MeetingKind,
    PostKind,
    Purpose,
)
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.meetings import MeetingTables
from tests.support.internals import store_of


@pytest.fixture
def tables(service: RegisterService) -> MeetingTables:
    return service.meeting_tables()


def _meeting(service: RegisterService, tables: MeetingTables, meeting: Meeting) -> int:
    with store_of(service).write():
        return tables.insert_meeting(meeting)


def test_a_meeting_reads_back_as_written(service: RegisterService, tables: MeetingTables) -> None:
    written = Meeting(
        date=date(2026, 3, 9), time="19:30", place="Stadhuis", kind=MeetingKind.WERKGROEP
    )
    meeting_id = _meeting(service, tables, written)
    got = tables.get_meeting(meeting_id)
    assert got == Meeting(
        id=meeting_id,
        date=date(2026, 3, 9),
        time="19:30",
        place="Stadhuis",
        kind=MeetingKind.WERKGROEP,
    )


def test_meetings_come_in_date_order_and_by_year(
    service: RegisterService, tables: MeetingTables
) -> None:
    late = _meeting(service, tables, Meeting(date=date(2026, 5, 11)))
    early = _meeting(service, tables, Meeting(date=date(2026, 1, 12)))
    evening = _meeting(service, tables, Meeting(date=date(2026, 1, 12), time="19:30"))
    last_year = _meeting(service, tables, Meeting(date=date(2025, 12, 8)))
    assert [m.id for m in tables.meetings()] == [last_year, early, evening, late]
    assert [m.id for m in tables.meetings(2026)] == [early, evening, late]
    assert [m.id for m in tables.meetings(2024)] == []


def test_a_deleted_meeting_is_gone_and_comes_back(
    service: RegisterService, tables: MeetingTables
) -> None:
    meeting_id = _meeting(service, tables, Meeting(date=date(2026, 3, 9)))
    with store_of(service).write():
        tables.delete_meeting(meeting_id)
    assert tables.meetings() == []
    with pytest.raises(NotFoundError, match=f"Er is geen vergadering met id {meeting_id}"):
        tables.get_meeting(meeting_id)
    with store_of(service).write():
        tables.delete_meeting(meeting_id, deleted=False)
    assert [m.id for m in tables.meetings()] == [meeting_id]


def test_update_changes_the_meeting(service: RegisterService, tables: MeetingTables) -> None:
    meeting_id = _meeting(service, tables, Meeting(date=date(2026, 3, 9)))
    with store_of(service).write():
        tables.update_meeting(Meeting(id=meeting_id, date=date(2026, 3, 16), place="Raadzaal"))
    got = tables.get_meeting(meeting_id)
    assert (got.date, got.place) == (date(2026, 3, 16), "Raadzaal")


def test_agenda_items_keep_their_order_and_adoption(
    service: RegisterService, tables: MeetingTables
) -> None:
    advice = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Mantelzorg"))
    meeting_id = _meeting(service, tables, Meeting(date=date(2026, 3, 9)))
    with store_of(service).write():
        first = tables.insert_item(AgendaItem(meeting_id, 1, ItemKind.OPENING))
        second = tables.insert_item(
            AgendaItem(meeting_id, 2, ItemKind.ADVIES, "", advice.id, Purpose.VASTSTELLEN)
        )
        third = tables.insert_item(AgendaItem(meeting_id, 3, ItemKind.VRIJ, "Jaarplan"))
        tables.set_positions([third, first, second])
        tables.set_adopted(second, True)
    items = tables.items(meeting_id)
    assert [i.id for i in items] == [third, first, second]
    assert items[0].text == "Jaarplan"
    assert (items[2].purpose, items[2].adopted, items[2].advice_id) == (
        Purpose.VASTSTELLEN,
        True,
        advice.id,
    )
    assert advice.id is not None
    assert tables.adopted_in(advice.id) == tables.get_meeting(meeting_id)

    with store_of(service).write():
        tables.delete_item(third)
    assert [i.id for i in tables.items(meeting_id)] == [first, second]
    with pytest.raises(NotFoundError, match="Er is geen agendapunt"):
        tables.get_item(third)


def test_adoption_in_a_deleted_meeting_does_not_count(
    service: RegisterService, tables: MeetingTables
) -> None:
    advice = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Armoede"))
    assert advice.id is not None
    meeting_id = _meeting(service, tables, Meeting(date=date(2026, 3, 9)))
    with store_of(service).write():
        item = tables.insert_item(
            AgendaItem(meeting_id, 1, ItemKind.ADVIES, "", advice.id, Purpose.VASTSTELLEN)
        )
        tables.set_adopted(item, True)
        tables.delete_meeting(meeting_id)
    assert tables.adopted_in(advice.id) is None


def test_actions_with_status_and_only_of_live_meetings(
    service: RegisterService, tables: MeetingTables
) -> None:
    kept = _meeting(service, tables, Meeting(date=date(2026, 3, 9)))
    dropped = _meeting(service, tables, Meeting(date=date(2026, 4, 13)))
    with store_of(service).write():
        action_id = tables.insert_action(
            Action(kept, "Wethouder uitnodigen", who="Els", due=date(2026, 4, 1))
        )
        tables.insert_action(Action(dropped, "Zaal reserveren"))
        tables.delete_meeting(dropped)
        tables.set_action_status(action_id, ActionStatus.GEDAAN, date(2026, 3, 20))
    actions = tables.actions()
    assert [a.text for a in actions] == ["Wethouder uitnodigen"]
    assert actions[0] == Action(
        kept,
        "Wethouder uitnodigen",
        who="Els",
        due=date(2026, 4, 1),
        status=ActionStatus.GEDAAN,
        status_date=date(2026, 3, 20),
        id=action_id,
    )
    with pytest.raises(NotFoundError, match="Er is geen actie met id 999"):
        tables.get_action(999)


def test_agenda_candidates_newest_first_without_deleted(service: RegisterService) -> None:
    older = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Ouder", sent_date=date(2025, 5, 1))
    )
    newer = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Nieuwer"))
    gone = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Weg"))
    assert gone.id is not None
    service.delete_advice(gone.id)
    candidates = service.meeting_tables().agenda_candidates()
    assert [(c[0], c[2]) for c in candidates] == [(newer.id, "Nieuwer"), (older.id, "Ouder")]


def test_running_advice_terms_skip_sent_and_passed_ones(service: RegisterService) -> None:
    def requested(title: str, due: date, sent: date | None = None) -> int:
        saved = service.create_advice(
            Advice(
                kind=AdviceKind.GEVRAAGD,
                title=title,
                request_received=date(2026, 1, 5),
                requested_deadline=due,
                sent_date=sent,
            )
        )
        assert saved.id is not None
        return saved.id

    later = requested("Later", date(2026, 6, 30))
    sooner = requested("Eerder", date(2026, 4, 1))
    requested("Verstreken", date(2026, 2, 1))
    requested("Al verzonden", date(2026, 5, 1), sent=date(2026, 2, 20))
    terms = service.meeting_tables().running_advice_terms(date(2026, 3, 1))
    assert [(t[0], t[2]) for t in terms] == [
        (sooner, date(2026, 4, 1)),
        (later, date(2026, 6, 30)),
    ]


def test_post_between_takes_the_window_open_at_the_start(service: RegisterService) -> None:
    def received(title: str, day: date) -> None:
        service.create_advice(
            Advice(
                kind=AdviceKind.GEVRAAGD,
                title=title,
                request_received=day,
                requested_deadline=date(2026, 9, 1),
            )
        )

    received("Op de begindag", date(2026, 2, 9))
    received("Binnen", date(2026, 2, 10))
    received("Op de einddag", date(2026, 3, 9))
    received("Erna", date(2026, 3, 10))
    answered = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Zonder onderwerp", sent_date=date(2026, 1, 5))
    )
    assert answered.id is not None
    service.save_reply(Reply(advice_id=answered.id, date=date(2026, 2, 20)))

    post = service.meeting_tables().post_between(date(2026, 2, 9), date(2026, 3, 9))
    assert sorted((p[0], p[1], p[2]) for p in post) == [
        (date(2026, 2, 10), PostKind.ADVIESAANVRAAG, "Binnen"),
        (date(2026, 2, 20), PostKind.REACTIE, "Zonder onderwerp"),
        (date(2026, 3, 9), PostKind.ADVIESAANVRAAG, "Op de einddag"),
    ]
