"""Data safety in the running app (a feature module, see ``features.py``).

* Menu Extra: "Back-up maken", "Back-up terugzetten…", "Database controleren…", "Map met
  back-ups tonen".
* :class:`AutoBackup`: a :class:`BackupScheduler` driven by a timer (a look every 5 minutes,
  a backup at most once per hour and only after changes) and a backup when the window closes
  after changes. A failure is said in the status bar (and once in a message); it never stops
  the app or its closing.
* :class:`OutsideChanges`: when the window becomes active and another program (the CLI, a
  restore, a repair) changed the register, everything reloads, open dossiers included.
* :class:`Notices`: banners for a register in a risky place (network share, cloud-sync
  folder) and for a register that is opened read-only.
* :class:`DamageCheck`: after opening a register, ``PRAGMA quick_check`` in a worker thread;
  a sound file is marked verified (its first write need not check again), a damaged one gets
  a banner with "Database controleren" and "Back-up terugzetten". Writing into it is refused
  by the storage layer either way.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from adviesraad_app.domain.errors import UserError
from adviesraad_app.gui.common.operations import readonly_hint, show_error
from adviesraad_app.gui.common.widgets import busy_cursor
from adviesraad_app.i18n import translate
from adviesraad_app.services.safety.location import backups_dir

if TYPE_CHECKING:
    from adviesraad_app.gui.common.background import BackgroundJob
    from adviesraad_app.gui.main_window import MainWindow
    from adviesraad_app.gui.safety.dialogs import BackupsDialog, CheckDialog, NoticeBanner
    from adviesraad_app.services.register import RegisterService
    from adviesraad_app.services.safety.backups import BackupEntry, BackupScheduler, RestoreResult

log = logging.getLogger("adviesraad.safety")

CHECK_EVERY_MS = 5 * 60 * 1000
STATUS_MS = 15000
DAMAGE_CHECK_DELAY_MS = 1500  # after the window is up: the quick check of the register


def install(window: MainWindow) -> None:
    SafetyActions(window)


def reopen(window: MainWindow, path: Path) -> bool:
    """Open ``path`` again and switch the window to it (after a restore or undoing one)."""
    from adviesraad_app.services.safety.diagnosis import OpenDiagnosis, open_register

    opened = open_register(path, create=False)
    if isinstance(opened, OpenDiagnosis):
        show_error(window, opened.text(), translate("Safety", "Database kan niet worden geopend"))
        return False
    if not window.set_service(opened):
        opened.close()
        return False
    return True


class SafetyActions(QObject):
    """The menu actions, automatic backups, outside changes and notices of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("safetyActions")
        self.window = window
        self.auto_backup = AutoBackup(window)
        self.outside_changes = OutsideChanges(window)
        self.notices = Notices(window)
        self.damage_check = DamageCheck(self)
        self.actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("backup", translate("Safety", "&Back-up maken"), self.backup_now),
            ("restore", translate("Safety", "Back-up &terugzetten…"), self.show_backups),
            ("check", translate("Safety", "&Database controleren…"), self.check_database),
            ("folder", translate("Safety", "&Map met back-ups tonen"), self.show_backup_folder),
        ):
            action = QAction(text, window)
            action.triggered.connect(slot)
            window.add_menu_action("tools", action)
            self.actions[key] = action
        self.actions["backup"].setStatusTip(
            translate("Safety", "Nu een gecontroleerde back-up maken in de map met back-ups")
        )
        self.last_backups_dialog: BackupsDialog | None = None
        self.last_check_dialog: CheckDialog | None = None
        # Not at once: the check of a large register reads the whole file, and the first
        # screen and the first keystrokes should not compete with it.
        QTimer.singleShot(DAMAGE_CHECK_DELAY_MS, self.damage_check, self.damage_check.start_once)

    @property
    def service(self) -> RegisterService:
        return self.window.service

    # -- back-up maken -------------------------------------------------------------------

    def backup_now(self) -> Path | None:
        from adviesraad_app.services.safety.backups import BackupKind, make_backup

        try:
            with busy_cursor():
                entry = make_backup(self.service.path, BackupKind.MANUAL)
        except UserError as exc:
            show_error(self.window, exc.message, translate("Safety", "Back-up mislukt"))
            return None
        self.window.statusbar.showMessage(
            translate("Safety", "Back-up gemaakt ({n} adviezen): {path}").format(
                n=entry.advices, path=entry.path
            ),
            STATUS_MS,
        )
        return entry.path

    def show_backup_folder(self) -> None:
        from adviesraad_app.gui.safety.dialogs import open_folder

        open_folder(backups_dir(self.service.path))

    # -- terugzetten ---------------------------------------------------------------------

    def show_backups(self) -> BackupsDialog:
        from adviesraad_app.gui.safety.dialogs import BackupsDialog

        dialog = BackupsDialog(
            self.service.path,
            restore=self.restore,
            undo=self.undo_restore,
            readonly=self.service.readonly,
            parent=self.window,
        )
        self.last_backups_dialog = dialog
        dialog.open()
        return dialog

    def restore(self, source: Path) -> RestoreResult | None:
        from adviesraad_app.services.safety.backups import restore_backup

        return self._replace_register(lambda path: restore_backup(path, source))

    def undo_restore(self, result: RestoreResult) -> RestoreResult | None:
        from adviesraad_app.services.safety.backups import undo_restore

        return self._replace_register(lambda _path: undo_restore(result))

    def _replace_register(self, replace: Callable[[Path], RestoreResult]) -> RestoreResult | None:
        """Close the dossiers, let go of the file, let the service replace the register's
        content, reopen.

        The window's own connection (and the background check's) are closed first: Windows
        cannot replace a damaged file that Adviesraad itself holds open.
        """
        window = self.window
        if not window.close_dossiers():
            return None
        path = self.service.path
        try:
            with busy_cursor():
                self.let_go()
                result = replace(path)
        except UserError as exc:
            self.take_back()
            show_error(window, exc.message, translate("Safety", "Terugzetten mislukt"))
            return None
        except BaseException:
            self.take_back()
            raise
        if not reopen(window, path):
            self.take_back()
        from adviesraad_app.gui.safety.dialogs import restore_text

        window.statusbar.showMessage(restore_text(result), STATUS_MS)
        return result

    def let_go(self) -> None:
        """Close every connection of this window to the register file (until
        :meth:`take_back`), so that a restore or repair can replace it."""
        self.damage_check.wait()
        self.service.release()

    def take_back(self) -> None:
        """Open the register again after :meth:`let_go`; a file that no longer opens keeps
        saying so (every read gives the Dutch reason) until another register is opened."""
        try:
            self.service.reconnect()
        except UserError as exc:
            log.warning("Register niet opnieuw geopend: %s", exc)
            return
        self.window.refresh()

    # -- controleren ---------------------------------------------------------------------

    def check_database(self) -> CheckDialog:
        from adviesraad_app.gui.safety.dialogs import CheckDialog

        dialog = CheckDialog(self.service.path, readonly=self.service.readonly, parent=self.window)
        dialog.repair_starting.connect(self.let_go)
        dialog.repair_ended.connect(self.take_back)
        dialog.repaired.connect(lambda _result: self.outside_changes.check())
        dialog.repaired.connect(lambda _result: self.damage_check.start())
        self.last_check_dialog = dialog
        dialog.open()
        dialog.start_check()
        return dialog


