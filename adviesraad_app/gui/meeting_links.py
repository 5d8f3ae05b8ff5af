"""Deadlines meet meetings (issue 17): the dossier names the last meeting before the advice is
due (or says that none is left) and the meeting in which the advice was adopted; Termijnen
warns about advice terms with no meeting left before them (a verdaging or a written round is
then needed). Added from outside, through the window's public API, so the dossier and the
Termijnen page stay as they are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from adviesraad_app.domain.dates import format_short, format_weekday_long
from adviesraad_app.i18n import translate
from adviesraad_app.services.meetings import MeetingService
from adviesraad_app.storage.errors import StorageError

if TYPE_CHECKING:
    from .dossier import DossierDialog
    from .main_window import MainWindow

MAX_NAMED = 4


def dossier_meeting_text(meetings: MeetingService, advice_id: int, window: MainWindow) -> str:
    """One line for the dossier: adopted in, or the last meeting before the advice is due."""
    dossier = meetings.register.dossier(advice_id, include_deleted=True)
    adopted = meetings.adopted_in(advice_id)
    if adopted is not None:
        return translate("Meetings", "Vastgesteld in de vergadering van {date}.").format(
            date=format_weekday_long(adopted.date)
        )
    advice = dossier.advice
    if advice.sent_date is not None or dossier.advice_term is None:
        return ""
    due = dossier.advice_term.due
    meeting = meetings.meeting_before_due(due, window.today())
    if meeting is None:
        return translate(
            "Meetings",
            "Geen vergadering meer vóór de adviestermijn ({date}): vraag verdaging of kies "
            "een schriftelijke ronde.",
        ).format(date=format_short(due))
    return translate("Meetings", "Laatste vergadering vóór de adviestermijn: {date}.").format(
        date=format_weekday_long(meeting.date)
    )


def termijnen_warning(meetings: MeetingService, window: MainWindow) -> str:
    items = meetings.advice_terms_without_meeting(window.today())
    if not items:
        return ""
    named = ", ".join(f"{number} ({format_short(due)})" for _id, number, due in items[:MAX_NAMED])
    if len(items) > MAX_NAMED:
        named += translate("Meetings", " en nog {n}").format(n=len(items) - MAX_NAMED)
    if len(items) == 1:
        text = translate(
            "Meetings", "Let op: voor de adviestermijn van {advices} is geen vergadering meer."
        )
    else:
        text = translate(
            "Meetings", "Let op: voor de adviestermijnen van {advices} is geen vergadering meer."
        )
    return (
        text.format(advices=named)
        + " "
        + translate("Meetings", "Vraag verdaging of kies een schriftelijke ronde.")
    )


class MeetingLinks(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("meetingLinks")
        self.window = window
        self.warning = QLabel(window.dashboard_view)
        self.warning.setObjectName("meetingWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { color: #9a3412; }")
        self.warning.hide()
        window.dashboard_view.mainLayout.insertWidget(1, self.warning)
        window.ops.changed.connect(self.update_warning)
        window.service_changed.connect(lambda *_: self.update_warning())
        window.dossier_opened.connect(self._add_to_dossier)
        self.update_warning()

    def update_warning(self) -> None:
        try:
            text = termijnen_warning(MeetingService(self.window.service), self.window)
        except StorageError:
            text = ""
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def _add_to_dossier(self, dialog: DossierDialog) -> None:
        if dialog.advice_id is None:
            return
        try:
            text = dossier_meeting_text(
                MeetingService(self.window.service), dialog.advice_id, self.window
            )
        except StorageError:
            return
        if text:
            label = QLabel(text, dialog)
            label.setObjectName("meetingLine")
            label.setWordWrap(True)
            dialog.buttonLayout.insertWidget(0, label)


def install(window: MainWindow) -> None:
    MeetingLinks(window)
