"""The "Advies" tab (the advice's own fields) and the "Intern" tab (internal notes): filled
from a saved advice, read back into an :class:`Advice`, compared for unsaved changes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QWidget

from adviesraad_app.domain.advices import Advice, Recommendation
from adviesraad_app.domain.errors import ValidationError
from adviesraad_app.domain.kinds import AdviceKind, ManualStatus
from adviesraad_app.gui.dossier.errors import date_errors
from adviesraad_app.gui.dossier.state import DossierState, DossierTab
from adviesraad_app.gui.forms.ui_dossier_dialog import Ui_DossierDialog
from adviesraad_app.i18n import translate

KEEP_OPEN = "keep_open"  # the "Open houden" choice of the status box (not a ManualStatus)


class AdviceDetails(DossierTab):
    def __init__(self, form: Ui_DossierDialog, widget: QWidget, state: DossierState) -> None:
        super().__init__(form, widget, state)
        for kind in AdviceKind:
            form.kind.addItem(kind.label, kind)
        form.manualStatus.addItem(translate("Dossier", "Volgt uit de gegevens"), None)
        form.manualStatus.addItem(translate("Dossier", "Afgerond"), ManualStatus.AFGEROND)
        form.manualStatus.addItem(translate("Dossier", "Vervallen"), ManualStatus.VERVALLEN)
        # Kept open by hand: stays "reactie ontvangen" even once every commitment is closed.
        form.manualStatus.addItem(translate("Dossier", "Open houden"), KEEP_OPEN)
        form.theme.addItems(state.service.themes())
        form.internalBanner.setStyleSheet(
            "background:#fff3cd; color:#5c4400; border:1px solid #e0c36a; padding:6px;"
            "font-weight:bold;"
        )
        for label in (form.adviceTerm, form.replyTerm):
            label.setWordWrap(False)
        form.summary.setMaximumHeight(130)

    def wire(self) -> None:
        self.form.kind.currentIndexChanged.connect(self.kind_changed)

    def load_new(self, kind: AdviceKind) -> None:
        form = self.form
        form.kind.setCurrentIndex(form.kind.findData(kind))
        form.number.setPlaceholderText(
            translate("Dossier", "wordt toegekend bij opslaan (bijv. {example})").format(
                example=self.state.service.next_number(self.state.today().year)
            )
        )
        form.theme.setCurrentIndex(-1)
        form.theme.setCurrentText("")

    def load(self, a: Advice) -> None:
        form = self.form
        form.number.setText(a.number)
        form.kind.setCurrentIndex(form.kind.findData(a.kind))
        form.title.setText(a.title)
        form.theme.setCurrentText(a.theme)
        form.portfolioHolder.setText(a.portfolio_holder)
        form.civilServant.setText(a.civil_servant)
        form.workingGroup.setText(a.working_group)
        form.requestReceived.setDate(a.request_received)
        form.requestReference.setText(a.request_reference)
        form.requestedDeadline.setDate(a.requested_deadline)
        form.sentDate.setDate(a.sent_date)
        form.reference.setText(a.reference)
        form.summary.setPlainText(a.summary)
        form.internalNotes.setPlainText(a.internal_notes)
        form.confidential.setChecked(a.confidential)
        form.published.setChecked(a.published)
        form.manualStatus.setCurrentIndex(
            form.manualStatus.findData(KEEP_OPEN if a.keep_open else a.manual_status)
        )

    def snapshot(self, recommendations: list[str]) -> tuple[Any, ...]:
        form = self.form
        return (
            form.number.text(),
            form.kind.currentData(),
            form.title.text(),
            form.theme.currentText(),
            form.portfolioHolder.text(),
            form.civilServant.text(),
            form.workingGroup.text(),
            form.requestReceived.text(),
            form.requestReference.text(),
            form.requestedDeadline.text(),
            form.sentDate.text(),
            form.reference.text(),
            form.summary.toPlainText(),
            form.internalNotes.toPlainText(),
            form.confidential.isChecked(),
            form.published.isChecked(),
            form.manualStatus.currentData(),
            tuple(recommendations),
        )

    def build(self, fields: dict[str, QWidget], recommendations: list[str]) -> Advice:
        """The advice as the form describes it; every problem at once as a ValidationError."""
        form = self.form
        errors = date_errors(fields)
        base = self.state.dossier.advice if self.state.dossier else None
        values: dict[str, Any] = {
            "kind": form.kind.currentData(),
            "title": form.title.text().strip(),
            "number": form.number.text().strip(),
            "theme": form.theme.currentText().strip(),
            "portfolio_holder": form.portfolioHolder.text().strip(),
            "civil_servant": form.civilServant.text().strip(),
            "working_group": form.workingGroup.text().strip(),
            "request_received": form.requestReceived.date(),
            "request_reference": form.requestReference.text().strip(),
            "requested_deadline": form.requestedDeadline.date(),
            "sent_date": form.sentDate.date(),
            "reference": form.reference.text().strip(),
            "summary": form.summary.toPlainText().strip(),
            "recommendations": tuple(
                Recommendation(i, t.strip()) for i, t in enumerate(recommendations, start=1)
            ),
            "internal_notes": form.internalNotes.toPlainText().strip(),
            "confidential": form.confidential.isChecked(),
            "published": form.published.isChecked(),
            "manual_status": (
                None
                if form.manualStatus.currentData() == KEEP_OPEN
                else form.manualStatus.currentData()
            ),
            "keep_open": form.manualStatus.currentData() == KEEP_OPEN,
        }
        try:
            advice = replace(base, **values) if base is not None else Advice(**values)
        except ValidationError as exc:
            seen = {e.field for e in errors}
            errors.extend(e for e in exc.errors if e.field not in seen)
        if errors:
            raise ValidationError(errors)
        return advice

    def kind_changed(self) -> None:
        form = self.form
        solicited = form.kind.currentData() == AdviceKind.GEVRAAGD
        for widget in (form.requestReceived, form.requestReference, form.requestedDeadline):
            widget.setEnabled(solicited)
        for name in ("requestReceived", "requestReference", "requestedDeadline", "adviceTerm"):
            label = getattr(form, f"{name}Label", None)
            if label is not None:
                label.setEnabled(solicited)
