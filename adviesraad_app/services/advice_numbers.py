"""The rules for an advice's own number (``2024-07``): an empty one gets the next free number
of its year, a saved advice keeps its number (letters refer to it), no two advices share one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from adviesraad_app.domain.errors import FieldError, UserError, ValidationError
from adviesraad_app.i18n import translate
from adviesraad_app.storage.repository import Repository

if TYPE_CHECKING:  # an advice is defined when one is written (issue 14, start-up)
    from adviesraad_app.domain.advices import Advice


def number_in_use_message(number: str) -> str:
    return translate("Register", "Het nummer {number} is al in gebruik.").format(number=number)


class NumberInUse(UserError):
    """A number was taken meanwhile (``RegisterService.add_checked_advices``)."""

    def __init__(self, index: int, number: str) -> None:
        super().__init__(number_in_use_message(number))
        self.index = index  # of the row in the rows given
        self.number = number


def checked_number(advice: Advice, repo: Repository) -> Advice:
    """``advice`` with its number checked, or with the next free one of its year when empty
    (a new advice only). Raises :class:`ValidationError` on the ``number`` field."""
    if not advice.number and advice.id is not None:
        message = translate(
            "Register",
            "Vul het nummer in; een opgeslagen advies houdt zijn nummer (brieven "
            "verwijzen ernaar).",
        )
        raise ValidationError([FieldError("number", message)])
    if not advice.number:
        year = (advice.request_received or advice.sent_date or date.today()).year
        return replace(advice, number=repo.next_number(year))
    if repo.number_in_use(advice.number, advice.id):
        raise ValidationError([FieldError("number", number_in_use_message(advice.number))])
    return advice
