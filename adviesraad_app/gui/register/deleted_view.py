"""Verwijderd: the waste basket; deleted advices can be put back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from adviesraad_app.domain.filters import SortKey
from adviesraad_app.gui.common.models import RegisterTableModel
from adviesraad_app.gui.common.table_model import ID_ROLE
from adviesraad_app.gui.forms.ui_deleted_view import Ui_DeletedView
from adviesraad_app.gui.register.columns import register_columns
from adviesraad_app.gui.register.tables import prepare_table, selected_rows
from adviesraad_app.services.register import RegisterService


class DeletedView(QWidget, Ui_DeletedView):
    """Verwijderd: the waste basket; deleted advices can be put back."""

    restore_requested = Signal(list)
    open_requested = Signal(int)

    def __init__(self, service: RegisterService, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setupUi(self)
        self.model = RegisterTableModel(service, today, deleted=True)  # read when first shown
        self.table.setModel(self.model)
        prepare_table(self.table)
        register_columns(self.table, self.model)
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
