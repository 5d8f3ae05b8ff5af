"""PDF overviews that council members read: the use case the GUI and the CLI call.

Four documents (:class:`PdfKind`): the *overzicht* of a selection of the register, the
*dossier* of one or more advices, the *jaaroverzicht* of a year and the *termijnenlijst* as of
a date. Two steps, so a GUI can show what will be made before it is made:

* :func:`prepare_pdf` gathers the content (plain objects: rows, dossiers, figures) and checks
  it: an empty selection or a year without advices is a :class:`NothingToExportError` with a
  Dutch message. It never touches the disk.
* :func:`write_pdf` draws it (reportlab, imported only here) into a temporary file beside the
  target and moves that into place, so there is never a half-written PDF; a target that is open
  in another program or a folder without write access is a :class:`PdfWriteError`.

:func:`export_pdf` does both. Privacy by default: confidential advices and internal notes are
left out unless ``include_confidential=True``; then every page says "VERTROUWELIJK".
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields, is_dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from adviesraad_app.domain.dates import format_long, format_short
from adviesraad_app.domain.deadlines import DeadlineItem
from adviesraad_app.domain.derived import derive
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.views import Dossier, RegisterRow
from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import NothingToExportError, file_mode, nothing_to_export
from adviesraad_app.services.meetings.schedule import Agenda
from adviesraad_app.services.pdf.year_stats import YearStatistics, year_statistics
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.text.present import (
    count_text,
    left_out_hint,
    order_text,
    selection_text,
    term_text,
)
from adviesraad_app.storage.win_files import hide, remove_file, replace_file

#: ``progress(done, total)``; return ``False`` to stop (the GUI's cancel button).
Progress = Callable[[int, int], object]

URGENCY_FIRST = RegisterOrder(SortKey.URGENCY, descending=False)
BY_NUMBER = RegisterOrder(SortKey.NUMBER, descending=False)


class PdfKind(StrEnum):
    OVERZICHT = "overzicht"
    DOSSIER = "dossier"
    JAAROVERZICHT = "jaaroverzicht"
    TERMIJNEN = "termijnen"
    AGENDA = "agenda"  # of one meeting (services.meetings_pdf)
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


# --------------------------------------------------------------------------- content


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
    """The agenda of a meeting (made by ``services.meetings_pdf``); with ``overview`` and
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


# --------------------------------------------------------------------------- file names

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def default_file_name(
    kind: PdfKind | str,
    *,
    year: int | None = None,
    selection: RegisterFilter | None = None,
    number: str | None = None,
    today: date | None = None,
    include_confidential: bool = False,
) -> str:
    """A Dutch file name for the save dialog: ``Adviezenoverzicht 2024.pdf``,
    ``Dossier 2024-07.pdf``, ``Jaaroverzicht 2024.pdf``, ``Termijnenlijst 22-11-2026.pdf``.

    A PDF with confidential content says so in its name, so it is not published by mistake.
    """
    kind = PdfKind(kind)
    year = year if year is not None else (selection.year if selection else None)
    day = format_short(today or date.today())
    if kind == PdfKind.OVERZICHT:
        name = f"{kind.label} {year if year is not None else day}"
    elif kind == PdfKind.DOSSIER:
        if number:
            name = f"{kind.label} {number}"
        else:
            label = translate("Export", "Dossiers")
            name = f"{label} {year if year is not None else day}"
    elif kind == PdfKind.JAAROVERZICHT:
        name = f"{kind.label} {year if year is not None else (today or date.today()).year}"
    else:
        name = f"{kind.label} {day}"
    if include_confidential:
        name += " " + translate("Export", "(VERTROUWELIJK)")
    return _UNSAFE.sub("-", name).strip(" .") + ".pdf"


# --------------------------------------------------------------------------- preparing


def _heading(
    service: RegisterService,
    kind: PdfKind,
    title: str,
    subtitle: str,
    subject: str,
    today: date,
    include_confidential: bool,
    left_out: int,
    selection: str = "",
) -> PdfHeading:
    settings = service.settings
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


def _advices_text(n: int) -> str:
    return count_text(n, translate("Export", "1 advies"), translate("Export", "{n} adviezen"))


