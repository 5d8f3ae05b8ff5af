"""Toezeggingen: the college's commitments with their advice, due date and status."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QWidget

from adviesraad_app.domain.kinds import CommitmentStatus
from adviesraad_app.gui.common.page_models import CommitmentsModel
from adviesraad_app.gui.common.table_model import ID_ROLE
from adviesraad_app.gui.forms.ui_commitments_view import Ui_CommitmentsView
from adviesraad_app.gui.register.tables import prepare_table, selected_rows
from adviesraad_app.services.register import RegisterService


class CommitmentsView(QWidget, Ui_CommitmentsView):
    """Toezeggingen: open commitments with their advice, due date and status."""

    open_requested = Signal(int)
    status_requested = Signal(int, object)  # commitment id, CommitmentStatus

    def __init__(self, service: RegisterService, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setupUi(self)
        self.model = CommitmentsModel(service, today)
        self.table.setModel(self.model)
        prepare_table(self.table)
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
