"""The list of open deadlines (Termijnen, ``adviesraad termijnen``): advice terms, reply terms
and commitments, earliest first. ``RegisterService.deadlines`` reads the register and hands
the rows to :func:`open_deadlines`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from adviesraad_app.domain.kinds import AdviceStatus, DeadlineState, DeadlineType
from adviesraad_app.domain.settings import Settings

if TYPE_CHECKING:  # loaded when the deadlines are listed (issue 14, start-up)
    from adviesraad_app.domain.advices import Advice
    from adviesraad_app.domain.commitment_rows import CommitmentRow
    from adviesraad_app.domain.deadline_items import DeadlineItem
    from adviesraad_app.domain.extensions import Extension
    from adviesraad_app.domain.reminders import Reminder


def _term_item(
    advice: Advice, extensions: list[Extension], settings: Settings, today: date
) -> DeadlineItem | None:
    """The term running for an open advice without a reply (``None``: none is running)."""
    from adviesraad_app.domain.deadline_items import DeadlineItem
    from adviesraad_app.domain.derived import derive
    from adviesraad_app.domain.term_days import days_left, deadline_state

    assert advice.id is not None
    derived = derive(advice, None, extensions, settings)
    if derived.status == AdviceStatus.ADVIES_VERZONDEN:
        term, kind = derived.reply_term, DeadlineType.REPLY_DUE
    else:
        term, kind = derived.advice_term, DeadlineType.ADVICE_DUE
    if term is None:
        return None
    return DeadlineItem(
        advice_id=advice.id,
        number=advice.number,
        title=advice.title,
        type=kind,
        due_date=term.due,
        days_left=days_left(term.due, today),
        state=deadline_state(term.due, today, settings.due_soon_days),
        original_date=term.original if term.extended else None,
        confidential=advice.confidential,
        shifted_from=term.shifted_from,
        shift_reasons=term.shift_reasons,
        provisional=term.shifted_from is not None
        and term.shift is not None
        and term.shift.provisional,
    )


def _commitment_item(row: CommitmentRow, settings: Settings, today: date) -> DeadlineItem:
    from adviesraad_app.domain.deadline_items import DeadlineItem
    from adviesraad_app.domain.term_days import days_left, deadline_state

    due = row.commitment.due_date
    return DeadlineItem(
        advice_id=row.advice_id,
        number=row.number,
        title=row.title,
        type=DeadlineType.COMMITMENT_DUE,
        due_date=due,
        days_left=days_left(due, today) if due is not None else None,
        state=(
            deadline_state(due, today, settings.due_soon_days)
            if due is not None
            else DeadlineState.NO_DATE
        ),
        commitment_id=row.commitment.id,
        detail=row.commitment.text,
        confidential=row.confidential,
    )


def open_deadlines(
    advices: list[Advice],
    extensions: dict[int, list[Extension]],
    open_commitments: list[CommitmentRow],
    settings: Settings,
    today: date,
    *,
    within: int | None = None,
    include_confidential: bool = True,
) -> list[DeadlineItem]:
    """The deadlines of the open advices (those without a reply: ``next_due`` runs) and of
    the open commitments, earliest first; commitments without a date come last (state
    ``no_date``): they never vanish. ``within``: only what is due within that many days
    (overdue and undated items always count)."""
    from adviesraad_app.domain.deadline_items import sort_key

    items: list[DeadlineItem] = []
    for advice in advices:
        assert advice.id is not None
        if advice.confidential and not include_confidential:
            continue
        item = _term_item(advice, extensions.get(advice.id, []), settings, today)
        if item is not None:
            items.append(item)
    items += [_commitment_item(row, settings, today) for row in open_commitments]
    if within is not None:
        items = [i for i in items if i.days_left is None or i.days_left <= within]
    return sorted(items, key=sort_key)


def with_reminders(
    items: list[DeadlineItem], reminders: dict[int, list[Reminder]], settings: Settings
) -> list[DeadlineItem]:
    """Late replies and commitments with the reminders sent about them and the next step."""
    from adviesraad_app.domain.reminders import about, next_step

    result = []
    for item in items:
        if item.type == DeadlineType.ADVICE_DUE:
            result.append(item)
            continue
        sent = about(reminders.get(item.advice_id, []), item.commitment_id)
        step = None
        if item.state == DeadlineState.OVERDUE and item.due_date is not None:
            step = next_step(sent, item.due_date + timedelta(days=1), settings)
        result.append(replace(item, reminders=tuple(sent), next_step=step))
    return result
