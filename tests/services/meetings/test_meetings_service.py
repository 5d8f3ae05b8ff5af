"""Meetings in the register: the postlijst window, actions carried forward, adoption."""

from __future__ import annotations

from datetime import date

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.errors import NotFoundError, UserError
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.meetings import (
    ActionStatus,
    ItemKind,
    Meeting,
    MeetingKind,
    PostKind,
    Purpose,
    series_dates,
)
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.meetings.schedule import MeetingService
from adviesraad_app.services.register import RegisterService
from tests.support.internals import store_of


def _advice(
    service: RegisterService, title: str, received: date | None = None, sent: date | None = None
) -> int:
    saved = service.create_advice(
        Advice(
            kind=AdviceKind.GEVRAAGD if received else AdviceKind.ONGEVRAAGD,
            title=title,
            request_received=received,
            requested_deadline=date(2026, 6, 30) if received else None,
            sent_date=sent,
        )
    )
    assert saved.id is not None
    return saved.id


@pytest.fixture
def meetings(service: RegisterService) -> MeetingService:
    return MeetingService(service)


def test_a_new_meeting_has_the_fixed_agenda_and_is_in_history(
    meetings: MeetingService, service: RegisterService
) -> None:
    m = meetings.add_meeting(Meeting(date=date(2026, 3, 9), time="19:30", place="Stadhuis"))
    assert m.id is not None
    kinds = [line.item.kind for line in meetings.agenda(m.id).lines]
    assert kinds == [
        ItemKind.OPENING,
        ItemKind.VERSLAG,
        ItemKind.POSTLIJST,
        ItemKind.ACTIELIJST,
        ItemKind.RONDVRAAG,
        ItemKind.SLUITING,
    ]
    rows = store_of(service).query("SELECT entity, action FROM history WHERE entity = 'meeting'")
    assert [tuple(r) for r in rows] == [("meeting", "created")]


def test_postlijst_holds_exactly_the_letters_since_the_previous_meeting(
    meetings: MeetingService, service: RegisterService
) -> None:
    first = meetings.add_meeting(Meeting(date=date(2026, 2, 9)))
    second = meetings.add_meeting(Meeting(date=date(2026, 3, 9)))
    assert first.id and second.id
    _advice(service, "Op de vorige vergadering", date(2026, 2, 9))  # day of the previous one
    inside = _advice(service, "Daarna binnen", date(2026, 2, 10))
    _advice(service, "Op de dag zelf", date(2026, 3, 9))
    _advice(service, "Na de vergadering", date(2026, 3, 10))
    replied = _advice(service, "Met reactie", date(2026, 1, 5), sent=date(2026, 1, 20))
    service.save_reply(Reply(advice_id=replied, date=date(2026, 2, 20), subject="Reactie op"))

    agenda = meetings.agenda(second.id)
    assert agenda.window == (date(2026, 2, 9), date(2026, 3, 9))
    subjects = [(e.number, e.kind, e.subject) for e in agenda.post]
    assert subjects == [
        (1, PostKind.ADVIESAANVRAAG, "Daarna binnen"),
        (2, PostKind.REACTIE, "Reactie op"),
        (3, PostKind.ADVIESAANVRAAG, "Op de dag zelf"),
    ]
    assert agenda.post[0].advice_id == inside
    # The letter dated on the day of the first meeting is on the first meeting's postlijst.
    assert "Op de vorige vergadering" in [e.subject for e in meetings.agenda(first.id).post]


def test_actions_are_carried_forward_until_closed(meetings: MeetingService) -> None:
    ids = [meetings.add_meeting(Meeting(date=date(2026, month, 9))).id for month in (1, 2, 3, 4)]
    jan, feb, mar, apr = (i for i in ids if i is not None)
    action = meetings.add_action(jan, "Brief aan de wethouder", "Anja", date(2026, 2, 1))
    assert action.id is not None
    assert meetings.agenda(jan).actions == []  # made in this meeting: on the next agenda
    assert [a.id for a in meetings.agenda(jan).new_actions] == [action.id]
    assert [a.id for a in meetings.agenda(feb).actions] == [action.id]
    assert [a.id for a in meetings.agenda(mar).actions] == [action.id]
    meetings.set_action(action.id, ActionStatus.GEDAAN, date(2026, 3, 20))
    # Reported as done once (closed after the March meeting), then gone.
    shown = meetings.agenda(apr).actions
    assert [(a.id, a.status) for a in shown] == [(action.id, ActionStatus.GEDAAN)]
    later = meetings.add_meeting(Meeting(date=date(2026, 5, 11)))
    assert later.id is not None
    assert meetings.agenda(later.id).actions == []


