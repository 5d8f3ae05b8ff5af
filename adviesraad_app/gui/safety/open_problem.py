"""A register that cannot be opened: what is wrong, in a few words and in full, and the way
out (a backup, another file, a new register, trying again, quitting)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QStyle,
    QWidget,
)

from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_open_problem_dialog import Ui_OpenProblemDialog
from adviesraad_app.gui.safety.shared import icon_pixmap
from adviesraad_app.i18n import translate
from adviesraad_app.services.safety.diagnosis import OpenDiagnosis, OpenProblem

if TYPE_CHECKING:
    pass
from adviesraad_app.gui.safety.dialogs import fill_backups, selected_backup

# ---------------------------------------------------------------------------------- opening


class OpenChoice(Enum):
    RESTORE = "restore"
    OTHER = "other"
    NEW = "new"
    RETRY = "retry"
    QUIT = "quit"


RETRYABLE = frozenset({OpenProblem.LOCKED, OpenProblem.DISK, OpenProblem.READ_ONLY})


def headline(problem: OpenProblem) -> str:
    """The dialog's first line: what kind of problem, in a few words."""
    texts = {
        OpenProblem.NOT_A_DATABASE: translate("Safety", "Dit bestand is geen Adviesraad-database"),
        OpenProblem.DAMAGED: translate("Safety", "De database is beschadigd"),
        OpenProblem.TOO_NEW: translate(
            "Safety", "De database komt van een nieuwere versie van Adviesraad"
        ),
        OpenProblem.READ_ONLY: translate("Safety", "Er mag niet in de database worden geschreven"),
        OpenProblem.LOCKED: translate("Safety", "De database is bezet door een ander programma"),
        OpenProblem.MISSING: translate("Safety", "De database bestaat niet (meer)"),
        OpenProblem.DISK: translate("Safety", "De schijf gaf een fout"),
        OpenProblem.CANNOT_OPEN: translate("Safety", "De database kan niet worden geopend"),
    }
    return texts[problem]


class OpenProblemDialog(QDialog, Ui_OpenProblemDialog):
    """The register could not be opened: what is wrong, that nothing changed, and the ways out
    (restore a backup, another file, a new register, try again, quit)."""

    def __init__(self, diagnosis: OpenDiagnosis, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.diagnosis = diagnosis
        self.choice = OpenChoice.QUIT
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if diagnosis.problem in RETRYABLE
            else QStyle.StandardPixmap.SP_MessageBoxCritical
        )
        self.iconLabel.setPixmap(icon_pixmap(self, icon))  # type: ignore[arg-type]
        self.headline.setText(headline(diagnosis.problem))
        self.headline.setStyleSheet("font-size: 13pt; font-weight: bold;")
        unchanged = self.unchangedNote.text()
        message = " ".join(diagnosis.message.replace(unchanged, "").split())
        advice = " ".join(diagnosis.advice.replace(unchanged, "").split())
        self.message.setText(message)
        self.advice.setText(advice)
        self.unchangedNote.setStyleSheet("font-weight: bold;")
        can_restore = diagnosis.can_restore
        for widget in (self.backupsLabel, self.backupsTable):
            widget.setVisible(can_restore)
        self._bottom_gap(0 if can_restore else 12)
        if can_restore:
            fill_backups(self.backupsTable, list(diagnosis.backups), problems=False)
        self.restoreButton.setVisible(can_restore)
        self.retryButton.setVisible(diagnosis.problem in RETRYABLE)
        self.backupsTable.itemSelectionChanged.connect(self._update_buttons)
        self.backupsTable.itemDoubleClicked.connect(lambda *_: self._choose(OpenChoice.RESTORE))
        self.restoreButton.clicked.connect(lambda: self._choose(OpenChoice.RESTORE))
        self.otherButton.clicked.connect(lambda: self._choose(OpenChoice.OTHER))
        self.newButton.clicked.connect(lambda: self._choose(OpenChoice.NEW))
        self.retryButton.clicked.connect(lambda: self._choose(OpenChoice.RETRY))
        self.quitButton.clicked.connect(self.reject)
        default = self.restoreButton if can_restore else self.otherButton
        if diagnosis.problem in RETRYABLE:
            default = self.retryButton
        default.setDefault(True)
        default.setFocus()
        self._update_buttons()
        prepare_window(self)

    def _bottom_gap(self, height: int) -> None:
        """The form's bottom spacer, looked up when needed: the form keeps no Python wrapper
        of it (see tools/build_forms.py)."""
        layout = self.mainLayout
        for index in range(layout.count()):
            item = layout.itemAt(index)
            spacer = item.spacerItem() if item is not None else None
            if spacer is not None:
                spacer.changeSize(0, height)
                layout.invalidate()
                return

    def selected_backup(self) -> Path | None:
        return selected_backup(self.backupsTable)

    def _update_buttons(self) -> None:
        self.restoreButton.setEnabled(self.selected_backup() is not None)

    def _choose(self, choice: OpenChoice) -> None:
        if choice == OpenChoice.RESTORE and self.selected_backup() is None:
            return
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = OpenChoice.QUIT
        super().reject()

    def ask(self) -> OpenChoice:
        self.exec()
        return self.choice
