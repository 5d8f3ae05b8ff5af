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

from PySide6.QtCore import (
    QEventLoop,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QWidget,
)

from adviesraad_app.gui.common.operations import Op, Operations
from adviesraad_app.gui.common.widgets import busy_cursor
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_register_import_dialog import Ui_RegisterImportDialog
from adviesraad_app.gui.io.sheet_preview import (
    EXISTING_FG,
    PROBLEM_FG,
    MappingDelegate,
    SheetPreviewModel,
)
from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.sheets.column_mapping import ColumnMapping
from adviesraad_app.services.sheets.import_plan import ImportPlan, plan_import
from adviesraad_app.services.sheets.register_import import ImportResult, apply_import
from adviesraad_app.services.sheets.register_sheet import Column
from adviesraad_app.services.sheets.sheet_reading import SheetTable
from adviesraad_app.services.text.present import count_text

PROGRESS_STEP = 25  # rows between repaints of the progress bar


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
            count_text(
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
        with busy_cursor():
            planning = Op(self, lambda: plan_import(self.service, self.table, self.mapping))
            planning.quiet().run()
        self.plan = planning.result
        error = planning.error.message if planning.error is not None else None
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
            count_text(
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
                count_text(
                    existing,
                    translate("RegisterImportDialog", "1 staat er al in"),
                    translate("RegisterImportDialog", "{n} staan er al in"),
                )
            )
        if invalid:
            parts.append(
                count_text(
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
        text = count_text(
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
            text += " " + count_text(
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
            text += " " + count_text(
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
        return count_text(
            len(self.import_result.created),
            translate("RegisterImportDialog", "1 advies geïmporteerd uit {file}."),
            translate("RegisterImportDialog", "{n} adviezen geïmporteerd uit {file}."),
            file=self.table.path.name,
        )
