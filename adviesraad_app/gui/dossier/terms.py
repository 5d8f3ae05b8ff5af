"""The "Termijnen" tab: the advice's and the reply's term in words, and the extensions
(verdagingen) agreed, added and withdrawn at once, each undoable."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.domain.extensions import TermKind
from adviesraad_app.domain.reminders import reminders_text
from adviesraad_app.gui.common.dialogs import ExtensionDialog
from adviesraad_app.gui.common.operations import show_error
from adviesraad_app.gui.dossier.models import RowsModel, selected_payload
from adviesraad_app.gui.dossier.state import DossierState, DossierTab
from adviesraad_app.gui.forms.ui_dossier_dialog import Ui_DossierDialog
from adviesraad_app.i18n import translate
from adviesraad_app.services.text.present import dossier_term_text, reply_lateness_text


class TermsTab(DossierTab):
    def __init__(self, form: Ui_DossierDialog, widget: QWidget, state: DossierState) -> None:
        super().__init__(form, widget, state)
        self.model = RowsModel(
            [
                translate("Dossier", "Termijn"),
                translate("Dossier", "Was"),
                translate("Dossier", "Wordt"),
                translate("Dossier", "Akkoord van"),
                translate("Dossier", "Afgesproken"),
                translate("Dossier", "Reden"),
            ]
        )
        form.extensionsTable.setModel(self.model)
        for label in (form.adviceTermDetail, form.replyTermDetail):
            label.setWordWrap(False)
        form.extensionsTable.setEditTriggers(form.extensionsTable.EditTrigger.NoEditTriggers)

    def wire(self) -> None:
        self.form.extendAdvice.clicked.connect(lambda: self.extend(TermKind.ADVICE))
        self.form.extendReply.clicked.connect(lambda: self.extend(TermKind.REPLY))
        self.form.deleteExtension.clicked.connect(self.delete)

    def show_terms(self, dossier: Dossier) -> None:
        """Both terms in words (on the Advies tab and here) and how long the reply took."""
        form = self.form
        today, soon = self.state.today(), self.state.service.settings.due_soon_days
        form.adviceTerm.setText(
            dossier_term_text(dossier, dossier.advice_term, today, soon)
            if dossier.advice_term
            else translate("Dossier", "geen (alleen bij een gevraagd advies met aanvraagdatum)")
        )
        form.replyTerm.setText(
            dossier_term_text(dossier, dossier.reply_term, today, soon)
            if dossier.reply_term
            else translate("Dossier", "loopt vanaf de datum van het advies")
        )
        form.adviceTermDetail.setText(form.adviceTerm.text())
        form.replyTermDetail.setText(form.replyTerm.text())
        form.replyLateness.setText(
            reply_lateness_text(dossier)
            + (" — " + reminders_text(dossier.reminders) if dossier.reminders else "")
            + (
                " "
                + (
                    translate("Dossier", "(1 dag na het advies)")
                    if dossier.reply_time_days == 1
                    else translate("Dossier", "({n} dagen na het advies)").format(
                        n=dossier.reply_time_days
                    )
                )
                if dossier.reply_time_days is not None
                else ""
            )
        )

    def fill(self, dossier: Dossier | None) -> None:
        form = self.form
        extensions = dossier.extensions if dossier else []
        self.model.set_rows(
            [
                [
                    e.term.label,
                    format_short(e.previous_date),
                    format_short(e.new_date),
                    e.agreed_by,
                    format_short(e.agreed_on),
                    e.reason,
                ]
                for e in extensions
            ],
            list(extensions),
        )
        saved = self.state.saved
        form.extendAdvice.setEnabled(
            saved
            and dossier is not None
            and dossier.advice_term is not None
            and dossier.advice.sent_date is None
        )
        form.extendReply.setEnabled(
            saved
            and dossier is not None
            and dossier.reply_term is not None
            and dossier.reply is None
        )
        form.deleteExtension.setEnabled(bool(extensions))

    def extend(self, term_kind: TermKind) -> None:
        advice_id, service = self.state.advice_id, self.state.service
        if advice_id is None:
            return
        term = service.current_term(advice_id, term_kind)
        if term is None:
            show_error(
                self.widget, translate("Dossier", "Voor deze termijn is (nog) geen datum bekend.")
            )
            return
        dialog = ExtensionDialog(self.widget, advice_id, term)
        if dialog.exec() and dialog.extension is not None:
            ext = dialog.extension
            self.state.ops.created(
                translate("Dossier", "Termijn verdagen"),
                lambda: service.extend_term(
                    advice_id, ext.term, ext.new_date, ext.reason, ext.agreed_by, ext.agreed_on
                ),
                service.delete_extension,
                service.restore_extension,
                parent=self.widget,
            )

    def delete(self) -> None:
        extension = selected_payload(self.form.extensionsTable, self.model)
        if extension is None:
            return
        service = self.state.service
        self.state.ops.undoable(
            translate("Dossier", "Verdaging intrekken"),
            lambda: service.delete_extension(extension.id),
            lambda: service.restore_extension(extension.id),
            parent=self.widget,
        )
