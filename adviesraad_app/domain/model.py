"""The register's objects: plain, immutable dataclasses, validated when they are made.

Derived facts (status, deadlines, overall outcome) are not stored here: they are computed by
:mod:`adviesraad_app.domain.status` and :mod:`adviesraad_app.domain.deadlines`, so they can
never contradict the data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.errors import FieldError, ValidationError
from adviesraad_app.domain.holidays import OwnDay
from adviesraad_app.i18n import translate

NUMBER_PATTERN = re.compile(r"^(\d{4})-(\d{1,4})$")
MAX_TITLE = 500
MAX_TEXT = 200_000


class AdviceKind(StrEnum):
    GEVRAAGD = "gevraagd"
    ONGEVRAAGD = "ongevraagd"
    SIGNAAL = "signaal"

    @property
    def label(self) -> str:
        return {
            AdviceKind.GEVRAAGD: translate("Model", "gevraagd advies"),
            AdviceKind.ONGEVRAAGD: translate("Model", "ongevraagd advies"),
            AdviceKind.SIGNAAL: translate("Model", "signaal"),
        }[self]


class Outcome(StrEnum):
    """The college's answer to one recommendation."""

    OVERGENOMEN = "overgenomen"
    DEELS = "deels"
    NIET = "niet"
    KENNISGENOMEN = "kennisgenomen"

    @property
    def label(self) -> str:
        return {
            Outcome.OVERGENOMEN: translate("Model", "overgenomen"),
            Outcome.DEELS: translate("Model", "deels overgenomen"),
            Outcome.NIET: translate("Model", "niet overgenomen"),
            Outcome.KENNISGENOMEN: translate("Model", "kennisgenomen"),
        }[self]

    @property
    def needs_reasons(self) -> bool:
        """The college departs from the advice and must give its reasons."""
        return self in (Outcome.DEELS, Outcome.NIET)


class CommitmentStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    LAPSED = "lapsed"

    @property
    def label(self) -> str:
        return {
            CommitmentStatus.OPEN: translate("Model", "open"),
            CommitmentStatus.DONE: translate("Model", "nagekomen"),
            CommitmentStatus.LAPSED: translate("Model", "vervallen"),
        }[self]


class ManualStatus(StrEnum):
    """A status the secretary sets by hand, on top of the derived one."""

    AFGEROND = "afgerond"
    VERVALLEN = "vervallen"


class AdviceStatus(StrEnum):
    AANVRAAG_ONTVANGEN = "aanvraag_ontvangen"
    IN_VOORBEREIDING = "in_voorbereiding"
    ADVIES_VERZONDEN = "advies_verzonden"
    REACTIE_ONTVANGEN = "reactie_ontvangen"
    AFGEROND = "afgerond"
    VERVALLEN = "vervallen"

    @property
    def label(self) -> str:
        return {
            AdviceStatus.AANVRAAG_ONTVANGEN: translate("Model", "aanvraag ontvangen"),
            AdviceStatus.IN_VOORBEREIDING: translate("Model", "in voorbereiding"),
            AdviceStatus.ADVIES_VERZONDEN: translate("Model", "advies verzonden"),
            AdviceStatus.REACTIE_ONTVANGEN: translate("Model", "reactie ontvangen"),
            AdviceStatus.AFGEROND: translate("Model", "afgerond"),
            AdviceStatus.VERVALLEN: translate("Model", "vervallen"),
        }[self]

    @property
    def is_closed(self) -> bool:
        return self in (AdviceStatus.AFGEROND, AdviceStatus.VERVALLEN)


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


class DocumentKind(StrEnum):
    REQUEST = "request"
    ADVICE = "advice"
    REPLY = "reply"
    OTHER = "other"
    COUNCIL_LETTER = "council_letter"  # a letter the council sent (docs/LETTERS.md)

    @property
    def label(self) -> str:
        return {
            DocumentKind.REQUEST: translate("Model", "adviesaanvraag"),
            DocumentKind.ADVICE: translate("Model", "advies"),
            DocumentKind.REPLY: translate("Model", "reactie college"),
            DocumentKind.OTHER: translate("Model", "overig"),
            DocumentKind.COUNCIL_LETTER: translate("Model", "brief van de raad"),
        }[self]


DEFAULT_THEMES: tuple[str, ...] = (
    "Wmo",
    "Jeugd",
    "Participatiewet",
    "Schuldhulpverlening",
    "Maatschappelijke opvang",
    "Beschermd wonen",
    "Overig",
)


