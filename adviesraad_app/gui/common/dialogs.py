"""Smaller dialogs: an extension of a term, a commitment, the settings.

(The crash report and the other data-safety dialogs are in ``safety_dialogs.py``.)
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from adviesraad_app.domain.dates import format_long
from adviesraad_app.domain.deadlines import Term
from adviesraad_app.domain.errors import ValidationError
from adviesraad_app.domain.model import (
    Commitment,
    CommitmentStatus,
    Extension,
    Settings,
    TermKind,
)
from adviesraad_app.gui.common.fitting import scroll_body
from adviesraad_app.gui.common.language import (
    languages,
    restart_note,
    save_language,
    saved_language,
)
from adviesraad_app.gui.common.widgets import ErrorLabel, add_error_label
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_commitment_dialog import Ui_CommitmentDialog
from adviesraad_app.gui.forms.ui_extension_dialog import Ui_ExtensionDialog
from adviesraad_app.gui.forms.ui_settings_dialog import Ui_SettingsDialog


def _show_errors(labels: dict[str, ErrorLabel], error: ValidationError | None) -> None:
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
            _show_errors({k: v for k, v in self._errors.items() if k != "agreed_on"}, exc)
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


class SettingsDialog(QDialog, Ui_SettingsDialog):
    """Instellingen: the council, the terms, the themes, and where the database is."""

    open_other_requested = Signal()
    new_database_requested = Signal()

    def __init__(self, parent: QWidget, settings: Settings, database_path: str) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.councilName.setText(settings.council_name)
        self.municipality.setText(settings.municipality)
        self.adviceTermWeeks.setValue(settings.advice_term_weeks)
        self.replyTermWeeks.setValue(settings.reply_term_weeks)
        self.applyAtw.setChecked(settings.apply_termijnenwet)
        self.dueSoonDays.setValue(settings.due_soon_days)
        self.reminderDays.setValue(settings.reminder_days)
        self.openPdf.setChecked(settings.open_pdf_after_export)
        for theme in settings.themes:
            self._add_theme_item(theme)
        self.databasePath.setText(database_path)
        terms_note = QLabel(
            self.tr(
                "Een gewijzigde termijn geldt voor termijnen die vanaf nu beginnen; lopende en "
                "afgelopen termijnen houden de lengte die gold toen ze begonnen."
            )
        )
        terms_note.setWordWrap(True)
        terms_note.setStyleSheet("color: #555;")
        position: tuple[int, object] = self.form.getWidgetPosition(  # type: ignore[assignment]
            self.replyTermWeeks
        )
        self.form.insertRow(position[0] + 1, "", terms_note)
        # The rule in a note under a short check box: a long check box text cannot wrap and
        # made the dialog wider than a 1024-pixel screen.
        self.applyAtw.setText(self.tr("Algemene termijnenwet toepassen"))
        atw_note = QLabel(
            self.tr(
                "Een termijn die op een zaterdag, zondag of erkende feestdag eindigt, loopt door "
                "tot de eerstvolgende werkdag."
            )
        )
        atw_note.setWordWrap(True)
        atw_note.setStyleSheet("color: #555;")
        position = self.form.getWidgetPosition(self.applyAtw)  # type: ignore[assignment]
        self.form.insertRow(position[0] + 1, "", atw_note)
        self.language = QComboBox()
        for code, name in languages():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        language_note = QLabel(restart_note())
        language_note.setWordWrap(True)
        language_note.setStyleSheet("color: #555;")
        self.form.addRow(self.tr("Taal"), self.language)
        self.form.addRow("", language_note)
        for note in (terms_note, atw_note, language_note):
            # grow with the dialog (a form lets only expanding fields grow), wrap when narrow
            note.setMinimumWidth(200)
            note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Feestdagen en vrije dagen: the year's non-working days and the council's own days,
        # in a dialog of its own (its own form), kept until this dialog's OK.
        self._own_days = settings.own_days
        self.nonWorkingDays = QPushButton(self.tr("Feestdagen en eigen &vrije dagen…"))
        self.nonWorkingDays.clicked.connect(self._edit_non_working_days)
        atw_row: tuple[int, object] = self.form.getWidgetPosition(  # type: ignore[assignment]
            self.applyAtw
        )
        self.form.insertRow(atw_row[0] + 1, "", self.nonWorkingDays)
        # Brieven en sjablonen (docs/LETTERS.md): a dialog of its own, kept until this OK.
        self._letter_settings = settings
        self.letterSettings = QPushButton(self.tr("Brieven en &sjablonen…"))
        self.letterSettings.setObjectName("letterSettingsButton")
        self.letterSettings.clicked.connect(self._edit_letter_settings)
        position = self.form.getWidgetPosition(self.reminderDays)  # type: ignore[assignment]
        self.form.insertRow(position[0] + 1, "", self.letterSettings)
        self._database_path = database_path
        self._settings = settings
        self._errors = {
            "council_name": add_error_label(self.form, self.councilName),
        }
        self.themesError = ErrorLabel(self)
        self.themesLayout.addWidget(self.themesError)
        self.addTheme.clicked.connect(self._new_theme)
        self.removeTheme.clicked.connect(self._remove_theme)
        self.openOtherDatabase.clicked.connect(self._open_other)
        self.newDatabase.clicked.connect(self._new_database)
        self.showFolder.clicked.connect(self._show_folder)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.result_settings: Settings | None = None
        scroll_body(self.mainLayout, self.buttons)
        prepare_window(self)

    def _edit_non_working_days(self) -> None:
        from datetime import date

        from adviesraad_app.gui.settings.non_working_days import NonWorkingDaysDialog

        dialog = NonWorkingDaysDialog(self, self._own_days, date.today().year)
        if dialog.exec():
            self._own_days = dialog.own_days

    def _edit_letter_settings(self) -> None:
        from adviesraad_app.gui.letters.letter_settings import LetterSettingsDialog

        dialog = LetterSettingsDialog(self, self._letter_settings)
        if dialog.exec() and dialog.result_settings is not None:
            self._letter_settings = dialog.result_settings

    def _add_theme_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | item.flags().ItemIsEditable)
        self.themesList.addItem(item)
        return item

    def _new_theme(self) -> None:
        item = self._add_theme_item(self.tr("Nieuw thema"))
        self.themesList.setCurrentItem(item)
        self.themesList.editItem(item)

    def _remove_theme(self) -> None:
        for item in self.themesList.selectedItems():
            self.themesList.takeItem(self.themesList.row(item))

    def _show_folder(self) -> None:
        from pathlib import Path

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self._database_path).parent)))

    def _open_other(self) -> None:
        self.reject()
        self.open_other_requested.emit()

    def _new_database(self) -> None:
        self.reject()
        self.new_database_requested.emit()

    def _accept(self) -> None:
        themes = tuple(
            self.themesList.item(i).text().strip() for i in range(self.themesList.count())
        )
        try:
            self.result_settings = replace(
                self._settings,
                council_name=self.councilName.text().strip(),
                municipality=self.municipality.text().strip(),
                advice_term_weeks=self.adviceTermWeeks.value(),
                reply_term_weeks=self.replyTermWeeks.value(),
                apply_termijnenwet=self.applyAtw.isChecked(),
                due_soon_days=self.dueSoonDays.value(),
                reminder_days=self.reminderDays.value(),
                open_pdf_after_export=self.openPdf.isChecked(),
                themes=themes,
                own_days=self._own_days,
                second_reminder_days=self._letter_settings.second_reminder_days,
                inform_council_days=self._letter_settings.inform_council_days,
                college_email=self._letter_settings.college_email,
                template_ontvangstbevestiging=self._letter_settings.template_ontvangstbevestiging,
                template_advies=self._letter_settings.template_advies,
                template_herinnering=self._letter_settings.template_herinnering,
                template_raadsbericht=self._letter_settings.template_raadsbericht,
            )
        except ValidationError as exc:
            _show_errors(self._errors, exc)
            self.themesError.show_message(exc.for_field("themes"))
            return
        save_language(str(self.language.currentData()))
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