def test_agenda_items_add_reorder_remove_and_an_advice_only_once(
    meetings: MeetingService, service: RegisterService
) -> None:
    m = meetings.add_meeting(Meeting(date=date(2026, 3, 9)))
    assert m.id is not None
    advice = _advice(service, "Armoedebeleid", date(2026, 2, 1))
    meetings.add_advice(m.id, advice, Purpose.VASTSTELLEN)
    free = meetings.add_item(m.id, "Jaarplan 2027")
    with pytest.raises(UserError, match="staat al op de agenda"):
        meetings.add_advice(m.id, advice, Purpose.BESPREKEN)
    kinds = [line.item.kind for line in meetings.agenda(m.id).lines]
    assert kinds[4:] == [ItemKind.ADVIES, ItemKind.VRIJ, ItemKind.RONDVRAAG, ItemKind.SLUITING]
    assert free.id is not None
    meetings.move_item(free.id, -1)
    kinds = [line.item.kind for line in meetings.agenda(m.id).lines]
    assert kinds[4:6] == [ItemKind.VRIJ, ItemKind.ADVIES]
    meetings.remove_item(free.id)
    assert [line.number for line in meetings.agenda(m.id).lines] == [1, 2, 3, 4, 5, 6, 7]


def test_adopting_records_the_meeting_on_the_advice(
    meetings: MeetingService, service: RegisterService
) -> None:
    m = meetings.add_meeting(Meeting(date=date(2026, 3, 9)))
    assert m.id is not None
    advice = _advice(service, "Armoedebeleid", date(2026, 2, 1))
    with pytest.raises(UserError, match="staat niet op de agenda"):
        meetings.adopt(m.id, advice)
    meetings.add_advice(m.id, advice, Purpose.VASTSTELLEN)
    meetings.adopt(m.id, advice)
    adopted = meetings.adopted_in(advice)
    assert adopted is not None and adopted.date == date(2026, 3, 9)
    history = [h for h in service.dossier(advice).history if h.field == "adopted_in"]
    assert [h.new_value for h in history] == ["2026-03-09"]
    with pytest.raises(UserError, match="al vastgesteld"):
        meetings.adopt(m.id, advice)


def test_last_meeting_before_a_due_date_counts_plenary_meetings(
    meetings: MeetingService,
) -> None:
    meetings.add_meeting(Meeting(date=date(2026, 3, 9)))
    meetings.add_meeting(Meeting(date=date(2026, 4, 13)))
    meetings.add_meeting(Meeting(date=date(2026, 4, 20), kind=MeetingKind.WERKGROEP))
    last = meetings.last_meeting_before(date(2026, 4, 30))
    assert last is not None and last.date == date(2026, 4, 13)
    on_the_day = meetings.last_meeting_before(date(2026, 3, 9))
    assert on_the_day is not None and on_the_day.date == date(2026, 3, 9)
    assert meetings.last_meeting_before(date(2026, 3, 8)) is None
    assert meetings.last_meeting_before(None) is None


def test_unknown_meeting_changes_nothing(
    meetings: MeetingService, service: RegisterService
) -> None:
    with pytest.raises(NotFoundError, match="geen vergadering"):
        meetings.add_item(42, "Iets")
    with pytest.raises(NotFoundError, match="geen vergadering"):
        meetings.add_action(42, "Iets")
    assert store_of(service).scalar("SELECT count(*) FROM agenda_items") == 0
    assert store_of(service).scalar("SELECT count(*) FROM actions") == 0


def test_a_series_every_second_monday() -> None:
    days = series_dates(date(2026, 1, 12), date(2026, 4, 30), nth_weekday=2)
    assert days == [date(2026, 1, 12), date(2026, 2, 9), date(2026, 3, 9), date(2026, 4, 13)]
    assert series_dates(date(2026, 1, 5), date(2026, 3, 1), weeks=6) == [
        date(2026, 1, 5),
        date(2026, 2, 16),
    ]


def test_advice_terms_without_a_meeting_left_are_found(
    meetings: MeetingService, service: RegisterService
) -> None:
    meetings.add_meeting(Meeting(date=date(2026, 3, 9)))
    meetings.add_meeting(Meeting(date=date(2026, 4, 13)))
    covered = _advice(service, "Met vergadering", date(2026, 3, 1))  # due 30 June
    bare = service.create_advice(
        Advice(
            kind=AdviceKind.GEVRAAGD,
            title="Zonder vergadering",
            request_received=date(2026, 3, 1),
            requested_deadline=date(2026, 3, 31),
        )
    )
    today = date(2026, 3, 20)  # the 9 March meeting has passed
    found = meetings.advice_terms_without_meeting(today)
    assert [advice_id for advice_id, _number, _due in found] == [bare.id]
    last = meetings.meeting_before_due(date(2026, 6, 30), today)
    assert last is not None and last.date == date(2026, 4, 13)
    assert covered not in [advice_id for advice_id, _number, _due in found]


def test_moving_a_meeting_is_in_history_and_moves_the_postlijst_window(
    meetings: MeetingService, service: RegisterService
) -> None:
    from dataclasses import replace

    first = meetings.add_meeting(Meeting(date=date(2026, 2, 9)))
    second = meetings.add_meeting(Meeting(date=date(2026, 3, 9)))
    assert second.id is not None
    meetings.update_meeting(replace(first, date=date(2026, 2, 16), place="Bibliotheek"))
    assert meetings.agenda(second.id).window == (date(2026, 2, 16), date(2026, 3, 9))
    rows = store_of(service).query(
        "SELECT field, old_value, new_value FROM history WHERE entity = 'meeting' "
        "AND action = 'updated' ORDER BY id"
    )
    assert [tuple(r) for r in rows] == [
        ("date", "2026-02-09", "2026-02-16"),
        ("place", "", "Bibliotheek"),
    ]
