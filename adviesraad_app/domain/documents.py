"""A document of an advice's dossier and its kind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from adviesraad_app.domain.checks import coerce_enum
from adviesraad_app.domain.errors import FieldError, ValidationError
from adviesraad_app.i18n import translate


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
        if not coerce_enum(self, "kind", DocumentKind):
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
