"""Adviezen: every advice, searchable as you type, with filters; smooth at 100,000."""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget

from adviesraad_app.domain.filters import STATUS_OPEN, RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus
from adviesraad_app.gui.common.models import RegisterTableModel
from adviesraad_app.gui.common.table_model import ID_ROLE
from adviesraad_app.gui.forms.ui_register_view import Ui_RegisterView
from adviesraad_app.gui.register.columns import SubjectFitter, register_columns
from adviesraad_app.gui.register.tables import prepare_table, selected_rows
from adviesraad_app.services.register import RegisterService

#: What a user does to a list before its items count: give it the focus (the keyboard,
#: a screen reader), click it open, or turn the mouse wheel over it.
_GOING_TO_A_LIST = frozenset(
    {QEvent.Type.FocusIn, QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}
)


class RegisterView(QWidget, Ui_RegisterView):
    """Adviezen: every advice, searchable as you type, with filters; smooth at 100,000."""

    open_requested = Signal(int)
    new_requested = Signal()
    delete_requested = Signal()
    selection_changed = Signal()

    def __init__(self, service: RegisterService, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setupUi(self)
        self.model = RegisterTableModel(service, today)
        self.table.setModel(self.model)
        prepare_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        register_columns(self.table, self.model)
        self.kindCombo.addItem(self.tr("Alle soorten"), None)
        for kind in AdviceKind:
            self.kindCombo.addItem(kind.label, kind)
        self.statusCombo.addItem(self.tr("Alle statussen"), None)
        self.statusCombo.addItem(self.tr("Open (niet afgesloten)"), STATUS_OPEN)
        for status in AdviceStatus:
            self.statusCombo.addItem(status.label, status)
        self.service = service
        self._choices_version: tuple[int, int] | None = None  # of the years and themes shown
        self._all_themes_listed = False  # the configured themes and those older advices use
        self._refill_choices()  # before restore_state, which selects among them
        self.searchEdit.textChanged.connect(self._apply_filter)
        self.searchEdit.installEventFilter(self)  # Down: into the results
        self.searchEdit.returnPressed.connect(self._search_entered)
        for combo in (self.yearCombo, self.kindCombo, self.statusCombo, self.themeCombo):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.clearFiltersButton.clicked.connect(self.clear_filters)
        # A narrow window (1024 pixels at 150 %) keeps every filter: the lists show their
        # whole texts when opened.
        self.searchEdit.setMinimumWidth(160)
        for combo in (self.yearCombo, self.kindCombo, self.statusCombo, self.themeCombo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.newButton.clicked.connect(self.new_requested)
        self.openButton.clicked.connect(self._open_current)
        self.deleteButton.clicked.connect(self.delete_requested)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._update_count)
        # What the next search reads once (the register's words for searching inside words,
        # the list's ids as a set) is read while the user is not typing, a moment after the
        # list changed (also after the first paint at start-up), not on the next keystroke.
        self._search_warmup = QTimer(self)
        self._search_warmup.setSingleShot(True)
        self._search_warmup.setInterval(300)
        self._search_warmup.timeout.connect(self._prepare_search)
        self.model.modelReset.connect(self._search_warmup.start)
        self._selection_changed()

    # -- data ----------------------------------------------------------------------------

    def _prepare_search(self) -> None:
        # The service of now (a restore may have replaced it), for the list on screen.
        self.service.prepare_search(self.model.selection, self.model.order)
        # The theme list complete before anyone opens it, also by a way its events do not
        # show (a screen reader expanding it); once per refill of the choices.
        self._list_all_themes()
        # Nobody is typing: Python's cycle collector walks its young objects now, among them
        # the large sets of ids the last searches made and the list just read, and moves
        # those that stay to its old generation. Otherwise it walks them in the middle of a
        # keystroke, when its count of new objects runs over (1-2 ms at 10,000 advices, at
        # 100,000 ten times more). Not while the start-up holds it back (gui/collector.py).
        if gc.isenabled():
            gc.collect(1)

    def set_service(self, service: RegisterService) -> None:
        self.service = service
        self._refill_choices()
        self.model.set_service(service)

    def _refill_choices(self) -> None:
        year = self.yearCombo.currentData()
        theme = self.themeCombo.currentData()
        for combo in (self.yearCombo, self.themeCombo):
            combo.blockSignals(True)
            combo.clear()
        self.yearCombo.addItem(self.tr("Alle jaren"), None)
        for year_value in self.service.years():
            self.yearCombo.addItem(str(year_value), year_value)
        self.themeCombo.addItem(self.tr("Alle thema’s"), None)
        for theme_value in self.service.settings.themes:
            self.themeCombo.addItem(theme_value, theme_value)
        # The themes in use too when one of them is chosen or the list was used before (a
        # refill after a change); else when the list is first used (eventFilter).
        listed_before, self._all_themes_listed = self._all_themes_listed, False
        self.themeCombo.installEventFilter(self)
        if theme is not None or listed_before:
            self._list_all_themes()
        self._select_data(self.yearCombo, year)
        self._select_data(self.themeCombo, theme)
        for combo in (self.yearCombo, self.themeCombo):
            combo.blockSignals(False)
        self._choices_version = self.service.data_version()

    def _list_all_themes(self) -> None:
        """Add the themes that older advices still use to the configured ones. Not done to
        show the page: it reads every advice (1 ms at 10,000, 13 ms at 100,000), and the
        list shows only its first item until the user goes to it (``eventFilter``) or the
        search's warm-up runs while nobody types."""
        if self._all_themes_listed:
            return
        themes = self.service.themes_if_readable()
        if themes is None:  # not now (busy, closed): when the list is used or changes
            return
        self._all_themes_listed = True
        combo = self.themeCombo
        combo.removeEventFilter(self)
        listed = {combo.itemData(i) for i in range(combo.count())}
        blocked = combo.blockSignals(True)
        for theme_value in themes:
            if theme_value not in listed:
                combo.addItem(theme_value, theme_value)
        combo.blockSignals(blocked)

    @staticmethod
    def _select_data(combo: Any, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(
            year=self.yearCombo.currentData(),
            kind=self.kindCombo.currentData(),
            status=self.statusCombo.currentData(),
            theme=self.themeCombo.currentData(),
            search=self.searchEdit.text(),
        )

    def _apply_filter(self) -> None:
        if self.model.set_filter(self.current_filter()):
            # A new list starts at its top, where a search puts its best matches (Qt keeps
            # the scrolled position over a new list; a reload after an edit keeps it too).
            self.table.scrollToTop()

    def clear_filters(self) -> None:
        for combo in (self.yearCombo, self.kindCombo, self.statusCombo, self.themeCombo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.searchEdit.clear()
        self._apply_filter()

    def reload(self) -> None:
        selected = self.selected_ids()
        if self.service.data_version() != self._choices_version:
            self._refill_choices()  # not again at start-up: they were read a moment ago
        self.model.reload()
        self.select_ids(selected)

    def _update_count(self) -> None:
        total = self.service.count()
        shown = self.model.rowCount()
        if shown == total:
            self.countLabel.setText(
                self.tr("1 advies") if total == 1 else self.tr("{n} adviezen").format(n=total)
            )
        else:
            self.countLabel.setText(
                (
                    self.tr("{shown} van 1 advies")
                    if total == 1
                    else self.tr("{shown} van {total} adviezen")
                ).format(shown=shown, total=total)
            )

    # -- selection -----------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        ids = [self.model.advice_id(row) for row in selected_rows(self.table)]
        return [i for i in ids if i is not None]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for advice_id in ids:
            row = self.model.row_of(advice_id)
            if row >= 0:
                index = self.model.index(row, 0)
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)

    def _selection_changed(self) -> None:
        has = bool(selected_rows(self.table))
        self.openButton.setEnabled(has)
        self.deleteButton.setEnabled(has)
        self.selection_changed.emit()

    def _open_index(self, index: QModelIndex) -> None:
        advice_id = self.model.data(index, ID_ROLE)
        if advice_id is not None:
            self.open_requested.emit(advice_id)

    def _open_current(self) -> None:
        for advice_id in self.selected_ids()[:1]:
            self.open_requested.emit(advice_id)

    def focus_search(self) -> None:
        self.searchEdit.setFocus()
        self.searchEdit.selectAll()

    def focus_results(self) -> None:
        """From the search field into the results: the first row (or the one chosen)."""
        if self.model.rowCount() == 0:
            return
        selection = self.table.selectionModel()
        if not selected_rows(self.table):
            index = self.model.index(0, 0)
            self.table.setCurrentIndex(index)
            selection.select(
                index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
            )
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _search_entered(self) -> None:
        """Enter in the search field: with one result, open it; otherwise go to the results."""
        if self.model.rowCount() == 1:
            self._open_index(self.model.index(0, 0))
        else:
            self.focus_results()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.themeCombo:
            if event.type() in _GOING_TO_A_LIST:  # the list is about to be used: complete it
                self._list_all_themes()
            return False
        if (
            watched is self.searchEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        ):
            self.focus_results()
            return True
        return super().eventFilter(watched, event)

    # -- remembered state ----------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        header = self.table.horizontalHeader()
        fitter = self.table.findChild(SubjectFitter, "subjectFitter")
        narrow = set(fitter.auto_hidden) if fitter is not None else set()
        for column in narrow:  # hidden for the window's width, not by the user's choice
            header.setSectionHidden(column, False)
        settings.setValue("register/header", header.saveState())
        for column in narrow:
            header.setSectionHidden(column, True)
        settings.setValue(
            "register/sort", f"{self.model.order.key.value}:{int(self.model.order.descending)}"
        )
        selection = self.current_filter()
        settings.setValue("register/year", selection.year or "")
        settings.setValue("register/kind", selection.kind.value if selection.kind else "")
        status = selection.status
        settings.setValue("register/status", str(getattr(status, "value", status or "")))
        settings.setValue("register/theme", selection.theme or "")
        settings.setValue("register/search", selection.search)

    def restore_state(self, settings: QSettings) -> None:
        sort = str(settings.value("register/sort", "") or "")
        try:
            key, descending = sort.split(":")
            order = RegisterOrder(SortKey(key), descending == "1")
        except ValueError:
            order = RegisterOrder()
        for combo, key_name, convert in (
            (self.yearCombo, "register/year", lambda v: int(v) if v else None),
            (self.kindCombo, "register/kind", lambda v: AdviceKind(v) if v else None),
            (
                self.statusCombo,
                "register/status",
                lambda v: (STATUS_OPEN if v == STATUS_OPEN else AdviceStatus(v)) if v else None,
            ),
            (self.themeCombo, "register/theme", lambda v: v or None),
        ):
            try:
                value = convert(str(settings.value(key_name, "") or ""))
            except ValueError:
                value = None
            combo.blockSignals(True)
            if combo is self.themeCombo and value is not None:
                self._list_all_themes()
            self._select_data(combo, value)
            combo.blockSignals(False)
        self.searchEdit.blockSignals(True)
        self.searchEdit.setText(str(settings.value("register/search", "") or ""))
        self.searchEdit.blockSignals(False)
        # The rows are read when the page is shown (start-up shows one page). Order and filter
        # are in place before the header's sort indicator is restored, which would otherwise
        # read the whole register in the old order at once.
        self.model._order = order
        self.model._filter = self.current_filter()
        header = self.table.horizontalHeader()
        state = settings.value("register/header")
        if isinstance(state, QByteArray):
            header.restoreState(state)
        column = next((i for i, (k, _label) in enumerate(self.model.columns) if k == order.key), 0)
        header.setSortIndicator(
            column,
            Qt.SortOrder.DescendingOrder if order.descending else Qt.SortOrder.AscendingOrder,
        )
