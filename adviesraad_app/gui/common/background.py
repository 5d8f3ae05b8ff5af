"""Run a slow job (a database check, a repair) in a worker thread, answer in the GUI thread.

The job must open its own connection: SQLite connections belong to the thread that made them
(``RegisterService.open`` inside the job, never the window's service). The result or the
exception comes back through a queued Qt signal, so the slots run in the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class BackgroundJob(QObject):
    """One job in a daemon thread: :attr:`done` with its result or :attr:`failed` with the
    exception. Not parented, so it outlives a dialog that is closed while the job runs (the
    dialog's slots are then disconnected by Qt)."""

    done = Signal(object)
    failed = Signal(object)  # the exception, with its __traceback__

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._thread: threading.Thread | None = None

    def start(self, job: Callable[[], object]) -> None:
        self._thread = threading.Thread(target=self._run, args=(job,), name=self._name)
        self._thread.daemon = True  # a check must never keep a closed app alive
        self._thread.start()

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job ended (tests, closing); ``True`` when it did."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self, job: Callable[[], object]) -> None:
        try:
            result = job()
        except Exception as exc:
            self._emit(self.failed, exc)
        else:
            self._emit(self.done, result)

    @staticmethod
    def _emit(signal: object, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the application is already gone
            signal.emit(value)  # type: ignore[attr-defined]
