"""The agenda of a meeting as a PDF, and the *vergaderstukken*: the agenda, the
adviezenoverzicht and the termijnenlijst in one document with bookmarks (those two are
added by ``services.pdf.export.prepare_pdf``, which prepares every document).

Privacy by default, as the other PDFs: a confidential advice on the agenda or the postlijst
is named only by its number unless ``include_confidential=True``.
"""

from __future__ import annotations

from datetime import date

from adviesraad_app.domain.dates import format_long, format_short, format_weekday_long
from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import nothing_to_export
from adviesraad_app.services.meetings.privacy import private_agenda
from adviesraad_app.services.meetings.schedule import MeetingService
from adviesraad_app.services.pdf.content import AgendaContent, PdfKind, make_heading
from adviesraad_app.services.register import RegisterService

# The termijnenlijst in the vergaderstukken looks this far ahead of the meeting.
BUNDLE_WITHIN_DAYS = 42


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
    """The agenda of one meeting; with ``bundle`` titled as its *vergaderstukken* (whose other
    parts ``services.pdf.export.prepare_pdf`` adds)."""
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
    heading = make_heading(
        service.settings,
        kind,
        title,
        ", ".join(details) + ".",
        subject,
        meeting.date,
        include_confidential,
        0,
    )
    return AgendaContent(heading=heading, agenda=agenda)
