"""Dialogs of data safety: restoring a backup (the list of backups, the question before a
restore, what a restore did), and showing a folder.

The dialogs only show and ask; what they do to the register goes through the services
(``services.safety.backups``, ``services.safety.check``) and, in the running app, through the
callbacks that ``safety/actions.py`` hands them (close the dossiers first, switch the window
afterwards). Beside this module: ``open_problem.py`` (a register that cannot be opened),
``check_dialog.py`` (the database check), ``crash_dialog.py`` (the crash report) and
``banner.py`` (notices above the pages).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from adviesraad_app.domain.dates import format_long
from adviesraad_app.gui.common.operations import Op
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from adviesraad_app.gui.safety.shared import open_folder
from adviesraad_app.i18n import translate
from adviesraad_app.services.safety.location import backups_dir

if TYPE_CHECKING:
    from adviesraad_app.services.safety.backups import BackupEntry, RestoreResult

PATH_ROLE = Qt.ItemDataRole.UserRole


# ---------------------------------------------------------------------------------- backups


def fill_backups(tree: QTreeWidget, entries: list[BackupEntry], *, problems: bool) -> None:
    """Backups newest first: date, kind, number of advices (and why one cannot be used)."""
    tree.clear()
    for entry in entries:
        advices = "" if entry.advices is None else str(entry.advices)
        columns = [entry.when, entry.kind_label, advices]
        if problems:
            columns.append(entry.problem or "")
        item = QTreeWidgetItem(columns)
        item.setData(0, PATH_ROLE, str(entry.path))
        item.setToolTip(0, str(entry.path))
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not entry.usable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            item.setForeground(0, tree.palette().placeholderText())
            if problems:
                item.setToolTip(3, entry.problem or "")
        tree.addTopLevelItem(item)
    header = tree.header()
    header.setStretchLastSection(problems)  # the remarks take the room that is left
    for column in range(tree.columnCount() - (1 if problems else 0)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for row in range(tree.topLevelItemCount()):
        first = tree.topLevelItem(row)
        if first is not None and first.flags() & Qt.ItemFlag.ItemIsSelectable:
            tree.setCurrentItem(first)
            break


def selected_backup(tree: QTreeWidget) -> Path | None:
    item = tree.currentItem()
    if item is None or not item.isSelected():
        return None
    value = item.data(0, PATH_ROLE)
    return Path(str(value)) if value else None


def confirm_restore(parent: QWidget | None, description: str) -> bool:
    """Ask before a restore; says that the current register is kept."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Safety", "Back-up terugzetten"))
    box.setText(
        translate("Safety", "Deze back-up terugzetten?\n{backup}").format(backup=description)
    )
    box.setInformativeText(
        translate(
            "Safety",
            "Het register zoals het nu is, wordt eerst apart bewaard in de map met back-ups; er "
            "gaat niets verloren.",
        )
    )
    restore = box.addButton(translate("Safety", "Terugzetten"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Safety", "Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def describe_backup(path: Path, entries: list[BackupEntry]) -> str:
    for entry in entries:
        if entry.path == path:
            return entry.describe()
    return str(path)


def backup_label(db_path: Path, path: Path) -> str:
    """``de back-up van 20 november 2026 06:14 (vóór herstel)``, or the path of a file whose
    name is not one of this register's backups."""
    from adviesraad_app.services.safety.backups import kind_label, parse_backup_name

    parsed = parse_backup_name(db_path.stem, path)
    if parsed is None:
        return str(path)
    return translate("Safety", "de back-up van {when} ({kind})").format(
        when=f"{format_long(parsed.taken_at.date())} {parsed.taken_at:%H:%M}",
        kind=kind_label(parsed.kind),
    )


def restore_text(result: RestoreResult) -> str:
    """What a restore did, for the dialog, the status bar and the start-up banner."""
    text = translate("Safety", "Teruggezet: {source}, {n} adviezen.").format(
        source=backup_label(result.db_path, result.restored_from), n=result.advices
    )
    if result.saved_aside is not None and result.previous_was_damaged:
        text += " " + translate(
            "Safety",
            "Het beschadigde bestand is apart gezet als {path}; het kan niet worden "
            "teruggezet, maar blijft bewaard.",
        ).format(path=result.saved_aside)
    elif result.saved_aside is not None:
        text += " " + translate(
            "Safety", "Het register van daarvoor is bewaard als {backup}."
        ).format(backup=backup_label(result.db_path, result.saved_aside))
    return text


# ---------------------------------------------------------------------------------- restore


class BackupsDialog(QDialog, Ui_BackupsDialog):
    """The backups of the open register, newest first; restore one and undo that.

    ``restore(path)`` and ``undo(result)`` do the work (closing dossiers, switching the window)
    and return the :class:`RestoreResult`, or ``None`` when nothing happened (cancelled or a
    message was shown).
    """

    def __init__(
        self,
        db_path: Path,
        *,
        restore: Callable[[Path], RestoreResult | None],
        undo: Callable[[RestoreResult], RestoreResult | None],
        readonly: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.db_path = db_path
        self._restore = restore
        self._undo = undo
        self._readonly = readonly
        self.entries: list[BackupEntry] = []
        self.last_result: RestoreResult | None = None
        self.folderLabel.setText(
            translate("Safety", "Map: {folder}").format(folder=backups_dir(db_path))
        )
        self.resultFrame.hide()
        self.backupsTable.itemSelectionChanged.connect(self._update_buttons)
        self.backupsTable.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.restoreButton.clicked.connect(self.restore_selected)
        self.otherFileButton.clicked.connect(self.restore_other_file)
        self.showFolderButton.clicked.connect(lambda: open_folder(backups_dir(self.db_path)))
        self.undoButton.clicked.connect(self.undo_last)
        self.closeButton.clicked.connect(self.accept)
        if readonly:
            for button in (self.restoreButton, self.otherFileButton):
                button.setToolTip(
                    translate(
                        "Safety", "De database is alleen-lezen geopend: terugzetten kan hier niet."
                    )
                )
        self.reload()
        prepare_window(self)

    def reload(self) -> None:
        from adviesraad_app.services.safety.backups import list_backups

        listing = Op(self, lambda: list_backups(self.db_path)).tell(self.emptyLabel.setText)
        self.entries = listing.result if listing.run() and listing.result is not None else []
        fill_backups(self.backupsTable, self.entries, problems=True)
        self.backupsTable.setVisible(bool(self.entries))
        self.emptyLabel.setVisible(not self.entries)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self._readonly
        self.restoreButton.setEnabled(writable and selected_backup(self.backupsTable) is not None)
        self.otherFileButton.setEnabled(writable)

    def restore_selected(self) -> RestoreResult | None:
        path = selected_backup(self.backupsTable)
        if path is None or self._readonly:
            return None
        return self._restore_from(path, describe_backup(path, self.entries))

    def restore_other_file(self) -> RestoreResult | None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            translate("Safety", "Back-up kiezen"),
            str(backups_dir(self.db_path)),
            translate("Safety", "Adviesraad-back-up (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)"),
        )
        if not name:
            return None
        return self._restore_from(Path(name), name)

    def _restore_from(self, path: Path, description: str) -> RestoreResult | None:
        if not confirm_restore(self, description):
            return None
        result = self._restore(path)
        if result is not None:
            self._show_result(result, restore_text(result))
        return result

    def undo_last(self) -> RestoreResult | None:
        if self.last_result is None:
            return None
        result = self._undo(self.last_result)
        if result is not None:
            self._show_result(
                result,
                translate("Safety", "Het terugzetten is ongedaan gemaakt ({n} adviezen).").format(
                    n=result.advices
                ),
            )
        return result

    def _show_result(self, result: RestoreResult, text: str) -> None:
        self.last_result = result
        self.resultLabel.setText(text)
        self.undoButton.setVisible(result.can_undo)
        self.resultFrame.show()
        self.reload()
