"""An advice of the council, its recommendations and its number.

The register's objects are plain, immutable dataclasses, validated when they are made: this
module holds the advice; the reply in :mod:`~adviesraad_app.domain.replies`, commitments in
:mod:`~adviesraad_app.domain.commitments`, extensions in
:mod:`~adviesraad_app.domain.extensions`, documents in :mod:`~adviesraad_app.domain.documents`,
history in :mod:`~adviesraad_app.domain.history`, the settings in
:mod:`~adviesraad_app.domain.settings`; the kinds and states they store (``AdviceKind``,
``AdviceStatus``, ``Outcome``, ...) in :mod:`~adviesraad_app.domain.kinds`. Derived facts
(status, deadlines, overall outcome) are not stored here: they are computed by
:mod:`adviesraad_app.domain.status` and :mod:`adviesraad_app.domain.deadlines`, so they can
never contradict the data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from adviesraad_app.domain.checks import MAX_TITLE, check, check_text, coerce_enum, raise_if
from adviesraad_app.domain.errors import FieldError
from adviesraad_app.domain.kinds import AdviceKind, ManualStatus
from adviesraad_app.domain.settings import Settings
from adviesraad_app.i18n import translate

NUMBER_PATTERN = re.compile(r"^(\d{4})-(\d{1,4})$")


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A numbered recommendation (aanbeveling) of an advice."""

    number: int
    text: str

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        check(
            errors,
            self.number >= 1,
            "recommendations",
            translate("Model", "Een aanbeveling heeft een nummer vanaf 1."),
        )
        check(
            errors,
            bool(self.text.strip()),
            "recommendations",
            translate("Model", "Aanbeveling {n} heeft geen tekst.").format(n=self.number),
        )
        check_text(errors, self.text, "recommendations")
        raise_if(errors)


def number_parts(number: str) -> tuple[int, int] | None:
    """``"2024-07"`` -> ``(2024, 7)``; ``None`` when the text is not such a number."""
    match = NUMBER_PATTERN.match(number.strip())
    if not match:
        return None
    return int(match[1]), int(match[2])


def format_number(year: int, sequence: int) -> str:
    return f"{year}-{sequence:02d}"


@dataclass(frozen=True, slots=True)
class Advice:
    """An advice (advies) of the council to the college."""

    kind: AdviceKind
    title: str
    id: int | None = None
    number: str = ""  # empty: assigned on saving
    theme: str = ""
    portfolio_holder: str = ""
    civil_servant: str = ""
    working_group: str = ""
    request_received: date | None = None
    request_reference: str = ""
    requested_deadline: date | None = None
    sent_date: date | None = None
    reference: str = ""
    summary: str = ""
    recommendations: tuple[Recommendation, ...] = ()
    internal_notes: str = ""
    confidential: bool = False
    published: bool = False
    manual_status: ManualStatus | None = None
    # Kept open by hand: a replied advice whose commitments are all closed stays "reactie
    # ontvangen" instead of becoming "afgerond" (a manual afgerond/vervallen still wins).
    keep_open: bool = False
    # The terms in force for this advice, recorded when its term starts (request received,
    # advice sent), so that a later change of the settings does not rewrite past deadlines.
    # None: not started yet; the settings apply.
    advice_term_weeks: int | None = None
    reply_term_weeks: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        coerce_enum(self, "manual_status", ManualStatus, optional=True)
        for name in ("advice_term_weeks", "reply_term_weeks"):
            weeks = getattr(self, name)
            check(
                errors,
                weeks is None or (isinstance(weeks, int) and 1 <= weeks <= 52),
                name,
                translate("Model", "Een termijn is 1 tot en met 52 weken."),
            )
        if not coerce_enum(self, "kind", AdviceKind):
            errors.append(
                FieldError(
                    "kind",
                    translate("Model", "Onbekende soort advies: ‘{kind}’.").format(kind=self.kind),
                )
            )
        check(
            errors,
            bool(self.title.strip()),
            "title",
            translate("Model", "Vul het onderwerp in."),
        )
        check_text(errors, self.title, "title", MAX_TITLE)
        if self.number:
            check(
                errors,
                number_parts(self.number) is not None,
                "number",
                translate(
                    "Model",
                    "Het nummer ‘{number}’ heeft niet de vorm jaar-volgnummer, zoals 2024-07.",
                ).format(number=self.number),
            )
        for name in (
            "summary",
            "internal_notes",
            "request_reference",
            "reference",
            "portfolio_holder",
            "civil_servant",
            "working_group",
            "theme",
        ):
            check_text(errors, getattr(self, name), name)
        if self.request_received and self.requested_deadline:
            check(
                errors,
                self.requested_deadline >= self.request_received,
                "requested_deadline",
                translate("Model", "De gevraagde termijn ligt vóór de ontvangst van de aanvraag."),
            )
        if self.request_received and self.sent_date:
            check(
                errors,
                self.sent_date >= self.request_received,
                "sent_date",
                translate("Model", "Het advies is verzonden vóór de aanvraag is ontvangen."),
            )
        if self.kind in (AdviceKind.ONGEVRAAGD, AdviceKind.SIGNAAL):
            check(
                errors,
                self.request_received is None and self.requested_deadline is None,
                "request_received",
                translate(
                    "Model",
                    "Een ongevraagd advies of signaal heeft geen adviesaanvraag; "
                    "kies ‘gevraagd advies’ of maak de aanvraagvelden leeg.",
                ),
            )
        numbers = [r.number for r in self.recommendations]
        check(
            errors,
            len(numbers) == len(set(numbers)),
            "recommendations",
            translate("Model", "Twee aanbevelingen hebben hetzelfde nummer."),
        )
        raise_if(errors)

    @property
    def year(self) -> int | None:
        parts = number_parts(self.number) if self.number else None
        return parts[0] if parts else None

    def recommendation(self, number: int) -> Recommendation | None:
        for item in self.recommendations:
            if item.number == number:
                return item
        return None


def with_terms_in_force(advice: Advice, settings: Settings) -> Advice:
    """Record the settings' terms on an advice whose term has started and has none yet.

    The advice term starts when a solicited advice's request is received, the reply term when
    the advice is sent. Once recorded, a term stays with the advice.
    """
    advice_weeks = advice.advice_term_weeks
    if (
        advice_weeks is None
        and advice.kind == AdviceKind.GEVRAAGD
        and advice.request_received is not None
    ):
        advice_weeks = settings.advice_term_weeks
    reply_weeks = advice.reply_term_weeks
    if reply_weeks is None and advice.kind != AdviceKind.SIGNAAL and advice.sent_date is not None:
        reply_weeks = settings.reply_term_weeks
    if (advice_weeks, reply_weeks) == (advice.advice_term_weeks, advice.reply_term_weeks):
        return advice
    return replace(advice, advice_term_weeks=advice_weeks, reply_term_weeks=reply_weeks)


def renumber(texts: Iterable[str]) -> tuple[Recommendation, ...]:
    """Recommendations numbered 1..n from their texts, skipping empty lines."""
    return tuple(
        Recommendation(number=index, text=text.strip())
        for index, text in enumerate((t for t in texts if t.strip()), start=1)
    )
