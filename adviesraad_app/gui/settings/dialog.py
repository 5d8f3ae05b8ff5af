"""Instellingen: the council, the terms, the themes, the language, and where the database is.

The non-working days have a dialog of their own (``non_working_days.py``), kept until OK.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from adviesraad_app.domain.errors import ValidationError
from adviesraad_app.domain.settings import Settings
from adviesraad_app.gui.common.dialogs import show_field_errors
from adviesraad_app.gui.common.fitting import scroll_body
from adviesraad_app.gui.common.language import (
    languages,
    restart_note,
    save_language,
    saved_language,
)
from adviesraad_app.gui.common.widgets import ErrorLabel, add_error_label
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_settings_dialog import Ui_SettingsDialog


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
            show_field_errors(self._errors, exc)
            self.themesError.show_message(exc.for_field("themes"))
            return
        save_language(str(self.language.currentData()))
        self.accept()
