"""The spreadsheet as the import dialog shows it: the sheet below its header row with the
spreadsheet's own row numbers, a first row with the field each column is read as (a
combobox, :class:`MappingDelegate`), and the dry run's problems marked in the cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from adviesraad_app.i18n import translate
from adviesraad_app.services.sheets.column_mapping import ColumnMapping
from adviesraad_app.services.sheets.import_plan import ImportPlan
from adviesraad_app.services.sheets.register_sheet import Column, column_letter
from adviesraad_app.services.sheets.sheet_reading import SheetTable
from adviesraad_app.services.sheets.sheet_reading import cell_text as sheet_text

Index = QModelIndex | QPersistentModelIndex

MAPPING_BG = QColor("#e3ecf7")
PROBLEM_BG = QColor("#fde8e8")
ROW_PROBLEM_BG = QColor("#fff4dc")
UNMAPPED_FG = QColor("#8a8a8a")
EXISTING_FG = QColor("#5a6b7d")
PROBLEM_FG = QColor("#b71c1c")


def field_choices() -> list[tuple[str, Column | None]]:
    """What a column can be read as, as the combobox offers it."""
    return [(Column.IGNORED.label, None)] + [
        (column.label, column) for column in Column if column != Column.IGNORED
    ]


def _cell_text(value: Any) -> str:
    """A cell as the importer reads it as text, on one line."""
    return sheet_text(value).replace("\n", " ⏎ ")


class SheetPreviewModel(QAbstractTableModel):
    """The sheet below its header row; row 0 is the mapping row (what each column is read
    as, editable). Cells with a problem, rows with a problem and rows already in the
    register are marked; columns that are not imported are grey."""

    mapping_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[int, tuple[Any, ...]]] = []
        self._mapping = ColumnMapping(header_row=0, headers=(), columns=())
        self._width = 0
        self._cell_problems: dict[tuple[int, int], list[str]] = {}
        self._row_problems: dict[int, list[str]] = {}
        self._existing: dict[int, str] = {}

    # -- content -------------------------------------------------------------------------

    def set_sheet(self, table: SheetTable, mapping: ColumnMapping) -> None:
        self.beginResetModel()
        self._rows = [(n, values) for n, values in table.rows if n > mapping.header_row]
        self._mapping = mapping
        widths = [len(values) for _, values in self._rows] + [len(mapping.headers)]
        self._width = max(widths)
        self._cell_problems.clear()
        self._row_problems.clear()
        self._existing.clear()
        self.endResetModel()

    @property
    def mapping(self) -> ColumnMapping:
        return self._mapping

    def set_mapping(self, mapping: ColumnMapping) -> None:
        self._mapping = mapping
        for column in range(self._width):  # one by one, so open editors follow
            self.dataChanged.emit(self.index(0, column), self.index(0, column))
        self._all_changed()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self._width - 1))
        self.mapping_changed.emit()

    def set_plan(self, plan: ImportPlan | None) -> None:
        """Mark the problems and the rows already in the register."""
        self._cell_problems.clear()
        self._row_problems.clear()
        self._existing.clear()
        if plan is not None:
            for problem in plan.problems:
                column = self.column_of(problem.column)
                if column is not None:
                    key = (problem.row, column)
                    self._cell_problems.setdefault(key, []).append(problem.message)
                else:
                    self._row_problems.setdefault(problem.row, []).append(problem.message)
            for existing in plan.existing:
                self._existing[existing.row] = existing.number
        self._all_changed()

    def column_of(self, described: str | None) -> int | None:
        """The column a problem names (``E (Datum advies)``), or ``None``."""
        letter = (described or "").split(" ", 1)[0]
        for index in range(self._width):
            if column_letter(index) == letter:
                return index
        return None

    def _all_changed(self) -> None:
        if self._rows and self._width:
            self.dataChanged.emit(self.index(1, 0), self.index(len(self._rows), self._width - 1))

    def row_of(self, sheet_row: int) -> int:
        """The model row that shows this spreadsheet row (-1 when not shown)."""
        for position, (number, _values) in enumerate(self._rows):
            if number == sheet_row:
                return position + 1
        return -1

    def field(self, column: int) -> Column | None:
        columns = self._mapping.columns
        field = columns[column] if column < len(columns) else None
        return None if field == Column.IGNORED else field

    # -- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._width else len(self._rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self._width:
                return None
            headers = self._mapping.headers
            header = headers[section] if section < len(headers) else ""
            letter = column_letter(section)
            return f"{letter}: {header}" if header else letter
        if section == 0:
            return translate("RegisterImportDialog", "Inlezen als")
        if 0 < section <= len(self._rows):
            return str(self._rows[section - 1][0])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() == 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row <= len(self._rows) and 0 <= column < self._width):
            return None
        if row == 0:
            return self._mapping_data(column, role)
        number, values = self._rows[row - 1]
        value = values[column] if column < len(values) else None
        problems = self._cell_problems.get((number, column), [])
        row_problems = self._row_problems.get(number, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(number, problems + row_problems)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._cell_background(problems, row_problems)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._cell_foreground(number, column, problems)
        if role == Qt.ItemDataRole.FontRole and number in self._existing:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _cell_tooltip(self, number: int, lines: list[str]) -> str | None:
        if number in self._existing:
            lines = [
                *lines,
                translate(
                    "RegisterImportDialog",
                    "Staat al in het register als advies {number}; wordt overgeslagen.",
                ).format(number=self._existing[number]),
            ]
        return "\n".join(lines) or None

    @staticmethod
    def _cell_background(problems: list[str], row_problems: list[str]) -> QBrush | None:
        if problems:
            return QBrush(PROBLEM_BG)
        if row_problems:
            return QBrush(ROW_PROBLEM_BG)
        return None

    def _cell_foreground(self, number: int, column: int, problems: list[str]) -> QBrush | None:
        if problems:
            return QBrush(PROBLEM_FG)
        if self.field(column) is None:
            return QBrush(UNMAPPED_FG)
        if number in self._existing:
            return QBrush(EXISTING_FG)
        return None

    def _mapping_data(self, column: int, role: int) -> Any:
        field = self.field(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return field.label if field is not None else Column.IGNORED.label
        if role == Qt.ItemDataRole.EditRole:
            return field.value if field is not None else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(MAPPING_BG)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "RegisterImportDialog", "Wat deze kolom bevat; kies ‘{none}’ om hem over te slaan."
            ).format(none=Column.IGNORED.label)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.row() != 0 or role != Qt.ItemDataRole.EditRole:
            return False
        if not 0 <= index.column() < self._width:
            return False
        try:
            field = Column(value) if value else None
        except ValueError:
            return False
        if field == self.field(index.column()):
            return True
        self.set_mapping(self._mapping.with_column(index.column(), field))
        return True


class MappingDelegate(QStyledItemDelegate):
    """A combobox for the mapping row that applies a choice at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.row() != 0:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(
            translate("RegisterImportDialog", "Kolom {letter} inlezen als").format(
                letter=column_letter(index.column())
            )
        )
        for label, field in field_choices():
            combo.addItem(label, field.value if field is not None else "")
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        editor.blockSignals(True)
        editor.setCurrentIndex(max(0, editor.findData(value)))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
