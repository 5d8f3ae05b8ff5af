"""The agenda of a meeting as a PDF, and the *vergaderstukken*: the agenda, the
adviezenoverzicht and the termijnenlijst in one document with bookmarks.

Privacy by default, as the other PDFs: a confidential advice on the agenda or the postlijst
is named only by its number unless ``include_confidential=True``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from adviesraad_app.domain.dates import format_long, format_short, format_weekday_long
from adviesraad_app.domain.filters import STATUS_OPEN, RegisterFilter
from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import NothingToExportError, nothing_to_export
from adviesraad_app.services.meetings.schedule import Agenda, MeetingService
from adviesraad_app.services.pdf.export import (
    URGENCY_FIRST,
    AgendaContent,
    DeadlineContent,
    ExportResult,
    OverviewContent,
    PdfKind,
    _heading,
    prepare_pdf,
    write_pdf,
)
from adviesraad_app.services.register import RegisterService

# The termijnenlijst in the vergaderstukken looks this far ahead of the meeting.
BUNDLE_WITHIN_DAYS = 42


def private_agenda(service: RegisterService, agenda: Agenda) -> Agenda:
    """The agenda with confidential advices named by number only."""
    ids = {line.item.advice_id for line in agenda.lines if line.item.advice_id is not None}
    ids |= {e.advice_id for e in agenda.post if e.advice_id is not None}
    secret = {a.id for a in service.get_advices(sorted(ids)) if a.confidential}
    if not secret:
        return agenda
    hidden = translate("Export", "(vertrouwelijk)")
    lines = [
        replace(line, title=hidden) if line.item.advice_id in secret else line
        for line in agenda.lines
    ]
    post = [replace(e, subject=hidden) if e.advice_id in secret else e for e in agenda.post]
    return replace(agenda, lines=lines, post=post)


def next_meeting_id(service: RegisterService, today: date) -> int:
    """The first meeting on or after ``today``; refused when none is planned."""
    for meeting in MeetingService(service).meetings():
        if meeting.date >= today and meeting.id is not None:
            return meeting.id
    raise nothing_to_export(
        translate("Export", "Er is geen vergadering gepland vanaf {date}.").format(
            date=format_long(today)
        ),
        translate("Export", "Er is geen PDF gemaakt."),
    )


def meeting_file_name(kind: PdfKind, meeting_date: date) -> str:
    """``Agenda 09-03-2026.pdf``, ``Vergaderstukken 09-03-2026.pdf``."""
    return f"{kind.label} {format_short(meeting_date)}.pdf"


def prepare_agenda(
    service: RegisterService,
    meeting_id: int,
    *,
    include_confidential: bool = False,
    bundle: bool = False,
) -> AgendaContent:
    meetings = MeetingService(service)
    agenda = meetings.agenda(meeting_id)
    if not include_confidential:
        agenda = private_agenda(service, agenda)
    meeting = agenda.meeting
    kind = PdfKind.VERGADERSTUKKEN if bundle else PdfKind.AGENDA
    when = format_weekday_long(meeting.date)
    details = [when[:1].upper() + when[1:]]
    if meeting.time:
        details.append(translate("Export", "aanvang {time}").format(time=meeting.time))
    if meeting.place:
        details.append(meeting.place)
    details.append(meeting.kind.label)
    title = translate("Export", "{kind} vergadering {date}").format(
        kind=kind.label, date=format_long(meeting.date)
    )
    subject = translate("Export", "{kind} voor de vergadering van {date}.").format(
        kind=kind.label, date=format_long(meeting.date)
    )
    heading = _heading(
        service,
        kind,
        title,
        ", ".join(details) + ".",
        subject,
        meeting.date,
        include_confidential,
        0,
    )
    if not bundle:
        return AgendaContent(heading=heading, agenda=agenda)
    try:
        overview: object = prepare_pdf(
            service,
            PdfKind.OVERZICHT,
            selection=RegisterFilter(status=STATUS_OPEN, include_confidential=include_confidential),
            today=meeting.date,
            include_confidential=include_confidential,
            order=URGENCY_FIRST,
        )
    except NothingToExportError:  # no open advices: the bundle says so
        overview = None
    try:
        deadlines: object = prepare_pdf(
            service,
            PdfKind.TERMIJNEN,
            today=meeting.date,
            include_confidential=include_confidential,
            within_days=BUNDLE_WITHIN_DAYS,
        )
    except NothingToExportError:
        deadlines = None
    assert deadlines is None or isinstance(deadlines, DeadlineContent)
    assert overview is None or isinstance(overview, OverviewContent)
    return AgendaContent(heading=heading, agenda=agenda, overview=overview, deadlines=deadlines)


def export_agenda_pdf(
    service: RegisterService,
    meeting_id: int,
    output_path: Path | str,
    *,
    include_confidential: bool = False,
    bundle: bool = False,
) -> ExportResult:
    content = prepare_agenda(
        service, meeting_id, include_confidential=include_confidential, bundle=bundle
    )
    return write_pdf(content, output_path)
