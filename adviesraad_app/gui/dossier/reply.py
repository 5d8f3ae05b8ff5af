"""The "Reactie college" tab: the college's reply with the outcome per recommendation.

The reply is edited in the form and saved with the advice; "Nieuwe reactie" starts one (once
the advice is saved and sent), "Reactie verwijderen" moves the saved one to the waste basket.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QHeaderView, QWidget

from adviesraad_app.domain.errors import FieldError, ValidationError
from adviesraad_app.domain.kinds import Outcome
from adviesraad_app.domain.replies import Reply
from adviesraad_app.gui.dossier.errors import date_errors
from adviesraad_app.gui.dossier.models import (
    OutcomeDelegate,
    OutcomesModel,
    RecommendationsModel,
)
from adviesraad_app.gui.dossier.state import DossierState, DossierTab
from adviesraad_app.gui.forms.ui_dossier_dialog import Ui_DossierDialog
from adviesraad_app.i18n import translate


class ReplyTab(DossierTab):
    def __init__(
        self,
        form: Ui_DossierDialog,
        widget: QWidget,
        state: DossierState,
        fields: dict[str, QWidget],
        recommendations: RecommendationsModel,
    ) -> None:
        super().__init__(form, widget, state)
        self.fields = fields  # the reply's own fields, by name (as in its ValidationError)
        self.recommendations = recommendations
        # whether the form holds a reply (saved, or started and not yet saved)
        self.active = False
        form.generalOutcome.addItem(
            translate("Dossier", "(niet van toepassing / per aanbeveling)"), None
        )
        for outcome in Outcome:
            form.generalOutcome.addItem(outcome.label, outcome)
        form.replyLateness.setWordWrap(False)
        form.replySummary.setMaximumHeight(130)
        self.outcomes = OutcomesModel()
        form.outcomesTable.setModel(self.outcomes)
        form.outcomesTable.setItemDelegateForColumn(1, OutcomeDelegate(form.outcomesTable))
        form.outcomesTable.setColumnWidth(0, 330)
        form.outcomesTable.setColumnWidth(1, 170)
        form.outcomesTable.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        form.newReplyButton.clicked.connect(self.start)
        form.deleteReplyButton.clicked.connect(self.delete)

    def set_reply(self, reply: Reply | None) -> None:
        form = self.form
        self.active = reply is not None
        form.replyDate.setDate(reply.date if reply else None)
        form.ourReference.setText(reply.our_reference if reply else "")
        form.caseNumber.setText(reply.case_number if reply else "")
        form.handledBy.setText(reply.handled_by if reply else "")
        form.signatories.setText(reply.signatories if reply else "")
        form.replySubject.setText(reply.subject if reply else "")
        form.replySummary.setPlainText(reply.summary if reply else "")
        form.generalOutcome.setCurrentIndex(
            form.generalOutcome.findData(reply.general_outcome) if reply else 0
        )
        self.outcomes.load(self.recommendations.entries(), reply)
        self.update_state()

    def update_state(self) -> None:
        """Enable the reply's fields when there is a reply, and say what comes first."""
        form, dossier = self.form, self.state.dossier
        saved = self.state.saved
        sent = dossier is not None and dossier.advice.sent_date is not None
        has_reply = dossier is not None and dossier.reply is not None
        for field in [*self.fields.values(), form.generalOutcome, form.outcomesTable]:
            field.setEnabled(self.active)
        form.newReplyButton.setVisible(not self.active)
        form.newReplyButton.setEnabled(saved and sent)
        form.deleteReplyButton.setVisible(has_reply)
        if not saved:
            note = translate(
                "Dossier",
                "Sla het advies eerst op; daarna kunt u de reactie van het college registreren.",
            )
        elif not sent:
            note = translate(
                "Dossier",
                "Vul eerst de datum van het advies (verzonden) in op het tabblad Advies "
                "en sla op; de reactietermijn loopt vanaf die datum.",
            )
        elif not self.active:
            note = translate("Dossier", "Nog geen reactie van het college geregistreerd.")
        else:
            note = ""
        form.replyNote.setText(note)
        form.replyNote.setVisible(bool(note))
        self.apply_readonly()

    def start(self) -> None:
        """'Nieuwe reactie': an empty reply with a row per recommendation."""
        self.active = True
        self.outcomes.set_rows(self.recommendations.entries(), {})
        self.update_state()
        self.form.replyDate.setFocus()

    def delete(self) -> None:
        dossier = self.state.dossier
        reply = dossier.reply if dossier else None
        if reply is None or reply.id is None:
            return
        reply_id, service = reply.id, self.state.service
        self.state.ops.undoable(
            translate("Dossier", "Reactie verwijderen"),
            lambda: service.delete_reply(reply_id),
            lambda: service.restore_reply(reply_id),
            parent=self.widget,
        )

    def snapshot(self) -> tuple[Any, ...]:
        form = self.form
        return (
            self.active,
            form.replyDate.text(),
            form.ourReference.text(),
            form.caseNumber.text(),
            form.handledBy.text(),
            form.signatories.text(),
            form.replySubject.text(),
            form.replySummary.toPlainText(),
            form.generalOutcome.currentData(),
            self.outcomes.outcomes(),
        )

    def build(self) -> Reply | None:
        """The reply as the form describes it (``None`` without one); a ValidationError with
        every problem at once."""
        if not self.active or self.state.advice_id is None:
            return None
        form = self.form
        errors = date_errors(self.fields)
        for number in self.outcomes.unrated_with_reasons():
            errors.append(
                FieldError(
                    "outcomes",
                    translate(
                        "Dossier",
                        "Bij aanbeveling {n} staat een motivering, maar geen uitkomst: kies de "
                        "uitkomst (of maak de motivering leeg).",
                    ).format(n=number),
                )
            )
        reply_date = form.replyDate.date()
        if reply_date is None and not errors:
            errors.append(
                FieldError("date", translate("Dossier", "Vul de datum van de reactie in."))
            )
        if errors:
            raise ValidationError(errors)
        assert reply_date is not None
        existing = self.state.dossier.reply if self.state.dossier else None
        values: dict[str, Any] = {
            "advice_id": self.state.advice_id,
            "date": reply_date,
            "our_reference": form.ourReference.text().strip(),
            "case_number": form.caseNumber.text().strip(),
            "handled_by": form.handledBy.text().strip(),
            "signatories": form.signatories.text().strip(),
            "subject": form.replySubject.text().strip(),
            "summary": form.replySummary.toPlainText().strip(),
            "outcomes": self.outcomes.outcomes(),
            "general_outcome": form.generalOutcome.currentData(),
        }
        return replace(existing, **values) if existing else Reply(**values)
