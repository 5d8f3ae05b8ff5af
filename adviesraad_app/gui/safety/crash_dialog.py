"""A bug, said plainly: the crash dialog (also offered at the next start). The hook that
shows it for an exception from any thread is ``crash_hook.py``, installed at start-up; this
module is imported when a dialog is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_crash_dialog import Ui_CrashDialog
from adviesraad_app.gui.safety.shared import icon_pixmap, open_folder
from adviesraad_app.i18n import translate

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
