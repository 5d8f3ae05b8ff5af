"""An agreed extension (verdaging) of the advice term or the reply term."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from adviesraad_app.domain.checks import check, check_text, coerce_enum, raise_if
from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.errors import FieldError
from adviesraad_app.i18n import translate


class TermKind(StrEnum):
    """Which of the two deadlines an extension (verdaging) moves."""

    ADVICE = "advice"
    REPLY = "reply"

    @property
    def label(self) -> str:
        return {
            TermKind.ADVICE: translate("Model", "adviestermijn"),
            TermKind.REPLY: translate("Model", "reactietermijn"),
        }[self]


@dataclass(frozen=True, slots=True)
class Extension:
    """An agreed extension (verdaging) of a term. The original date is never overwritten."""

    advice_id: int
    term: TermKind
    new_date: date
    reason: str
    agreed_by: str
    id: int | None = None
    previous_date: date | None = None  # the deadline as it stood when the extension was agreed
    agreed_on: date | None = None
    created_at: datetime | None = None
    deleted_at: datetime | None = None

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        if not coerce_enum(self, "term", TermKind):
            errors.append(
                FieldError(
                    "term",
                    translate("Model", "Onbekende termijn: ‘{value}’.").format(value=self.term),
                )
            )
        check(
            errors,
            bool(self.reason.strip()),
            "reason",
            translate("Model", "Geef de reden van de verdaging."),
        )
        check(
            errors,
            bool(self.agreed_by.strip()),
            "agreed_by",
            translate("Model", "Vul in wie met de verdaging heeft ingestemd."),
        )
        if self.previous_date is not None:
            check(
                errors,
                self.new_date > self.previous_date,
                "new_date",
                translate(
                    "Model", "De nieuwe datum moet na de huidige termijn ({date}) liggen."
                ).format(date=format_short(self.previous_date)),
            )
        check_text(errors, self.reason, "reason")
        check_text(errors, self.agreed_by, "agreed_by")
        raise_if(errors)
