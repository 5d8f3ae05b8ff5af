"""Register importeren: the spreadsheet as read, its columns mapped, the dry run, the import.

The preview shows the sheet below its header row with the spreadsheet's own row numbers;
its first row holds, per column, a combobox with the field the column is read as
(:func:`register_import.guess_mapping`), which the user can correct. Every change plans the
import again (:func:`register_import.plan_import`, nothing written): the summary, every
problem with its row number (cells with a problem are marked in the preview), and rows
already in the register. "Importeren" stays disabled while any row has a problem, unless
"Alleen de goede rijen importeren" is ticked. The import itself is one transaction
(:func:`register_import.apply_import`) with a progress bar; the result stays in the dialog.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from adviesraad_app.domain.errors import UserError
from adviesraad_app.gui.common.operations import Operations
from adviesraad_app.gui.common.widgets import busy_cursor
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_register_import_dialog import Ui_RegisterImportDialog
from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.sheets.register_import import (
    ColumnMapping,
    ImportPlan,
    ImportResult,
    SheetTable,
    apply_import,
    plan_import,
)
from adviesraad_app.services.sheets.register_import import (
    _text as sheet_text,
)
from adviesraad_app.services.sheets.register_sheet import Column, column_letter

Index = QModelIndex | QPersistentModelIndex

MAPPING_BG = QColor("#e3ecf7")
PROBLEM_BG = QColor("#fde8e8")
ROW_PROBLEM_BG = QColor("#fff4dc")
UNMAPPED_FG = QColor("#8a8a8a")
EXISTING_FG = QColor("#5a6b7d")
PROBLEM_FG = QColor("#b71c1c")
PROGRESS_STEP = 25  # rows between repaints of the progress bar


def field_choices() -> list[tuple[str, Column | None]]:
    """What a column can be read as, as the combobox offers it."""
    return [(Column.IGNORED.label, None)] + [
        (column.label, column) for column in Column if column != Column.IGNORED
    ]


def _cell_text(value: Any) -> str:
    """A cell as the importer reads it as text, on one line."""
    return sheet_text(value).replace("\n", " ⏎ ")


def _count(n: int, one: str, many: str, **values: object) -> str:
    return (one if n == 1 else many).format(n=n, **values)


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
            lines = problems + row_problems
            if number in self._existing:
                lines.append(
                    translate(
                        "RegisterImportDialog",
                        "Staat al in het register als advies {number}; wordt overgeslagen.",
                    ).format(number=self._existing[number])
                )
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if problems:
                return QBrush(PROBLEM_BG)
            if row_problems:
                return QBrush(ROW_PROBLEM_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if problems:
                return QBrush(PROBLEM_FG)
            if self.field(column) is None:
                return QBrush(UNMAPPED_FG)
            if number in self._existing:
                return QBrush(EXISTING_FG)
            return None
        if role == Qt.ItemDataRole.FontRole and number in self._existing:
            font = QFont()
            font.setItalic(True)
            return font
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


class RegisterImportDialog(QDialog, Ui_RegisterImportDialog):
    """The dry run, the user's corrections, and the import; emits :attr:`imported`."""

    imported = Signal(object)  # ImportResult

    def __init__(
        self,
        parent: QWidget | None,
        service: RegisterService,
        ops: Operations,
        table: SheetTable,
        mapping: ColumnMapping,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.service = service
        self.ops = ops
        self.table = table
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.importButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancelButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.importButton.setText(self.tr("Importeren"))
        self.importButton.setAutoDefault(False)
        self.cancelButton.setText(self.tr("Annuleren"))
        self.model = SheetPreviewModel()
        self.model.set_sheet(table, mapping)
        self.preview.setModel(self.model)
        self.preview.setItemDelegate(MappingDelegate(self.preview))
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._open_editors()
        self.progress.hide()
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        where = table.path.name
        if table.sheet:
            where += " " + translate("RegisterImportDialog", "(werkblad ‘{sheet}’)").format(
                sheet=table.sheet
            )
        self.heading.setText(
            _count(
                len(self.model._rows),
                translate(
                    "RegisterImportDialog", "<b>{file}</b> · kopregel: rij {row} · 1 rij daaronder"
                ),
                translate(
                    "RegisterImportDialog",
                    "<b>{file}</b> · kopregel: rij {row} · {n} rijen daaronder",
                ),
                file=html.escape(where),
                row=mapping.header_row,
            )
        )
        self.model.mapping_changed.connect(self.replan)
        self.skipInvalid.toggled.connect(self._update_buttons)
        self.problems.itemActivated.connect(self._show_problem)
        self.problems.itemClicked.connect(self._show_problem)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self.replan()
        prepare_window(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter (e.g. to close a combobox) never starts an import: only a click does."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _open_editors(self) -> None:
        for column in range(self.model.columnCount()):
            self.preview.openPersistentEditor(self.model.index(0, column))
        self.preview.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            width = self.preview.columnWidth(column)
            self.preview.setColumnWidth(column, max(150, min(width, 320)))
        editor = self.preview.indexWidget(self.model.index(0, 0))
        if editor is not None:
            self.preview.setRowHeight(0, editor.sizeHint().height() + 4)

    @property
    def mapping(self) -> ColumnMapping:
        return self.model.mapping

    def set_field(self, column: int, field: Column | None) -> None:
        """Read spreadsheet column ``column`` as ``field`` (what the combobox does)."""
        self.model.setData(self.model.index(0, column), field.value if field else "")

    # -- the dry run ---------------------------------------------------------------------

    def replan(self) -> None:
        error = None
        try:
            with busy_cursor():
                self.plan = plan_import(self.service, self.table, self.mapping)
        except UserError as exc:
            self.plan = None
            error = exc.message
        self.model.set_plan(self.plan)
        self._fill_problems(error)
        self.summary.setText(self.dry_run_text() if error is None else error)
        self.summary.setStyleSheet("" if error is None else "color:#b71c1c;")
        self.skipInvalid.setEnabled(bool(self.plan and self.plan.problems))
        self._update_buttons()

    def dry_run_text(self) -> str:
        plan = self.plan
        if plan is None:
            return ""
        new, existing, invalid = len(plan.rows), len(plan.existing), len(plan.invalid_rows)
        parts = [
            _count(
                new,
                translate("RegisterImportDialog", "1 advies wordt geïmporteerd"),
                translate("RegisterImportDialog", "{n} adviezen worden geïmporteerd"),
            )
            if new
            else translate("RegisterImportDialog", "Er wordt geen advies geïmporteerd")
        ]
        replies = sum(1 for row in plan.rows if row.reply is not None)
        if replies:
            parts[0] += " " + translate(
                "RegisterImportDialog", "({n} met reactie van het college)"
            ).format(n=replies)
        if existing:
            parts.append(
                _count(
                    existing,
                    translate("RegisterImportDialog", "1 staat er al in"),
                    translate("RegisterImportDialog", "{n} staan er al in"),
                )
            )
        if invalid:
            parts.append(
                _count(
                    invalid,
                    translate("RegisterImportDialog", "1 rij heeft fouten"),
                    translate("RegisterImportDialog", "{n} rijen hebben fouten"),
                )
            )
        text = "<b>" + html.escape(", ".join(parts)) + ".</b>"
        notes: list[str] = []
        if existing and not new and not invalid:
            notes.append(
                translate(
                    "RegisterImportDialog",
                    "Alle adviezen in dit bestand staan al in het register; er wordt niets "
                    "dubbel geïmporteerd.",
                )
            )
        elif existing:
            notes.append(
                translate(
                    "RegisterImportDialog",
                    "Adviezen die al in het register staan (zelfde nummer, of zelfde onderwerp "
                    "en datum) worden overgeslagen, niet overschreven.",
                )
            )
        if invalid:
            notes.append(
                translate(
                    "RegisterImportDialog",
                    "Zolang er rijen met fouten zijn, wordt er niets geïmporteerd. Verbeter het "
                    "bestand of de kolommen, of vink ‘Alleen de goede rijen importeren’ aan.",
                )
            )
        if notes:
            text += "<br>" + html.escape(" ".join(notes))
        return text

    def _fill_problems(self, error: str | None) -> None:
        self.problems.clear()
        if error is not None:
            style = self.style()
            item = QListWidgetItem(
                style.standardIcon(style.StandardPixmap.SP_MessageBoxCritical), error
            )
            item.setForeground(QBrush(PROBLEM_FG))
            self.problems.addItem(item)
            return
        plan = self.plan
        if plan is None:
            return
        style = self.style()
        warning_icon = style.standardIcon(style.StandardPixmap.SP_MessageBoxWarning)
        info_icon = style.standardIcon(style.StandardPixmap.SP_MessageBoxInformation)
        for problem in plan.problems:
            item = QListWidgetItem(warning_icon, problem.text())
            item.setForeground(QBrush(PROBLEM_FG))
            item.setData(Qt.ItemDataRole.UserRole, problem.row)
            item.setData(Qt.ItemDataRole.UserRole + 1, self.model.column_of(problem.column))
            self.problems.addItem(item)
        for warning in plan.warnings:
            item = QListWidgetItem(info_icon, warning)
            item.setForeground(QBrush(EXISTING_FG))
            self.problems.addItem(item)
        if not self.problems.count():
            self.problems.addItem(
                QListWidgetItem(translate("RegisterImportDialog", "Geen problemen gevonden."))
            )

    def problem_texts(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    def _show_problem(self, item: QListWidgetItem) -> None:
        """Select the cell (or the row) the problem is about."""
        row = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(row, int):
            return
        model_row = self.model.row_of(row)
        if model_row < 0:
            return
        column = item.data(Qt.ItemDataRole.UserRole + 1)
        index = self.model.index(model_row, column if isinstance(column, int) else 0)
        self.preview.scrollTo(index)
        self.preview.setCurrentIndex(index)

    def can_import(self) -> bool:
        plan = self.plan
        if plan is None or self.import_result is not None or not plan.rows:
            return False
        return not plan.problems or self.skipInvalid.isChecked()

    def _update_buttons(self) -> None:
        self.importButton.setEnabled(self.can_import())

    # -- the import ----------------------------------------------------------------------

    def run_import(self) -> bool:
        if not self.can_import() or self.plan is None:
            return False
        plan = self.plan
        skip = self.skipInvalid.isChecked()
        self.progress.setRange(0, len(plan.rows))
        self.progress.setValue(0)
        self.progress.show()
        self.importButton.setEnabled(False)
        self.preview.setEnabled(False)
        progress = self._progress_callback()
        # The progress bar shows that it works (no wait cursor: a refusal is a message box).
        result = self.ops.call(
            lambda: apply_import(self.service, plan, skip_invalid=skip, progress=progress),
            parent=self,
        )
        self.preview.setEnabled(True)
        if result is None:  # refused or failed: the register is unchanged; look again
            self.progress.hide()
            self.replan()
            return False
        self.import_result = result
        for column in range(self.model.columnCount()):
            self.preview.closePersistentEditor(self.model.index(0, column))
        self.skipInvalid.setEnabled(False)
        self.mappingHint.hide()
        self.importButton.hide()
        self.cancelButton.setText(self.tr("Sluiten"))
        self.summary.setText(self.result_text())
        self.summary.setStyleSheet("")
        self.imported.emit(result)
        return True

    def _progress_callback(self) -> Callable[[int, int], None]:
        def progress(done: int, total: int) -> None:
            if done % PROGRESS_STEP == 0 or done == total:
                self.progress.setValue(done)
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

        return progress

    def result_text(self) -> str:
        result = self.import_result
        if result is None:
            return ""
        created = len(result.created)
        text = _count(
            created,
            translate("RegisterImportDialog", "1 advies geïmporteerd"),
            translate("RegisterImportDialog", "{n} adviezen geïmporteerd"),
        )
        if result.replies:
            text += " " + translate(
                "RegisterImportDialog", "({n} met reactie van het college)"
            ).format(n=result.replies)
        text += "."
        if result.existing:
            text += " " + _count(
                len(result.existing),
                translate(
                    "RegisterImportDialog", "1 stond er al in en is niet opnieuw toegevoegd."
                ),
                translate(
                    "RegisterImportDialog", "{n} stonden er al in en zijn niet opnieuw toegevoegd."
                ),
            )
        skipped = sorted({p.row for p in result.skipped})
        if skipped:
            text += " " + _count(
                len(skipped),
                translate(
                    "RegisterImportDialog", "1 rij met fouten is niet geïmporteerd: rij {rows}."
                ),
                translate(
                    "RegisterImportDialog",
                    "{n} rijen met fouten zijn niet geïmporteerd: rij {rows}.",
                ),
                rows=", ".join(str(r) for r in skipped),
            )
        return "<b>" + html.escape(text) + "</b>"

    def status_text(self) -> str:
        """For the main window's status bar after the import."""
        if self.import_result is None:
            return ""
        return _count(
            len(self.import_result.created),
            translate("RegisterImportDialog", "1 advies geïmporteerd uit {file}."),
            translate("RegisterImportDialog", "{n} adviezen geïmporteerd uit {file}."),
            file=self.table.path.name,
        )
