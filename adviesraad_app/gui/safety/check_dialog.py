"""Database controleren: the check (and the repair after a backup) in the background, and
its report in words."""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from adviesraad_app.domain.errors import UserError
from adviesraad_app.gui.common.background import BackgroundJob
from adviesraad_app.gui.common.operations import show_error
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_check_dialog import Ui_CheckDialog
from adviesraad_app.i18n import translate

if TYPE_CHECKING:
    from adviesraad_app.services.safety.check import CheckReport
    from adviesraad_app.services.safety.repair import RepairResult


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
