"""Termijnen: what is overdue, what is due soon, what awaits a reply — as of a date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from adviesraad_app.domain.kinds import DeadlineState
from adviesraad_app.gui.common.page_models import DeadlinesModel
from adviesraad_app.gui.common.table_model import ID_ROLE
from adviesraad_app.gui.forms.ui_dashboard_view import Ui_DashboardView
from adviesraad_app.gui.register.tables import prepare_table, selected_rows
from adviesraad_app.services.register import RegisterService


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
        prepare_table(self.table)
        for column, width in enumerate((165, 140, 100, 220, 80)):
            self.table.setColumnWidth(column, width)
        self.todayEdit.setDate(today())
        self.todayEdit.changed.connect(self.reload)
        self.todayButton.clicked.connect(lambda: self.todayEdit.setDate(self._today()))
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.openButton.clicked.connect(self._open_current)
        # Under the table: the current row in full (its subject, the reminders sent and the
        # next step do not fit their columns on a small screen), or how to open a dossier.
        self._hint = self.hintLabel.text()
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.model.modelReset.connect(self._show_current)
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

    def current_text(self) -> str:
        """What is said under the table: the current row's deadline in full, or the hint."""
        item = self.model.item(self.table.currentIndex().row())
        if item is None:
            return self._hint
        what = self.model.what_text(item) + self.model.letters_text(item)
        return f"{item.number} · {item.detail or item.title} — {what}"

    def _show_current(self) -> None:
        self.hintLabel.setText(self.current_text())

    def _open_index(self, index: QModelIndex) -> None:
        advice_id = self.model.data(index, ID_ROLE)
        if advice_id is not None:
            self.open_requested.emit(advice_id)

    def _open_current(self) -> None:
        rows = selected_rows(self.table) or [0]
        self._open_index(self.model.index(rows[0], 0))
