"""The dossier by keyboard alone.

- Ctrl+Tab / Ctrl+Shift+Tab (and Ctrl+PgDown / Ctrl+PgUp) always change tab, also from
  inside a table or a text box, and put the focus on the tab's first field.
- Tables hand the focus on with Tab (not cell by cell); the arrows choose a row.
- Opening a dossier puts the focus on the tab bar, and the advice number never gets the focus
  with its text selected: one keystroke cannot overwrite it.
- A typed space never opens a list (Alt+Down or F4 does) and never replaces a cell's text.
- A recommendation is written in a multi-line editor (a paragraph): F2, Enter or a double click
  opens it, Ctrl+Enter or Tab keeps the text, Esc drops the change.
- The college's outcome per recommendation: on its row, type the first letter of the outcome
  (o, d, n, k; again for the next match) or press F2 for the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QChildEvent,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from adviesraad_app.domain.kinds import Outcome
from adviesraad_app.gui.common.fitting import focus_chain
from adviesraad_app.gui.common.wrapping import know_children
from adviesraad_app.gui.forms.ui_dossier_dialog import Ui_DossierDialog
from adviesraad_app.i18n import translate

Index = QModelIndex | QPersistentModelIndex

EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _takes_keyboard(widget: QWidget, page: QWidget) -> bool:
    """A field the Tab key would stop at (not a scroll bar or a scroll area's frame)."""
    if not (widget.isVisibleTo(page) and widget.isEnabled()) or widget.focusProxy() is not None:
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(widget, QScrollBar):
        return False
    return not isinstance(widget, QAbstractScrollArea) or isinstance(
        widget, QAbstractItemView | QPlainTextEdit
    )


class ParagraphDelegate(QStyledItemDelegate):
    """A multi-line editor for a recommendation, taller than its row while it is open."""

    LINES = 6

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setAccessibleName(translate("Dossier", "Tekst van de aanbeveling"))
        editor.setToolTip(
            translate("Dossier", "Ctrl+Enter of Tab: klaar; Esc: wijziging ongedaan maken")
        )
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText().strip(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        height = max(rect.height(), editor.fontMetrics().lineSpacing() * self.LINES + 12)
        parent = editor.parentWidget()
        room = parent.height() if parent is not None else height
        top = min(rect.top(), max(0, room - height))
        editor.setGeometry(rect.left(), top, rect.width(), min(height, max(room, rect.height())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QPlainTextEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key, modifiers = event.key(), event.modifiers()
            if key in EDIT_KEYS and modifiers & Qt.KeyboardModifier.ControlModifier:
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QStyledItemDelegate.EndEditHint.NoHint)
                return True
            if key in EDIT_KEYS:
                return False  # a new line in the paragraph
        return super().eventFilter(watched, event)


class DossierKeys(QObject):
    """Installs the keyboard rules on a dossier dialog (a child of it).

    Knows the dialog only as its form (the generated widgets) and the window they are in, so
    that this module and ``dialog.py`` do not import each other.
    """

    def __init__(self, form: Ui_DossierDialog, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("dossierKeys")
        self.dialog = form
        dialog = form
        for keys, step in (
            ((QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")), 1),
            ((QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+PgUp")), -1),
        ):
            for sequence in keys:
                shortcut = QShortcut(sequence, window)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda s=step: self.change_tab(s))
        for table in window.findChildren(QTableView):
            table.setTabKeyNavigation(False)
        for area in window.findChildren(QScrollArea):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a Tab stop
        triggers = (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        dialog.recommendationsTable.setEditTriggers(triggers)
        dialog.recommendationsTable.setItemDelegateForColumn(
            1, ParagraphDelegate(dialog.recommendationsTable)
        )
        dialog.recommendationsTable.setWordWrap(True)
        dialog.outcomesTable.setEditTriggers(triggers)
        dialog.outcomesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        for table in (dialog.recommendationsTable, dialog.outcomesTable):
            table.installEventFilter(self)
        # the outcome's list (a cell editor) is made later: it gets the space rule when added
        know_children(dialog.outcomesTable)  # its viewport, cheaply (gui/common/wrapping.py)
        dialog.outcomesTable.viewport().installEventFilter(self)
        dialog.number.installEventFilter(self)
        for combo in window.findChildren(QComboBox):
            if not combo.isEditable():
                combo.installEventFilter(self)
        if not dialog.internalNotes.accessibleName():
            dialog.internalNotes.setAccessibleName(translate("Dossier", "Interne notities"))
        dialog.outcomesTable.setToolTip(
            translate(
                "Dossier",
                "Uitkomst: typ o (overgenomen), d (deels), n (niet) of k (kennisgenomen), of "
                "druk F2 voor de lijst. Motivering: F2 of Enter.",
            )
        )

    # -- tabs --------------------------------------------------------------------------------

    def change_tab(self, step: int) -> None:
        tabs = self.dialog.tabs
        count = tabs.count()
        index = tabs.currentIndex()
        for _ in range(count):
            index = (index + step) % count
            if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                break
        tabs.setCurrentIndex(index)
        self.focus_first_field()

    def focus_first_field(self) -> None:
        """The first field of the current tab that takes the keyboard (never the number with
        its text selected)."""
        page = self.dialog.tabs.currentWidget()
        if page is None:
            return
        target = next((w for w in focus_chain(page) if _takes_keyboard(w, page)), None)
        if target is None:
            self.dialog.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
            return
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(target, QLineEdit):
            target.deselect()
            target.end(False)

    # -- events ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.dialog.number and kind == QEvent.Type.FocusIn:
            # Qt selects a line's text when the keyboard brings the focus: not for the number.
            QTimer.singleShot(0, self._deselect_number)
            return False
        if kind == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QComboBox) and not child.isEditable():
                child.installEventFilter(self)
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if isinstance(watched, QComboBox):
            return key == Qt.Key.Key_Space and plain  # a space opens no list
        if watched is self.dialog.recommendationsTable and key in EDIT_KEYS and plain:
            return self._edit_current(self.dialog.recommendationsTable, 1)
        if watched is self.dialog.outcomesTable and plain:
            return self._outcome_key(event)
        return False

    def _deselect_number(self) -> None:
        number = self.dialog.number
        if number.hasFocus() and number.hasSelectedText():
            number.deselect()
            number.end(False)

    def _edit_current(self, table: QTableView, column: int) -> bool:
        index = table.currentIndex()
        if not index.isValid():
            return False
        if index.column() != column:
            index = index.siblingAtColumn(column)
            table.setCurrentIndex(index)
        if table.state() != QAbstractItemView.State.EditingState:
            table.edit(index)
        return True

    def _outcome_key(self, event: QKeyEvent) -> bool:
        table = self.dialog.outcomesTable
        index = table.currentIndex()
        if not index.isValid() or not table.isEnabled():
            return False
        key = event.key()
        if key in EDIT_KEYS:
            column = index.column() if index.column() in (1, 2) else 2
            return self._edit_current(table, column)
        if key == Qt.Key.Key_Space:
            return True  # nothing is replaced by a space
        text = event.text().lower()
        if len(text) != 1 or not text.isalpha() or index.column() == 2:
            return False
        matches = [o for o in Outcome if o.label.lower().startswith(text)]
        if not matches:
            return True
        model = table.model()
        target = index.siblingAtColumn(1)
        current = model.data(target, Qt.ItemDataRole.EditRole)
        position = matches.index(current) + 1 if current in matches else 0
        model.setData(target, matches[position % len(matches)].value, Qt.ItemDataRole.EditRole)
        return True
