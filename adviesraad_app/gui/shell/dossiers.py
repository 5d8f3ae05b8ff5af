"""The dossier dialogs the window opens: one per advice (asking again brings it forward), a
new advice, and closing them all (each asks about unsaved changes)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from adviesraad_app.gui.common.operations import attempt
from adviesraad_app.gui.common.window_api import FeatureWindow

if TYPE_CHECKING:  # imported when the first dossier opens, not at start-up
    from adviesraad_app.gui.dossier.dialog import DossierDialog


class Dossiers(QObject):
    """The window's dossier dialogs; ``open`` holds them by advice id (the window's
    ``open_dossiers``)."""

    def __init__(self, window: FeatureWindow) -> None:
        super().__init__(window)
        self._window = window
        self.open: dict[int, DossierDialog] = {}

    def new_advice(self) -> DossierDialog | None:
        window = self._window
        if window.refuse_readonly():
            return None
        from adviesraad_app.gui.dossier.dialog import DossierDialog

        dialog = DossierDialog(window, window.service, window.ops, None, today=window.today)
        dialog.saved.connect(self._saved)
        window.dossier_opened.emit(dialog)
        dialog.show()
        return dialog

    def _saved(self, advice_id: int) -> None:
        from adviesraad_app.gui.dossier.dialog import DossierDialog

        dialog = self.sender()
        if isinstance(dialog, DossierDialog):
            self.open[advice_id] = dialog
            dialog.finished.connect(lambda _r, i=advice_id: self.open.pop(i, None))
        self._window.refresh()

    def open_dossier(self, advice_id: int) -> DossierDialog | None:
        existing = self.open.get(advice_id)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        from adviesraad_app.gui.dossier.dialog import DossierDialog

        window = self._window
        dialog = attempt(  # None: a deleted or vanished advice (the message shown)
            lambda: DossierDialog(
                window, window.service, window.ops, advice_id, today=window.today
            ),
            parent=window,
        )
        if dialog is None:
            return None
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _r, i=advice_id: self.open.pop(i, None))
        self.open[advice_id] = dialog
        window.dossier_opened.emit(dialog)
        dialog.show()
        return dialog

    def open_found(self, advice_id: int, search: str) -> None:
        """A dossier opened from the register shows where the search matched."""
        dialog = self.open_dossier(advice_id)
        if dialog is not None and search.strip():
            dialog.highlight(search)

    def close_all(self) -> bool:
        """Close every dossier dialog (each asks about unsaved changes); ``False`` when the
        user kept one open."""
        # Closed dossiers are deleted too: they hold the register and follow ops.changed.
        for advice_id, dialog in list(self.open.items()):
            if dialog.isVisible() and not dialog.close():
                return False
            del self.open[advice_id]
            dialog.deleteLater()
        dialogs = sys.modules.get("adviesraad_app.gui.dossier.dialog")
        if dialogs is None:  # no dossier was ever made (and closing need not import one)
            return True
        for dialog in self._window.findChildren(dialogs.DossierDialog):
            if dialog.isVisible() and not dialog.close():
                return False
            dialog.deleteLater()
        return True
