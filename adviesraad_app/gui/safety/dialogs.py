"""Dialogs of data safety: a register that cannot be opened, restoring a backup, the database
check, the crash report, and the banner for notices (a risky location, read-only).

The dialogs only show and ask; what they do to the register goes through the services
(``services.backups``, ``services.check``) and, in the running app, through the callbacks
that ``safety_actions`` hands them (close the dossiers first, switch the window afterwards).
"""

from __future__ import annotations

import contextlib
import html
import sys
import threading
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHeaderView,
    QMessageBox,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from adviesraad_app.domain.dates import format_long
from adviesraad_app.domain.errors import UserError
from adviesraad_app.gui.common.background import BackgroundJob
from adviesraad_app.gui.common.operations import show_error
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from adviesraad_app.gui.forms.ui_check_dialog import Ui_CheckDialog
from adviesraad_app.gui.forms.ui_crash_dialog import Ui_CrashDialog
from adviesraad_app.gui.forms.ui_notice_banner import Ui_NoticeBanner
from adviesraad_app.gui.forms.ui_open_problem_dialog import Ui_OpenProblemDialog
from adviesraad_app.i18n import translate
from adviesraad_app.services.safety.diagnosis import OpenDiagnosis, OpenProblem
from adviesraad_app.services.safety.location import backups_dir

if TYPE_CHECKING:
    from adviesraad_app.services.safety.backups import BackupEntry, RestoreResult
    from adviesraad_app.services.safety.check import CheckReport
    from adviesraad_app.services.safety.repair import RepairResult

PATH_ROLE = Qt.ItemDataRole.UserRole


def open_folder(folder: Path) -> bool:
    """Show a folder in the file manager (Verkenner), creating it when it is not there yet."""
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _icon_pixmap(widget: QWidget, which: QStyle.StandardPixmap, size: int = 40) -> object:
    return widget.style().standardIcon(which).pixmap(size, size)


# ---------------------------------------------------------------------------------- banner


BANNER_STYLES = {
    "warning": "#NoticeBanner { background: #fff3cd; border-bottom: 1px solid #e0c36a; }",
    "info": "#NoticeBanner { background: #e3ecf7; border-bottom: 1px solid #a9c1e0; }",
}