def _coerce(obj: object, name: str, enum_type: type[StrEnum], optional: bool = False) -> bool:
    """Accept an enum's value (``"gevraagd"``) for an enum field, as Qt and JSON hand them over.

    Returns ``False`` when the value is not one of the enum's.
    """
    value = getattr(obj, name)
    if isinstance(value, enum_type) or (optional and value is None):
        return True
    try:
        object.__setattr__(obj, name, enum_type(value))
    except ValueError:
        return False
    return True


def _check(errors: list[FieldError], condition: bool, name: str, message: str) -> None:
    if not condition:
        errors.append(FieldError(name, message))


def _raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def _check_text(errors: list[FieldError], value: str, name: str, limit: int = MAX_TEXT) -> None:
    # Messages are translated only on failure: this runs for every text field of every object
    # made, and an import of thousands of rows spent a third of its time translating.
    if len(value) > limit:
        errors.append(
            FieldError(
                name,
                translate("Model", "De tekst is te lang (meer dan {n} tekens).").format(n=limit),
            )
        )
    if "\x00" in value:
        errors.append(FieldError(name, translate("Model", "De tekst bevat een ongeldig teken.")))


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A numbered recommendation (aanbeveling) of an advice."""

    number: int
    text: str

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        _check(
            errors,
            self.number >= 1,
            "recommendations",
            translate("Model", "Een aanbeveling heeft een nummer vanaf 1."),
        )
        _check(
            errors,
            bool(self.text.strip()),
            "recommendations",
            translate("Model", "Aanbeveling {n} heeft geen tekst.").format(n=self.number),
        )
        _check_text(errors, self.text, "recommendations")
        _raise_if(errors)


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
        _coerce(self, "manual_status", ManualStatus, optional=True)
        for name in ("advice_term_weeks", "reply_term_weeks"):
            weeks = getattr(self, name)
            _check(
                errors,
                weeks is None or (isinstance(weeks, int) and 1 <= weeks <= 52),
                name,
                translate("Model", "Een termijn is 1 tot en met 52 weken."),
            )
        if not _coerce(self, "kind", AdviceKind):
            errors.append(
                FieldError(
                    "kind",
                    translate("Model", "Onbekende soort advies: ‘{kind}’.").format(kind=self.kind),
                )
            )
        _check(
            errors,
            bool(self.title.strip()),
            "title",
            translate("Model", "Vul het onderwerp in."),
        )
        _check_text(errors, self.title, "title", MAX_TITLE)
        if self.number:
            _check(
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
            _check_text(errors, getattr(self, name), name)
        if self.request_received and self.requested_deadline:
            _check(
                errors,
                self.requested_deadline >= self.request_received,
                "requested_deadline",
                translate("Model", "De gevraagde termijn ligt vóór de ontvangst van de aanvraag."),
            )
        if self.request_received and self.sent_date:
            _check(
                errors,
                self.sent_date >= self.request_received,
                "sent_date",
                translate("Model", "Het advies is verzonden vóór de aanvraag is ontvangen."),
            )
        if self.kind in (AdviceKind.ONGEVRAAGD, AdviceKind.SIGNAAL):
            _check(
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
        _check(
            errors,
            len(numbers) == len(set(numbers)),
            "recommendations",
            translate("Model", "Twee aanbevelingen hebben hetzelfde nummer."),
        )
        _raise_if(errors)

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


@dataclass(frozen=True, slots=True)
class RecommendationOutcome:
    """The college's outcome for one recommendation, with its reasons."""

    recommendation_number: int
    outcome: Outcome
    reasons: str = ""

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        if not _coerce(self, "outcome", Outcome):
            errors.append(
                FieldError(
                    "outcomes",
                    translate("Model", "Onbekende uitkomst: ‘{value}’.").format(value=self.outcome),
                )
            )
        _check_text(errors, self.reasons, "outcomes")
        _raise_if(errors)


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
        if not _coerce(self, "general_outcome", Outcome, optional=True):
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
            _check_text(errors, getattr(self, name), name)
        numbers = [o.recommendation_number for o in self.outcomes]
        _check(
            errors,
            len(numbers) == len(set(numbers)),
            "outcomes",
            translate("Model", "Een aanbeveling heeft twee uitkomsten."),
        )
        _raise_if(errors)

    def outcome_for(self, number: int) -> RecommendationOutcome | None:
        for item in self.outcomes:
            if item.recommendation_number == number:
                return item
        return None


