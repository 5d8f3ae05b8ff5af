"""The "Toezeggingen" tab: the college's commitments in its reply; added, changed, closed
(nagekomen / vervallen) and removed at once, each undoable."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHeaderView, QWidget

from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.domain.kinds import CommitmentStatus
from adviesraad_app.gui.common.dialogs import CommitmentDialog
from adviesraad_app.gui.dossier.models import RowsModel, selected_payload
from adviesraad_app.gui.dossier.state import DossierState, DossierTab
from adviesraad_app.gui.forms.ui_dossier_dialog import Ui_DossierDialog
from adviesraad_app.i18n import translate
from adviesraad_app.services.text.present import commitment_closing_text


class CommitmentsTab(DossierTab):
    def __init__(self, form: Ui_DossierDialog, widget: QWidget, state: DossierState) -> None:
        super().__init__(form, widget, state)
        self.model = RowsModel(
            [
                translate("Dossier", "Toezegging"),
                translate("Dossier", "Uiterlijk"),
                translate("Dossier", "Status"),
                translate("Dossier", "Notitie"),
            ]
        )
        table = form.commitmentsTable
        table.setModel(self.model)
        table.setColumnWidth(0, 420)
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def wire(self) -> None:
        form = self.form
        form.addCommitment.clicked.connect(self.add)
        form.editCommitment.clicked.connect(self.edit)
        form.commitmentsTable.doubleClicked.connect(self.edit)
        form.commitmentsTable.selectionModel().selectionChanged.connect(self.update_buttons)
        form.commitmentDone.clicked.connect(lambda: self.set_status(CommitmentStatus.DONE))
        form.commitmentLapsed.clicked.connect(lambda: self.set_status(CommitmentStatus.LAPSED))
        form.deleteCommitment.clicked.connect(self.delete)

    def fill(self, dossier: Dossier | None) -> None:
        form = self.form
        commitments = dossier.commitments if dossier else []
        self.model.set_rows(
            [
                [
                    c.text,
                    format_short(c.due_date)
                    or (
                        translate("Dossier", "open, zonder termijn")
                        if c.status == CommitmentStatus.OPEN
                        else translate("Dossier", "geen termijn")
                    ),
                    commitment_closing_text(c) or c.status.label,
                    c.note,
                ]
                for c in commitments
            ],
            list(commitments),
        )
        has_reply = dossier is not None and dossier.reply is not None
        form.commitmentsNote.setText(
            ""
            if has_reply
            else translate(
                "Dossier",
                "Toezeggingen horen bij een reactie van het college: registreer eerst de reactie.",
            )
        )
        form.commitmentsNote.setVisible(not has_reply)
        form.addCommitment.setEnabled(has_reply and not self.state.readonly)
        self.update_buttons()

    def update_buttons(self) -> None:
        """Acting on a commitment needs one to be chosen."""
        chosen = selected_payload(self.form.commitmentsTable, self.model)
        for button in (
            self.form.editCommitment,
            self.form.commitmentDone,
            self.form.commitmentLapsed,
            self.form.deleteCommitment,
        ):
            button.setEnabled(chosen is not None and not self.state.readonly)

    def add(self) -> None:
        dossier = self.state.dossier
        reply = dossier.reply if dossier else None
        if reply is None or reply.id is None:
            return
        dialog = CommitmentDialog(self.widget, reply.id)
        if dialog.exec() and dialog.commitment is not None:
            commitment, service = dialog.commitment, self.state.service
            self.state.ops.created(
                translate("Dossier", "Toezegging toevoegen"),
                lambda: service.save_commitment(commitment),
                service.delete_commitment,
                service.restore_commitment,
                parent=self.widget,
            )

    def edit(self, _index: QModelIndex | None = None) -> None:
        commitment = selected_payload(self.form.commitmentsTable, self.model)
        if commitment is None:
            return
        dialog = CommitmentDialog(self.widget, commitment.reply_id, commitment)
        if dialog.exec() and dialog.commitment is not None:
            new, service = dialog.commitment, self.state.service
            self.state.ops.undoable(
                translate("Dossier", "Toezegging wijzigen"),
                lambda: service.save_commitment(new),
                lambda: service.save_commitment(commitment),
                parent=self.widget,
            )

    def set_status(self, status: CommitmentStatus) -> None:
        commitment = selected_payload(self.form.commitmentsTable, self.model)
        if commitment is None or commitment.id is None or commitment.status == status:
            return
        from adviesraad_app.gui.dossier.close_commitment import change_commitment_status

        state = self.state
        change_commitment_status(
            self.widget, state.ops, state.service, commitment.id, status, state.today()
        )

    def delete(self) -> None:
        commitment = selected_payload(self.form.commitmentsTable, self.model)
        if commitment is None:
            return
        service = self.state.service
        self.state.ops.undoable(
            translate("Dossier", "Toezegging verwijderen"),
            lambda: service.delete_commitment(commitment.id),
            lambda: service.restore_commitment(commitment.id),
            parent=self.widget,
        )
