"""The college's reply to an advice and its outcome per recommendation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from adviesraad_app.domain.checks import check, check_text, coerce_enum, raise_if
from adviesraad_app.domain.errors import FieldError
from adviesraad_app.domain.kinds import Outcome
from adviesraad_app.i18n import translate


@dataclass(frozen=True, slots=True)
class RecommendationOutcome:
    """The college's outcome for one recommendation, with its reasons."""

    recommendation_number: int
    outcome: Outcome
    reasons: str = ""

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        if not coerce_enum(self, "outcome", Outcome):
            errors.append(
                FieldError(
                    "outcomes",
                    translate("Model", "Onbekende uitkomst: ‘{value}’.").format(value=self.outcome),
                )
            )
        check_text(errors, self.reasons, "outcomes")
        raise_if(errors)


@dataclass(frozen=True, slots=True)
class Reply:
    """The college's written reply (reactie) to an advice."""

    advice_id: int
    date: date
    id: int | None = None
    our_reference: str = ""  # "Ons kenmerk" of the municipality
    case_number: str = ""  # "Zaaknummer"
    handled_by: str = ""  # "Behandeld door"
    signatories: str = ""
    subject: str = ""
    summary: str = ""
    outcomes: tuple[RecommendationOutcome, ...] = ()
    # Used when the advice has no numbered recommendations: the outcome of the advice as a whole.
    general_outcome: Outcome | None = None
    created_at: datetime | None = None
    deleted_at: datetime | None = None

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        if not coerce_enum(self, "general_outcome", Outcome, optional=True):
            errors.append(
                FieldError(
                    "general_outcome",
                    translate("Model", "Onbekende uitkomst: ‘{value}’.").format(
                        value=self.general_outcome
                    ),
                )
            )
        for name in (
            "our_reference",
            "case_number",
            "handled_by",
            "signatories",
            "subject",
            "summary",
        ):
            check_text(errors, getattr(self, name), name)
        numbers = [o.recommendation_number for o in self.outcomes]
        check(
            errors,
            len(numbers) == len(set(numbers)),
            "outcomes",
            translate("Model", "Een aanbeveling heeft twee uitkomsten."),
        )
        raise_if(errors)

    def outcome_for(self, number: int) -> RecommendationOutcome | None:
        for item in self.outcomes:
            if item.recommendation_number == number:
                return item
        return None
