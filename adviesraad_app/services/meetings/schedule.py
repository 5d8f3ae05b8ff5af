"""Meetings: the schedule, the agenda, the postlijst and the actielijst (issue 17).

Every write is one transaction of the register (``RegisterService.all_or_nothing``), checked
first and recorded in the history; the postlijst and the carried actions are computed when
asked, so they always match the register.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from adviesraad_app.domain.dates import format_long, format_short, format_weekday_long
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.meetings import (
    FIXED_END,
    FIXED_START,
    Action,
    ActionStatus,
    AgendaItem,
    ItemKind,
    Meeting,
    PostEntry,
    Purpose,
    carried_actions,
    last_meeting_before,
    number_post,
    postlijst_window,
)
from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService


@dataclass(frozen=True)
class AgendaLine:
    """An agenda item with what the agenda prints for it."""

    item: AgendaItem
    number: int
    title: str
    advice_number: str = ""


@dataclass(frozen=True)
class Agenda:
    """A meeting's agenda as made: its lines, the postlijst, the actions carried over."""

    meeting: Meeting
    lines: list[AgendaLine]
    post: list[PostEntry]
    window: tuple[date, date]
    actions: list[Action]  # carried from earlier meetings
    new_actions: list[Action] = field(default_factory=list)  # made in this meeting
    action_origin: dict[int, date] = field(default_factory=dict)  # meeting id -> date


def _meeting_text(meeting: Meeting) -> str:
    return format_long(meeting.date)


