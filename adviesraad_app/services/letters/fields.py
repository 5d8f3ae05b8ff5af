"""The fields a letter template may use (docs/LETTERS.md has the same table, for people).

A template names a field as ``{{ advies.onderwerp }}``; a loop runs over ``aanbevelingen``
(``{% for a in aanbevelingen %}{{ a.nummer }}. {{ a.tekst }}{% endfor %}``). The values are
:class:`Group` objects: asking one for a field it does not have raises
:class:`UnknownFieldError` with the whole name (``advies.onderwrp``), so a misspelt field in
the council's own template is refused by name instead of printing an empty space.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.dates import format_long
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.reminders import LetterKind, Reminder, about
from adviesraad_app.domain.settings import Settings
from adviesraad_app.domain.term_days import days_late
from adviesraad_app.i18n import translate

# Every field (docs/LETTERS.md and the manual describe each).
FIELDS: tuple[str, ...] = (
    "datum",
    "onderwerp",
    "raad.naam",
    "raad.gemeente",
    "advies.nummer",
    "advies.onderwerp",
    "advies.soort",
    "advies.datum",
    "advies.kenmerk",
    "advies.samenvatting",
    "advies.portefeuillehouder",
    "advies.ambtenaar",
    "aanvraag.datum",
    "aanvraag.kenmerk",
    "reactie.datum",
    "reactie.kenmerk",
    "aanbevelingen",
    "aanbevelingen_tekst",
    "termijn.uiterlijk",
    "termijn.weken",
    "termijn.weken_tekst",
    "dagen_te_laat",
    "dagen_te_laat_tekst",
    "herinneringen",
    "vorige_herinnering",
    "reageer_voor",
    "toezegging.tekst",
    "toezegging.uiterlijk",
)
FIELD_NAMES = frozenset(name.split(".")[0] for name in FIELDS)
# the names inside a loop item
ITEM_FIELDS = {
    "aanbevelingen": ("nummer", "tekst"),
    "herinneringen": ("datum", "soort"),
}


class UnknownFieldError(UserError):
    """A template asks for a field that does not exist."""

    def __init__(self, name: str) -> None:
        self.field = name
        super().__init__(
            translate(
                "Letters",
                "Het sjabloon gebruikt het veld ‘{name}’, maar dat veld bestaat niet. Controleer "
                "de spelling (de velden staan in de handleiding). Er is geen brief gemaakt.",
            ).format(name=name)
        )


class Group(Mapping[str, Any]):
    """Named values (``advies.nummer``) that refuse a name they do not hold."""

    def __init__(self, name: str, values: dict[str, Any]) -> None:
        self._name = name
        self._values = values

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        return self[key]

    def __getitem__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            raise UnknownFieldError(f"{self._name}.{key}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __str__(self) -> str:  # {{ advies }} alone: its own name is no value
        raise UnknownFieldError(self._name)


def _count(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(n=n)


def weeks_text(n: int) -> str:
    return _count(n, translate("Letters", "{n} week"), translate("Letters", "{n} weken"))


def days_text(n: int) -> str:
    return _count(n, translate("Letters", "{n} dag"), translate("Letters", "{n} dagen"))


def recommendations_text(n: int) -> str:
    return _count(
        n, translate("Letters", "{n} aanbeveling"), translate("Letters", "{n} aanbevelingen")
    )


@dataclass(frozen=True, slots=True)
class LetterRequest:
    """What one letter is about."""

    kind: LetterKind
    advice_id: int
    on: date
    commitment_id: int | None = None


def subject(kind: LetterKind, dossier: Dossier, *, about_commitment: bool = False) -> str:
    """The letter's subject line (also the e-mail's)."""
    advice = dossier.advice
    if kind == LetterKind.HERINNERING and about_commitment:
        return translate("Letters", "Herinnering: toezegging bij advies {number}").format(
            number=advice.number
        )
    text = {
        LetterKind.ONTVANGSTBEVESTIGING: translate(
            "Letters", "Ontvangstbevestiging adviesaanvraag {title}"
        ),
        LetterKind.ADVIES: translate("Letters", "Advies {number} {title}"),
        LetterKind.HERINNERING: translate("Letters", "Herinnering: reactie op advies {number}"),
        LetterKind.RAADSBERICHT: translate(
            "Letters", "Uitblijven van een reactie op advies {number}"
        ),
    }[kind]
    return text.format(number=advice.number, title=advice.title)


def _commitment(dossier: Dossier, commitment_id: int | None) -> Commitment | None:
    for commitment in dossier.commitments:
        if commitment.id == commitment_id:
            return commitment
    return None


def letter_fields(request: LetterRequest, dossier: Dossier, settings: Settings) -> dict[str, Any]:
    """The values of every field for this letter (see :data:`FIELDS`)."""
    advice = dossier.advice
    kind, on = request.kind, request.on
    commitment = _commitment(dossier, request.commitment_id)
    if kind == LetterKind.ONTVANGSTBEVESTIGING:
        term = dossier.advice_term
        weeks = advice.advice_term_weeks or settings.advice_term_weeks
    else:
        term = dossier.reply_term
        weeks = advice.reply_term_weeks or settings.reply_term_weeks
    due = commitment.due_date if commitment is not None else (term.due if term else None)
    late = days_late(due, on) if due is not None else 0
    earlier = [r for r in about(dossier.reminders, request.commitment_id) if r.date <= on]
    reminders: list[Reminder] = earlier
    return {
        "datum": format_long(on),
        "onderwerp": subject(kind, dossier, about_commitment=commitment is not None),
        "raad": Group("raad", {"naam": settings.council_name, "gemeente": settings.municipality}),
        "advies": Group(
            "advies",
            {
                "nummer": advice.number,
                "onderwerp": advice.title,
                "soort": advice.kind.label,
                "datum": format_long(advice.sent_date),
                "kenmerk": advice.reference,
                "samenvatting": advice.summary,
                "portefeuillehouder": advice.portfolio_holder,
                "ambtenaar": advice.civil_servant,
            },
        ),
        "aanvraag": Group(
            "aanvraag",
            {
                "datum": format_long(advice.request_received),
                "kenmerk": advice.request_reference,
            },
        ),
        "reactie": Group(
            "reactie",
            {
                "datum": format_long(dossier.reply.date) if dossier.reply else "",
                "kenmerk": dossier.reply.our_reference if dossier.reply else "",
            },
        ),
        "aanbevelingen": [
            Group("aanbevelingen", {"nummer": r.number, "tekst": r.text})
            for r in advice.recommendations
        ],
        "aanbevelingen_tekst": recommendations_text(len(advice.recommendations)),
        "termijn": Group(
            "termijn",
            {
                "uiterlijk": format_long(term.due) if term else "",
                "weken": weeks,
                "weken_tekst": weeks_text(weeks),
            },
        ),
        "dagen_te_laat": late,
        "dagen_te_laat_tekst": days_text(late),
        "herinneringen": [
            Group("herinneringen", {"datum": format_long(r.date), "soort": r.kind.label})
            for r in reminders
        ],
        "vorige_herinnering": format_long(reminders[-1].date) if reminders else "",
        "reageer_voor": format_long(on + timedelta(days=settings.second_reminder_days)),
        "toezegging": Group(
            "toezegging",
            {
                "tekst": commitment.text if commitment else "",
                "uiterlijk": format_long(commitment.due_date) if commitment else "",
            },
        ),
    }


def sample_fields() -> dict[str, Any]:
    """Every field with a stand-in value, to try a template out before it is used (an
    unknown field inside a group, ``advies.onderwrp``, shows only when filled in)."""
    values: dict[str, Any] = {}
    groups: dict[str, dict[str, Any]] = {}
    for name in FIELDS:
        head, _, tail = name.partition(".")
        if tail:
            groups.setdefault(head, {})[tail] = "…"
        elif head in ITEM_FIELDS:
            values[head] = [Group(head, dict.fromkeys(ITEM_FIELDS[head], "…"))]
        else:
            values[head] = "…"
    values.update({head: Group(head, fields) for head, fields in groups.items()})
    return values
