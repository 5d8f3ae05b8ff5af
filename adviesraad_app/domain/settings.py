"""The register's settings: terms, windows, themes, own days off, letters out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from adviesraad_app.domain.checks import check, raise_if
from adviesraad_app.domain.errors import FieldError
from adviesraad_app.i18n import translate

if TYPE_CHECKING:  # the holidays load when a council has days of its own (issue 14, start-up)
    from adviesraad_app.domain.holidays import OwnDay

DEFAULT_THEMES: tuple[str, ...] = (
    "Wmo",
    "Jeugd",
    "Participatiewet",
    "Schuldhulpverlening",
    "Maatschappelijke opvang",
    "Beschermd wonen",
    "Overig",
)


@dataclass(frozen=True, slots=True)
class Settings:
    """The register's settings, stored in the database so they travel with the data."""

    council_name: str = "Adviesraad sociaal domein"
    municipality: str = "Almelo"
    advice_term_weeks: int = 6
    reply_term_weeks: int = 6
    apply_termijnenwet: bool = True
    due_soon_days: int = 14
    themes: tuple[str, ...] = field(default=DEFAULT_THEMES)
    reminder_days: int = 3
    open_pdf_after_export: bool = True
    # The council's own non-working days (a municipal closing day): they count like holidays.
    own_days: tuple[OwnDay, ...] = ()
    # Letters out (docs/LETTERS.md): when the next step of a late reply is due, where the
    # e-mail draft goes, and the council's own Word template per kind of letter ("" = ours).
    second_reminder_days: int = 14  # after the first reminder
    inform_council_days: int = 28  # after the second reminder
    college_email: str = ""
    template_ontvangstbevestiging: str = ""
    template_advies: str = ""
    template_herinnering: str = ""
    template_raadsbericht: str = ""

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        for name in ("second_reminder_days", "inform_council_days"):
            check(
                errors,
                isinstance(getattr(self, name), int) and 1 <= getattr(self, name) <= 365,
                name,
                translate("Model", "Een stap in het rappel is 1 tot en met 365 dagen."),
            )
        check(
            errors,
            not self.college_email.strip()
            or re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", self.college_email.strip()) is not None,
            "college_email",
            translate("Model", "Dit is geen e-mailadres (naam@gemeente.nl)."),
        )
        for name in ("advice_term_weeks", "reply_term_weeks"):
            value = getattr(self, name)
            check(
                errors,
                isinstance(value, int) and 1 <= value <= 52,
                name,
                translate("Model", "Een termijn is 1 tot en met 52 weken."),
            )
        check(
            errors,
            isinstance(self.due_soon_days, int) and 1 <= self.due_soon_days <= 365,
            "due_soon_days",
            translate("Model", "Het venster ‘binnenkort’ is 1 tot en met 365 dagen."),
        )
        check(
            errors,
            isinstance(self.reminder_days, int) and 0 <= self.reminder_days <= 60,
            "reminder_days",
            translate("Model", "Een herinnering is 0 tot en met 60 dagen vooraf."),
        )
        check(
            errors,
            bool(self.council_name.strip()),
            "council_name",
            translate("Model", "Vul de naam van de adviesraad in."),
        )
        cleaned = [t.strip() for t in self.themes]
        check(
            errors,
            all(cleaned) and len(set(cleaned)) == len(cleaned),
            "themes",
            translate("Model", "Thema’s mogen niet leeg zijn of dubbel voorkomen."),
        )
        check(
            errors,
            _own_days_valid(self.own_days),
            "own_days",
            translate("Model", "Een eigen vrije dag heeft een naam en komt maar één keer voor."),
        )
        raise_if(errors)


def _own_days_valid(own_days: tuple[OwnDay, ...]) -> bool:
    """Every own day has a name and a date of its own."""
    if not own_days:
        return True
    from adviesraad_app.domain.holidays import OwnDay

    days = [d.date for d in own_days]
    named = all(isinstance(d, OwnDay) and d.name.strip() for d in own_days)
    return named and len(set(days)) == len(days)
