"""Plain JSON-ready dictionaries of the register's objects (English keys, ISO dates)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.deadline_items import DeadlineItem
from adviesraad_app.domain.deadlines import Term
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.domain.kinds import DeadlineState
from adviesraad_app.domain.replies import Reply
from adviesraad_app.domain.status import overall_outcome
from adviesraad_app.domain.views import RegisterRow


def plain(value: Any) -> Any:
    """Dataclasses, enums, dates and tuples as JSON-ready values."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    return value


def advice_dict(advice: Advice) -> dict[str, Any]:
    data: dict[str, Any] = plain(advice)
    data["year"] = advice.year
    return data


def reply_dict(reply: Reply) -> dict[str, Any]:
    data: dict[str, Any] = plain(reply)
    outcome = overall_outcome(reply)
    data["overall_outcome"] = outcome.value if outcome else None
    return data


def term_dict(
    term: Term | None, progress: tuple[DeadlineState, int | None] | None = None
) -> dict[str, Any] | None:
    """A term in ``show --json``: its dates, how the Atw moved it (``shifted_from``,
    ``shift_reasons``) and where it stands (``state``, ``days_left``)."""
    if term is None:
        return None
    return {
        "kind": term.kind.value,
        "due": term.due.isoformat(),
        "original": term.original.isoformat(),
        "extended": term.extended,
        "shifted_from": plain(term.shifted_from),
        "shift_reasons": list(term.shift_reasons),
        "state": progress[0].value if progress else None,
        "days_left": progress[1] if progress else None,
    }


def dossier_dict(
    dossier: Dossier, today: date | None = None, due_soon_days: int = 14
) -> dict[str, Any]:
    """``show --json``. ``today`` (default: today) and ``due_soon_days`` judge the terms."""
    today = today or date.today()
    data = advice_dict(dossier.advice)
    data.update(
        status=dossier.status.value,
        advice_term=term_dict(
            dossier.advice_term, dossier.term_state(dossier.advice_term, today, due_soon_days)
        ),
        reply_term=term_dict(
            dossier.reply_term, dossier.term_state(dossier.reply_term, today, due_soon_days)
        ),
        advice_due=plain(dossier.advice_term.due if dossier.advice_term else None),
        reply_due=plain(dossier.reply_term.due if dossier.reply_term else None),
        reply=reply_dict(dossier.reply) if dossier.reply else None,
        outcome=plain(dossier.outcome),
        reply_days_late=dossier.reply_days_late,
        reply_time_days=dossier.reply_time_days,
        commitments=plain(dossier.commitments),
        extensions=plain(dossier.extensions),
        documents=plain(dossier.documents),
        history=plain(dossier.history),
        reminders=[
            {"date": r.date.isoformat(), "kind": r.kind.value, "commitment_id": r.commitment_id}
            for r in dossier.reminders
        ],
    )
    return data


def register_row_dict(row: RegisterRow) -> dict[str, Any]:
    data: dict[str, Any] = plain(row)
    return data


def deadline_dict(item: DeadlineItem, today: date | None = None) -> dict[str, Any]:
    """The ``deadlines --json`` contract: these keys, these values. ``next_step`` is Dutch
    text (null when nothing is late or all steps are taken), as of ``today``."""
    step = item.next_step.text(today or date.today()) if item.next_step else None
    return {
        "advice_id": item.advice_id,
        "number": item.number,
        "title": item.title,
        "type": item.type.value,
        "due_date": plain(item.due_date),
        "days_left": item.days_left,
        "state": item.state.value,
        "commitment_id": item.commitment_id,
        "original_date": plain(item.original_date),
        "detail": item.detail,
        "shifted_from": plain(item.shifted_from),
        "shift_reasons": list(item.shift_reasons),
        "reminders": [{"date": r.date.isoformat(), "kind": r.kind.value} for r in item.reminders],
        "next_step": step,
    }
