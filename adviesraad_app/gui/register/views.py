"""The main window's pages: Termijnen (dashboard), Adviezen (register), Toezeggingen, Verwijderd."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from adviesraad_app.domain.advices import AdviceKind, AdviceStatus
from adviesraad_app.domain.commitments import CommitmentStatus
from adviesraad_app.domain.deadlines import DeadlineState
from adviesraad_app.domain.filters import STATUS_OPEN, RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.replies import Outcome
from adviesraad_app.gui.common.models import (
    ID_ROLE,
    CommitmentsModel,
    DeadlinesModel,
    RegisterTableModel,
)
from adviesraad_app.gui.forms.ui_commitments_view import Ui_CommitmentsView
from adviesraad_app.gui.forms.ui_dashboard_view import Ui_DashboardView
from adviesraad_app.gui.forms.ui_deleted_view import Ui_DeletedView
from adviesraad_app.gui.forms.ui_register_view import Ui_RegisterView
from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService


def selected_rows(table: QTableView) -> list[int]:
    selection = table.selectionModel()
    if selection is None:
        return []
    return sorted({index.row() for index in selection.selectedRows()})


def _prepare_table(table: QTableView) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setTabKeyNavigation(False)


SUBJECT_MIN = 200


def _column_samples() -> dict[SortKey, tuple[list[str], bool]]:
    """Per register column: the widest texts it shows, and whether a state icon goes with
    them. The widths follow from the font, so they fit on Windows and Linux alike."""
    a_date = "30-12-2026"
    return {
        SortKey.NUMBER: (["2026-100"], False),
        SortKey.KIND: ([kind.value for kind in AdviceKind], False),
        SortKey.THEME: (["Participatiewet"], False),
        SortKey.SENT: ([a_date], False),
        SortKey.REPLY_DUE: ([a_date], True),
        SortKey.REPLY_DATE: ([a_date], False),
        SortKey.DAYS_LATE: ([translate("Models", "{n} dagen").format(n=999)], True),
        SortKey.OUTCOME: ([outcome.label for outcome in Outcome], False),
        SortKey.STATUS: ([status.label for status in AdviceStatus], True),
        SortKey.DELETED: ([f"{a_date} 23:59"], False),
    }


def _register_columns(table: QTableView, model: RegisterTableModel) -> None:
    """Columns as wide as their contents and header need; the subject takes the room that
    is left. A right click on the header hides or shows columns."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    cell = table.fontMetrics()
    head = header.fontMetrics()
    icon = table.iconSize().width() if table.iconSize().isValid() else 16
    samples = _column_samples()
    for column, (key, label) in enumerate(model.columns):
        texts, with_icon = samples.get(key, ([], False))
        contents = max((cell.horizontalAdvance(t) for t in texts), default=0)
        contents += 10 + (icon + 6 if with_icon else 0)
        heading = max(head.horizontalAdvance(line) for line in label.split("\n")) + 24
        if key != SortKey.TITLE:
            table.setColumnWidth(column, max(contents, heading))
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(
        lambda pos: _column_menu(table, model).exec(header.mapToGlobal(pos))
    )
    _SubjectFitter(table)


def _column_menu(table: QTableView, model: RegisterTableModel) -> QMenu:
    """Kolommen tonen of verbergen; the number and the subject always stay."""
    header = table.horizontalHeader()
    menu = QMenu(table)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for column, (key, label) in enumerate(model.columns):
        if key in (SortKey.NUMBER, SortKey.TITLE):
            continue
        action = menu.addAction(label.replace("\n", " "))
        action.setCheckable(True)
        fitter = table.findChild(_SubjectFitter, "subjectFitter")
        narrow = fitter.auto_hidden if fitter is not None else set()
        action.setChecked(not header.isSectionHidden(column) or column in narrow)
        action.toggled.connect(lambda shown, c=column: _show_column(table, c, shown))
    return menu


def _show_column(table: QTableView, column: int, shown: bool) -> None:
    fitter = table.findChild(_SubjectFitter, "subjectFitter")
    if fitter is not None:
        fitter.auto_hidden.discard(column)
    table.horizontalHeader().setSectionHidden(column, not shown)
    _fit_subject(table)


#: Columns that make room for the subject on a narrow window, first to go first. They come
#: back when the window is wide enough; the user's own choice (the header menu) is kept apart.
GIVE_WAY = (
    SortKey.REPLY_DATE,
    SortKey.THEME,
    SortKey.KIND,
    SortKey.OUTCOME,
    SortKey.SENT,
    SortKey.DAYS_LATE,
)
SUBJECT_READABLE = 300


