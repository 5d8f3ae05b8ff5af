"""Keeping the register safe while the app runs (installed by ``actions.py``).

* :class:`AutoBackup`: a :class:`BackupScheduler` driven by a timer (a look every 5 minutes,
  a backup at most once per hour and only after changes) and a backup when the window closes
  after changes. A failure is said in the status bar (and once in a message); it never stops
  the app or its closing.
* :class:`OutsideChanges`: when the window becomes active and another program (the CLI, a
  restore, a repair) changed the register, everything reloads, open dossiers included.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from adviesraad_app.gui.common.operations import (
    Op,
    read_or,
)
from adviesraad_app.gui.common.widgets import busy_cursor
from adviesraad_app.i18n import translate

if TYPE_CHECKING:
    from adviesraad_app.gui.common.window_api import FeatureWindow
    from adviesraad_app.services.safety.backups import BackupEntry, BackupScheduler

log = logging.getLogger("adviesraad.safety")

CHECK_EVERY_MS = 5 * 60 * 1000
STATUS_MS = 15000


class AutoBackup(QObject):
    """Automatic backups while the app runs and when its window closes."""

    def __init__(
        self,
        window: FeatureWindow,
        *,
        check_every_ms: int = CHECK_EVERY_MS,
        interval: timedelta | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.interval = interval
        # The backup service is loaded when first needed, so start-up does not wait for it;
        # what counts as "changed" is measured from now.
        self._scheduler: BackupScheduler | None = None
        self._baseline = window.service.data_version()
        self.failures = 0
        self._told = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        window.service_changed.connect(self._service_changed)
        window.about_to_close.connect(self.on_close)

    @property
    def scheduler(self) -> BackupScheduler:
        if self._scheduler is None:
            from adviesraad_app.services.safety.backups import DEFAULT_INTERVAL, BackupScheduler

            self._scheduler = BackupScheduler(
                self.window.service,
                interval=self.interval or DEFAULT_INTERVAL,
                baseline=self._baseline,
            )
        return self._scheduler

    def _service_changed(self) -> None:
        """Another register: changes from now on call for a backup of it."""
        self._scheduler = None
        self._baseline = self.window.service.data_version()

    def tick(self) -> Path | None:
        """From the timer: a backup when one is due (changes, and the interval passed)."""
        return self._run(self.scheduler.maybe_backup, closing=False)

    def on_close(self) -> Path | None:
        self.timer.stop()
        return self._run(self.scheduler.backup_on_close, closing=True)

    def _run(self, backup: Callable[[], BackupEntry | None], *, closing: bool) -> Path | None:
        if self.window.service.readonly:
            return None

        def run_backup() -> BackupEntry | None:
            with busy_cursor():
                return backup()

        try:
            running = Op(self.window, run_backup).quiet()
            if not running.failure(lambda exc: self._failed(exc.message, closing=closing)).run():
                return None
            entry = running.result
        except Exception as exc:  # a bug must not cost the user the app: log it, say it, go on
            from adviesraad_app.crash import handle_exception

            _text, path = handle_exception(
                type(exc), exc, exc.__traceback__, "automatische back-up"
            )
            self._failed(
                translate("Safety", "Onverwachte fout (verslag: {path}).").format(path=path),
                closing=closing,
            )
            return None
        if entry is None:
            return None
        self.failures = 0
        entry_path = entry.path
        if not closing:
            self.window.statusbar.showMessage(
                translate("Safety", "Automatische back-up gemaakt: {name}").format(
                    name=entry_path.name
                ),
                STATUS_MS,
            )
        return entry_path

    def _failed(self, reason: str, *, closing: bool) -> None:
        self.failures += 1
        text = translate("Safety", "Automatische back-up mislukt: {reason}").format(reason=reason)
        log.warning("%s", text)
        if closing:
            return  # the window is going; the log has it, and closing must not wait
        self.window.statusbar.showMessage(text, STATUS_MS * 2)
        if not self._told:
            self._told = True
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("Safety", "Automatische back-up mislukt"),
                text
                + "\n\n"
                + translate(
                    "Safety",
                    "Uw gegevens zelf zijn niet aangetast. Adviesraad probeert het later "
                    "opnieuw; deze melding komt niet nog eens (wel in de statusbalk).",
                ),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setModal(False)
            box.show()  # not exec(): a timer must not wait for a click


class OutsideChanges(QObject):
    """Reload when another program changed the register (seen when the window is activated)."""

    def __init__(self, window: FeatureWindow) -> None:
        super().__init__(window)
        self.window = window
        self._seen = self._version()
        window.installEventFilter(self)
        window.ops.changed.connect(self.remember)
        window.service_changed.connect(self.remember)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state)

    def _version(self) -> tuple[int, int] | None:
        return read_or(None, self.window.service.data_version)

    def remember(self) -> None:
        self._seen = self._version()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self.check()
        return False

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> bool:
        """Reload everything (views and dossiers) when the register changed elsewhere."""
        if not self.window.isVisible():
            return False  # closing or closed: the register may be closed already
        version = self._version()
        if version is None or version == self._seen:
            return False
        self._seen = version
        # ops.changed reloads the views (window.refresh) and every open dossier that has no
        # unsaved edits; a dossier being edited keeps its edits and refreshes its lists.
        self.window.ops.changed.emit()
        self.window.statusbar.showMessage(
            translate("Safety", "Bijgewerkt: het register is door een ander programma gewijzigd."),
            STATUS_MS,
        )
        return True
