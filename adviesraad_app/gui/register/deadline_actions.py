"""Termijnen: act on a row without opening tabs — *Verdagen…* and the next step.

The next step follows the kind of deadline: the council's advice term -> *Advies
verzonden…* (the dossier opens at the date the advice was sent), the college's reply term ->
*Reactie registreren…* (the dossier opens with a new reply, at its date), a commitment ->
*Toezegging nagekomen* (marked done at once, undoable). Both buttons have an Alt+letter like
every button.

*Brief opstellen…* writes a letter about the row's advice (docs/LETTERS.md): for a late reply
or commitment the letter of its next step (*eerste herinnering sturen*, *tweede herinnering
sturen*, *gemeenteraad informeren*), which the row shows. The row's context menu offers the
same actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu, QPushButton

from adviesraad_app.domain.kinds import CommitmentStatus
from adviesraad_app.gui.common import keyboard
from adviesraad_app.gui.common.operations import show_error
from adviesraad_app.gui.register.tables import selected_rows
from adviesraad_app.gui.shell.pages import PAGE_DEADLINES
from adviesraad_app.i18n import translate

if TYPE_CHECKING:
    from adviesraad_app.domain.deadline_items import DeadlineItem
    from adviesraad_app.gui.common.window_api import FeatureWindow

# The term (``TermKind``'s value) a deadline of each type moves when it is extended;
# the extensions' module is loaded when one is (not to show the window).
TERM_OF_TYPE = {"advice_due": "advice", "reply_due": "reply"}


class DeadlineActions(QObject):
    def __init__(self, window: FeatureWindow) -> None:
        super().__init__(window)
        self.setObjectName("deadlineActions")
        self.window = window
        view = window.dashboard_view
        # made on the window, moved into the page's row of buttons below
        self.extendButton = QPushButton(translate("Deadlines", "Verdagen…"), window)
        self.extendButton.setObjectName("extendButton")
        self.extendButton.setToolTip(
            translate("Deadlines", "De termijn van de gekozen regel verdagen")
        )
        self.nextButton = QPushButton(translate("Deadlines", "Volgende stap"), window)
        self.nextButton.setObjectName("nextStepButton")
        self.letterButton = QPushButton(translate("Deadlines", "Brief opstellen…"), window)
        self.letterButton.setObjectName("letterButton")
        layout = view.actionsLayout
        # four buttons and the hint must fit a 1024-pixel window: the hint wraps
        view.hintLabel.setWordWrap(True)
        view.hintLabel.setMinimumWidth(120)
        index = layout.indexOf(view.openButton)
        layout.insertWidget(index, self.letterButton)
        layout.insertWidget(index, self.nextButton)
        layout.insertWidget(index, self.extendButton)
        self.extendButton.clicked.connect(self.extend)
        self.nextButton.clicked.connect(self.next_step)
        self.letterButton.clicked.connect(self.compose_letter)
        view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.table.customContextMenuRequested.connect(self.show_menu)
        # the selection changes after the current row: follow both, so the buttons always
        # speak of the row that is chosen now
        view.table.selectionModel().currentRowChanged.connect(lambda *_: self.update())
        view.table.selectionModel().selectionChanged.connect(lambda *_: self.update())
        view.model.modelReset.connect(self.update)
        self.update()

    def current(self) -> DeadlineItem | None:
        view = self.window.dashboard_view
        rows = selected_rows(view.table)
        if not rows:
            index = view.table.currentIndex()
            # like "Dossier openen": without a choice, the first (most urgent) row
            rows = [index.row() if index.isValid() else 0]
        return view.model.item(rows[0]) if view.model.rowCount() else None

    def update(self) -> None:
        item = self.current()
        writable = not self.window.service.readonly
        self.extendButton.setEnabled(writable and item is not None and item.type in TERM_OF_TYPE)
        texts = {
            "advice_due": translate("Deadlines", "Advies verzonden…"),
            "reply_due": translate("Deadlines", "Reactie registreren…"),
            "commitment_due": translate("Deadlines", "Toezegging nagekomen"),
        }
        text = texts.get(item.type, "") if item is not None else ""
        if not text:
            text = translate("Deadlines", "Volgende stap")
        old = self.nextButton.text()
        letter = keyboard.mnemonic(old)
        position = text.lower().find(letter) if letter else -1
        if position >= 0:  # keep the Alt+letter the window gave this button
            self.nextButton.setText(text[:position] + "&" + text[position:])
        else:
            self.nextButton.setText(text)
            if "&" in old:  # it had a letter: find another one that is free
                keyboard.refresh_letter(self.nextButton)
        self.nextButton.setEnabled(writable and item is not None)
        self.letterButton.setEnabled(item is not None)
        step = item.next_step if item is not None else None
        self.letterButton.setToolTip(
            translate("Deadlines", "Volgende stap: {step}").format(
                step=step.text(self.window.dashboard_view.as_of())
            )
            if step is not None
            else translate("Deadlines", "Een brief van de raad over dit advies opstellen")
        )

    def menu(self) -> QMenu:
        """The row's actions (also the context menu): the letter of the next step first."""
        menu = QMenu(self.window.dashboard_view.table)
        item = self.current()
        if item is not None and item.next_step is not None:
            text = item.next_step.text(self.window.dashboard_view.as_of())
            step = menu.addAction(text[:1].upper() + text[1:] + "…")
            step.setObjectName("nextStepLetterAction")
            step.triggered.connect(self.compose_letter)
        for button in (self.letterButton, self.extendButton, self.nextButton):
            action = menu.addAction(button.text().replace("&", ""))
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        return menu

    def show_menu(self, position: QPoint) -> None:
        table = self.window.dashboard_view.table
        by_mouse = table.viewport().mapFromGlobal(QCursor.pos()) == position
        index = table.indexAt(position)
        if by_mouse and index.isValid():
            table.selectRow(index.row())  # a right-click chooses the row under the mouse
        elif table.currentIndex().isValid():  # the menu key: at the chosen row
            position = table.visualRect(table.currentIndex()).center()
        if self.current() is None:
            return
        self.popup(self.menu(), table.viewport().mapToGlobal(position))

    def popup(self, menu: QMenu, at: QPoint) -> None:
        menu.exec(at)

    def compose_letter(self) -> None:
        item = self.current()
        if item is None:
            return
        from adviesraad_app.gui.letters.compose import compose_letter

        compose_letter(
            self.window,
            item.advice_id,
            commitment_id=item.commitment_id,
            step=item.next_step,
        )

    def extend(self) -> None:
        item = self.current()
        if item is None or item.type not in TERM_OF_TYPE or self.window.refuse_readonly():
            return
        from adviesraad_app.domain.extensions import TermKind
        from adviesraad_app.gui.common.dialogs import ExtensionDialog

        service = self.window.service
        term = service.current_term(item.advice_id, TermKind(TERM_OF_TYPE[item.type]))
        if term is None:
            show_error(
                self.window,
                translate("Dossier", "Voor deze termijn is (nog) geen datum bekend."),
            )
            return
        dialog = ExtensionDialog(self.window, item.advice_id, term)
        if dialog.exec() and dialog.extension is not None:
            ext = dialog.extension
            advice_id = item.advice_id
            self.window.ops.created(
                translate("Dossier", "Termijn verdagen"),
                lambda: service.extend_term(
                    advice_id, ext.term, ext.new_date, ext.reason, ext.agreed_by, ext.agreed_on
                ),
                service.delete_extension,
                service.restore_extension,
            )

    def next_step(self) -> None:
        item = self.current()
        if item is None or self.window.refuse_readonly():
            return
        if item.type == "commitment_due" and item.commitment_id is not None:
            self.window.commitments_view.status_requested.emit(
                item.commitment_id, CommitmentStatus.DONE
            )
            return
        dialog = self.window.open_dossier(item.advice_id)
        if dialog is None:
            return
        if item.type == "reply_due":
            dialog.tabs.setCurrentWidget(dialog.replyTab)
            if dialog.newReplyButton.isVisible() and dialog.newReplyButton.isEnabled():
                dialog.newReplyButton.click()
            dialog.replyDate.setFocus()
        else:
            dialog.tabs.setCurrentWidget(dialog.adviceTab)
            dialog.sentDate.setFocus()


def install(window: FeatureWindow) -> None:
    def add(_view: object) -> None:  # with the Termijnen page, when it is first shown
        DeadlineActions(window)

    window.when_page_built(PAGE_DEADLINES, add)
