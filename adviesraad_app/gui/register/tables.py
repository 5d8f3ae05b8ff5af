"""What every page's table shares: read-only rows of one line, the rows chosen."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from adviesraad_app.gui.common.wrapping import know_children


def selected_rows(table: QTableView) -> list[int]:
    selection = table.selectionModel()
    if selection is None:
        return []
    return sorted({index.row() for index in selection.selectedRows()})


def prepare_table(table: QTableView) -> None:
    """Read-only rows of one line; after a new list (a keystroke in the search field) the
    table lays itself out at once, so the new rows are painted once, not twice."""
    know_children(table)  # its viewport and scroll bars, before anything asks for them
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setTabKeyNavigation(False)
    # Qt lays out a reset view on a zero timer, after the first paint: the rows would be
    # painted, then the scroll bar and header adjusted and everything painted again.
    table.model().modelReset.connect(table.doItemsLayout)