def _selection(
    selection: RegisterFilter | None,
    ids: tuple[int, ...] | list[int] | None,
    year: int | None,
    include_confidential: bool,
) -> RegisterFilter:
    result = selection or RegisterFilter()
    if ids is not None:
        result = replace(result, ids=tuple(ids))
    if year is not None:
        result = replace(result, year=year)
    return replace(result, include_confidential=include_confidential, deleted=False)


def _count_left_out(service: RegisterService, selection: RegisterFilter, shown: int) -> int:
    if selection.include_confidential:
        return 0
    return service.count(replace(selection, include_confidential=True)) - shown


def _no_pdf(*parts: str) -> NothingToExportError:
    """A refusal: its sentences, then that no PDF was made."""
    return nothing_to_export(*parts, translate("Export", "Er is geen PDF gemaakt."))


def _empty_selection(selection: RegisterFilter, left_out: int) -> NothingToExportError:
    return _no_pdf(
        translate("Export", "Er zijn geen adviezen in deze selectie ({selection}).").format(
            selection=selection_text(selection)
        ),
        left_out_hint(left_out),
    )


def _prepare_overview(
    service: RegisterService,
    selection: RegisterFilter,
    order: RegisterOrder,
    today: date,
) -> OverviewContent:
    rows = service.register(selection, order)
    left_out = _count_left_out(service, selection, len(rows))
    if not rows:
        raise _empty_selection(selection, left_out)
    described = selection_text(selection)
    title = PdfKind.OVERZICHT.label
    if selection.year is not None:
        title = f"{title} {selection.year}"
    advices = _advices_text(len(rows))
    subtitle = translate(
        "Export", "Selectie: {selection}. {advices}, {order}. Peildatum {today}."
    ).format(
        selection=described,
        advices=advices,
        order=order_text(order),
        today=format_long(today),
    )
    subject = translate("Export", "Overzicht van {advices} ({selection}).").format(
        advices=advices, selection=described
    )
    heading = _heading(
        service,
        PdfKind.OVERZICHT,
        title,
        subtitle,
        subject,
        today,
        selection.include_confidential,
        left_out,
        f"{described}, {order_text(order)}",
    )
    return OverviewContent(heading, rows, order, _running_shifts(service, rows))


def _running_shifts(service: RegisterService, rows: list[RegisterRow]) -> list[tuple[str, str]]:
    """Why the running deadline of an open advice is not the raw end of its term."""
    running = [r for r in rows if r.next_due is not None and not r.status.is_closed]
    ids = [r.id for r in running]
    advices = {a.id: a for a in service.get_advices(ids)} if ids else {}
    extensions = service.extensions_for(ids) if ids else {}
    found: list[tuple[str, str]] = []
    for row in running:
        advice = advices.get(row.id)
        if advice is None:
            continue
        derived = derive(advice, None, extensions.get(row.id, []), service.settings)
        for term, label in (
            (derived.advice_term, translate("Export", "advies uiterlijk")),
            (derived.reply_term, translate("Export", "reactie uiterlijk")),
        ):
            if term is not None and term.due == row.next_due and term.shifted_from is not None:
                found.append((row.number, f"{label} {term_text(term)}"))
    return found


