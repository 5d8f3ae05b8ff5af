"""What the dossier's tabs share: the register, the operations runner, today, and the advice
being edited (``advice_id`` is ``None`` until a new advice is saved)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.gui.common.operations import Operations
from adviesraad_app.gui.dossier.readonly import apply_readonly
from adviesraad_app.gui.forms.ui_dossier_dialog import Ui_DossierDialog
from adviesraad_app.services.register import RegisterService


class DossierState:
    """Owned by the dialog and handed to each tab, so that a tab needs no dialog class."""

    def __init__(
        self,
        service: RegisterService,
        ops: Operations,
        advice_id: int | None,
        today: Callable[[], date],
    ) -> None:
        self.service = service
        self.ops = ops
        self.advice_id = advice_id
        self.today = today
        self.dossier: Dossier | None = None

    @property
    def saved(self) -> bool:
        return self.advice_id is not None

    @property
    def readonly(self) -> bool:
        return self.service.readonly


class DossierTab(QObject):
    """One tab of the dossier: its widgets (on ``form``), its behaviour, its item models.

    ``widget`` is the dialog as a plain widget (parent of messages and sub-dialogs); the tab
    knows the dialog only through ``form`` (the generated widgets) and ``state``.
    """

    def __init__(self, form: Ui_DossierDialog, widget: QWidget, state: DossierState) -> None:
        super().__init__(widget)
        self.form = form
        self.widget = widget
        self.state = state

    def apply_readonly(self) -> None:
        """On a read-only register, disable everything that would change it."""
        if self.state.readonly:
            apply_readonly(self.form, self.widget)