@dataclass(frozen=True, slots=True)
class Commitment:
    """A promise (toezegging) the college made in a reply."""

    reply_id: int
    text: str
    id: int | None = None
    due_date: date | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN
    note: str = ""
    # How it was closed (nagekomen or vervallen): when, how (which letter, which meeting) and,
    # optionally, a document of the dossier. Empty while it is open.
    closed_on: date | None = None
    closing_note: str = ""
    document_id: int | None = None
    created_at: datetime | None = None
    deleted_at: datetime | None = None

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        _check(
            errors,
            bool(self.text.strip()),
            "text",
            translate("Model", "Beschrijf de toezegging."),
        )
        _check_text(errors, self.closing_note, "closing_note")
        if not _coerce(self, "status", CommitmentStatus):
            errors.append(
                FieldError(
                    "status",
                    translate("Model", "Onbekende status: ‘{value}’.").format(value=self.status),
                )
            )
        _check_text(errors, self.text, "text")
        _check_text(errors, self.note, "note")
        _raise_if(errors)


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
        if not _coerce(self, "term", TermKind):
            errors.append(
                FieldError(
                    "term",
                    translate("Model", "Onbekende termijn: ‘{value}’.").format(value=self.term),
                )
            )
        _check(
            errors,
            bool(self.reason.strip()),
            "reason",
            translate("Model", "Geef de reden van de verdaging."),
        )
        _check(
            errors,
            bool(self.agreed_by.strip()),
            "agreed_by",
            translate("Model", "Vul in wie met de verdaging heeft ingestemd."),
        )
        if self.previous_date is not None:
            _check(
                errors,
                self.new_date > self.previous_date,
                "new_date",
                translate(
                    "Model", "De nieuwe datum moet na de huidige termijn ({date}) liggen."
                ).format(date=format_short(self.previous_date)),
            )
        _check_text(errors, self.reason, "reason")
        _check_text(errors, self.agreed_by, "agreed_by")
        _raise_if(errors)


@dataclass(frozen=True, slots=True)
class Document:
    """A file belonging to an advice; the stored copy lives in the documents folder."""

    advice_id: int
    kind: DocumentKind
    original_name: str
    stored_name: str
    sha256: str
    size: int
    id: int | None = None
    description: str = ""
    added_at: datetime | None = None
    deleted_at: datetime | None = None

    def __post_init__(self) -> None:
        if not _coerce(self, "kind", DocumentKind):
            raise ValidationError(
                [
                    FieldError(
                        "kind",
                        translate("Model", "Onbekende soort document: ‘{value}’.").format(
                            value=self.kind
                        ),
                    )
                ]
            )


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One recorded change: when, what, old value, new value."""

    at: datetime
    advice_id: int | None
    entity: str
    entity_id: int | None
    action: str
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None
    id: int | None = None


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
            _check(
                errors,
                isinstance(getattr(self, name), int) and 1 <= getattr(self, name) <= 365,
                name,
                translate("Model", "Een stap in het rappel is 1 tot en met 365 dagen."),
            )
        _check(
            errors,
            not self.college_email.strip()
            or re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", self.college_email.strip()) is not None,
            "college_email",
            translate("Model", "Dit is geen e-mailadres (naam@gemeente.nl)."),
        )
        for name in ("advice_term_weeks", "reply_term_weeks"):
            value = getattr(self, name)
            _check(
                errors,
                isinstance(value, int) and 1 <= value <= 52,
                name,
                translate("Model", "Een termijn is 1 tot en met 52 weken."),
            )
        _check(
            errors,
            isinstance(self.due_soon_days, int) and 1 <= self.due_soon_days <= 365,
            "due_soon_days",
            translate("Model", "Het venster ‘binnenkort’ is 1 tot en met 365 dagen."),
        )
        _check(
            errors,
            isinstance(self.reminder_days, int) and 0 <= self.reminder_days <= 60,
            "reminder_days",
            translate("Model", "Een herinnering is 0 tot en met 60 dagen vooraf."),
        )
        _check(
            errors,
            bool(self.council_name.strip()),
            "council_name",
            translate("Model", "Vul de naam van de adviesraad in."),
        )
        cleaned = [t.strip() for t in self.themes]
        _check(
            errors,
            all(cleaned) and len(set(cleaned)) == len(cleaned),
            "themes",
            translate("Model", "Thema’s mogen niet leeg zijn of dubbel voorkomen."),
        )
        days = [d.date for d in self.own_days]
        _check(
            errors,
            all(isinstance(d, OwnDay) and d.name.strip() for d in self.own_days)
            and len(set(days)) == len(days),
            "own_days",
            translate("Model", "Een eigen vrije dag heeft een naam en komt maar één keer voor."),
        )
        _raise_if(errors)