def _prepare_dossiers(
    service: RegisterService,
    selection: RegisterFilter,
    explicit_ids: bool,
    order: RegisterOrder,
    today: date,
) -> DossierContent:
    if explicit_ids and selection.ids is not None:
        # in the order asked; every id must exist (NotFoundError says which does not)
        wanted = list(dict.fromkeys(selection.ids))
        dossiers = [service.dossier(i) for i in wanted]
        shown = [d for d in dossiers if selection.include_confidential or not d.advice.confidential]
        left_out = len(dossiers) - len(shown)
    else:
        ids = service.register_ids(selection, order)
        shown = service.dossiers(ids)
        left_out = _count_left_out(service, selection, len(shown))
    if not shown:
        if explicit_ids and left_out:
            raise _no_pdf(
                translate("Export", "De gekozen adviezen zijn vertrouwelijk."),
                left_out_hint(left_out),
            )
        raise _empty_selection(selection, left_out)
    described = selection_text(selection)
    if len(shown) == 1:
        advice = shown[0].advice
        described = translate("Export", "advies {number}").format(number=advice.number)
        title = f"{PdfKind.DOSSIER.label} {advice.number}"
        subject = translate("Export", "Dossier van advies {number}: {title}").format(
            number=advice.number, title=advice.title
        )
        subtitle = advice.title
    else:
        title = translate("Export", "Dossiers")
        subject = translate("Export", "Dossiers van {advices} ({selection}).").format(
            advices=_advices_text(len(shown)), selection=selection_text(selection)
        )
        chosen = replace(selection, ids=None, include_confidential=True) == RegisterFilter()
        # advices picked one by one: their numbers say more than "2 gekozen adviezen"
        described = (
            _listed([d.advice.number for d in shown])
            if chosen and selection.ids is not None
            else selection_text(selection)
        )
        subtitle = translate("Export", "{advices}: {selection}.").format(
            advices=_advices_text(len(shown)), selection=described
        )
    subtitle += "\n" + translate("Export", "Peildatum {today}.").format(today=format_long(today))
    heading = _heading(
        service,
        PdfKind.DOSSIER,
        title,
        subtitle,
        subject,
        today,
        selection.include_confidential,
        left_out,
        described,
    )
    return DossierContent(heading, shown)


def _prepare_year(
    service: RegisterService, year: int | None, today: date, include_confidential: bool
) -> YearContent:
    if year is None:
        raise NothingToExportError(
            translate("Export", "Kies het jaar waarover het jaaroverzicht gaat.")
        )
    stats = year_statistics(service, year, today, include_confidential=include_confidential)
    if stats.total == 0:
        years = service.years()
        known = (
            translate("Export", "Jaren met adviezen: {years}.").format(
                years=", ".join(str(y) for y in sorted(years))
            )
            if years
            else translate("Export", "Het register is nog leeg.")
        )
        raise _no_pdf(
            translate("Export", "Er zijn geen adviezen uit {year}.").format(year=year),
            left_out_hint(stats.left_out_confidential),
            known,
        )
    title = f"{PdfKind.JAAROVERZICHT.label} {year}"
    subtitle = translate(
        "Export",
        "Adviezen van de adviesraad in {year}, de reacties van het college en wat er met de "
        "aanbevelingen is gedaan. Stand op {today}.",
    ).format(year=year, today=format_long(today))
    subject = translate("Export", "Jaaroverzicht {year}: bijlage bij het jaarverslag.").format(
        year=year
    )
    heading = _heading(
        service,
        PdfKind.JAAROVERZICHT,
        title,
        subtitle,
        subject,
        today,
        include_confidential,
        stats.left_out_confidential,
        translate("Export", "adviezen uit {year}").format(year=year),
    )
    earlier = tuple(
        year_statistics(service, y, today, include_confidential=include_confidential)
        for y in (year - 2, year - 1)
    )
    return YearContent(heading, stats, earlier)