class NoticeBanner(QFrame, Ui_NoticeBanner):
    """A line above the pages: a warning (yellow) or a notice (blue), closable, never modal."""

    action_clicked = Signal()

    def __init__(
        self,
        text: str,
        *,
        kind: str = "warning",
        action_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("NoticeBanner")
        self.setStyleSheet(BANNER_STYLES[kind])
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if kind == "warning"
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self.iconLabel.setPixmap(_icon_pixmap(self, icon, 20))  # type: ignore[arg-type]
        self.text.setText(text)
        self.actionButton.setVisible(bool(action_text))
        if action_text:
            self.actionButton.setText(action_text)
        self.actionButton.clicked.connect(self.action_clicked)
        self.closeButton.clicked.connect(self.hide)


# ---------------------------------------------------------------------------------- crashes


class CrashDialog(QDialog, Ui_CrashDialog):
    """A bug: say so plainly, give the details to copy, and say where the log is.

    ``earlier=True`` is the offer at the next start ("Bij de vorige keer ging er iets mis").
    """

    def __init__(
        self,
        details: str,
        log_path: Path | None,
        *,
        earlier: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.iconLabel.setPixmap(
            _icon_pixmap(self, QStyle.StandardPixmap.SP_MessageBoxCritical)  # type: ignore[arg-type]
        )
        if earlier:
            self.setWindowTitle(translate("Safety", "Adviesraad — fout bij de vorige keer"))
            self.intro.setText(
                translate(
                    "Safety",
                    "Bij de vorige keer ging er iets mis in Adviesraad. Wat toen al was "
                    "opgeslagen, is bewaard: elke wijziging wordt in zijn geheel of helemaal niet "
                    "opgeslagen. Wilt u helpen het op te lossen? Kopieer de gegevens hieronder "
                    "en stuur ze naar de beheerder.",
                )
            )
        else:
            self.intro.setText(
                translate(
                    "Safety",
                    "Er ging iets onverwachts mis. Wat al was opgeslagen, is veilig: elke "
                    "wijziging wordt in zijn geheel of helemaal niet bewaard. U kunt verder "
                    "werken; controleer wel of uw laatste wijziging er is. Stuur de gegevens "
                    "hieronder naar de beheerder.",
                )
            )
        self._folder: Path | None = None
        if log_path is not None:
            self._folder = log_path if log_path.is_dir() else log_path.parent
            self.whereLabel.setText(translate("Safety", "Bewaard in: {path}").format(path=log_path))
        else:
            self.whereLabel.setText(
                translate(
                    "Safety",
                    "Het verslag kon niet als bestand worden bewaard; kopieer het hieronder.",
                )
            )
        self.folderButton.setVisible(self._folder is not None)
        self.details.setPlainText(details)
        self.copyButton.clicked.connect(self.copy)
        self.folderButton.clicked.connect(self._show_folder)
        self.closeButton.clicked.connect(self.accept)
        self.closeButton.setDefault(True)
        prepare_window(self)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def _show_folder(self) -> None:
        if self._folder is not None:
            open_folder(self._folder)


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


# ---------------------------------------------------------------------------------- opening


class OpenChoice(Enum):
    RESTORE = "restore"
    OTHER = "other"
    NEW = "new"
    RETRY = "retry"
    QUIT = "quit"


RETRYABLE = frozenset({OpenProblem.LOCKED, OpenProblem.DISK, OpenProblem.READ_ONLY})


def headline(problem: OpenProblem) -> str:
    """The dialog's first line: what kind of problem, in a few words."""
    texts = {
        OpenProblem.NOT_A_DATABASE: translate("Safety", "Dit bestand is geen Adviesraad-database"),
        OpenProblem.DAMAGED: translate("Safety", "De database is beschadigd"),
        OpenProblem.TOO_NEW: translate(
            "Safety", "De database komt van een nieuwere versie van Adviesraad"
        ),
        OpenProblem.READ_ONLY: translate("Safety", "Er mag niet in de database worden geschreven"),
        OpenProblem.LOCKED: translate("Safety", "De database is bezet door een ander programma"),
        OpenProblem.MISSING: translate("Safety", "De database bestaat niet (meer)"),
        OpenProblem.DISK: translate("Safety", "De schijf gaf een fout"),
        OpenProblem.CANNOT_OPEN: translate("Safety", "De database kan niet worden geopend"),
    }
    return texts[problem]


class OpenProblemDialog(QDialog, Ui_OpenProblemDialog):
    """The register could not be opened: what is wrong, that nothing changed, and the ways out
    (restore a backup, another file, a new register, try again, quit)."""

    def __init__(self, diagnosis: OpenDiagnosis, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.diagnosis = diagnosis
        self.choice = OpenChoice.QUIT
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if diagnosis.problem in RETRYABLE
            else QStyle.StandardPixmap.SP_MessageBoxCritical
        )
        self.iconLabel.setPixmap(_icon_pixmap(self, icon))  # type: ignore[arg-type]
        self.headline.setText(headline(diagnosis.problem))
        self.headline.setStyleSheet("font-size: 13pt; font-weight: bold;")
        unchanged = self.unchangedNote.text()
        message = " ".join(diagnosis.message.replace(unchanged, "").split())
        advice = " ".join(diagnosis.advice.replace(unchanged, "").split())
        self.message.setText(message)
        self.advice.setText(advice)
        self.unchangedNote.setStyleSheet("font-weight: bold;")
        can_restore = diagnosis.can_restore
        for widget in (self.backupsLabel, self.backupsTable):
            widget.setVisible(can_restore)
        self._bottom_gap(0 if can_restore else 12)
        if can_restore:
            fill_backups(self.backupsTable, list(diagnosis.backups), problems=False)
        self.restoreButton.setVisible(can_restore)
        self.retryButton.setVisible(diagnosis.problem in RETRYABLE)
        self.backupsTable.itemSelectionChanged.connect(self._update_buttons)
        self.backupsTable.itemDoubleClicked.connect(lambda *_: self._choose(OpenChoice.RESTORE))
        self.restoreButton.clicked.connect(lambda: self._choose(OpenChoice.RESTORE))
        self.otherButton.clicked.connect(lambda: self._choose(OpenChoice.OTHER))
        self.newButton.clicked.connect(lambda: self._choose(OpenChoice.NEW))
        self.retryButton.clicked.connect(lambda: self._choose(OpenChoice.RETRY))
        self.quitButton.clicked.connect(self.reject)
        default = self.restoreButton if can_restore else self.otherButton
        if diagnosis.problem in RETRYABLE:
            default = self.retryButton
        default.setDefault(True)
        default.setFocus()
        self._update_buttons()
        prepare_window(self)

    def _bottom_gap(self, height: int) -> None:
        """The form's bottom spacer, looked up when needed: the form keeps no Python wrapper
        of it (see tools/build_forms.py)."""
        layout = self.mainLayout
        for index in range(layout.count()):
            item = layout.itemAt(index)
            spacer = item.spacerItem() if item is not None else None
            if spacer is not None:
                spacer.changeSize(0, height)
                layout.invalidate()
                return

    def selected_backup(self) -> Path | None:
        return selected_backup(self.backupsTable)

    def _update_buttons(self) -> None:
        self.restoreButton.setEnabled(self.selected_backup() is not None)

    def _choose(self, choice: OpenChoice) -> None:
        if choice == OpenChoice.RESTORE and self.selected_backup() is None:
            return
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = OpenChoice.QUIT
        super().reject()

    def ask(self) -> OpenChoice:
        self.exec()
        return self.choice


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

        try:
            self.entries = list_backups(self.db_path)
        except UserError as exc:
            self.entries = []
            self.emptyLabel.setText(exc.message)
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


# ---------------------------------------------------------------------------------- check


def _check_job(db_path: Path, repair: bool) -> object:
    """In the worker thread: a connection of its own on the same file."""
    from adviesraad_app.services.register import RegisterService
    from adviesraad_app.services.safety.check import check_database
    from adviesraad_app.services.safety.repair import repair_database

    service = RegisterService.open(db_path, create=False)
    try:
        return repair_database(service) if repair else check_database(service)
    finally:
        service.close()


def report_html(report: CheckReport) -> str:
    """The check's findings in plain Dutch: what is wrong and what to do first, then what is
    in order. While the file is damaged, what the other parts found in order is shown as
    uncertain; SQLite's own (English) findings are not shown (``adviesraad check --json``)."""
    from adviesraad_app.services.safety.check import uncertain_notes_line

    parts = []
    for issue in report.issues:
        advice = issue.advice or (
            translate("Safety", "Dit kan automatisch worden hersteld.") if issue.repairable else ""
        )
        parts.append(f"<p><b style='color:#b71c1c'>✗ {html.escape(issue.message)}</b>")
        if advice:
            parts.append(f"<br><span style='color:#333333'>{html.escape(advice)}</span>")
        parts.append("</p>")
    for part in report.skipped:
        parts.append(f"<p style='color:#5c4400'>– {html.escape(part)}</p>")
    if not report.ok:
        newest = report.newest_backup
        text = (
            translate(
                "Safety", "Nieuwste bruikbare back-up: {backup} (Extra > Back-up terugzetten…)."
            ).format(backup=newest.describe())
            if newest is not None
            else translate("Safety", "Er is geen bruikbare back-up van dit register gevonden.")
        )
        parts.append(f"<p>{html.escape(text)}</p>")
    if report.notes_reliable:
        for note in report.notes:
            parts.append(f"<p style='color:#1b5e20'>✓ {html.escape(note)}</p>")
    elif report.notes:
        parts.append(f"<p style='color:#555555'>{html.escape(uncertain_notes_line())}</p>")
        parts.append(
            "<ul style='color:#555555'>"
            + "".join(f"<li>{html.escape(note)}</li>" for note in report.notes)
            + "</ul>"
        )
    return "".join(parts)


class CheckDialog(QDialog, Ui_CheckDialog):
    """ "Database controleren": the check in a worker thread, the report, and "Herstellen".

    The worker opens its own :class:`RegisterService` on the same file. :attr:`repaired` is
    emitted after a repair so that the window reloads.
    """

    repaired = Signal(object)  # RepairResult
    # Around a repair: the window closes its own connection, which on Windows would keep the
    # repair from replacing a damaged file, and opens it again afterwards.
    repair_starting = Signal()
    repair_ended = Signal()

    def __init__(
        self, db_path: Path, *, readonly: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.db_path = db_path
        self._readonly = readonly
        self.report_result: CheckReport | None = None
        self.repair_result: RepairResult | None = None
        self.job: BackgroundJob | None = None
        self._repairing = False
        self.repairButton.hide()
        self.repairButton.clicked.connect(self.repair)
        self.againButton.clicked.connect(self.start_check)
        self.copyButton.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.report.toPlainText())
        )
        self.closeButton.clicked.connect(self.reject)
        prepare_window(self)

    def busy(self) -> bool:
        return self.job is not None and self.job.running()

    def start_check(self) -> None:
        self._start(repair=False)

    def repair(self) -> None:
        if self._readonly or self.busy():
            return
        self._start(repair=True)

    def _start(self, *, repair: bool) -> None:
        self._repairing = repair
        self.progress.show()
        self.statusLabel.setText(
            translate("Safety", "Bezig met herstellen (eerst een back-up)…")
            if repair
            else translate(
                "Safety", "Bezig met controleren… Dit duurt bij een groot register enkele seconden."
            )
        )
        for button in (self.repairButton, self.againButton, self.copyButton):
            button.setEnabled(False)
        self.closeButton.setEnabled(not repair)  # a repair is not left halfway by closing
        job = BackgroundJob("database-herstellen" if repair else "database-controleren")
        if repair:
            self.repair_starting.emit()
        job.done.connect(self._finished)
        job.failed.connect(self._failed)
        self.job = job
        path = self.db_path
        job.start(lambda: _check_job(path, repair))

    def _idle(self, status: str) -> None:
        self.progress.hide()
        self.statusLabel.setText(status)
        self.againButton.setEnabled(True)
        self.copyButton.setEnabled(True)
        self.closeButton.setEnabled(True)

    def _finished(self, result: object) -> None:
        from adviesraad_app.services.safety.repair import RepairResult

        if isinstance(result, RepairResult):
            self.repair_ended.emit()
            self.repair_result = result
            self._show_report(result.after, repair=result)
            self.repaired.emit(result)
        else:
            self.repair_result = None
            self._show_report(result)  # type: ignore[arg-type]

    def _show_report(self, report: CheckReport, repair: RepairResult | None = None) -> None:
        self.report_result = report
        parts = []
        if repair is not None:
            if repair.backup is not None:
                parts.append(
                    "<p>"
                    + html.escape(
                        translate("Safety", "Eerst is een back-up gemaakt: {path}").format(
                            path=repair.backup
                        )
                    )
                    + "</p>"
                )
            actions = repair.actions or (
                [translate("Safety", "Er was niets automatisch te herstellen.")]
                if repair.failure is None
                else []
            )
            if actions:
                parts.append(
                    "<ul>" + "".join(f"<li>{html.escape(a)}</li>" for a in actions) + "</ul>"
                )
            if repair.failure is not None:
                parts.append(f"<p><b style='color:#b71c1c'>{html.escape(repair.failure)}</b></p>")
            parts.append(
                "<p><b>" + html.escape(translate("Safety", "Na het herstel:")) + "</b></p>"
            )
        parts.append(report_html(report))
        self.report.setHtml("".join(parts))
        if report.ok:
            summary = translate("Safety", "Geen problemen gevonden.")
            self.summary.setStyleSheet("color:#1b5e20; font-weight:bold;")
        else:
            summary = (
                translate("Safety", "1 probleem gevonden.")
                if len(report.issues) == 1
                else translate("Safety", "{n} problemen gevonden.").format(n=len(report.issues))
            )
            if report.repairable:
                summary += " " + translate(
                    "Safety",
                    "Een deel kan automatisch worden hersteld; eerst wordt een back-up gemaakt.",
                )
            self.summary.setStyleSheet("color:#b71c1c; font-weight:bold;")
        self.summary.setText(summary)
        self.repairButton.setVisible(report.repairable)
        self.repairButton.setEnabled(report.repairable and not self._readonly)
        if self._readonly:
            self.repairButton.setToolTip(
                translate(
                    "Safety", "De database is alleen-lezen geopend: herstellen kan hier niet."
                )
            )
        if repair is None:
            status = translate("Safety", "Controle klaar.")
        elif repair.failure is not None:
            status = translate("Safety", "Niet hersteld.")
        else:
            status = translate("Safety", "Hersteld.")
        self._idle(status)

    def _failed(self, exc: BaseException) -> None:
        if self._repairing:
            self.repair_ended.emit()
        self._idle(translate("Safety", "Niet gelukt."))
        if isinstance(exc, UserError):
            self.report.setPlainText(exc.message)
            show_error(self, exc.message, translate("Safety", "Database controleren"))
            return
        self.report.setPlainText(
            translate("Safety", "Er ging iets onverwachts mis (zie het foutverslag).")
        )
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def reject(self) -> None:
        if self.busy() and self._repairing:
            return  # "Sluiten" is disabled; Escape waits too
        super().reject()


# ---------------------------------------------------------------------------------- crash hook


class CrashReporter(QObject):
    """Shows the crash dialog for an exception from any thread, in the GUI thread.

    Made in the GUI thread; ``crash.install_excepthooks(show=reporter.report)`` calls
    :meth:`report` from whichever thread failed. Another thread's crash travels through a
    queued signal. While one crash dialog is open, later crashes are only logged (a slot that
    fails on every timer tick must not stack dialogs); their logs are offered at the next
    start.
    """

    crashed = Signal(str, object)
    explained = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._showing = False
        self.crashed.connect(self._show)
        self.explained.connect(self._explain)

    def explain(self, message: str) -> None:
        """An environment error no code caught (the register locked or damaged while a view
        read it): its Dutch message, no crash dialog."""
        if QApplication.instance() is None:
            raise RuntimeError("no QApplication")
        if threading.current_thread() is threading.main_thread():
            self._explain(message)
        else:
            self.explained.emit(message)

    def _explain(self, message: str) -> None:
        if self._showing:
            return
        self._showing = True
        try:
            from adviesraad_app.gui.common.operations import show_error

            show_error(QApplication.activeWindow(), message)
        finally:
            self._showing = False

    def report(self, text: str, log_path: Path | None) -> None:
        if QApplication.instance() is None:
            raise RuntimeError("no QApplication: the crash log is all there is")
        if threading.current_thread() is threading.main_thread():
            self._show(text, log_path)
        else:
            self.crashed.emit(text, log_path)

    def _show(self, text: str, log_path: object) -> None:
        if self._showing:
            return
        self._showing = True
        try:
            path = log_path if isinstance(log_path, Path) else None
            dialog = CrashDialog(text, path, parent=QApplication.activeWindow())
            dialog.exec()
            dialog.deleteLater()
        finally:
            self._showing = False
