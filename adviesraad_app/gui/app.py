"""Starting the desktop app: Qt set up in Dutch, the register opened safely, crashes caught.

Also ``adviesraad selftest``: the app started offscreen on a database, timed from process
start until the register shows its first rows (used by the benchmarks and the packaging smoke
test).
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from adviesraad_app import APP_NAME, ORGANIZATION, __version__
from adviesraad_app.gui.collector import hold_back
from adviesraad_app.gui.pyside_hook import speed_up_import_hook  # needs no Qt
from adviesraad_app.i18n import current_language, translate
from adviesraad_app.services.safety.location import data_dir, resolve_db_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from adviesraad_app.gui.main_window import MainWindow
    from adviesraad_app.gui.safety.crash_hook import CrashReporter
    from adviesraad_app.gui.shell.single_instance import StartRequest
    from adviesraad_app.services.register import RegisterService


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

    speed_up_import_hook()  # before the window's modules are imported
    from adviesraad_app.gui.common.widgets import DUTCH, icon
    from adviesraad_app.i18n import translations_dir

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
    if existing is not app:
        from adviesraad_app.gui.common.light_scheme import keep_light

        keep_light(app)  # Windows 11 dark mode: keep the colours readable
    return app


def install_crash_handler() -> CrashReporter:
    """Unexpected errors in any thread: a crash log, then (in the GUI thread) a dialog with
    the details to copy and where the log is. Returns the reporter (keep it alive).

    Nothing here needs ``sys.stderr`` (``None`` in the windowed Windows build).
    """
    # The hook is the app's first use of PySide6: from here on PySide's import hook looks at
    # every module imported, so its quick answer is put in place at once, not only with the
    # QApplication (the modules imported in between cost about 1.5 ms more otherwise).
    import PySide6.QtCore  # noqa: F401

    speed_up_import_hook()
    from adviesraad_app.crash import install_excepthooks
    from adviesraad_app.gui.safety.crash_hook import CrashReporter

    global _crash_reporter
    _crash_reporter = CrashReporter()
    install_excepthooks(show=_crash_reporter.report, explain=_crash_reporter.explain)
    return _crash_reporter


_crash_reporter: CrashReporter | None = None


def offer_crash_logs(parent: QWidget | None = None) -> int:
    """Crash logs of an earlier run that the user has not seen: show them once, mark them
    seen. Returns how many there were."""
    from adviesraad_app.crash import crash_dir, mark_seen, read_crash_log, unseen_crash_logs

    logs = unseen_crash_logs()
    if not logs:
        return 0
    from adviesraad_app.gui.safety.crash_dialog import CrashDialog

    shown = logs[-5:]  # the newest few; all of them are in the folder
    details = "\n\n".join(f"=== {log.name} ===\n{read_crash_log(log)}" for log in shown)
    if len(logs) > len(shown):
        details = (
            translate("App", "{n} foutverslagen; hieronder de nieuwste {shown}.").format(
                n=len(logs), shown=len(shown)
            )
            + "\n\n"
            + details
        )
    CrashDialog(details, crash_dir(), earlier=True, parent=parent).exec()
    for log in logs:
        mark_seen(log)
    return len(logs)


def _remembered_path() -> Path | None:
    from adviesraad_app.gui.common.preferences import app_settings

    value = app_settings().value("database/path")
    return Path(str(value)) if value else None


def _remember_path(path: Path) -> None:
    from adviesraad_app.gui.common.preferences import app_settings

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
        from adviesraad_app.gui.shell.demo import DEMO_DB_NAME

        return data_dir() / DEMO_DB_NAME, False
    remembered = _remembered_path()
    if remembered is not None:
        return remembered, True
    return resolve_db_path(None), True


def open_register(
    path: Path,
    *,
    create: bool,
    parent: QWidget | None = None,
    notes: list[str] | None = None,
) -> RegisterService | None:
    """Open a register; when that fails, explain (without touching the file) and offer a
    backup, another file, a new register, trying again, or quitting. ``None``: quit.

    What a restore did is appended to ``notes`` (for a banner in the window).
    """
    from adviesraad_app.services.safety.diagnosis import OpenDiagnosis
    from adviesraad_app.services.safety.diagnosis import open_register as open_or_diagnose

    while True:
        opened = open_or_diagnose(path, create=create)
        if not isinstance(opened, OpenDiagnosis):
            return opened
        # A register that does not open: the dialogs and the backups (not needed otherwise).
        from adviesraad_app.gui.common.operations import Op
        from adviesraad_app.gui.safety.dialogs import (
            confirm_restore,
            describe_backup,
            restore_text,
        )
        from adviesraad_app.gui.safety.open_problem import OpenChoice, OpenProblemDialog
        from adviesraad_app.services.safety.backups import restore_backup

        dialog = OpenProblemDialog(opened, parent)
        choice = dialog.ask()
        if choice == OpenChoice.RESTORE:
            source = dialog.selected_backup()
            if source is None or not confirm_restore(
                parent, describe_backup(source, list(opened.backups))
            ):
                continue
            restoring = Op(parent, functools.partial(restore_backup, path, source))
            if not restoring.titled(translate("App", "Terugzetten mislukt")).run():
                continue
            result = restoring.result
            assert result is not None
            if notes is not None:
                notes.append(restore_text(result))
            create = False
        elif choice == OpenChoice.OTHER:
            chosen = _ask_file(path, new=False)
            if chosen is not None:
                path, create = chosen, False
        elif choice == OpenChoice.NEW:
            chosen = _ask_file(path, new=True)
            if chosen is not None:
                path, create = chosen, True
        elif choice != OpenChoice.RETRY:
            return None


def _ask_file(near: Path, *, new: bool) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    if new:
        name, _f = QFileDialog.getSaveFileName(
            None,
            translate("App", "Nieuwe database"),
            str(near.parent / "register.sqlite3"),
            translate("App", "Adviesraad-database (*.sqlite3)"),
        )
    else:
        name, _f = QFileDialog.getOpenFileName(
            None,
            translate("App", "Database openen"),
            str(near.parent),
            translate("App", "Adviesraad-database (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)"),
        )
    return Path(name) if name else None


def _no_screen() -> bool:
    """On Linux without a display Qt would abort; say so in Dutch instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace) -> int:
    """Start the app: crash handling first, then one instance, the register, the window."""
    if _no_screen():
        from adviesraad_app.domain.errors import UserError

        raise UserError(
            translate(
                "App",
                "Er is geen beeldscherm gevonden om het programma te tonen (DISPLAY is niet "
                "gezet). Gebruik de opdrachtregel (adviesraad --help) of start het programma "
                "op een computer met een scherm.",
            )
        )
    from adviesraad_app.crash import configure_logging, start_fault_log, stop_fault_log

    configure_logging()
    start_fault_log()
    install_crash_handler()
    try:
        return _run_window(args)
    finally:
        stop_fault_log()


