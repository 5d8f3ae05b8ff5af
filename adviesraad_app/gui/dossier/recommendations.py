"""The "Aanbevelingen" tab: the numbered recommendations, edited in place, added, removed and
moved; the reply tab's outcomes follow them."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWidget

from adviesraad_app.gui.dossier.models import RecommendationsModel
from adviesraad_app.gui.dossier.state import DossierState, DossierTab
from adviesraad_app.gui.forms.ui_dossier_dialog import Ui_DossierDialog
from adviesraad_app.i18n import translate


class RecommendationsTab(DossierTab):
    def __init__(self, form: Ui_DossierDialog, widget: QWidget, state: DossierState) -> None:
        super().__init__(form, widget, state)
        self.model = RecommendationsModel()
        form.recommendationsTable.setModel(self.model)
        form.recommendationsTable.setColumnWidth(0, 50)
        form.recommendationsTable.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        form.recommendationsHint.setText(
            translate(
                "Dossier",
                "Dubbelklik op een aanbeveling (of kies hem en druk Enter of F2) om de tekst te "
                "wijzigen; Ctrl+Enter is klaar. De nummering volgt de volgorde.",
            )
        )
        form.addRecommendation.clicked.connect(self.add)
        form.removeRecommendation.clicked.connect(self.remove)
        form.moveUp.clicked.connect(lambda: self.move(-1))
        form.moveDown.clicked.connect(lambda: self.move(1))

    def add(self) -> None:
        table = self.form.recommendationsTable
        row = self.model.add("")
        index = self.model.index(row, 1)
        table.setCurrentIndex(index)
        table.edit(index)

    def _current(self) -> int:
        index = self.form.recommendationsTable.currentIndex()
        return index.row() if index.isValid() else -1

    def remove(self) -> None:
        self.model.remove(self._current())

    def move(self, offset: int) -> None:
        row = self.model.move(self._current(), offset)
        self.form.recommendationsTable.setCurrentIndex(self.model.index(row, 1))
