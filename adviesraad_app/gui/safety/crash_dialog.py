"""A bug, said plainly: the crash dialog (also offered at the next start) and the hook that
shows it for an exception from any thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QStyle,
    QWidget,
)

from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_crash_dialog import Ui_CrashDialog
from adviesraad_app.gui.safety.shared import icon_pixmap, open_folder
from adviesraad_app.i18n import translate

if TYPE_CHECKING:
    pass


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
            icon_pixmap(self, QStyle.StandardPixmap.SP_MessageBoxCritical)  # type: ignore[arg-type]
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
