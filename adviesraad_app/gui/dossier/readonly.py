"""A dossier of a register opened read-only: everything can be read, nothing invites a change
that could not be saved, and the dialog says why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from adviesraad_app.gui.common.operations import readonly_hint
from adviesraad_app.gui.common.widgets import DateEdit
from adviesraad_app.gui.forms.ui_dossier_dialog import Ui_DossierDialog


def apply_readonly(form: Ui_DossierDialog, widget: QWidget) -> None:
    for line in widget.findChildren(QLineEdit):
        line.setReadOnly(True)
    for text in widget.findChildren(QPlainTextEdit):
        text.setReadOnly(True)
    for control in [
        *widget.findChildren(QComboBox),
        *widget.findChildren(QCheckBox),
        *(date_edit.button for date_edit in widget.findChildren(DateEdit)),
        form.saveButton,
        form.newReplyButton,
        form.deleteReplyButton,
        form.addRecommendation,
        form.removeRecommendation,
        form.moveUp,
        form.moveDown,
        form.addCommitment,
        form.editCommitment,
        form.commitmentDone,
        form.commitmentLapsed,
        form.deleteCommitment,
        form.extendAdvice,
        form.extendReply,
        form.deleteExtension,
        form.addDocument,
        form.deleteDocument,
    ]:
        control.setEnabled(False)
    for table in (form.recommendationsTable, form.outcomesTable):
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    form.saveButton.setToolTip(readonly_hint())
    form.validationSummary.setStyleSheet("color:#5c4400;")
    form.validationSummary.setText(readonly_hint())
