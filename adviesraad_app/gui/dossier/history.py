"""The "Geschiedenis" tab: every recorded change of the advice, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from adviesraad_app.domain.dates import format_moment
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.gui.dossier.models import RowsModel
from adviesraad_app.gui.dossier.state import DossierState, DossierTab
from adviesraad_app.gui.forms.ui_dossier_dialog import Ui_DossierDialog
from adviesraad_app.i18n import translate
from adviesraad_app.services.text.present import history_text


class HistoryTab(DossierTab):
    def __init__(self, form: Ui_DossierDialog, widget: QWidget, state: DossierState) -> None:
        super().__init__(form, widget, state)
        self.model = RowsModel([translate("Dossier", "Wanneer"), translate("Dossier", "Wijziging")])
        table = form.historyTable
        table.setModel(self.model)
        table.setColumnWidth(0, 140)
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)

    def fill(self, dossier: Dossier | None) -> None:
        history = list(reversed(dossier.history)) if dossier else []
        self.model.set_rows([[format_moment(h.at), history_text(h)] for h in history], history)
