"""Starting the desktop app: Qt set up in Dutch, the register opened safely, crashes caught.

Also ``adviesraad selftest``: the app started offscreen on a database, timed from process
start until the register shows its first rows (used by the benchmarks and the packaging smoke
test).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from adviesraad_app import APP_NAME, ORGANIZATION, __version__
from adviesraad_app.i18n import current_language, translate
from adviesraad_app.storage.errors import StorageError
from adviesraad_app.storage.paths import data_dir, resolve_db_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from adviesraad_app.services.register import RegisterService

DEMO_DB_NAME = "demo.sqlite3"


def _tr(text: str) -> str:
    return translate("App", text)


def process_age_ms() -> float | None:
    """Milliseconds since this process was created, from the operating system."""
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/self/stat", encoding="ascii") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            start_ticks = int(fields[19])
            with open("/proc/uptime", encoding="ascii") as handle:
                uptime = float(handle.read().split()[0])
            return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
        if sys.platform == "win32":
            import ctypes
            from ctypes import wintypes

            created, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.GetProcessTimes(
                kernel32.GetCurrentProcess(),
                ctypes.byref(created),
                ctypes.byref(exited),
                ctypes.byref(kernel),
                ctypes.byref(user),
            )
            now = wintypes.FILETIME()
            kernel32.GetSystemTimePreciseAsFileTime(ctypes.byref(now))

            def value(ft: wintypes.FILETIME) -> int:
                return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

            return (value(now) - value(created)) / 10_000
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return None


def create_application(argv: list[str] | None = None) -> object:
    """The QApplication, in Dutch (dates, calendars, Qt's own buttons), with our icon."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from adviesraad_app.i18n import translations_dir

    from .widgets import DUTCH, icon

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("adviesraad.svg"))
    QLocale.setDefault(DUTCH)
    language = current_language()
    translators = []
    qt_translator = QTranslator(app)
    if qt_translator.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    if language != "nl":
        ours = QTranslator(app)
        if ours.load(f"adviesraad_{language}", str(translations_dir())):
            app.installTranslator(ours)
            translators.append(ours)
    app.setProperty("adviesraadTranslators", len(translators))
    return app


def install_crash_handler() -> None:
    """Unexpected errors: a crash log, and a dialog with the details to copy."""
    from adviesraad_app.crash import format_crash, write_crash_log

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = format_crash(exc_type, exc, tb, context="GUI")
        log = write_crash_log(text)
        try:
            from PySide6.QtWidgets import QApplication

            from .dialogs import CrashDialog

            if QApplication.instance() is not None:
                CrashDialog(text, str(log) if log else None).exec()
        except Exception:  # the crash dialog itself must never crash the crash handling
            if sys.stderr is not None:
                sys.stderr.write(text)

    sys.excepthook = hook


def _remembered_path() -> Path | None:
    from .main_window import app_settings

    value = app_settings().value("database/path")
    return Path(str(value)) if value else None


def _remember_path(path: Path) -> None:
    from .main_window import app_settings

    settings = app_settings()
    if path == resolve_db_path(None):
        settings.remove("database/path")
    else:
        settings.setValue("database/path", str(path))


def choose_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """Which register to open: ``--db``, ``ADVIESRAAD_DB``, ``--demo``, the last one chosen in
    the app, or the default. The second value says whether the choice is the user's to keep."""
    if getattr(args, "db", None) or os.environ.get("ADVIESRAAD_DB"):
        return resolve_db_path(getattr(args, "db", None)), False
    if getattr(args, "demo", False):
        return data_dir() / DEMO_DB_NAME, False
    remembered = _remembered_path()
    if remembered is not None:
        return remembered, True
    return resolve_db_path(None), True


