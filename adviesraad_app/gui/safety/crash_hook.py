"""The hook that shows the crash dialog for an exception from any thread (installed at
start-up; the dialog, ``crash_dialog.py``, is imported when a crash is shown)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


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
            from adviesraad_app.gui.safety.crash_dialog import CrashDialog

            path = log_path if isinstance(log_path, Path) else None
            dialog = CrashDialog(text, path, parent=QApplication.activeWindow())
            dialog.exec()
            dialog.deleteLater()
        finally:
            self._showing = False
