"""Meetings as JSON (the contract of ``meetings``, ``agenda`` and the action commands)."""

from __future__ import annotations

from typing import Any

from adviesraad_app.domain.meetings import Action, Meeting, PostEntry
from adviesraad_app.services.meetings.schedule import Agenda, AgendaLine


def meeting_dict(meeting: Meeting) -> dict[str, Any]:
    return {
        "id": meeting.id,
        "date": meeting.date.isoformat(),
        "time": meeting.time or None,
        "place": meeting.place,
        "kind": meeting.kind.value,
    }


def action_dict(action: Action, made_on: Meeting | None = None) -> dict[str, Any]:
    return {
        "id": action.id,
        "meeting_id": action.meeting_id,
        "meeting_date": made_on.date.isoformat() if made_on else None,
        "text": action.text,
        "who": action.who,
        "due": action.due.isoformat() if action.due else None,
        "status": action.status.value,
        "status_date": action.status_date.isoformat() if action.status_date else None,
    }


def item_dict(line: AgendaLine) -> dict[str, Any]:
    item = line.item
    return {
        "id": item.id,
        "number": line.number,
        "kind": item.kind.value,
        "title": line.title,
        "text": item.text,
        "advice_id": item.advice_id,
        "advice_number": line.advice_number or None,
        "purpose": item.purpose.value if item.purpose else None,
        "adopted": item.adopted,
    }


def post_dict(entry: PostEntry) -> dict[str, Any]:
    return {
        "number": entry.number,
        "date": entry.date.isoformat(),
        "kind": entry.kind.value,
        "subject": entry.subject,
        "advice_id": entry.advice_id,
        "advice_number": entry.advice_number or None,
    }


def agenda_dict(agenda: Agenda) -> dict[str, Any]:
    def with_origin(action: Action) -> dict[str, Any]:
        data = action_dict(action)
        made = agenda.action_origin.get(action.meeting_id)
        data["meeting_date"] = made.isoformat() if made else None
        return data

    return {
        "meeting": meeting_dict(agenda.meeting),
        "items": [item_dict(line) for line in agenda.lines],
        "postlijst": {
            "from": agenda.window[0].isoformat(),
            "to": agenda.window[1].isoformat(),
            "entries": [post_dict(e) for e in agenda.post],
        },
        "actions": [with_origin(a) for a in agenda.actions],
        "new_actions": [with_origin(a) for a in agenda.new_actions],
    }
