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
from typing import TYPE_CHECKING

from adviesraad_app.domain.advices import AdviceKind
from adviesraad_app.domain.commitments import Commitment, CommitmentStatus
from adviesraad_app.domain.dates import format_long
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.settings import Settings
from adviesraad_app.i18n import translate

if TYPE_CHECKING:  # views holds a dossier's reminders: no import at run time
    from adviesraad_app.domain.deadlines import Term
    from adviesraad_app.domain.views import Dossier


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


def days_late(due: date, on: date) -> int:
    """Days a term has passed on ``on`` (0 when not passed)."""
    return max(0, (on - due).days)


def _refuse(message: str) -> UserError:
    return UserError(message)


def _reply_term_passed(dossier: Dossier, on: date) -> Term:
    number = dossier.advice.number
    if dossier.reply is not None:
        raise _refuse(
            translate(
                "Letters",
                "Advies {number} heeft al een reactie van het college (van {date}); een "
                "herinnering is niet nodig. Er is geen brief gemaakt.",
            ).format(number=number, date=format_long(dossier.reply.date))
        )
    term = dossier.reply_term
    if term is None:
        raise _refuse(
            translate(
                "Letters",
                "Voor advies {number} loopt geen reactietermijn (nog niet verzonden, of een "
                "signaal); een herinnering kan niet. Er is geen brief gemaakt.",
            ).format(number=number)
        )
    if on <= term.due:
        raise _refuse(
            translate(
                "Letters",
                "De reactie op advies {number} is niet te laat: het college heeft tot en met "
                "{due}. Er is geen brief gemaakt.",
            ).format(number=number, due=format_long(term.due))
        )
    return term


def _commitment_overdue(dossier: Dossier, commitment_id: int, on: date) -> Commitment:
    number = dossier.advice.number
    found = [c for c in dossier.commitments if c.id == commitment_id]
    if not found:
        raise _refuse(
            translate(
                "Letters",
                "Toezegging {id} hoort niet bij advies {number}. Er is geen brief gemaakt.",
            ).format(id=commitment_id, number=number)
        )
    commitment = found[0]
    if commitment.status != CommitmentStatus.OPEN:
        raise _refuse(
            translate(
                "Letters",
                "Toezegging {id} is afgesloten; een herinnering is niet nodig. Er is geen brief "
                "gemaakt.",
            ).format(id=commitment_id)
        )
    if commitment.due_date is None or on <= commitment.due_date:
        due = (
            translate("Letters", "heeft geen datum")
            if commitment.due_date is None
            else translate("Letters", "loopt tot en met {due}").format(
                due=format_long(commitment.due_date)
            )
        )
        raise _refuse(
            translate(
                "Letters",
                "Toezegging {id} is niet te laat: zij {due}. Er is geen brief gemaakt.",
            ).format(id=commitment_id, due=due)
        )
    return commitment


def check_letter(
    kind: LetterKind, dossier: Dossier, on: date, commitment_id: int | None = None
) -> None:
    """Refuse (``UserError``, Dutch) a letter that does not fit the advice on ``on``."""
    number = dossier.advice.number
    if commitment_id is not None and kind != LetterKind.HERINNERING:
        raise _refuse(
            translate(
                "Letters",
                "Een toezegging hoort alleen bij een herinnering, niet bij een {kind}.",
            ).format(kind=kind.label)
        )
    if kind == LetterKind.ONTVANGSTBEVESTIGING:
        if dossier.advice.kind != AdviceKind.GEVRAAGD:
            raise _refuse(
                translate(
                    "Letters",
                    "Advies {number} is niet gevraagd; een ontvangstbevestiging hoort bij een "
                    "adviesaanvraag. Er is geen brief gemaakt.",
                ).format(number=number)
            )
        return
    if kind == LetterKind.ADVIES:
        if not dossier.advice.recommendations:
            raise _refuse(
                translate(
                    "Letters",
                    "Advies {number} heeft geen aanbevelingen; een adviesbrief zonder "
                    "aanbevelingen wordt niet gemaakt. Vul ze eerst in het dossier in.",
                ).format(number=number)
            )
        return
    if kind == LetterKind.HERINNERING and commitment_id is not None:
        _commitment_overdue(dossier, commitment_id, on)
        return
    _reply_term_passed(dossier, on)


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
