"""Smaller dialogs: an extension of a term, a commitment, the question about unsaved changes.

(The settings are in ``gui/settings/``; the crash report and the other data-safety dialogs in
``gui/safety/``.)
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)

from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.dates import format_long
from adviesraad_app.domain.deadlines import Term
from adviesraad_app.domain.errors import ValidationError
from adviesraad_app.domain.extensions import Extension, TermKind
from adviesraad_app.domain.kinds import CommitmentStatus
from adviesraad_app.gui.common.widgets import ErrorLabel, add_error_label
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_commitment_dialog import Ui_CommitmentDialog
from adviesraad_app.gui.forms.ui_extension_dialog import Ui_ExtensionDialog


def show_field_errors(labels: dict[str, ErrorLabel], error: ValidationError | None) -> None:
    for name, label in labels.items():
        label.show_message(error.for_field(name) if error else None)


class ExtensionDialog(QDialog, Ui_ExtensionDialog):
    """Agree an extension (verdaging) of a term: new date, reason, who agreed."""

    def __init__(self, parent: QWidget, advice_id: int, term: Term) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self._advice_id = advice_id
        self._term = term
        what = term.kind.label
        self.termDescription.setText(
            self.tr("{what}; loopt nu tot {date}").format(what=what, date=format_long(term.due))
        )
        self.termDescription.setWordWrap(False)  # one line; wrapping cut the date off
        self.agreedOn.setDate(date.today())
        self._errors = {
            "new_date": add_error_label(self.form, self.newDate),
            "reason": add_error_label(self.form, self.reason),
            "agreed_by": add_error_label(self.form, self.agreedBy),
            "agreed_on": add_error_label(self.form, self.agreedOn),
        }
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.extension: Extension | None = None
        prepare_window(self)

    def _accept(self) -> None:
        problems = []
        for name, field in (("new_date", self.newDate), ("agreed_on", self.agreedOn)):
            message = field.error()
            if message:
                problems.append(name)
            self._errors[name].show_message(message)
        new_date = self.newDate.date()
        if new_date is None and not self.newDate.error():
            self._errors["new_date"].show_message(self.tr("Vul de nieuwe datum in."))
            return
        if problems or new_date is None:
            return
        try:
            self.extension = Extension(
                advice_id=self._advice_id,
                term=self._term.kind,
                new_date=new_date,
                reason=self.reason.toPlainText(),
                agreed_by=self.agreedBy.text(),
                previous_date=self._term.due,
                agreed_on=self.agreedOn.date(),
            )
        except ValidationError as exc:
            show_field_errors({k: v for k, v in self._errors.items() if k != "agreed_on"}, exc)
            return
        self.accept()


class CommitmentDialog(QDialog, Ui_CommitmentDialog):
    """Add or edit a commitment of the college."""

    def __init__(self, parent: QWidget, reply_id: int, existing: Commitment | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self._reply_id = reply_id
        self._existing = existing
        for status in CommitmentStatus:
            self.status.addItem(status.label, status)
        self._errors = {
            "text": add_error_label(self.form, self.text),
            "due_date": add_error_label(self.form, self.dueDate),
        }
        if existing is not None:
            self.setWindowTitle(self.tr("Toezegging bewerken"))
            self.text.setPlainText(existing.text)
            self.dueDate.setDate(existing.due_date)
            self.status.setCurrentIndex(self.status.findData(existing.status))
            self.note.setText(existing.note)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.commitment: Commitment | None = None
        prepare_window(self)

    def _accept(self) -> None:
        date_error = self.dueDate.error()
        self._errors["due_date"].show_message(date_error)
        try:
            base = self._existing or Commitment(reply_id=self._reply_id, text="x")
            self.commitment = replace(
                base,
                text=self.text.toPlainText().strip(),
                due_date=self.dueDate.date(),
                status=self.status.currentData(),
                note=self.note.text(),
            )
        except ValidationError as exc:
            self._errors["text"].show_message(exc.for_field("text"))
            return
        self._errors["text"].show_message(None)
        if date_error is None:
            self.accept()


def ask_save_changes(parent: QWidget) -> QMessageBox.StandardButton:
    """Save / discard / cancel, in Dutch, with saving as the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.tr("Niet opgeslagen wijzigingen"))
    box.setText(parent.tr("Er zijn wijzigingen die nog niet zijn opgeslagen. Nu opslaan?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.button(QMessageBox.StandardButton.Save).setText(parent.tr("Opslaan"))
    box.button(QMessageBox.StandardButton.Discard).setText(parent.tr("Niet opslaan"))
    box.button(QMessageBox.StandardButton.Cancel).setText(parent.tr("Annuleren"))
    return QMessageBox.StandardButton(box.exec())


TERM_KINDS = (TermKind.ADVICE, TermKind.REPLY)
