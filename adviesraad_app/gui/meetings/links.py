"""Deadlines meet meetings (issue 17): the dossier names the last meeting before the advice is
due (or says that none is left) and the meeting in which the advice was adopted; Termijnen
warns about advice terms with no meeting left before them (a verdaging or a written round is
then needed). Added from outside, through the window's public API, so the dossier and the
Termijnen page stay as they are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from adviesraad_app.domain.dates import format_short
from adviesraad_app.gui.common.operations import read_or
from adviesraad_app.gui.shell.pages import PAGE_DEADLINES
from adviesraad_app.i18n import translate

if TYPE_CHECKING:
    from adviesraad_app.gui.common.window_api import DeadlinesPage, FeatureWindow
    from adviesraad_app.gui.dossier.dialog import DossierDialog
    from adviesraad_app.services.meetings.schedule import MeetingService

MAX_NAMED = 4


def dossier_meeting_text(meetings: MeetingService, advice_id: int, window: FeatureWindow) -> str:
    return meetings.meeting_line(advice_id, window.today())


def termijnen_warning(meetings: MeetingService, window: FeatureWindow) -> str:
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
    def __init__(self, window: FeatureWindow) -> None:
        super().__init__(window)
        self.setObjectName("meetingLinks")
        self.window = window
        self.warning: QLabel | None = None  # on Termijnen, when that page is first shown
        window.when_page_built(PAGE_DEADLINES, self._add_warning)
        window.ops.changed.connect(self.update_warning)
        window.service_changed.connect(lambda *_: self.update_warning())
        window.dossier_opened.connect(self._add_to_dossier)

    def _add_warning(self, view: DeadlinesPage) -> None:
        self.warning = QLabel()  # the page's layout takes it
        self.warning.setObjectName("meetingWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { color: #9a3412; }")
        self.warning.hide()
        view.mainLayout.insertWidget(1, self.warning)
        self.update_warning()

    def update_warning(self) -> None:
        if self.warning is None:
            return
        from adviesraad_app.services.meetings.schedule import MeetingService

        text = read_or(
            "", lambda: termijnen_warning(MeetingService(self.window.service), self.window)
        )
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def _add_to_dossier(self, dialog: DossierDialog) -> None:
        if dialog.advice_id is None:
            return
        from adviesraad_app.services.meetings.schedule import MeetingService

        advice_id = dialog.advice_id
        text = read_or(
            "",
            lambda: dossier_meeting_text(
                MeetingService(self.window.service), advice_id, self.window
            ),
        )
        if text:
            label = QLabel(text, dialog)
            label.setObjectName("meetingLine")
            label.setWordWrap(True)
            dialog.buttonLayout.insertWidget(0, label)


def install(window: FeatureWindow) -> None:
    MeetingLinks(window)
