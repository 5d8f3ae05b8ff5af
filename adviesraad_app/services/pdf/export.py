"""PDF overviews that council members read: what goes into them, gathered and checked.

Six documents (:class:`PdfKind`): the *overzicht* of a selection of the register, the
*dossier* of one or more advices, the *jaaroverzicht* of a year, the *termijnenlijst* as of
a date, the *agenda* of a meeting and its *vergaderstukken*. Two steps, so a GUI can show
what will be made before it is made:

* :func:`prepare_pdf` (here) gathers the content (plain objects of :mod:`.content`: rows,
  dossiers, figures) and checks it: an empty selection or a year without advices is a
  :class:`NothingToExportError` with a Dutch message. It never touches the disk.
* ``reports.export.write_pdf`` draws it (reportlab) and saves it atomically
  (:mod:`.saving`); ``reports.export.export_pdf`` does both.

Privacy by default: confidential advices and internal notes are left out unless
``include_confidential=True``; then every page says "VERTROUWELIJK".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from adviesraad_app.domain.dates import format_long, format_short
from adviesraad_app.domain.derived import derive
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.filters import STATUS_OPEN, RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.views import RegisterRow
from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import NothingToExportError, nothing_to_export
from adviesraad_app.services.pdf.content import (
    AgendaContent,
    DeadlineContent,
    DossierContent,
    OverviewContent,
    PdfContent,
    PdfKind,
    YearContent,
    make_heading,
)
from adviesraad_app.services.pdf.text_warnings import listed
from adviesraad_app.services.pdf.year_stats import year_statistics
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.text.present import (
    count_text,
    left_out_hint,
    order_text,
    selection_text,
    term_text,
)

URGENCY_FIRST = RegisterOrder(SortKey.URGENCY, descending=False)
BY_NUMBER = RegisterOrder(SortKey.NUMBER, descending=False)


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
    heading = make_heading(
        service.settings,
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
            listed([d.advice.number for d in shown])
            if chosen and selection.ids is not None
            else selection_text(selection)
        )
        subtitle = translate("Export", "{advices}: {selection}.").format(
            advices=_advices_text(len(shown)), selection=described
        )
    subtitle += "\n" + translate("Export", "Peildatum {today}.").format(today=format_long(today))
    heading = make_heading(
        service.settings,
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
    heading = make_heading(
        service.settings,
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
    heading = make_heading(
        service.settings,
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
        return _prepare_meeting(service, kind, meeting, today, include_confidential)
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


def _prepare_meeting(
    service: RegisterService,
    kind: PdfKind,
    meeting: int | None,
    today: date,
    include_confidential: bool,
) -> AgendaContent:
    """The agenda of ``meeting`` (default: the first on or after ``today``); as
    *vergaderstukken* with the open advices and the termijnenlijst as of the meeting's day
    (either left out, and the bundle says so, when there is nothing in it)."""
    from adviesraad_app.services.pdf.agenda import (
        BUNDLE_WITHIN_DAYS,
        next_meeting_id,
        prepare_agenda,
    )

    bundle = kind == PdfKind.VERGADERSTUKKEN
    content = prepare_agenda(
        service,
        meeting if meeting is not None else next_meeting_id(service, today),
        include_confidential=include_confidential,
        bundle=bundle,
    )
    if not bundle:
        return content
    day = content.agenda.meeting.date
    try:
        overview: PdfContent | None = prepare_pdf(
            service,
            PdfKind.OVERZICHT,
            selection=RegisterFilter(status=STATUS_OPEN, include_confidential=include_confidential),
            today=day,
            include_confidential=include_confidential,
            order=URGENCY_FIRST,
        )
    except NothingToExportError:  # no open advices: the bundle says so
        overview = None
    try:
        deadlines: PdfContent | None = prepare_pdf(
            service,
            PdfKind.TERMIJNEN,
            today=day,
            include_confidential=include_confidential,
            within_days=BUNDLE_WITHIN_DAYS,
        )
    except NothingToExportError:
        deadlines = None
    assert deadlines is None or isinstance(deadlines, DeadlineContent)
    assert overview is None or isinstance(overview, OverviewContent)
    return replace(content, overview=overview, deadlines=deadlines)
