"""What the app's tables share: the flat table model with fixed headers, the id role, and
the colours of a row whose term has passed or ends soon."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from adviesraad_app.domain.kinds import DeadlineState

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

OVERDUE_BG = QColor("#fde8e8")
DUE_SOON_BG = QColor("#fff4dc")
# The text on those light backgrounds: set with them, so that a dark palette (Windows 11 in
# dark mode) never puts its light text on them.
ROW_TEXT = QColor("#1a1a1a")


def text_on(background: QColor | None) -> QColor | None:
    """The text colour for a cell with ``background`` (``None``: the palette's)."""
    return ROW_TEXT if background is not None else None


class TableModel(QAbstractTableModel):
    """A flat table with fixed column headers (``self.headers``); subclasses give
    ``row_count()`` and ``data()``."""

    headers: list[str]

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


def state_background(state: DeadlineState | None) -> QColor | None:
    """Red for a term that has passed, amber for one that ends soon. A colour, which Qt's
    delegate paints as a brush: making a ``QBrush`` from Python would make PySide create the
    brush's and the gradients' classes with their enums while the window starts."""
    if state == DeadlineState.OVERDUE:
        return OVERDUE_BG
    if state == DeadlineState.DUE_SOON:
        return DUE_SOON_BG
    return None


def role_items(span: QModelRoleDataSpan | QModelRoleData) -> Iterable[QModelRoleData]:
    """The roles ``multiData`` is asked for: a span is a sequence of role data (PySide's type
    hints do not say so), or one role data."""
    return (span,) if isinstance(span, QModelRoleData) else cast("Iterable[QModelRoleData]", span)


def answer(item: QModelRoleData, value: Any) -> None:
    """Give ``item`` its ``value``, or clear it: Qt hands the same role data to every cell, so
    a role without an answer must not keep the last cell's."""
    if value is None:
        item.clearData()
    else:
        item.setData(value)
