"""The item models of the dossier's tables: recommendations, outcomes per recommendation, and
the read-only lists (commitments, extensions, documents, history)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from adviesraad_app.domain.kinds import Outcome
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.gui.common.table_model import TableModel
from adviesraad_app.i18n import translate

Index = QModelIndex | QPersistentModelIndex


class RowsModel(TableModel):
    """A small read-only table: headers, rows of text, and an object per row."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.headers = headers
        self.rows: list[list[str]] = []
        self.payload: list[Any] = []

    def set_rows(self, rows: list[list[str]], payload: list[Any]) -> None:
        self.beginResetModel()
        self.rows, self.payload = rows, payload
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None


class RecommendationsModel(TableModel):
    """The numbered recommendations, editable in place; numbers follow the order.

    Each recommendation also has a key that stays with it when others are removed or moved, so
    the college's outcome stays with the recommendation it was given for (see OutcomesModel).
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.headers = [translate("Dossier", "Nr."), translate("Dossier", "Aanbeveling")]
        self.texts: list[str] = []
        self.keys: list[int] = []

    def set_texts(self, texts: list[str]) -> None:
        """Load saved recommendations: their keys are their numbers."""
        self.beginResetModel()
        self.texts = list(texts)
        self.keys = list(range(1, len(self.texts) + 1))
        self.endResetModel()

    def entries(self) -> list[tuple[int, str]]:
        return list(zip(self.keys, self.texts, strict=True))

    def row_count(self) -> int:
        return len(self.texts)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.texts):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return str(index.row() + 1) if index.column() == 0 else self.texts[index.row()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == 1 and role == Qt.ItemDataRole.EditRole:
            self.texts[index.row()] = str(value)
            self.dataChanged.emit(index, index)
            self.changed.emit()
            return True
        return False

    def add(self, text: str = "") -> int:
        row = len(self.texts)
        self.beginInsertRows(QModelIndex(), row, row)
        self.texts.append(text)
        self.keys.append(max(self.keys, default=0) + 1)
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.texts):
            self.beginResetModel()
            del self.texts[row]
            del self.keys[row]
            self.endResetModel()
            self.changed.emit()

    def move(self, row: int, offset: int) -> int:
        target = row + offset
        if 0 <= row < len(self.texts) and 0 <= target < len(self.texts):
            self.beginResetModel()
            self.texts[row], self.texts[target] = self.texts[target], self.texts[row]
            self.keys[row], self.keys[target] = self.keys[target], self.keys[row]
            self.endResetModel()
            self.changed.emit()
            return target
        return row


class OutcomesModel(TableModel):
    """The college's outcome per recommendation, with the reasons (editable)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.headers = [
            translate("Dossier", "Aanbeveling"),
            translate("Dossier", "Uitkomst"),
            translate("Dossier", "Motivering van het college"),
        ]
        # [key of the recommendation, its text, Outcome | None, reasons]; numbered by position
        self.rows: list[list[Any]] = []

    def set_rows(
        self,
        recommendations: list[tuple[int, str]],
        outcomes: Mapping[int, tuple[Outcome | None, str]],
    ) -> None:
        """One row per recommendation (key, text), with the outcome known for its key."""
        self.beginResetModel()
        self.rows = []
        for key, text in recommendations:
            outcome, reasons = outcomes.get(key, (None, ""))
            self.rows.append([key, text, outcome, reasons])
        self.endResetModel()

    def load(self, recommendations: list[tuple[int, str]], reply: Reply | None) -> None:
        """The saved reply's outcomes (keyed by recommendation number, which is the key)."""
        known = (
            {o.recommendation_number: (o.outcome, o.reasons) for o in reply.outcomes}
            if reply
            else {}
        )
        self.set_rows(recommendations, known)

    def sync_recommendations(self, recommendations: list[tuple[int, str]]) -> None:
        """Follow the recommendations tab: each outcome stays with its recommendation, also
        when others are removed or moved; removed ones take their outcome with them."""
        current = {row[0]: (row[2], row[3]) for row in self.rows}
        self.set_rows(recommendations, current)

    def outcomes(self) -> tuple[RecommendationOutcome, ...]:
        """The outcomes as saved: numbered by the recommendation's position."""
        return tuple(
            RecommendationOutcome(position, row[2], row[3].strip())
            for position, row in enumerate(self.rows, start=1)
            if row[2] is not None
        )

    def unrated_with_reasons(self) -> list[int]:
        """Recommendations with reasons typed but no outcome chosen (would be dropped)."""
        return [
            position
            for position, row in enumerate(self.rows, start=1)
            if row[2] is None and row[3].strip()
        ]

    def row_count(self) -> int:
        return len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (1, 2):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        _key, text, outcome, reasons = self.rows[index.row()]
        number = index.row() + 1
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{number}. {text}"
            if column == 1:
                return outcome.label if outcome else translate("Dossier", "(nog invullen)")
            if outcome is not None and outcome.needs_reasons and not reasons:
                return translate("Dossier", "(geen motivering vastgelegd)")
            return reasons
        if role == Qt.ItemDataRole.EditRole:
            return [text, outcome, reasons][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return text
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == 1:
            # The delegate's combobox hands the value back as text ("niet"), not as an Outcome.
            self.rows[index.row()][2] = Outcome(value) if value else None
        elif index.column() == 2:
            self.rows[index.row()][3] = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True


class OutcomeDelegate(QStyledItemDelegate):
    """A combobox with the four outcomes for the "Uitkomst" column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(translate("Dossier", "(nog invullen)"), None)
        for outcome in Outcome:
            combo.addItem(outcome.label, outcome)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def selected_payload(table: QAbstractItemView, model: RowsModel) -> Any:
    """The object behind the current row of ``table`` (``None`` when no row is chosen)."""
    index = table.currentIndex()
    if not index.isValid() or not 0 <= index.row() < len(model.payload):
        return None
    return model.payload[index.row()]


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / 1024 / 1024:.1f} MB"
