"""The meetings tables (meetings, agenda_items, actions) as domain objects.

Writes must run inside ``Store.write()`` (the service opens the transaction).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from adviesraad_app.domain.dates import from_iso, to_iso
from adviesraad_app.domain.errors import NotFoundError
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
from adviesraad_app.i18n import translate
from adviesraad_app.storage.database import Store

PostRow = tuple[date, PostKind, str, int | None, str]


def _now() -> str:
    return datetime.now().astimezone().replace(microsecond=0).isoformat()


def _meeting(row: sqlite3.Row) -> Meeting:
    day = from_iso(row["date"])
    assert day is not None
    return Meeting(
        id=row["id"],
        date=day,
        time=row["time"],
        place=row["place"],
        kind=MeetingKind(row["kind"]),
    )


def _item(row: sqlite3.Row) -> AgendaItem:
    return AgendaItem(
        id=row["id"],
        meeting_id=row["meeting_id"],
        position=row["position"],
        kind=ItemKind(row["kind"]),
        text=row["text"],
        advice_id=row["advice_id"],
        purpose=Purpose(row["purpose"]) if row["purpose"] else None,
        adopted=bool(row["adopted"]),
    )


def _action(row: sqlite3.Row) -> Action:
    return Action(
        id=row["id"],
        meeting_id=row["meeting_id"],
        text=row["text"],
        who=row["who"],
        due=from_iso(row["due"]),
        status=ActionStatus(row["status"]),
        status_date=from_iso(row["status_date"]),
    )


class MeetingTables:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ------------------------------------------------------------------ meetings

    def meetings(self, year: int | None = None) -> list[Meeting]:
        sql = "SELECT * FROM meetings WHERE deleted_at IS NULL"
        params: tuple[str, ...] = ()
        if year is not None:
            sql += " AND substr(date, 1, 4) = ?"
            params = (f"{year:04d}",)
        rows = self.store.query(sql + " ORDER BY date, time, id", params)
        return [_meeting(row) for row in rows]

    def get_meeting(self, meeting_id: int) -> Meeting:
        rows = self.store.query(
            "SELECT * FROM meetings WHERE id = ? AND deleted_at IS NULL", (meeting_id,)
        )
        if not rows:
            raise NotFoundError(
                translate("Meetings", "Er is geen vergadering met id {id}.").format(id=meeting_id)
            )
        return _meeting(rows[0])

    def insert_meeting(self, meeting: Meeting) -> int:
        at = _now()
        cursor = self.store.conn.execute(
            "INSERT INTO meetings (date, time, place, kind, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (to_iso(meeting.date), meeting.time, meeting.place, meeting.kind.value, at, at),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def update_meeting(self, meeting: Meeting) -> None:
        self.store.conn.execute(
            "UPDATE meetings SET date = ?, time = ?, place = ?, kind = ?, updated_at = ? "
            "WHERE id = ?",
            (
                to_iso(meeting.date),
                meeting.time,
                meeting.place,
                meeting.kind.value,
                _now(),
                meeting.id,
            ),
        )

    def delete_meeting(self, meeting_id: int, deleted: bool = True) -> None:
        self.store.conn.execute(
            "UPDATE meetings SET deleted_at = ? WHERE id = ?",
            (_now() if deleted else None, meeting_id),
        )

    # ------------------------------------------------------------------ agenda

    def items(self, meeting_id: int) -> list[AgendaItem]:
        rows = self.store.query(
            "SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)
        )
        return [_item(row) for row in rows]

    def get_item(self, item_id: int) -> AgendaItem:
        rows = self.store.query("SELECT * FROM agenda_items WHERE id = ?", (item_id,))
        if not rows:
            raise NotFoundError(
                translate("Meetings", "Er is geen agendapunt met id {id}.").format(id=item_id)
            )
        return _item(rows[0])

    def insert_item(self, item: AgendaItem) -> int:
        cursor = self.store.conn.execute(
            "INSERT INTO agenda_items (meeting_id, position, kind, text, advice_id, purpose, "
            "adopted) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                item.meeting_id,
                item.position,
                item.kind.value,
                item.text,
                item.advice_id,
                item.purpose.value if item.purpose else None,
                int(item.adopted),
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def set_positions(self, item_ids: list[int]) -> None:
        self.store.conn.executemany(
            "UPDATE agenda_items SET position = ? WHERE id = ?",
            [(position, item_id) for position, item_id in enumerate(item_ids, start=1)],
        )

    def delete_item(self, item_id: int) -> None:
        self.store.conn.execute("DELETE FROM agenda_items WHERE id = ?", (item_id,))

    def set_adopted(self, item_id: int, adopted: bool) -> None:
        self.store.conn.execute(
            "UPDATE agenda_items SET adopted = ? WHERE id = ?", (int(adopted), item_id)
        )

    def adopted_in(self, advice_id: int) -> Meeting | None:
        """The (latest) meeting in which the advice was adopted."""
        rows = self.store.query(
            "SELECT m.* FROM agenda_items AS i JOIN meetings AS m ON m.id = i.meeting_id "
            "WHERE i.advice_id = ? AND i.adopted = 1 AND m.deleted_at IS NULL "
            "ORDER BY m.date DESC, m.id DESC LIMIT 1",
            (advice_id,),
        )
        return _meeting(rows[0]) if rows else None

    # ------------------------------------------------------------------ actions

    def actions(self) -> list[Action]:
        rows = self.store.query(
            "SELECT a.* FROM actions AS a JOIN meetings AS m ON m.id = a.meeting_id "
            "WHERE m.deleted_at IS NULL ORDER BY a.id"
        )
        return [_action(row) for row in rows]

    def get_action(self, action_id: int) -> Action:
        rows = self.store.query("SELECT * FROM actions WHERE id = ?", (action_id,))
        if not rows:
            raise NotFoundError(
                translate("Meetings", "Er is geen actie met id {id}.").format(id=action_id)
            )
        return _action(rows[0])

    def insert_action(self, action: Action) -> int:
        at = _now()
        cursor = self.store.conn.execute(
            "INSERT INTO actions (meeting_id, text, who, due, status, status_date, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                action.meeting_id,
                action.text,
                action.who,
                to_iso(action.due),
                action.status.value,
                to_iso(action.status_date),
                at,
                at,
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def set_action_status(self, action_id: int, status: ActionStatus, on: date | None) -> None:
        self.store.conn.execute(
            "UPDATE actions SET status = ?, status_date = ?, updated_at = ? WHERE id = ?",
            (status.value, to_iso(on), _now(), action_id),
        )

    def agenda_candidates(self) -> list[tuple[int, str, str]]:
        """Advices that can go on an agenda (id, number, title), newest first."""
        rows = self.store.query(
            "SELECT id, number, title FROM advices WHERE deleted_at IS NULL "
            "ORDER BY year DESC, seq DESC"
        )
        return [(row["id"], row["number"], row["title"]) for row in rows]

    def running_advice_terms(self, today: date) -> list[tuple[int, str, date]]:
        """(id, number, due) of advices not yet sent whose advice term ends on or after
        ``today`` (the stored, derived ``advice_due``), earliest first."""
        # While an advice is not sent, its nearest open deadline (``next_due``, indexed) is
        # its advice term: the index keeps this cheap on a register of 100,000 advices.
        rows = self.store.query(
            "SELECT id, number, advice_due FROM advices WHERE next_due >= ? "
            "AND deleted_at IS NULL AND sent_date IS NULL AND advice_due = next_due "
            "AND status NOT IN ('afgerond', 'vervallen') ORDER BY advice_due, number",
            (to_iso(today),),
        )
        found = []
        for row in rows:
            due = from_iso(row["advice_due"])
            assert due is not None
            found.append((row["id"], row["number"], due))
        return found

    # ------------------------------------------------------------------ postlijst

    def post_between(self, start: date, end: date) -> list[PostRow]:
        """Requests received, replies and other letters dated in ``(start, end]``."""
        window = (to_iso(start), to_iso(end))
        found: list[PostRow] = []
        for row in self.store.query(
            "SELECT id, number, title, request_received FROM advices "
            "WHERE deleted_at IS NULL AND request_received > ? AND request_received <= ?",
            window,
        ):
            day = from_iso(row["request_received"])
            assert day is not None
            found.append((day, PostKind.ADVIESAANVRAAG, row["title"], row["id"], row["number"]))
        for row in self.store.query(
            "SELECT r.date, r.subject, a.id, a.number, a.title FROM replies AS r "
            "JOIN advices AS a ON a.id = r.advice_id "
            "WHERE r.deleted_at IS NULL AND a.deleted_at IS NULL AND r.date > ? AND r.date <= ?",
            window,
        ):
            day = from_iso(row["date"])
            assert day is not None
            subject = row["subject"] or row["title"]
            found.append((day, PostKind.REACTIE, subject, row["id"], row["number"]))
        for row in self.store.query(
            "SELECT substr(d.added_at, 1, 10) AS day, d.description, d.original_name, a.id, "
            "a.number FROM documents AS d JOIN advices AS a ON a.id = d.advice_id "
            "WHERE d.kind = 'other' AND d.deleted_at IS NULL AND a.deleted_at IS NULL "
            "AND substr(d.added_at, 1, 10) > ? AND substr(d.added_at, 1, 10) <= ?",
            window,
        ):
            day = from_iso(row["day"])
            assert day is not None
            subject = row["description"] or row["original_name"]
            found.append((day, PostKind.BRIEF, subject, row["id"], row["number"]))
        return found
