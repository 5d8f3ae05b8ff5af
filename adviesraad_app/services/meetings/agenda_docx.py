"""The agenda of a meeting as a Word document (``.docx``), for councils that send their
agenda on their own letterhead: headings, numbered items, the postlijst and the actielijst as
tables with a header row. python-docx is imported only when a file is written. Confidential
advices are named by their number only, as in the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adviesraad_app.domain.dates import format_long, format_short, format_weekday_long
from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import export_target, write_atomically
from adviesraad_app.services.meetings.privacy import private_agenda
from adviesraad_app.services.meetings.schedule import Agenda, MeetingService
from adviesraad_app.services.register import RegisterService


def _table(document: Any, headers: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text


def _fill(document: Any, agenda: Agenda, council: str) -> None:
    meeting = agenda.meeting
    document.core_properties.title = translate("Export", "Agenda vergadering {date}").format(
        date=format_long(meeting.date)
    )
    document.core_properties.language = "nl-NL"
    document.add_heading(council, level=0)
    document.add_heading(document.core_properties.title, level=1)
    when = format_weekday_long(meeting.date)
    details = [when[:1].upper() + when[1:]]
    if meeting.time:
        details.append(translate("Export", "aanvang {time}").format(time=meeting.time))
    if meeting.place:
        details.append(meeting.place)
    document.add_paragraph(", ".join(details) + ".")
    for line in agenda.lines:
        text = f"{line.advice_number} {line.title}".strip()
        if line.item.adopted:
            text += " — " + translate("Reports", "vastgesteld")
        document.add_paragraph(f"{line.number}. {text}")
    document.add_heading(translate("Reports", "Postlijst"), level=2)
    document.add_paragraph(
        translate("Reports", "Binnengekomen na {start} tot en met {end}.").format(
            start=format_long(agenda.window[0]), end=format_long(agenda.window[1])
        )
    )
    if agenda.post:
        _table(
            document,
            [
                translate("Reports", "Nr."),
                translate("Reports", "Datum"),
                translate("Reports", "Soort"),
                translate("Reports", "Advies"),
                translate("Reports", "Onderwerp"),
            ],
            [
                [str(e.number), format_short(e.date), e.kind.label, e.advice_number, e.subject]
                for e in agenda.post
            ],
        )
    else:
        document.add_paragraph(translate("Reports", "Er is niets binnengekomen."))
    document.add_heading(translate("Reports", "Actielijst"), level=2)
    if agenda.actions:
        _table(
            document,
            [
                translate("Reports", "Vergadering"),
                translate("Reports", "Actie"),
                translate("Reports", "Wie"),
                translate("Reports", "Uiterlijk"),
                translate("Reports", "Stand"),
            ],
            [
                [
                    format_short(agenda.action_origin.get(a.meeting_id)),
                    a.text,
                    a.who,
                    format_short(a.due),
                    a.status.label,
                ]
                for a in agenda.actions
            ],
        )
    else:
        document.add_paragraph(translate("Reports", "Er staan geen acties open."))


def export_agenda_docx(
    service: RegisterService,
    meeting_id: int,
    output_path: Path | str,
    *,
    include_confidential: bool = False,
) -> Path:
    """Write the agenda of a meeting as ``.docx`` (added when the name has no extension)."""
    import docx

    path = export_target(output_path, ".docx")
    agenda = MeetingService(service).agenda(meeting_id)
    if not include_confidential:
        agenda = private_agenda(service, agenda)
    document = docx.Document()
    _fill(document, agenda, service.settings.council_name)

    def write(temporary: Path) -> None:
        document.save(str(temporary))

    write_atomically(path, write)
    return path