def _prepare_deadlines(
    service: RegisterService,
    selection: RegisterFilter,
    today: date,
    within_days: int | None,
) -> DeadlineContent:
    window = within_days if within_days is not None else service.settings.due_soon_days
    if window < 0:
        raise UserError(translate("Export", "Het aantal dagen vooruit moet 0 of meer zijn."))
    # All deadlines, so that those of confidential advices left out can be counted (not named).
    items = service.deadlines(today, window, include_confidential=True)
    unfiltered = selection == RegisterFilter(include_confidential=selection.include_confidential)
    if not unfiltered:
        if not service.register_ids(selection, BY_NUMBER):
            # A selection without advices is a mistake (a wrong year or id), not a list of
            # deadlines that happens to be empty: say so, as the other documents do.
            raise _empty_selection(selection, _count_left_out(service, selection, 0))
        everything = replace(selection, include_confidential=True)
        allowed = set(service.register_ids(everything, BY_NUMBER))
        items = [i for i in items if i.advice_id in allowed]
    left_out = 0
    if not selection.include_confidential:
        left_out = sum(1 for i in items if i.confidential)
        items = [i for i in items if not i.confidential]
    overdue = [i for i in items if i.days_left is not None and i.days_left < 0]
    due_soon = [i for i in items if i.days_left is not None and i.days_left >= 0]
    no_date = [i for i in items if i.days_left is None]
    until = date.fromordinal(today.toordinal() + window)
    title = f"{PdfKind.TERMIJNEN.label} {format_long(today)}"
    subtitle = count_text(
        window,
        translate(
            "Export",
            "Peildatum {today}: alles wat te laat is en alles wat uiterlijk {until} afloopt "
            "(1 dag vooruit).",
        ),
        translate(
            "Export",
            "Peildatum {today}: alles wat te laat is en alles wat uiterlijk {until} afloopt "
            "({n} dagen vooruit).",
        ),
        today=format_long(today),
        until=format_long(until),
    )
    described = count_text(
        window,
        translate("Export", "alles wat te laat is en 1 dag vooruit"),
        translate("Export", "alles wat te laat is en {n} dagen vooruit"),
    )
    if not unfiltered:
        subtitle += " " + translate("Export", "Selectie: {selection}.").format(
            selection=selection_text(selection)
        )
        described += ", " + selection_text(selection)
    subject = translate(
        "Export", "Termijnen per {today}: {late} te laat, {soon} binnenkort."
    ).format(today=format_long(today), late=len(overdue), soon=len(due_soon))
    heading = _heading(
        service,
        PdfKind.TERMIJNEN,
        title,
        subtitle,
        subject,
        today,
        selection.include_confidential,
        left_out,
        described,
    )
    return DeadlineContent(heading, window, until, overdue, due_soon, no_date)


def prepare_pdf(
    service: RegisterService,
    kind: PdfKind | str,
    *,
    selection: RegisterFilter | None = None,
    ids: tuple[int, ...] | list[int] | None = None,
    year: int | None = None,
    today: date | None = None,
    include_confidential: bool = False,
    order: RegisterOrder | None = None,
    within_days: int | None = None,
    meeting: int | None = None,
) -> PdfContent:
    """Gather and check what a PDF will contain, without drawing it.

    ``selection`` is the register's filter (the GUI's current one); ``ids`` and ``year`` narrow
    it. ``include_confidential`` decides, whatever the selection says. ``order`` applies to the
    overzicht (default: most urgent first) and to dossiers chosen by a filter (default: by
    number). ``within_days`` is the termijnenlijst's window (default: the settings' "binnenkort").
    ``meeting``: the agenda's meeting (default: the first on or after ``today``).
    """
    kind = PdfKind(kind)
    today = today or date.today()
    if kind in (PdfKind.AGENDA, PdfKind.VERGADERSTUKKEN):
        from adviesraad_app.services.meetings.agenda_pdf import next_meeting_id, prepare_agenda

        return prepare_agenda(
            service,
            meeting if meeting is not None else next_meeting_id(service, today),
            include_confidential=include_confidential,
            bundle=kind == PdfKind.VERGADERSTUKKEN,
        )
    chosen = _selection(selection, ids, year, include_confidential)
    if kind == PdfKind.OVERZICHT:
        return _prepare_overview(service, chosen, order or URGENCY_FIRST, today)
    if kind == PdfKind.DOSSIER:
        return _prepare_dossiers(service, chosen, ids is not None, order or BY_NUMBER, today)
    if kind == PdfKind.JAAROVERZICHT:
        return _prepare_year(
            service, year if year is not None else chosen.year, today, chosen.include_confidential
        )
    return _prepare_deadlines(service, chosen, today, within_days)


# --------------------------------------------------------------------------- text warnings

MAX_LISTED = 20  # characters or advices named in one warning; more are counted
REPLACEMENT = "\ufffd"  # what the PDF shows instead of a character the fonts lack (fonts.py)