class MeetingService:
    """Meetings of one register; use it beside :class:`RegisterService`."""

    def __init__(self, register: RegisterService) -> None:
        self.register = register
        self.tables = register.meeting_tables()

    # ------------------------------------------------------------------ schedule

    def meetings(self, year: int | None = None) -> list[Meeting]:
        return self.tables.meetings(year)

    def get_meeting(self, meeting_id: int) -> Meeting:
        return self.tables.get_meeting(meeting_id)

    def add_meeting(self, meeting: Meeting) -> Meeting:
        return self.add_meetings([meeting])[0]

    def add_meetings(self, meetings: list[Meeting]) -> list[Meeting]:
        """One meeting or a series, all saved or none; each starts with the fixed agenda."""
        saved: list[Meeting] = []
        with self.register.all_or_nothing():
            for meeting in meetings:
                meeting_id = self.tables.insert_meeting(meeting)
                for position, kind in enumerate(FIXED_START + FIXED_END, start=1):
                    self.tables.insert_item(AgendaItem(meeting_id, position, kind))
                self.register.record_history(
                    advice_id=None,
                    entity="meeting",
                    entity_id=meeting_id,
                    action="created",
                    new=meeting.date,
                )
                saved.append(replace(meeting, id=meeting_id))
        return saved

    def update_meeting(self, meeting: Meeting) -> Meeting:
        """Change a meeting's date, time, place or kind (its agenda and actions stay)."""
        assert meeting.id is not None
        old = self.get_meeting(meeting.id)
        with self.register.all_or_nothing():
            self.tables.update_meeting(meeting)
            for name in ("date", "time", "place", "kind"):
                if getattr(old, name) != getattr(meeting, name):
                    self.register.record_history(
                        advice_id=None,
                        entity="meeting",
                        entity_id=meeting.id,
                        action="updated",
                        field=name,
                        old=getattr(old, name),
                        new=getattr(meeting, name),
                    )
        return meeting

    def delete_meeting(self, meeting_id: int) -> None:
        meeting = self.get_meeting(meeting_id)
        with self.register.all_or_nothing():
            self.tables.delete_meeting(meeting_id)
            self.register.record_history(
                advice_id=None,
                entity="meeting",
                entity_id=meeting_id,
                action="deleted",
                old=meeting.date,
            )

    def restore_meeting(self, meeting_id: int) -> None:
        """Undo :meth:`delete_meeting`: the meeting is back with its agenda and actions."""
        with self.register.all_or_nothing():
            self.tables.delete_meeting(meeting_id, deleted=False)
            self.register.record_history(
                advice_id=None, entity="meeting", entity_id=meeting_id, action="restored"
            )

    # ------------------------------------------------------------------ agenda

    def agenda(self, meeting_id: int) -> Agenda:
        meeting = self.get_meeting(meeting_id)
        schedule = self.tables.meetings()
        items = self.tables.items(meeting_id)
        advice_ids = [i.advice_id for i in items if i.advice_id is not None]
        advices = {a.id: a for a in self.register.get_advices(advice_ids)}
        lines: list[AgendaLine] = []
        for number, item in enumerate(items, start=1):
            if item.kind == ItemKind.ADVIES and item.advice_id in advices:
                advice = advices[item.advice_id]
                purpose = item.purpose.label if item.purpose else ""
                title = translate("Meetings", "{title} ({purpose})").format(
                    title=advice.title, purpose=purpose
                )
                lines.append(AgendaLine(item, number, title, advice.number))
            elif item.kind == ItemKind.VRIJ:
                lines.append(AgendaLine(item, number, item.text))
            else:
                lines.append(AgendaLine(item, number, item.kind.label))
        window = postlijst_window(schedule, meeting)
        all_actions = self.tables.actions()
        return Agenda(
            meeting=meeting,
            lines=lines,
            post=number_post(self.tables.post_between(*window)),
            window=window,
            actions=carried_actions(all_actions, schedule, meeting),
            new_actions=[a for a in all_actions if a.meeting_id == meeting_id],
            action_origin={m.id: m.date for m in schedule if m.id is not None},
        )

    def agenda_candidates(self) -> list[tuple[int, str, str]]:
        """Advices (id, number, title) to choose from when filling an agenda."""
        return self.tables.agenda_candidates()

    def _insert_before_end(self, meeting_id: int, item: AgendaItem) -> AgendaItem:
        """Insert an item before the rondvraag (or at the end when that was removed)."""
        items = self.tables.items(meeting_id)
        ends = [i for i, it in enumerate(items) if it.kind in FIXED_END]
        at = ends[0] if ends else len(items)
        item_id = self.tables.insert_item(item)
        order = [it.id for it in items if it.id is not None]
        order.insert(at, item_id)
        self.tables.set_positions(order)
        return replace(item, id=item_id, position=at + 1)

    def add_advice(self, meeting_id: int, advice_id: int, purpose: Purpose) -> AgendaItem:
        meeting = self.get_meeting(meeting_id)
        advice = self.register.get_advice(advice_id)
        if any(i.advice_id == advice_id for i in self.tables.items(meeting_id)):
            raise UserError(
                translate(
                    "Meetings",
                    "Advies {number} staat al op de agenda van de vergadering van {date}.",
                ).format(number=advice.number, date=_meeting_text(meeting))
            )
        with self.register.all_or_nothing():
            item = self._insert_before_end(
                meeting_id,
                AgendaItem(meeting_id, 0, ItemKind.ADVIES, advice_id=advice_id, purpose=purpose),
            )
            self.register.record_history(
                advice_id=advice_id,
                entity="agenda",
                entity_id=item.id,
                action="created",
                field="meeting",
                new=translate("Meetings", "{date} ({purpose})").format(
                    date=_meeting_text(meeting), purpose=purpose.label
                ),
            )
        return item

    def add_item(self, meeting_id: int, text: str) -> AgendaItem:
        self.get_meeting(meeting_id)
        text = " ".join(text.split())
        if not text:
            raise UserError(translate("Meetings", "Vul de tekst van het agendapunt in."))
        if len(text) > 500:
            raise UserError(translate("Meetings", "De tekst van het agendapunt is te lang."))
        with self.register.all_or_nothing():
            item = self._insert_before_end(
                meeting_id, AgendaItem(meeting_id, 0, ItemKind.VRIJ, text=text)
            )
            self.register.record_history(
                advice_id=None, entity="agenda", entity_id=item.id, action="created", new=text
            )
        return item

    def move_item(self, item_id: int, delta: int) -> None:
        """Move an agenda item up (``-1``) or down (``+1``); at either end nothing moves."""
        item = self.tables.get_item(item_id)
        order = [i.id for i in self.tables.items(item.meeting_id) if i.id is not None]
        at = order.index(item_id)
        to = at + delta
        if not 0 <= to < len(order):
            return
        order.insert(to, order.pop(at))
        with self.register.all_or_nothing():
            self.tables.set_positions(order)

    def put_back_item(self, item: AgendaItem) -> AgendaItem:
        """Undo :meth:`remove_item`: the item again at its old place (a new id)."""
        self.get_meeting(item.meeting_id)
        with self.register.all_or_nothing():
            order = [i.id for i in self.tables.items(item.meeting_id) if i.id is not None]
            item_id = self.tables.insert_item(replace(item, id=None))
            order.insert(min(max(item.position - 1, 0), len(order)), item_id)
            self.tables.set_positions(order)
            self.register.record_history(
                advice_id=item.advice_id,
                entity="agenda",
                entity_id=item_id,
                action="restored",
            )
        return replace(item, id=item_id)

    def remove_item(self, item_id: int) -> AgendaItem:
        item = self.tables.get_item(item_id)
        if item.adopted:
            raise UserError(
                translate(
                    "Meetings",
                    "Dit advies is in deze vergadering vastgesteld; het blijft op de agenda.",
                )
            )
        with self.register.all_or_nothing():
            self.tables.delete_item(item_id)
            order = [i.id for i in self.tables.items(item.meeting_id) if i.id is not None]
            self.tables.set_positions(order)
            self.register.record_history(
                advice_id=item.advice_id,
                entity="agenda",
                entity_id=item_id,
                action="deleted",
                old=item.text or item.kind.value,
            )
        return item

    def adopt(self, meeting_id: int, advice_id: int) -> Meeting:
        """Mark an advice on the agenda as adopted (vastgesteld) in this meeting."""
        meeting = self.get_meeting(meeting_id)
        advice = self.register.get_advice(advice_id)
        item = next((i for i in self.tables.items(meeting_id) if i.advice_id == advice_id), None)
        if item is None or item.id is None:
            raise UserError(
                translate(
                    "Meetings",
                    "Advies {number} staat niet op de agenda van de vergadering van {date}; "
                    "zet het er eerst op.",
                ).format(number=advice.number, date=_meeting_text(meeting))
            )
        if item.adopted:
            raise UserError(
                translate(
                    "Meetings", "Advies {number} is al vastgesteld in de vergadering van {date}."
                ).format(number=advice.number, date=_meeting_text(meeting))
            )
        before = self.tables.adopted_in(advice_id)
        with self.register.all_or_nothing():
            self.tables.set_adopted(item.id, True)
            self.register.record_history(
                advice_id=advice_id,
                entity="advice",
                entity_id=advice_id,
                action="updated",
                field="adopted_in",
                old=before.date if before else None,
                new=meeting.date,
            )
        return meeting

    def adopted_in(self, advice_id: int) -> Meeting | None:
        return self.tables.adopted_in(advice_id)

    def last_meeting_before(self, due: date | None) -> Meeting | None:
        return last_meeting_before(self.tables.meetings(), due)

    def meeting_before_due(self, due: date, today: date) -> Meeting | None:
        """The last plenary meeting from ``today`` up to ``due``: where an advice due then can
        still be adopted; ``None`` when no meeting is left (a verdaging or a written round)."""
        last = self.last_meeting_before(due)
        return last if last is not None and last.date >= today else None

    def meeting_line(self, advice_id: int, today: date) -> str:
        """One line for a dossier: the meeting that adopted the advice, or the last meeting
        before its advice term (or that none is left); ``""`` when neither applies."""
        adopted = self.adopted_in(advice_id)
        if adopted is not None:
            return translate("Meetings", "Vastgesteld in de vergadering van {date}.").format(
                date=format_weekday_long(adopted.date)
            )
        dossier = self.register.dossier(advice_id, include_deleted=True)
        if dossier.advice.sent_date is not None or dossier.advice_term is None:
            return ""
        due = dossier.advice_term.due
        meeting = self.meeting_before_due(due, today)
        if meeting is None:
            return translate(
                "Meetings",
                "Geen vergadering meer vóór de adviestermijn ({date}): vraag verdaging of kies "
                "een schriftelijke ronde.",
            ).format(date=format_short(due))
        return translate("Meetings", "Laatste vergadering vóór de adviestermijn: {date}.").format(
            date=format_weekday_long(meeting.date)
        )

    def advice_terms_without_meeting(self, today: date) -> list[tuple[int, str, date]]:
        """(advice id, number, due date) of running advice terms with no meeting left
        between ``today`` and their date."""
        meetings = self.tables.meetings()
        found = []
        for advice_id, number, due in self.tables.running_advice_terms(today):
            last = last_meeting_before(meetings, due)
            if last is None or last.date < today:
                found.append((advice_id, number, due))
        return found

    # ------------------------------------------------------------------ actions

    def add_action(
        self, meeting_id: int, text: str, who: str = "", due: date | None = None
    ) -> Action:
        self.get_meeting(meeting_id)
        action = Action(
            meeting_id=meeting_id, text=" ".join(text.split()), who=who.strip(), due=due
        )
        with self.register.all_or_nothing():
            action_id = self.tables.insert_action(action)
            self.register.record_history(
                advice_id=None, entity="action", entity_id=action_id, action="created", new=text
            )
        return replace(action, id=action_id)

    def set_action(self, action_id: int, status: ActionStatus, on: date | None = None) -> Action:
        action = self.tables.get_action(action_id)
        day = None if status == ActionStatus.OPEN else (on or date.today())
        with self.register.all_or_nothing():
            self.tables.set_action_status(action_id, status, day)
            self.register.record_history(
                advice_id=None,
                entity="action",
                entity_id=action_id,
                action="updated",
                field="status",
                old=action.status,
                new=status,
            )
        return replace(action, status=status, status_date=day)