class _SubjectFitter(QObject):
    """Keeps the subject column as wide as the table allows when the table is resized; on a
    narrow table, less important columns give way before the subject gets too narrow."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.setObjectName("subjectFitter")
        self._table = table
        self.auto_hidden: set[int] = set()
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        table = self._table
        header = table.horizontalHeader()
        model = table.model()
        columns = getattr(model, "columns", [])
        for column in self.auto_hidden:
            header.setSectionHidden(column, False)
        self.auto_hidden.clear()

        def others() -> int:
            return sum(
                header.sectionSize(c)
                for c in range(header.count())
                if c != 1 and not header.isSectionHidden(c)
            )

        room = table.viewport().width()
        for key in GIVE_WAY:
            if room - others() >= SUBJECT_READABLE or room <= 0:
                break
            column = next((i for i, (k, _label) in enumerate(columns) if k == key), -1)
            if column >= 0 and not header.isSectionHidden(column):
                header.setSectionHidden(column, True)
                self.auto_hidden.add(column)
        table.setColumnWidth(1, max(SUBJECT_MIN, room - others()))


def _fit_subject(table: QTableView) -> None:
    fitter = table.findChild(_SubjectFitter, "subjectFitter")
    if fitter is not None:
        fitter.fit()


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
        _prepare_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        _register_columns(self.table, self.model)
        self.kindCombo.addItem(self.tr("Alle soorten"), None)
        for kind in AdviceKind:
            self.kindCombo.addItem(kind.label, kind)
        self.statusCombo.addItem(self.tr("Alle statussen"), None)
        self.statusCombo.addItem(self.tr("Open (niet afgesloten)"), STATUS_OPEN)
        for status in AdviceStatus:
            self.statusCombo.addItem(status.label, status)
        self.service = service
        self._choices_version: tuple[int, int] | None = None  # of the years and themes shown
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
        # The words of the register (for searching inside words) are read while the user is
        # not typing, a moment after the list changed, not on the next keystroke.
        self._search_warmup = QTimer(self)
        self._search_warmup.setSingleShot(True)
        self._search_warmup.setInterval(300)
        self._search_warmup.timeout.connect(self._prepare_search)
        self.model.modelReset.connect(self._search_warmup.start)
        self._selection_changed()

    # -- data ----------------------------------------------------------------------------

    def _prepare_search(self) -> None:
        self.service.prepare_search()  # the service of now (a restore may have replaced it)

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
        for theme_value in self.service.themes():
            self.themeCombo.addItem(theme_value, theme_value)
        self._select_data(self.yearCombo, year)
        self._select_data(self.themeCombo, theme)
        for combo in (self.yearCombo, self.themeCombo):
            combo.blockSignals(False)
        self._choices_version = self.service.data_version()

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
        self.model.set_filter(self.current_filter())

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
        fitter = self.table.findChild(_SubjectFitter, "subjectFitter")
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


class DashboardView(QWidget, Ui_DashboardView):
    """Termijnen: what is overdue, what is due soon, what awaits a reply — as of a date."""

    open_requested = Signal(int)

    def __init__(self, service: RegisterService, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setupUi(self)
        self._today = today
        self.service = service
        self.model = DeadlinesModel(service)
        self.table.setModel(self.model)
        _prepare_table(self.table)
        for column, width in enumerate((185, 140, 100, 220, 80)):
            self.table.setColumnWidth(column, width)
        self.todayEdit.setDate(today())
        self.todayEdit.changed.connect(self.reload)
        self.todayButton.clicked.connect(lambda: self.todayEdit.setDate(self._today()))
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.openButton.clicked.connect(self._open_current)
        for label in (self.overdueLabel, self.dueSoonLabel, self.openLabel):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setMargin(6)

    def set_service(self, service: RegisterService) -> None:
        self.service = service
        self.model.set_service(service)

    def as_of(self) -> date:
        return self.todayEdit.date() or self._today()

    def reload(self) -> None:
        if self.todayEdit.error():
            return
        self.model.load(self.as_of())
        counts = self.model.counts()
        window = self.service.settings.due_soon_days
        self.overdueLabel.setText(
            self.tr("<b style='font-size:15pt;color:#b71c1c'>{n}</b><br>te laat").format(
                n=counts[DeadlineState.OVERDUE]
            )
        )
        self.dueSoonLabel.setText(
            (
                self.tr("<b style='font-size:15pt;color:#a15c00'>{n}</b><br>binnen 1 dag")
                if window == 1
                else self.tr(
                    "<b style='font-size:15pt;color:#a15c00'>{n}</b><br>binnen {days} dagen"
                )
            ).format(n=counts[DeadlineState.DUE_SOON], days=window)
        )
        open_text = self.tr(
            "<b style='font-size:15pt'>{n}</b><br>lopend / wacht op reactie"
        ).format(n=counts[DeadlineState.OPEN])
        if counts[DeadlineState.NO_DATE]:
            # Open commitments without a date: counted, never left out.
            open_text += self.tr("<br>+ {n} open, zonder termijn").format(
                n=counts[DeadlineState.NO_DATE]
            )
        self.openLabel.setText(open_text)
        self.openButton.setEnabled(self.model.rowCount() > 0)

    def _open_index(self, index: QModelIndex) -> None:
        advice_id = self.model.data(index, ID_ROLE)
        if advice_id is not None:
            self.open_requested.emit(advice_id)

    def _open_current(self) -> None:
        rows = selected_rows(self.table) or [0]
        self._open_index(self.model.index(rows[0], 0))


class CommitmentsView(QWidget, Ui_CommitmentsView):
    """Toezeggingen: open commitments with their advice, due date and status."""

    open_requested = Signal(int)
    status_requested = Signal(int, object)  # commitment id, CommitmentStatus

    def __init__(self, service: RegisterService, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setupUi(self)
        self.model = CommitmentsModel(service, today)
        self.table.setModel(self.model)
        _prepare_table(self.table)
        for column, width in enumerate((80, 260, 420, 150, 110)):
            self.table.setColumnWidth(column, width)
        self.statusCombo.addItem(self.tr("Open toezeggingen"), CommitmentStatus.OPEN)
        self.statusCombo.addItem(self.tr("Nagekomen"), CommitmentStatus.DONE)
        self.statusCombo.addItem(self.tr("Vervallen"), CommitmentStatus.LAPSED)
        self.statusCombo.addItem(self.tr("Alle toezeggingen"), None)
        self.statusCombo.currentIndexChanged.connect(self.reload)
        self.table.doubleClicked.connect(self._open_index)
        self.openButton.clicked.connect(self._open_current)
        self.doneButton.clicked.connect(lambda: self._set_status(CommitmentStatus.DONE))
        self.lapsedButton.clicked.connect(lambda: self._set_status(CommitmentStatus.LAPSED))
        self.reopenButton.clicked.connect(lambda: self._set_status(CommitmentStatus.OPEN))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_service(self, service: RegisterService) -> None:
        self.model.set_service(service)

    def reload(self) -> None:
        self.model.load(self.statusCombo.currentData())
        self._update_buttons()

    def _current(self) -> Any:
        rows = selected_rows(self.table)
        return self.model.commitment_row(rows[0]) if rows else None

    def _update_buttons(self) -> None:
        row = self._current()
        status = row.commitment.status if row else None
        self.openButton.setEnabled(row is not None)
        self.doneButton.setEnabled(status is not None and status != CommitmentStatus.DONE)
        self.lapsedButton.setEnabled(status is not None and status != CommitmentStatus.LAPSED)
        self.reopenButton.setEnabled(status is not None and status != CommitmentStatus.OPEN)

    def _set_status(self, status: CommitmentStatus) -> None:
        row = self._current()
        if row is not None and row.commitment.id is not None:
            self.status_requested.emit(row.commitment.id, status)

    def _open_index(self, index: QModelIndex) -> None:
        advice_id = self.model.data(index, ID_ROLE)
        if advice_id is not None:
            self.open_requested.emit(advice_id)

    def _open_current(self) -> None:
        row = self._current()
        if row is not None:
            self.open_requested.emit(row.advice_id)


class DeletedView(QWidget, Ui_DeletedView):
    """Verwijderd: the waste basket; deleted advices can be put back."""

    restore_requested = Signal(list)
    open_requested = Signal(int)

    def __init__(self, service: RegisterService, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setupUi(self)
        self.model = RegisterTableModel(service, today, deleted=True)  # read when first shown
        self.table.setModel(self.model)
        _prepare_table(self.table)
        _register_columns(self.table, self.model)
        # What was deleted and when; the terms of a deleted advice no longer run.
        keys = [key for key, _label in self.model.columns]
        for key in (SortKey.REPLY_DUE, SortKey.REPLY_DATE, SortKey.DAYS_LATE, SortKey.OUTCOME):
            self.table.setColumnHidden(keys.index(key), True)
        self.table.horizontalHeader().setSortIndicator(
            keys.index(SortKey.DELETED), Qt.SortOrder.DescendingOrder
        )
        self.restoreButton.clicked.connect(self._restore)
        self.table.doubleClicked.connect(
            lambda index: self.open_requested.emit(self.model.data(index, ID_ROLE))
        )
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.model.modelReset.connect(self._update)
        self._update()

    def set_service(self, service: RegisterService) -> None:
        self.model.set_service(service)

    def reload(self) -> None:
        self.model.reload()

    def selected_ids(self) -> list[int]:
        ids = [self.model.advice_id(row) for row in selected_rows(self.table)]
        return [i for i in ids if i is not None]

    def _update(self) -> None:
        self.restoreButton.setEnabled(bool(selected_rows(self.table)))
        self.countLabel.setText(self.tr("{n} verwijderde adviezen").format(n=self.model.rowCount()))

    def _restore(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.restore_requested.emit(ids)