def start_request(args: argparse.Namespace) -> StartRequest:
    """What this start would ask of an instance that is already running."""
    from adviesraad_app.gui.shell.single_instance import StartRequest

    explicit = getattr(args, "db", None)
    try:
        cwd = os.getcwd()
    except OSError:
        cwd = ""
    return StartRequest(
        argv=sys.argv[1:], db=str(resolve_db_path(explicit)) if explicit else None, cwd=cwd
    )


def handle_second_start(window: MainWindow, request: StartRequest) -> None:
    """A second start: bring the window forward; open the register it asked for."""
    from adviesraad_app.gui.shell.single_instance import bring_to_front

    bring_to_front(window)
    if request.db and Path(request.db).resolve() != window.service.path.resolve():
        window.database_requested.emit(request.db, False)
    else:
        window.statusbar.showMessage(translate("App", "Adviesraad was al geopend."), 8000)


def _run_window(args: argparse.Namespace) -> int:
    resume_collector = hold_back()  # until the window is painted (gui/collector.py)
    try:
        return _open_window(args, resume_collector)
    finally:
        resume_collector()


def _open_window(args: argparse.Namespace, resume_collector: Callable[[], None]) -> int:
    from adviesraad_app.gui.common.language import apply_saved_language

    apply_saved_language()  # the language chosen in Instellingen, before Qt's translators
    app = create_application()
    from PySide6.QtCore import QTimer

    from adviesraad_app.gui.main_window import MainWindow
    from adviesraad_app.gui.shell.single_instance import claim, server_name

    server = claim(server_name(), start_request(args))
    if server is None:
        return 0  # the running app has the window; nothing opened twice
    try:
        path, keep = choose_path(args)
        notes: list[str] = []
        service = open_register(path, create=True, notes=notes)
        if service is None:
            return 1
        if getattr(args, "demo", False) and service.count() == 0:
            from adviesraad_app.services.demo import load_demo

            load_demo(service)
        window = MainWindow(service)

        def switch(name: str, create: bool) -> None:
            new = open_register(Path(name), create=create, parent=window)
            if new is None:
                return
            if not window.set_service(new):
                new.close()
            elif keep:
                _remember_path(new.path)

        from adviesraad_app.gui.shell import session_end

        session_end.install(app, window)  # Windows ending the session, an unattended update
        window.database_requested.connect(switch)
        server.request_received.connect(lambda request: handle_second_start(window, request))
        window.show()
        window.announce_overdue()
        for note in notes:  # what a restore at the start did
            from adviesraad_app.gui.safety.banner import NoticeBanner

            window.add_banner(NoticeBanner(note, kind="info", parent=window))
        session_end.announce_drafts(window)
        QTimer.singleShot(0, resume_collector)  # the window's first paint comes first
        QTimer.singleShot(0, lambda: offer_crash_logs(window))
        code = app.exec()  # type: ignore[attr-defined]
        window.service.close()
        return int(code)
    finally:
        server.close()