def open_register(
    path: Path, *, create: bool, parent: QWidget | None = None
) -> RegisterService | None:
    """Open a register; when that fails, explain and offer another file. ``None``: give up."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from adviesraad_app.services.register import RegisterService as Service

    while True:
        try:
            return Service.open(path, create=create)
        except StorageError as exc:
            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(_tr("Database kan niet worden geopend"))
            box.setText(exc.message)
            box.setInformativeText(_tr("Het bestand is niet gewijzigd. Wat wilt u doen?"))
            other = box.addButton(_tr("Ander bestand openen…"), QMessageBox.ButtonRole.AcceptRole)
            new = box.addButton(_tr("Nieuwe database…"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(_tr("Afsluiten"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            if clicked is other:
                name, _f = QFileDialog.getOpenFileName(
                    None,
                    _tr("Database openen"),
                    str(path.parent),
                    _tr("Adviesraad-database (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)"),
                )
                if not name:
                    continue
                path, create = Path(name), False
            elif clicked is new:
                name, _f = QFileDialog.getSaveFileName(
                    None,
                    _tr("Nieuwe database"),
                    str(path.parent / "register.sqlite3"),
                    _tr("Adviesraad-database (*.sqlite3)"),
                )
                if not name:
                    continue
                path, create = Path(name), True
            else:
                return None


def _no_screen() -> bool:
    """On Linux without a display Qt would abort; say so in Dutch instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace) -> int:
    if _no_screen():
        from adviesraad_app.cli_support import Failure

        raise Failure(
            _tr(
                "Er is geen beeldscherm gevonden om het programma te tonen (DISPLAY is niet "
                "gezet). Gebruik de opdrachtregel (adviesraad --help) of start het programma "
                "op een computer met een scherm."
            )
        )
    app = create_application()
    install_crash_handler()
    from .main_window import MainWindow

    path, keep = choose_path(args)
    service = open_register(path, create=True)
    if service is None:
        return 1
    if getattr(args, "demo", False) and service.count() == 0:
        from adviesraad_app.services.demo import load_demo

        load_demo(service)
    window = MainWindow(service)

    def switch(name: str, create: bool) -> None:
        new = open_register(Path(name), create=create, parent=window)
        if new is not None:
            window.set_service(new)
            if keep:
                _remember_path(new.path)

    window.database_requested.connect(switch)
    window.show()
    window.announce_overdue()
    code = app.exec()  # type: ignore[attr-defined]
    window.service.close()
    return int(code)


def run_selftest(args: argparse.Namespace) -> int:
    """Start the app offscreen, wait for the register's first rows, print timings as JSON."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    age_at_start = process_age_ms()
    app = create_application()
    from PySide6.QtCore import QEvent, QObject, QTimer

    from adviesraad_app.services.register import RegisterService

    from .main_window import PAGE_REGISTER, MainWindow

    path = resolve_db_path(getattr(args, "db", None))
    service = RegisterService.open(path, create=False)
    window = MainWindow(service, restore_state=False, initial_page=PAGE_REGISTER)
    table = window.register_view.table
    result: dict[str, object] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "ms" not in result:
                QTimer.singleShot(0, finish)
            return False

    def finish() -> None:
        if "ms" in result:
            return
        elapsed = (time.perf_counter() - started) * 1000
        result.update(
            ms=round(elapsed + (age_at_start or 0.0), 1),
            ms_in_app=round(elapsed, 1),
            ms_before_app=round(age_at_start, 1) if age_at_start is not None else None,
            rows_shown=window.register_view.model.rowCount(),
            advices=service.count(),
            database=str(path),
            platform=app.platformName(),  # type: ignore[attr-defined]
            version=__version__,
        )
        app.quit()  # type: ignore[attr-defined]

    watcher = FirstPaint()
    table.viewport().installEventFilter(watcher)
    window.show()
    QTimer.singleShot(60_000, app.quit)  # type: ignore[attr-defined]
    app.exec()  # type: ignore[attr-defined]
    service.close()
    if "ms" not in result:
        from adviesraad_app.cli_support import err

        err(_tr("Zelftest mislukt: het register verscheen niet binnen 60 seconden."))
        return 1
    from adviesraad_app.cli_support import emit_json

    emit_json(result)
    return 0
