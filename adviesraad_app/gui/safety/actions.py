"""Data safety in the running app (a feature module, see ``features.py``).

* Menu Extra: "Back-up maken", "Back-up terugzetten…", "Database controleren…", "Map met
  back-ups tonen".
* :class:`AutoBackup` and :class:`OutsideChanges` (``watch.py``): automatic backups, and a
  reload when another program changed the register.
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
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton

from adviesraad_app.gui.common.operations import (
    Op,
    readonly_hint,
    show_error,
    show_failure,
)
from adviesraad_app.gui.common.widgets import busy_cursor
from adviesraad_app.gui.safety.watch import STATUS_MS, AutoBackup, OutsideChanges
from adviesraad_app.i18n import translate
from adviesraad_app.services.safety.location import backups_dir

if TYPE_CHECKING:
    from adviesraad_app.domain.errors import UserError
    from adviesraad_app.gui.common.background import BackgroundJob
    from adviesraad_app.gui.common.window_api import FeatureWindow
    from adviesraad_app.gui.safety.banner import NoticeBanner
    from adviesraad_app.gui.safety.check_dialog import CheckDialog
    from adviesraad_app.gui.safety.dialogs import BackupsDialog
    from adviesraad_app.services.register import RegisterService
    from adviesraad_app.services.safety.backups import BackupEntry, RestoreResult

log = logging.getLogger("adviesraad.safety")

DAMAGE_CHECK_DELAY_MS = 1500  # after the window is up: the quick check of the register


def install(window: FeatureWindow) -> None:
    SafetyActions(window)


def reopen(window: FeatureWindow, path: Path) -> bool:
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

    def __init__(self, window: FeatureWindow) -> None:
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
        # (A timer of this object's own: goes with it, as the check does.)
        self._first_check = QTimer(self)
        self._first_check.setSingleShot(True)
        self._first_check.timeout.connect(self.damage_check.start_once)
        self._first_check.start(DAMAGE_CHECK_DELAY_MS)

    @property
    def service(self) -> RegisterService:
        return self.window.service

    # -- back-up maken -------------------------------------------------------------------

    def backup_now(self) -> Path | None:
        from adviesraad_app.services.safety.backups import BackupKind, make_backup

        def backup() -> BackupEntry:
            with busy_cursor():
                return make_backup(self.service.path, BackupKind.MANUAL)

        making = Op(self.window, backup).titled(translate("Safety", "Back-up mislukt"))
        entry = making.result if making.run() else None
        if entry is None:
            return None
        self.window.statusbar.showMessage(
            translate("Safety", "Back-up gemaakt ({n} adviezen): {path}").format(
                n=entry.advices, path=entry.path
            ),
            STATUS_MS,
        )
        return entry.path

    def show_backup_folder(self) -> None:
        from adviesraad_app.gui.safety.shared import open_folder

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

        def restore() -> RestoreResult:
            with busy_cursor():
                self.let_go()
                return replace(path)

        def failed(error: UserError) -> None:
            self.take_back()  # first: the register is usable again while the message shows
            show_failure(window, error, translate("Safety", "Terugzetten mislukt"))

        restoring = Op(window, restore).quiet().failure(failed)
        try:
            if not restoring.run() or restoring.result is None:
                return None
        except BaseException:
            self.take_back()
            raise
        result = restoring.result
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
        reconnect = Op(self.window, self.service.reconnect).quiet()
        if reconnect.failure(
            lambda exc: log.warning("Register niet opnieuw geopend: %s", exc)
        ).run():
            self.window.refresh()

    # -- controleren ---------------------------------------------------------------------

    def check_database(self) -> CheckDialog:
        from adviesraad_app.gui.safety.check_dialog import CheckDialog

        dialog = CheckDialog(self.service.path, readonly=self.service.readonly, parent=self.window)
        dialog.repair_starting.connect(self.let_go)
        dialog.repair_ended.connect(self.take_back)
        dialog.repaired.connect(lambda _result: self.outside_changes.check())
        dialog.repaired.connect(lambda _result: self.damage_check.start())
        self.last_check_dialog = dialog
        dialog.open()
        dialog.start_check()
        return dialog


class Notices(QObject):
    """Banners for a risky location and a read-only register; renewed on a switch."""

    def __init__(self, window: FeatureWindow) -> None:
        super().__init__(window)
        self.window = window
        self.location_banner: NoticeBanner | None = None
        self.readonly_banner: NoticeBanner | None = None
        #: "Alleen-lezen" in the status bar: made for the first read-only register (a label
        #: with a style sheet in the status bar costs about 0.5 ms of every start).
        self.readonly_label: QLabel | None = None
        window.service_changed.connect(self.refresh_notices)
        self.refresh_notices()

    def _readonly_label(self) -> QLabel:
        label = QLabel(translate("Safety", "Alleen-lezen"))
        label.setStyleSheet("color:#5c4400; font-weight:bold; padding: 0 6px;")
        label.setToolTip(readonly_hint())
        self.window.statusbar.addPermanentWidget(label)
        return label

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
        if service.readonly and self.readonly_label is None:
            self.readonly_label = self._readonly_label()
        if self.readonly_label is not None:
            self.readonly_label.setVisible(service.readonly)

    def _banner(self, text: str, kind: str) -> NoticeBanner:
        from adviesraad_app.gui.safety.banner import NoticeBanner

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
        from adviesraad_app.gui.safety.banner import NoticeBanner

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
