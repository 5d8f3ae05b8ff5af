"""The small step before an export: what will be written, and whether confidential advices
and internal notes go with it (off unless the user ticks it: Woo/AVG)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_export_dialog import Ui_ExportDialog
from adviesraad_app.i18n import translate
from adviesraad_app.services.text.present import selection_text


def describe_selection(selection: RegisterFilter) -> str:
    """``het hele register`` or ``het register met het huidige filter: jaar 2024, …``."""
    parts = selection_text(selection)
    if parts == selection_text(RegisterFilter()):
        return translate("ExportDialog", "het hele register")
    return translate("ExportDialog", "het register met het huidige filter: {parts}").format(
        parts=parts
    )


class ExportDialog(QDialog, Ui_ExportDialog):
    """What an export takes, and the explicit choice to include confidential items.

    ``count_text(include_confidential)`` says how much will be written with that choice.
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        description: str,
        option: str,
        note: str,
        count_text: Callable[[bool], str],
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.setWindowTitle(title)
        self.description.setText(description)
        self.includeConfidential.setText(option)
        self.confidentialNote.setText(note)
        self.confidentialNote.setStyleSheet("color:#555;")
        self._count_text = count_text
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Opslaan als…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.includeConfidential.setChecked(False)
        self.includeConfidential.toggled.connect(self._update_count)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_count()
        prepare_window(self)

    def include_confidential(self) -> bool:
        return self.includeConfidential.isChecked()

    def _update_count(self) -> None:
        self.count.setText(self._count_text(self.include_confidential()))
