"""Letters out: which letter may be written, and the escalation of a late reply.

Rules (DOMAIN.md, *The secretary's cycle*): when the college does not reply in time the
council sends a reminder, then a second one, then informs the gemeenteraad. Here:

* After no reminder, the next step of a late reply (or overdue commitment) is the first
  reminder, at once.
* After one, the second reminder, ``Settings.second_reminder_days`` after the first.
* After two, informing the gemeenteraad, ``Settings.inform_council_days`` after the second.
* After the raadsbericht nothing is left to send: no next step.

Pure: no SQL, no Qt, no files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from adviesraad_app.domain.dates import format_long
from adviesraad_app.domain.settings import Settings
from adviesraad_app.i18n import translate


class LetterKind(StrEnum):
    """The four letters (their CLI names are these values)."""

    ONTVANGSTBEVESTIGING = "ontvangstbevestiging"
    ADVIES = "advies"
    HERINNERING = "herinnering"
    RAADSBERICHT = "raadsbericht"

    @property
    def label(self) -> str:
        return {
            LetterKind.ONTVANGSTBEVESTIGING: translate("Letters", "ontvangstbevestiging"),
            LetterKind.ADVIES: translate("Letters", "adviesbrief"),
            LetterKind.HERINNERING: translate("Letters", "herinnering"),
            LetterKind.RAADSBERICHT: translate("Letters", "bericht aan de gemeenteraad"),
        }[self]

    @property
    def is_reminder(self) -> bool:
        """A step of the escalation: recorded as a dated event of the advice."""
        return self in (LetterKind.HERINNERING, LetterKind.RAADSBERICHT)


@dataclass(frozen=True, slots=True)
class Reminder:
    """A reminder (or the raadsbericht) sent about a late reply or an overdue commitment."""

    advice_id: int
    kind: LetterKind
    date: date
    commitment_id: int | None = None  # None: about the reply
    document_id: int | None = None  # the letter, stored in the dossier
    id: int | None = None


class StepKind(StrEnum):
    FIRST_REMINDER = "first_reminder"
    SECOND_REMINDER = "second_reminder"
    INFORM_COUNCIL = "inform_council"


@dataclass(frozen=True, slots=True)
class NextStep:
    """What to do next about a late reply or commitment, and from which day."""

    kind: StepKind
    from_date: date

    @property
    def letter(self) -> LetterKind:
        if self.kind == StepKind.INFORM_COUNCIL:
            return LetterKind.RAADSBERICHT
        return LetterKind.HERINNERING

    def text(self, today: date) -> str:
        """``eerste herinnering sturen``; a step that is not due yet says from when."""
        base = {
            StepKind.FIRST_REMINDER: translate("Letters", "eerste herinnering sturen"),
            StepKind.SECOND_REMINDER: translate("Letters", "tweede herinnering sturen"),
            StepKind.INFORM_COUNCIL: translate("Letters", "gemeenteraad informeren"),
        }[self.kind]
        if today >= self.from_date:
            return base
        return translate("Letters", "{step} vanaf {date}").format(
            step=base, date=format_long(self.from_date)
        )


def about(reminders: list[Reminder], commitment_id: int | None) -> list[Reminder]:
    """The reminders about the reply (``None``) or one commitment, oldest first."""
    chosen = [r for r in reminders if r.commitment_id == commitment_id]
    return sorted(chosen, key=lambda r: (r.date, r.id or 0))


def next_step(reminders: list[Reminder], late_since: date, settings: Settings) -> NextStep | None:
    """The next step for something late since ``late_since`` (the day after its due date),
    given the reminders about it (oldest first)."""
    if any(r.kind == LetterKind.RAADSBERICHT for r in reminders):
        return None
    sent = [r for r in reminders if r.kind == LetterKind.HERINNERING]
    if not sent:
        return NextStep(StepKind.FIRST_REMINDER, late_since)
    if len(sent) == 1:
        return NextStep(
            StepKind.SECOND_REMINDER, sent[0].date + timedelta(days=settings.second_reminder_days)
        )
    return NextStep(
        StepKind.INFORM_COUNCIL, sent[-1].date + timedelta(days=settings.inform_council_days)
    )


def reminder_text(reminder: Reminder) -> str:
    """``herinnerd op 1 oktober 2024`` / ``gemeenteraad geïnformeerd op 12 november 2024``."""
    if reminder.kind == LetterKind.RAADSBERICHT:
        return translate("Letters", "gemeenteraad geïnformeerd op {date}").format(
            date=format_long(reminder.date)
        )
    return translate("Letters", "herinnerd op {date}").format(date=format_long(reminder.date))


def reminders_text(reminders: list[Reminder] | tuple[Reminder, ...]) -> str:
    """All of them in one line, oldest first; a reminder about a commitment says so."""
    parts = []
    for reminder in reminders:
        text = reminder_text(reminder)
        if reminder.commitment_id is not None:
            text += " " + translate("Letters", "(toezegging {id})").format(
                id=reminder.commitment_id
            )
        parts.append(text)
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]