class AutoBackup(QObject):
    """Automatic backups while the app runs and when its window closes."""

    def __init__(
        self,
        window: MainWindow,
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
        try:
            with busy_cursor():
                entry = backup()
        except UserError as exc:
            self._failed(exc.message, closing=closing)
            return None
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

    def __init__(self, window: MainWindow) -> None:
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
        try:
            return self.window.service.data_version()
        except UserError:
            return None

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


class Notices(QObject):
    """Banners for a risky location and a read-only register; renewed on a switch."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.location_banner: NoticeBanner | None = None
        self.readonly_banner: NoticeBanner | None = None
        self.readonly_label = QLabel(translate("Safety", "Alleen-lezen"))
        self.readonly_label.setStyleSheet("color:#5c4400; font-weight:bold; padding: 0 6px;")
        self.readonly_label.setToolTip(readonly_hint())
        window.statusbar.addPermanentWidget(self.readonly_label)
        window.service_changed.connect(self.refresh_notices)
        self.refresh_notices()

    def refresh_notices(self) -> None:
        from adviesraad_app.services.safety.location import location_warning

        service = self.window.service
        for banner in (self.location_banner, self.readonly_banner):
            if banner is not None:
                banner.hide()
                banner.deleteLater()
        self.location_banner = self.readonly_banner = None
        warning = location_warning(service.path)
        if warning is not None:
            self.location_banner = self._banner(warning.message, "warning")
        if service.readonly:
            self.readonly_banner = self._banner(
                readonly_hint()
                + " "
                + translate("Safety", "Een back-up maken en de database controleren kan wel."),
                "info",
            )
        self.readonly_label.setVisible(service.readonly)

    def _banner(self, text: str, kind: str) -> NoticeBanner:
        from adviesraad_app.gui.safety.dialogs import (
            NoticeBanner,  # only when there is something to say
        )

        banner = NoticeBanner(text, kind=kind, parent=self.window)
        self.window.add_banner(banner)
        return banner


class DamageCheck(QObject):
    """``quick_check`` of the open register in a worker thread, after opening and a switch.

    The window's own connection belongs to the GUI thread, so the worker reads through a
    connection of its own (:func:`quick_check_file`). The window never waits for it: a write
    before it finished checks synchronously in the storage layer instead.
    """

    def __init__(self, safety: SafetyActions) -> None:
        super().__init__(safety)
        self.safety = safety
        self.window = safety.window
        self.job: BackgroundJob | None = None
        self.banner: NoticeBanner | None = None
        self.problems: list[str] | None = None  # the last result: [] when sound
        self._service: RegisterService | None = None
        self.window.service_changed.connect(self.start)
        self.window.read_failed.connect(self._read_failed)

    def busy(self) -> bool:
        return self.job is not None and self.job.running()

    def start_once(self) -> None:
        """The first check of this register, unless one already ran or runs (a page that
        could not read it started one early). A switch to another register starts its own
        check at once (``service_changed``), so what is running or found is about this one."""
        if not self.busy() and self.problems is None:
            self.start()

    def _read_failed(self, _message: str) -> None:
        """A page could not read the register: check the file now rather than later, so
        that the banner with the way out appears."""
        if self.busy() or self.banner is not None or self.window.service.released:
            return  # released: a restore or repair is replacing the file right now
        self.start()  # a file that passed the check before is not checked again (a lock)

    def start(self) -> None:
        from adviesraad_app.gui.common.background import BackgroundJob
        from adviesraad_app.services.safety.backups import quick_check_file

        self._clear_banner()
        self._forget_job()
        self.problems = None
        service = self.window.service
        self._service = service
        if service.verified:
            self.problems = []
            return
        path = service.path
        job = BackgroundJob("database-snelcontrole")
        # Bound methods: Qt drops the connections when this object goes with its window.
        job.done.connect(self._finished)
        job.failed.connect(self._failed)
        self.job = job
        job.start(lambda: quick_check_file(path))

    def wait(self, timeout: float = 60.0) -> None:
        """Let a running check finish (it holds the file open through its own connection)."""
        if self.job is not None:
            self.job.wait(timeout)

    def _forget_job(self) -> None:
        """A job still running for the previous register: its answer no longer matters."""
        if self.job is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.job.done.disconnect(self._finished)
                self.job.failed.disconnect(self._failed)
        self.job = None

    def _finished(self, problems: object) -> None:
        service = self._service
        if service is None or service is not self.window.service:
            return  # the window switched to another register meanwhile
        assert isinstance(problems, list)
        self.problems = problems
        if not problems:
            service.mark_verified()
            return
        log.warning("quick_check of %s: %s", service.path, "; ".join(problems[:3]))
        self._show_banner(problems)

    def _failed(self, exc: object) -> None:
        # Locked, or gone: the storage layer checks again before the first write.
        log.info("quick_check of %s not done: %s", self.window.service.path, exc)

    def _show_banner(self, problems: list[str]) -> None:
        from adviesraad_app.gui.safety.dialogs import NoticeBanner

        # SQLite's own findings are English and technical: they go to the log (above) and the
        # check's details, not into the sentence the secretary reads.
        text = translate(
            "Safety",
            "De database is beschadigd. Wijzigingen worden niet opgeslagen, zodat de schade "
            "niet groter wordt. Laat de database controleren of zet een back-up terug.",
        )
        banner = NoticeBanner(
            text,
            kind="warning",
            action_text=translate("Safety", "Database controleren"),
            parent=self.window,
        )
        banner.setObjectName("damageBanner")
        banner.action_clicked.connect(self.safety.check_database)
        restore = QPushButton(translate("Safety", "Back-up terugzetten"), banner)
        restore.setObjectName("restoreButton")
        restore.clicked.connect(self.safety.show_backups)
        banner.mainLayout.insertWidget(banner.mainLayout.indexOf(banner.actionButton) + 1, restore)
        self.window.add_banner(banner)
        banner.show()  # the window is already visible: a new child must be shown
        self.banner = banner

    def _clear_banner(self) -> None:
        if self.banner is not None:
            self.banner.hide()
            self.banner.deleteLater()
            self.banner = None
