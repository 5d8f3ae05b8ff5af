"""Where the dossier shows what is wrong: a red line under each field, a summary above the
buttons, and the first wrong field revealed (its tab shown, the cursor in it)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from adviesraad_app.domain.errors import FieldError, ValidationError
from adviesraad_app.gui.common.widgets import DateEdit, ErrorLabel, add_error_label
from adviesraad_app.gui.forms.ui_dossier_dialog import Ui_DossierDialog
from adviesraad_app.i18n import translate
from adviesraad_app.services.text.present import count_text


def date_errors(fields: dict[str, QWidget]) -> list[FieldError]:
    """A field error for every date field whose text is not a date."""
    errors = []
    for name, widget in fields.items():
        if isinstance(widget, DateEdit) and widget.error():
            errors.append(FieldError(name, widget.error() or ""))
    return errors


def page_of(tabs: QTabWidget, widget: QWidget) -> QWidget | None:
    """The tab page that holds ``widget`` (``None`` when it is outside the tabs)."""
    page: QWidget | None = widget
    while page is not None and tabs.indexOf(page) < 0:
        page = page.parentWidget()
    return page


def reveal(tabs: QTabWidget, widget: QWidget) -> None:
    """Show the tab that holds ``widget`` and put the cursor in it."""
    page = page_of(tabs, widget)
    if page is not None:
        tabs.setCurrentWidget(page)
    widget.setFocus()


class DossierErrors:
    """The error labels of the advice and reply fields, and the summary line."""

    def __init__(self, form: Ui_DossierDialog, widget: QWidget) -> None:
        self.form = form
        self.advice_fields: dict[str, QWidget] = {
            "number": form.number,
            "kind": form.kind,
            "title": form.title,
            "theme": form.theme,
            "portfolio_holder": form.portfolioHolder,
            "civil_servant": form.civilServant,
            "working_group": form.workingGroup,
            "request_received": form.requestReceived,
            "request_reference": form.requestReference,
            "requested_deadline": form.requestedDeadline,
            "sent_date": form.sentDate,
            "reference": form.reference,
            "summary": form.summary,
        }
        self.advice_errors: dict[str, ErrorLabel] = {
            name: add_error_label(form.adviceForm, field)
            for name, field in self.advice_fields.items()
        }
        self.reply_fields: dict[str, QWidget] = {
            "date": form.replyDate,
            "our_reference": form.ourReference,
            "case_number": form.caseNumber,
            "handled_by": form.handledBy,
            "signatories": form.signatories,
            "subject": form.replySubject,
            "summary": form.replySummary,
        }
        self.reply_errors: dict[str, ErrorLabel] = {
            name: add_error_label(form.replyForm, field)
            for name, field in self.reply_fields.items()
        }
        self.recommendationsError = ErrorLabel(widget)
        form.recLayout.insertWidget(1, self.recommendationsError)
        self.outcomesError = ErrorLabel(widget)
        form.replyLayout.insertWidget(
            form.replyLayout.indexOf(form.outcomesTable) + 1, self.outcomesError
        )
        self.internalError = ErrorLabel(widget)
        form.internalLayout.addWidget(self.internalError)
        form.validationSummary.setStyleSheet("color:#b71c1c; font-weight:bold;")
        for date_edit in widget.findChildren(DateEdit):
            date_edit.line.editingFinished.connect(self.validate_dates)

    def clear(self) -> None:
        for label in [
            *self.advice_errors.values(),
            *self.reply_errors.values(),
            self.recommendationsError,
            self.outcomesError,
            self.internalError,
        ]:
            label.show_message(None)
        self.form.validationSummary.clear()

    def validate_dates(self) -> None:
        for name, field in self.advice_fields.items():
            if isinstance(field, DateEdit):
                self.advice_errors[name].show_message(field.error())
        for name, field in self.reply_fields.items():
            if isinstance(field, DateEdit):
                self.reply_errors[name].show_message(field.error())

    def show(
        self, advice_error: ValidationError | None, reply_error: ValidationError | None
    ) -> None:
        form = self.form
        self.clear()
        first: QWidget | None = None
        count = 0
        for error in advice_error.errors if advice_error else []:
            count += 1
            label = self.advice_errors.get(error.field)
            if error.field == "recommendations":
                self.recommendationsError.show_message(error.message)
                first = first or form.recommendationsTable
            elif error.field == "internal_notes":
                self.internalError.show_message(error.message)
                first = first or form.internalNotes
            elif label is not None:
                label.show_message(error.message)
                first = first or self.advice_fields[error.field]
            else:
                self.advice_errors["title"].show_message(error.message)
                first = first or form.title
        for error in reply_error.errors if reply_error else []:
            count += 1
            name = "date" if error.field == "reply_date" else error.field
            if name == "outcomes":
                self.outcomesError.show_message(error.message)
                first = first or form.outcomesTable
            else:
                label = self.reply_errors.get(name, self.reply_errors["date"])
                label.show_message(error.message)
                first = first or self.reply_fields.get(name, form.replyDate)
        if count:
            form.validationSummary.setText(
                count_text(
                    count,
                    translate(
                        "Dossier", "Niet opgeslagen: 1 veld klopt niet (zie de rode melding)."
                    ),
                    translate(
                        "Dossier",
                        "Niet opgeslagen: {n} velden kloppen niet (zie de rode meldingen).",
                    ),
                )
            )
        if first is not None:
            reveal(form.tabs, first)
