"""Whether a letter of the council may be written now: a reminder only for a late reply or an
overdue commitment, an advice letter only with recommendations, an acknowledgement only for a
request (docs/LETTERS.md). Each refusal is a Dutch message; nothing is written."""

from __future__ import annotations

from datetime import date

from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.dates import format_long
from adviesraad_app.domain.deadlines import Term
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.kinds import AdviceKind, CommitmentStatus
from adviesraad_app.domain.reminders import LetterKind
from adviesraad_app.i18n import translate


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
