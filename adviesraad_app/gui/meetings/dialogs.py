"""The dialogs of the Vergaderingen page: a new meeting (or a series) and a new action.

Each saves in one transaction when OK is pressed; bad input is explained in the dialog and
nothing is saved.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from adviesraad_app.domain.dates import format_short, parse_date, parse_optional_date
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.meetings import (
    Action,
    Meeting,
    MeetingKind,
    parse_time,
    series_dates,
)
from adviesraad_app.gui.common.operations import Op
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_action_dialog import Ui_ActionDialog
from adviesraad_app.gui.forms.ui_meeting_dialog import Ui_MeetingDialog
from adviesraad_app.services.meetings.schedule import MeetingService

# Per choice of "Herhalen": (every so many weeks, the n-th weekday of every month).
_REPEATS = (
    (0, 0),
    (0, 1),
    (0, 2),
    (0, 3),
    (0, 4),
    (4, 0),
    (6, 0),
)


class MeetingDialog(QDialog, Ui_MeetingDialog):
    """A new meeting, or a series of them ("elke tweede maandag van de maand")."""

    def __init__(
        self,
        parent: QWidget,
        meetings: MeetingService,
        today: date,
        meeting: Meeting | None = None,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.meetings = meetings
        self.meeting = meeting  # ``None``: a new meeting (or series); else the one edited
        self.saved: list[Meeting] = []
        for kind in MeetingKind:
            self.kindCombo.addItem(kind.label, kind)
        labels = (
            self.tr("niet"),
            self.tr("elke eerste … van de maand (weekdag van de datum)"),
            self.tr("elke tweede … van de maand (weekdag van de datum)"),
            self.tr("elke derde … van de maand (weekdag van de datum)"),
            self.tr("elke vierde … van de maand (weekdag van de datum)"),
            self.tr("elke vier weken"),
            self.tr("elke zes weken"),
        )
        for label, repeat in zip(labels, _REPEATS, strict=True):
            self.repeatCombo.addItem(label, repeat)
        self.untilEdit.setText(f"31-12-{today.year}")
        self.timeEdit.setText("19:30")
        self.repeatCombo.currentIndexChanged.connect(self._update)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        if meeting is not None:
            self.setWindowTitle(self.tr("Vergadering wijzigen"))
            self.dateEdit.setText(format_short(meeting.date))
            self.timeEdit.setText(meeting.time)
            self.placeEdit.setText(meeting.place)
            self.kindCombo.setCurrentIndex(max(0, self.kindCombo.findData(meeting.kind)))
            for widget in (self.repeatLabel, self.repeatCombo, self.untilLabel, self.untilEdit):
                widget.hide()
        self._update()
        prepare_window(self)

    def _update(self) -> None:
        series = self.repeatCombo.currentIndex() > 0
        self.untilEdit.setEnabled(series)
        self.untilLabel.setEnabled(series)

    def planned(self) -> list[Meeting]:
        """The meetings the form describes; a :class:`UserError` says what is wrong."""
        day = parse_date(self.dateEdit.text())
        time = parse_time(self.timeEdit.text()) if self.timeEdit.text().strip() else ""
        kind = MeetingKind(self.kindCombo.currentData())
        place = self.placeEdit.text().strip()
        weeks, nth = self.repeatCombo.currentData()
        days = [day]
        if weeks or nth:
            until = parse_date(self.untilEdit.text())
            if until < day:
                raise UserError(self.tr("‘Tot en met’ ligt voor de eerste datum."))
            days = series_dates(day, until, weeks=weeks, nth_weekday=nth)
            if not days:
                raise UserError(
                    self.tr("Er valt geen vergadering in deze periode; kies een andere datum.")
                )
            if len(days) > 60:
                raise UserError(
                    self.tr("Dat zijn meer dan 60 vergaderingen; kies een kortere periode.")
                )
        return [Meeting(date=d, time=time, place=place, kind=kind) for d in days]

    def _accept(self) -> None:
        if Op(self, self._save).tell(self.errorLabel.setText).run():
            self.accept()

    def _save(self) -> None:
        planned = self.planned()
        if self.meeting is not None:
            changed = replace(planned[0], id=self.meeting.id)
            self.saved = [self.meetings.update_meeting(changed)]
        else:
            self.saved = self.meetings.add_meetings(planned)


class ActionDialog(QDialog, Ui_ActionDialog):
    """A new action for the actielijst, made in a meeting."""

    def __init__(self, parent: QWidget, meetings: MeetingService, meeting_id: int) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.meetings = meetings
        self.meeting_id = meeting_id
        self.saved: Action | None = None
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        prepare_window(self)

    def _accept(self) -> None:
        if Op(self, self._save).tell(self.errorLabel.setText).run():
            self.accept()

    def _save(self) -> None:
        due = parse_optional_date(self.dueEdit.text())
        self.saved = self.meetings.add_action(
            self.meeting_id, self.textEdit.text(), self.whoEdit.text(), due
        )