def _strings(value: object) -> Iterator[str]:
    """Every string in ``value`` and the dataclasses, lists and tuples it holds."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    elif is_dataclass(value) and not isinstance(value, type):
        for item in fields(value):
            yield from _strings(getattr(value, item.name))


def _advice_texts(content: PdfContent) -> list[tuple[str, str]]:
    """(advice number, all its text) for every advice in ``content``, in document order."""
    parts: list[tuple[str, object]]
    if isinstance(content, OverviewContent):
        parts = [(row.number, row) for row in content.rows]
    elif isinstance(content, DossierContent):
        parts = [(d.advice.number, d) for d in content.dossiers]
    elif isinstance(content, YearContent):
        parts = [(s.number, s) for s in content.stats.subjects]
    elif isinstance(content, AgendaContent):
        parts = [(line.advice_number, line) for line in content.agenda.lines]
        parts += [(e.advice_number, e) for e in content.agenda.post]
        if content.overview is not None:
            parts += [(row.number, row) for row in content.overview.rows]
    else:
        parts = [(i.number, i) for i in (*content.overdue, *content.due_soon)]
    texts: dict[str, list[str]] = {}
    for number, part in parts:
        texts.setdefault(number, []).extend(_strings(part))
    return [(number, "\n".join(strings)) for number, strings in texts.items()]


def _listed(items: list[str], separator: str = ", ") -> str:
    if len(items) <= MAX_LISTED:
        return separator.join(items)
    more = translate("Export", "en nog {n}").format(n=len(items) - MAX_LISTED)
    return separator.join(items[:MAX_LISTED]) + separator + more


def _in_advices(numbers: tuple[str, ...]) -> str:
    if not numbers:
        return ""
    if len(numbers) == 1:
        return translate("Export", "in advies {number}").format(number=numbers[0])
    return translate("Export", "in de adviezen {numbers}").format(numbers=_listed(list(numbers)))


def text_warnings(
    content: PdfContent, missing: set[str], right_to_left: set[str]
) -> tuple[PdfWarning, ...]:
    """What to tell the user about characters that did not come out as typed."""
    texts = _advice_texts(content)

    everything = "\n".join(text for _number, text in texts)

    def advices_with(characters: set[str]) -> tuple[str, ...]:
        return tuple(n for n, text in texts if any(c in text for c in characters))

    def in_order(characters: set[str]) -> tuple[str, ...]:
        """As they first occur in the advices' text (those elsewhere, say the council's name,
        last)."""
        end = len(everything)

        def first(c: str) -> tuple[int, int]:
            at = everything.find(c)
            return (at if at >= 0 else end, ord(c))

        return tuple(sorted(characters, key=first))

    warnings: list[PdfWarning] = []
    if missing:
        characters = in_order(missing)
        advices = advices_with(missing)
        shown = _listed([f"{c} (U+{ord(c):04X})" for c in characters])
        message = translate(
            "Export",
            "Deze tekens staan niet in het lettertype van de PDF en zijn vervangen door "
            "‘{replacement}’: {characters}.",
        ).format(replacement=REPLACEMENT, characters=shown)
        if advices:
            message += " " + translate("Export", "Het gaat om tekst {where}.").format(
                where=_in_advices(advices)
            )
        warnings.append(PdfWarning(PdfWarningKind.MISSING_CHARACTERS, characters, advices, message))
    if right_to_left:
        characters = in_order(right_to_left)
        advices = advices_with(right_to_left)
        message = translate(
            "Export",
            "Tekst die van rechts naar links loopt (Arabisch, Hebreeuws) wordt niet "
            "ondersteund: die staat in de PDF in omgekeerde volgorde.",
        )
        if advices:
            message += " " + translate("Export", "Het gaat om tekst {where}.").format(
                where=_in_advices(advices)
            )
        warnings.append(PdfWarning(PdfWarningKind.RIGHT_TO_LEFT, characters, advices, message))
    return tuple(warnings)


# --------------------------------------------------------------------------- writing


def _write_error(path: Path, exc: OSError) -> PdfWriteError:
    folder = path.parent
    if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not folder.is_dir():
        return PdfWriteError(
            translate(
                "Export",
                "De map {folder} bestaat niet. Kies een andere plek om de PDF op te slaan.",
            ).format(folder=folder)
        )
    if exc.errno == errno.ENOSPC:
        return PdfWriteError(
            translate(
                "Export",
                "De schijf is vol: {path} kon niet worden opgeslagen. Er is niets achtergebleven.",
            ).format(path=path)
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY, errno.ETXTBSY):
        if path.exists():
            return PdfWriteError(
                translate(
                    "Export",
                    "{name} kan niet worden overschreven: het bestand is geopend in een ander "
                    "programma (bijvoorbeeld een PDF-lezer) of is alleen-lezen. Sluit het en "
                    "probeer het opnieuw, of kies een andere naam.",
                ).format(name=path.name)
            )
        return PdfWriteError(
            translate(
                "Export",
                "Geen schrijfrechten in de map {folder}. Kies een andere plek om de PDF op te "
                "slaan.",
            ).format(folder=folder)
        )
    return PdfWriteError(  # the error code, never the system's (English) text
        translate("Export", "{path} kon niet worden opgeslagen (systeemfout {code}).").format(
            path=path, code=errno.errorcode.get(exc.errno or 0, "?")
        )
    )


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise PdfWriteError(
            translate(
                "Export", "{path} is een map; geef een bestandsnaam op, zoals {name}."
            ).format(path=path, name="overzicht.pdf")
        )
    if not path.name.strip(" ."):
        raise PdfWriteError(translate("Export", "Geef een bestandsnaam op voor de PDF."))
    if not path.parent.is_dir():
        raise PdfWriteError(
            translate(
                "Export",
                "De map {folder} bestaat niet. Kies een andere plek om de PDF op te slaan.",
            ).format(folder=path.parent)
        )


def write_pdf(
    content: PdfContent, output_path: Path | str, *, progress: Progress | None = None
) -> ExportResult:
    """Draw ``content`` and save it at ``output_path`` (replacing a file that is there).

    The PDF is written to a temporary file in the same folder and moved into place when it is
    complete; on any error that file is removed and an existing PDF stays as it was.
    """
    from adviesraad_app.reports.fonts import collecting
    from adviesraad_app.reports.layout import ExportCancelled
    from adviesraad_app.reports.render import render

    path = Path(output_path).expanduser()
    _check_target(path)
    try:
        with collecting() as problems:
            data, pages = render(content, progress)
    except ExportCancelled:
        raise PdfCancelledError(
            translate("Export", "Het maken van de PDF is afgebroken; er is niets opgeslagen.")
        ) from None
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{path.stem[:40]}-", suffix=".pdf.part", dir=path.parent
        )
        temporary = Path(name)
        hide(temporary)  # the dot hides it on Linux only
        mode = file_mode(path)
        with contextlib.suppress(OSError):
            # mkstemp makes it private (0600); kept writable while it is ours, because
            # Windows cannot remove a read-only leftover
            os.chmod(temporary, mode | stat.S_IWUSR)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        replace_file(temporary, path)
        temporary = None
        if not mode & stat.S_IWUSR:
            with contextlib.suppress(OSError):
                os.chmod(path, mode)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                remove_file(temporary)
    heading = content.heading
    return ExportResult(
        path=path,
        kind=heading.kind,
        title=heading.title,
        pages=pages,
        count=content.count,
        size_bytes=len(data),
        include_confidential=heading.include_confidential,
        left_out_confidential=heading.left_out_confidential,
        warnings=text_warnings(content, problems.missing, problems.right_to_left),
    )


def export_pdf(
    service: RegisterService,
    kind: PdfKind | str,
    output_path: Path | str,
    *,
    selection: RegisterFilter | None = None,
    ids: tuple[int, ...] | list[int] | None = None,
    year: int | None = None,
    today: date | None = None,
    include_confidential: bool = False,
    order: RegisterOrder | None = None,
    within_days: int | None = None,
    progress: Progress | None = None,
    meeting: int | None = None,
) -> ExportResult:
    """Make one of the four PDFs and save it; see :func:`prepare_pdf` and :func:`write_pdf`."""
    _check_target(Path(output_path).expanduser())
    content = prepare_pdf(
        service,
        kind,
        selection=selection,
        ids=ids,
        year=year,
        today=today,
        include_confidential=include_confidential,
        order=order,
        within_days=within_days,
        meeting=meeting,
    )
    return write_pdf(content, output_path, progress=progress)