def run_selftest(args: argparse.Namespace) -> dict[str, object] | None:
    """Start the app offscreen, wait for the register's first rows: the timings (the CLI
    prints them as JSON), or ``None`` when the rows did not appear within a minute."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    resume_collector = hold_back()  # as when the app starts (gui/collector.py)
    started = time.perf_counter()
    age_at_start = process_age_ms()
    # Where the start-up time goes, phase by phase (ms since the previous mark).
    phases: dict[str, float] = {}
    mark = [started]

    def phase(name: str) -> None:
        now = time.perf_counter()
        phases[name] = round((now - mark[0]) * 1000, 1)
        mark[0] = now

    app = create_application()
    phase("qt_application")
    from PySide6.QtCore import QEvent, QObject, QTimer

    from adviesraad_app.gui.main_window import PAGE_REGISTER, MainWindow
    from adviesraad_app.services.register import RegisterService

    phase("imports")
    path = resolve_db_path(getattr(args, "db", None))
    service = RegisterService.open(path, create=False)
    phase("open_register")
    window = MainWindow(service, restore_state=False, initial_page=PAGE_REGISTER)
    phase("build_window")
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
        phase("show_and_first_paint")
        result.update(
            ms=round(elapsed + (age_at_start or 0.0), 1),
            phases_ms=phases,
            ms_in_app=round(elapsed, 1),
            # processor time of the whole process until now: what a busy machine inflates less
            cpu_ms=round(time.process_time() * 1000, 1),
            ms_before_app=round(age_at_start, 1) if age_at_start is not None else None,
            # the system-wide monotonic clock now, in seconds: a program that started this one
            # and read the same clock just before knows the start-up to the microsecond (the
            # process's age above is known to 10 ms only)
            clock_at_paint=time.monotonic(),
            rows_shown=window.register_view.model.rowCount(),
            advices=service.count(),
            database=str(path),
            platform=app.platformName(),  # type: ignore[attr-defined]
            version=__version__,
        )
        resume_collector()
        app.quit()  # type: ignore[attr-defined]

    watcher = FirstPaint()
    table.viewport().installEventFilter(watcher)
    window.show()
    QTimer.singleShot(60_000, app.quit)  # type: ignore[attr-defined]
    app.exec()  # type: ignore[attr-defined]
    resume_collector()
    service.close()
    return result if "ms" in result else None
