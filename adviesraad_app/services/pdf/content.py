"""What a PDF holds, as plain objects: the vocabulary shared by the services that gather it
(:mod:`.export`, ``services.pdf.agenda``) and the reports that draw it (``reports/``).

Nothing here imports a service that prepares content or anything of ``reports/``: both sides
import this module, never each other's insides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from adviesraad_app.domain.deadline_items import DeadlineItem
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.filters import RegisterOrder
from adviesraad_app.domain.settings import Settings
from adviesraad_app.domain.views import RegisterRow
from adviesraad_app.i18n import translate
from adviesraad_app.services.meetings.schedule import Agenda
from adviesraad_app.services.pdf.year_stats import YearStatistics

#: ``progress(done, total)``; return ``False`` to stop (the GUI's cancel button).
Progress = Callable[[int, int], object]


class PdfKind(StrEnum):
    OVERZICHT = "overzicht"
    DOSSIER = "dossier"
    JAAROVERZICHT = "jaaroverzicht"
    TERMIJNEN = "termijnen"
    AGENDA = "agenda"  # of one meeting (services.pdf.agenda)
    VERGADERSTUKKEN = "vergaderstukken"  # agenda + overzicht + termijnenlijst

    @property
    def label(self) -> str:
        return {
            PdfKind.OVERZICHT: translate("Export", "Adviezenoverzicht"),
            PdfKind.DOSSIER: translate("Export", "Dossier"),
            PdfKind.JAAROVERZICHT: translate("Export", "Jaaroverzicht"),
            PdfKind.TERMIJNEN: translate("Export", "Termijnenlijst"),
            PdfKind.AGENDA: translate("Export", "Agenda"),
            PdfKind.VERGADERSTUKKEN: translate("Export", "Vergaderstukken"),
        }[self]


class PdfWriteError(UserError):
    """The PDF could not be written where asked (nothing was left behind)."""


class PdfCancelledError(UserError):
    """The user stopped the export (nothing was written)."""


@dataclass(frozen=True, slots=True)
class PdfHeading:
    """What every document says about itself (title page, page header, metadata)."""

    kind: PdfKind
    title: str
    subtitle: str
    subject: str
    council: str
    municipality: str
    made_on: date
    today: date
    include_confidential: bool
    left_out_confidential: int  # confidential advices the selection held but the PDF leaves out
    selection: str = ""  # what was selected, in words, for the colophon


def make_heading(
    settings: Settings,
    kind: PdfKind,
    title: str,
    subtitle: str,
    subject: str,
    today: date,
    include_confidential: bool,
    left_out: int,
    selection: str = "",
) -> PdfHeading:
    """The heading of a document made today for the council named in ``settings``."""
    return PdfHeading(
        kind=kind,
        title=title,
        subtitle=subtitle,
        subject=subject,
        council=settings.council_name,
        municipality=settings.municipality,
        made_on=date.today(),
        today=today,
        include_confidential=include_confidential,
        left_out_confidential=left_out,
        selection=selection,
    )


@dataclass(frozen=True, slots=True)
class OverviewContent:
    heading: PdfHeading
    rows: list[RegisterRow]
    order: RegisterOrder
    # Running deadlines the Algemene termijnenwet moved: (number, "reactie uiterlijk di 22
    # april 2025 (verschoven van vr 18 april: ...)"), in the order of the rows.
    shifts: list[tuple[str, str]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.rows)


@dataclass(frozen=True, slots=True)
class DossierContent:
    heading: PdfHeading
    dossiers: list[Dossier]

    @property
    def count(self) -> int:
        return len(self.dossiers)


@dataclass(frozen=True, slots=True)
class YearContent:
    heading: PdfHeading
    stats: YearStatistics
    earlier: tuple[YearStatistics, ...] = ()  # the two years before, oldest first

    @property
    def count(self) -> int:
        return self.stats.total


@dataclass(frozen=True, slots=True)
class DeadlineContent:
    heading: PdfHeading
    within_days: int
    until: date  # last day of the window
    overdue: list[DeadlineItem]
    due_soon: list[DeadlineItem]
    no_date: list[DeadlineItem] = field(default_factory=list)  # open commitments without a date

    @property
    def count(self) -> int:
        return len(self.overdue) + len(self.due_soon) + len(self.no_date)


@dataclass(frozen=True, slots=True)
class AgendaContent:
    """The agenda of a meeting (made by ``services.pdf.agenda``); with ``overview`` and
    ``deadlines`` it is the *vergaderstukken* bundle."""

    heading: PdfHeading
    agenda: Agenda
    overview: OverviewContent | None = None
    deadlines: DeadlineContent | None = None

    @property
    def count(self) -> int:
        return len(self.agenda.lines)


PdfContent = OverviewContent | DossierContent | YearContent | DeadlineContent | AgendaContent


class PdfWarningKind(StrEnum):
    MISSING_CHARACTERS = "missing_characters"  # not in the embedded fonts: set as �
    RIGHT_TO_LEFT = "right_to_left"  # Arabic, Hebrew: set in reversed order


@dataclass(frozen=True, slots=True)
class PdfWarning:
    """Text in the PDF that does not come out as it was typed (the PDF is made all the same)."""

    kind: PdfWarningKind
    characters: tuple[str, ...]
    advices: tuple[str, ...]  # numbers of the advices whose text holds them (may be empty)
    message: str  # Dutch, for the CLI and the GUI

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "characters": list(self.characters),
            "code_points": [f"U+{ord(c):04X}" for c in self.characters],
            "advices": list(self.advices),
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    kind: PdfKind
    title: str
    pages: int
    count: int  # advices (overzicht, dossier, jaaroverzicht) or deadlines (termijnen)
    size_bytes: int
    include_confidential: bool
    left_out_confidential: int
    warnings: tuple[PdfWarning, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "kind": self.kind.value,
            "title": self.title,
            "pages": self.pages,
            "count": self.count,
            "size_bytes": self.size_bytes,
            "include_confidential": self.include_confidential,
            "left_out_confidential": self.left_out_confidential,
            "warnings": [w.as_dict() for w in self.warnings],
        }
