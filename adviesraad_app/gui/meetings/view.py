"""Vergaderingen (Ctrl+5): the schedule, and per meeting its agenda, postlijst and actions.

Writes go through the window's ``Operations`` (Dutch error messages; the views reload after
a change). Keyboard: the lists and buttons have Alt+letters; in the agenda Ctrl+Up/Ctrl+Down
move the chosen item and Delete removes it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QTreeWidgetItem, QWidget

from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.meetings import ActionStatus, AgendaItem, ItemKind, Purpose
from adviesraad_app.gui.common.operations import Operations
from adviesraad_app.gui.forms.ui_meetings_view import Ui_MeetingsView
from adviesraad_app.services.meetings.schedule import Agenda, MeetingService
from adviesraad_app.services.register import RegisterService

ID_ROLE = Qt.ItemDataRole.UserRole


class MeetingsView(QWidget, Ui_MeetingsView):
    """The Vergaderingen page."""

    open_requested = Signal(int)  # an advice id (double-click on an advice or a letter)

    def __init__(
        self,
        service: RegisterService,
        ops: Operations,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.setupUi(self)
        self.meetings = MeetingService(service)
        self.ops = ops
        self._today = today
        self.agenda: Agenda | None = None
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 700])
        stretch = QHeaderView.ResizeMode.Stretch
        fit = QHeaderView.ResizeMode.ResizeToContents
        for tree, wide in ((self.agendaList, 1), (self.postList, 4), (self.actionList, 1)):
            header = tree.header()
            header.setStretchLastSection(False)
            for column in range(tree.columnCount()):
                header.setSectionResizeMode(column, stretch if column == wide else fit)
        self.purposeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for purpose in Purpose:
            self.purposeCombo.addItem(purpose.label, purpose)
        self.scheduleList.currentItemChanged.connect(lambda *_: self._show_meeting())
        self.yearCombo.currentIndexChanged.connect(lambda *_: self._load_schedule())
        self.newMeetingButton.clicked.connect(self.new_meeting)
        self.deleteMeetingButton.clicked.connect(self._delete_meeting)
        self.editMeetingButton.clicked.connect(self.edit_meeting)
        self.upButton.clicked.connect(lambda: self._move(-1))
        self.downButton.clicked.connect(lambda: self._move(1))
        self.removeItemButton.clicked.connect(self._remove_item)
        self.adoptButton.clicked.connect(self._adopt)
        self.addAdviceButton.clicked.connect(self._add_advice)
        self.addItemButton.clicked.connect(self._add_item)
        self.itemEdit.returnPressed.connect(self._add_item)
        self.newActionButton.clicked.connect(self.new_action)
        self.actionDoneButton.clicked.connect(lambda: self._set_action(ActionStatus.GEDAAN))
        self.actionLapsedButton.clicked.connect(lambda: self._set_action(ActionStatus.VERVALLEN))
        self.actionReopenButton.clicked.connect(lambda: self._set_action(ActionStatus.OPEN))
        self.agendaPdfButton.clicked.connect(lambda: self.export_pdf(bundle=False))
        self.bundlePdfButton.clicked.connect(lambda: self.export_pdf(bundle=True))
        self.agendaDocxButton.clicked.connect(self.export_docx)
        self.agendaList.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.actionList.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.agendaList.itemDoubleClicked.connect(self._open_item)
        self.postList.itemDoubleClicked.connect(self._open_item)
        keys = (
            ("Ctrl+Up", lambda: self._move(-1)),
            ("Ctrl+Down", lambda: self._move(1)),
            ("Del", self._remove_item),
        )
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self.agendaList)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------

    def set_service(self, service: RegisterService) -> None:
        self.meetings = MeetingService(service)

    def reload(self) -> None:
        years = sorted({m.date.year for m in self.meetings.meetings()} | {self._today().year})
        chosen = self.yearCombo.currentData() or self._today().year
        self.yearCombo.blockSignals(True)
        self.yearCombo.clear()
        for year in years:
            self.yearCombo.addItem(str(year), year)
        self.yearCombo.setCurrentIndex(max(0, self.yearCombo.findData(chosen)))
        self.yearCombo.blockSignals(False)
        self._load_advices()
        self._load_schedule()

    def _load_advices(self) -> None:
        chosen = self.adviceCombo.currentData()
        self.adviceCombo.clear()
        for advice_id, number, title in self.meetings.agenda_candidates():
            self.adviceCombo.addItem(f"{number}  {title}", advice_id)
        self.adviceCombo.setCurrentIndex(max(0, self.adviceCombo.findData(chosen)))

    def _load_schedule(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_meeting_id()
        self.scheduleList.blockSignals(True)
        self.scheduleList.clear()
        pick: QTreeWidgetItem | None = None
        upcoming: QTreeWidgetItem | None = None
        for meeting in self.meetings.meetings(self.yearCombo.currentData()):
            row = QTreeWidgetItem(
                [format_short(meeting.date), meeting.time, meeting.kind.label, meeting.place]
            )
            row.setData(0, ID_ROLE, meeting.id)
            self.scheduleList.addTopLevelItem(row)
            if meeting.id == current:
                pick = row
            if upcoming is None and meeting.date >= self._today():
                upcoming = row
        for column in range(3):
            self.scheduleList.resizeColumnToContents(column)
        self.scheduleList.blockSignals(False)
        pick = pick or upcoming or self.scheduleList.topLevelItem(0)
        if pick is not None:
            self.scheduleList.setCurrentItem(pick)
        self._show_meeting()

    def current_meeting_id(self) -> int | None:
        row = self.scheduleList.currentItem()
        value = row.data(0, ID_ROLE) if row is not None else None
        return int(value) if value is not None else None

    def _show_meeting(self) -> None:
        meeting_id = self.current_meeting_id()
        self.agenda = self.meetings.agenda(meeting_id) if meeting_id is not None else None
        self._fill_agenda()
        self._update_buttons()

    def _fill_agenda(self) -> None:
        agenda = self.agenda
        chosen_item = self._current_id(self.agendaList)
        chosen_action = self._current_id(self.actionList)
        for tree in (self.agendaList, self.postList, self.actionList):
            tree.clear()
        if agenda is None:
            self.meetingTitle.setText(self.tr("Kies een vergadering, of maak er een."))
            self.postWindow.clear()
            return
        meeting = agenda.meeting
        details = ", ".join(p for p in (meeting.time, meeting.place, meeting.kind.label) if p)
        self.meetingTitle.setText(f"<b>{meeting.title}</b> ({details})")
        for line in agenda.lines:
            state = self.tr("vastgesteld") if line.item.adopted else ""
            title = f"{line.advice_number}  {line.title}" if line.advice_number else line.title
            row = QTreeWidgetItem([str(line.number), title, state])
            row.setData(0, ID_ROLE, line.item.id)
            row.setData(1, ID_ROLE, line.item.advice_id)
            self.agendaList.addTopLevelItem(row)
            if line.item.id == chosen_item:
                self.agendaList.setCurrentItem(row)
        self.postWindow.setText(
            self.tr("Binnengekomen na {start} tot en met {end}: {n} stuk(ken).").format(
                start=format_short(agenda.window[0]),
                end=format_short(agenda.window[1]),
                n=len(agenda.post),
            )
        )
        for entry in agenda.post:
            row = QTreeWidgetItem(
                [
                    str(entry.number),
                    format_short(entry.date),
                    entry.kind.label,
                    entry.advice_number,
                    entry.subject,
                ]
            )
            row.setData(1, ID_ROLE, entry.advice_id)
            self.postList.addTopLevelItem(row)
        for action in [*agenda.actions, *agenda.new_actions]:
            made = agenda.action_origin.get(action.meeting_id)
            status = action.status.label
            if action.status_date is not None:
                status += f" ({format_short(action.status_date)})"
            row = QTreeWidgetItem(
                [format_short(made), action.text, action.who, format_short(action.due), status]
            )
            row.setData(0, ID_ROLE, action.id)
            self.actionList.addTopLevelItem(row)
            if action.id == chosen_action:
                self.actionList.setCurrentItem(row)

    @staticmethod
    def _current_id(tree: QWidget) -> int | None:
        row = tree.currentItem()  # type: ignore[attr-defined]
        value = row.data(0, ID_ROLE) if row is not None else None
        return int(value) if value is not None else None

    def _update_buttons(self) -> None:
        has_meeting = self.agenda is not None
        item_id = self._current_id(self.agendaList)
        line = next(
            (ln for ln in (self.agenda.lines if self.agenda else []) if ln.item.id == item_id),
            None,
        )
        for button in (self.upButton, self.downButton, self.removeItemButton):
            button.setEnabled(line is not None)
        self.adoptButton.setEnabled(
            line is not None and line.item.kind == ItemKind.ADVIES and not line.item.adopted
        )
        for widget in (
            self.deleteMeetingButton,
            self.editMeetingButton,
            self.addAdviceButton,
            self.addItemButton,
            self.newActionButton,
            self.agendaPdfButton,
            self.bundlePdfButton,
            self.agendaDocxButton,
            self.adviceCombo,
            self.itemEdit,
        ):
            widget.setEnabled(has_meeting)
        action_id = self._current_id(self.actionList)
        action = next(
            (
                a
                for a in ([*self.agenda.actions, *self.agenda.new_actions] if self.agenda else [])
                if a.id == action_id
            ),
            None,
        )
        status = action.status if action else None
        self.actionDoneButton.setEnabled(status not in (None, ActionStatus.GEDAAN))
        self.actionLapsedButton.setEnabled(status not in (None, ActionStatus.VERVALLEN))
        self.actionReopenButton.setEnabled(status not in (None, ActionStatus.OPEN))

    # -- writing --------------------------------------------------------------------------

    def _after(self, done: bool, select: int | None = None) -> None:
        if done:
            self._load_schedule(select)

    def new_meeting(self) -> None:
        from adviesraad_app.gui.meetings.dialogs import MeetingDialog

        dialog = MeetingDialog(self, self.meetings, self._today())
        if dialog.exec() and dialog.saved:
            first = dialog.saved[0]
            index = self.yearCombo.findData(first.date.year)
            if index < 0:
                self.yearCombo.addItem(str(first.date.year), first.date.year)
                index = self.yearCombo.count() - 1
            self.yearCombo.blockSignals(True)
            self.yearCombo.setCurrentIndex(index)
            self.yearCombo.blockSignals(False)
            self.ops.changed.emit()
            self._load_schedule(first.id)

    def edit_meeting(self) -> None:
        from adviesraad_app.gui.meetings.dialogs import MeetingDialog

        if self.agenda is None:
            return
        dialog = MeetingDialog(self, self.meetings, self._today(), self.agenda.meeting)
        if dialog.exec() and dialog.saved:
            moved = dialog.saved[0]
            self.ops.changed.emit()
            self.yearCombo.setCurrentIndex(max(0, self.yearCombo.findData(moved.date.year)))
            self._load_schedule(moved.id)

    def _delete_meeting(self) -> None:
        """Delete the chosen meeting; Ctrl+Z brings it back with its agenda and actions."""
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            done = self.ops.undoable(
                self.tr("Vergadering verwijderen"),
                lambda: self.meetings.delete_meeting(meeting_id),
                lambda: self.meetings.restore_meeting(meeting_id),
            )
            self._after(done)

    def _move(self, delta: int) -> None:
        item_id = self._current_id(self.agendaList)
        if item_id is not None:
            self._after(self.ops.run(lambda: self.meetings.move_item(item_id, delta)))
            self._select(self.agendaList, item_id)

    def _select(self, tree: QWidget, item_id: int) -> None:
        for i in range(tree.topLevelItemCount()):  # type: ignore[attr-defined]
            row = tree.topLevelItem(i)  # type: ignore[attr-defined]
            if row.data(0, ID_ROLE) == item_id:
                tree.setCurrentItem(row)  # type: ignore[attr-defined]
                tree.setFocus()

    def _remove_item(self) -> None:
        """Remove the chosen agenda item; Ctrl+Z puts it back in its place."""
        item_id = self._current_id(self.agendaList)
        if item_id is None:
            return
        current = [item_id]  # the item's id changes when it is put back
        removed: list[AgendaItem] = []

        def remove() -> None:
            removed[:] = [self.meetings.remove_item(current[0])]

        def put_back() -> None:
            restored = self.meetings.put_back_item(removed[0])
            assert restored.id is not None
            current[0] = restored.id

        self._after(self.ops.undoable(self.tr("Agendapunt verwijderen"), remove, put_back))

    def _adopt(self) -> None:
        row = self.agendaList.currentItem()
        meeting_id = self.current_meeting_id()
        advice_id = row.data(1, ID_ROLE) if row is not None else None
        if meeting_id is not None and advice_id is not None:
            item_id = self._current_id(self.agendaList)
            self._after(self.ops.run(lambda: self.meetings.adopt(meeting_id, int(advice_id))))
            if item_id is not None:
                self._select(self.agendaList, item_id)

    def _add_advice(self) -> None:
        meeting_id = self.current_meeting_id()
        advice_id = self.adviceCombo.currentData()
        purpose = Purpose(self.purposeCombo.currentData())
        if meeting_id is not None and advice_id is not None:
            self._after(
                self.ops.run(
                    lambda: self.meetings.add_advice(meeting_id, int(advice_id), purpose),
                    parent=self,
                )
            )

    def _add_item(self) -> None:
        meeting_id = self.current_meeting_id()
        text = self.itemEdit.text()
        if meeting_id is not None and self.ops.run(
            lambda: self.meetings.add_item(meeting_id, text), parent=self
        ):
            self.itemEdit.clear()
            self._load_schedule()

    def new_action(self) -> None:
        from adviesraad_app.gui.meetings.dialogs import ActionDialog

        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        dialog = ActionDialog(self, self.meetings, meeting_id)
        if dialog.exec() and dialog.saved is not None:
            self.ops.changed.emit()
            self._load_schedule()

    def _set_action(self, status: ActionStatus) -> None:
        action_id = self._current_id(self.actionList)
        if action_id is not None:
            today = self._today()
            self._after(self.ops.run(lambda: self.meetings.set_action(action_id, status, today)))

    def _open_item(self, row: QTreeWidgetItem, _column: int) -> None:
        advice_id = row.data(1, ID_ROLE)
        if advice_id is not None:
            self.open_requested.emit(int(advice_id))

    def export_pdf(self, *, bundle: bool) -> Path | None:
        """Save the agenda (or the vergaderstukken) of the chosen meeting as a PDF."""
        from adviesraad_app.gui.common.file_choosers import choose_pdf_path
        from adviesraad_app.gui.common.preferences import last_folder, remember_folder
        from adviesraad_app.reports.export import export_agenda_pdf
        from adviesraad_app.services.pdf.agenda import meeting_file_name
        from adviesraad_app.services.pdf.content import PdfKind

        agenda = self.agenda
        if agenda is None or agenda.meeting.id is None:
            return None
        meeting_id = agenda.meeting.id
        kind = PdfKind.VERGADERSTUKKEN if bundle else PdfKind.AGENDA
        title = self.tr("Vergaderstukken opslaan") if bundle else self.tr("Agenda opslaan")
        name = meeting_file_name(kind, agenda.meeting.date)
        path = choose_pdf_path(self, title, last_folder() / name)
        if path is None:
            return None
        result = self.ops.call(
            lambda: export_agenda_pdf(self.meetings.register, meeting_id, path, bundle=bundle)
        )
        if result is None:
            return None
        remember_folder(path)
        status = getattr(self.window(), "statusbar", None)
        if status is not None:
            status.showMessage(self.tr("PDF opgeslagen: {path}").format(path=path), 15000)
        return path

    def export_docx(self) -> Path | None:
        """Save the agenda of the chosen meeting as a Word document."""
        from adviesraad_app.domain.dates import format_short as short
        from adviesraad_app.gui.common.file_choosers import choose_save_path
        from adviesraad_app.gui.common.preferences import last_folder, remember_folder
        from adviesraad_app.services.meetings.agenda_docx import export_agenda_docx

        agenda = self.agenda
        if agenda is None or agenda.meeting.id is None:
            return None
        meeting_id = agenda.meeting.id
        name = self.tr("Agenda {date}.docx").format(date=short(agenda.meeting.date))
        path = choose_save_path(
            self,
            self.tr("Agenda opslaan als Word-bestand"),
            last_folder() / name,
            self.tr("Word-bestanden (*.docx)"),
        )
        if path is None:
            return None
        written = self.ops.call(
            lambda: export_agenda_docx(self.meetings.register, meeting_id, path)
        )
        if written is None:
            return None
        remember_folder(written)
        status = getattr(self.window(), "statusbar", None)
        if status is not None:
            status.showMessage(self.tr("Agenda opgeslagen: {path}").format(path=written), 15000)
        return written
