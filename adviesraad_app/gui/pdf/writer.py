"""Drawing one PDF in a worker thread (imported when an export starts, not at start-up)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread

from adviesraad_app.gui.common.operations import Op

if TYPE_CHECKING:
    from adviesraad_app.domain.errors import UserError
    from adviesraad_app.services.pdf.content import ExportResult, PdfContent


class PdfWriter(QThread):
    """Draws and saves one PDF off the GUI thread; :meth:`stop` cancels at the next step.

    The progress is a plain attribute (``step``) that the GUI thread reads with a timer: a
    signal emitted from Python (``Signal.emit``) costs PySide6 6.12 on Python 3.11 a reference
    to ``True`` each time, and a 10,000-advice overzicht reports hundreds of steps.
    """

    def __init__(self, content: PdfContent, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.path = path
        self.step: tuple[int, int] | None = None  # (done, total) of the layout, once started
        self.result: ExportResult | None = None
        self.error: UserError | None = None
        self.crash: BaseException | None = None
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def report(self, done: int, total: int) -> bool:
        """The service's progress callback (worker thread): ``False`` stops the export."""
        self.step = (done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        from adviesraad_app.reports.export import write_pdf

        # Quiet: no widget in this thread; the GUI thread shows ``error``.
        writing = Op(None, lambda: write_pdf(self.content, self.path, progress=self.report))
        try:
            writing.quiet().run()
        except Exception as exc:  # a bug: raised again in the GUI thread (crash dialog)
            self.crash = exc
            return
        self.result, self.error = writing.result, writing.error
