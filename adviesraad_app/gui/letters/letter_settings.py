"""Instellingen › Brieven en sjablonen: when the next step of a late reply is due, the
college's e-mail address, and the council's own Word template per kind of letter (kept until
OK; a template that is not a Word file or uses a field that does not exist is refused)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from adviesraad_app.domain.errors import ValidationError
from adviesraad_app.domain.reminders import LetterKind
from adviesraad_app.domain.settings import Settings
from adviesraad_app.gui.common.fitting import scroll_body
from adviesraad_app.gui.common.operations import Op
from adviesraad_app.gui.common.preferences import last_folder, remember_folder
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_letter_settings_dialog import Ui_LetterSettingsDialog
from adviesraad_app.services.letters.writing import check_template, default_template


class LetterSettingsDialog(QDialog, Ui_LetterSettingsDialog):
    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self._settings = settings
        self.result_settings: Settings | None = None
        self.secondReminderDays.setValue(settings.second_reminder_days)
        self.informCouncilDays.setValue(settings.inform_council_days)
        self.collegeEmail.setText(settings.college_email)
        self.templates = {
            kind: str(getattr(settings, f"template_{kind.value}")) for kind in LetterKind
        }
        for kind in LetterKind:
            self.kindCombo.addItem(kind.label.capitalize(), kind)
        self.kindCombo.currentIndexChanged.connect(self._show_kind)
        self.templatePath.textEdited.connect(self._path_edited)
        self.chooseTemplate.clicked.connect(self._choose)
        self.defaultTemplate.clicked.connect(lambda: self._set_path(""))
        self.saveDefault.clicked.connect(self._save_default)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.hide()
        self.note.setStyleSheet("color: #555;")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._show_kind()
        self.setMinimumWidth(600)
        scroll_body(self.mainLayout, self.buttons)
        prepare_window(self)

    def kind(self) -> LetterKind:
        return LetterKind(self.kindCombo.currentData())

    def _show_kind(self) -> None:
        self.templatePath.setText(self.templates[self.kind()])

    def _path_edited(self, text: str) -> None:
        self.templates[self.kind()] = text.strip()

    def _set_path(self, path: str) -> None:
        self.templatePath.setText(path)
        self._path_edited(path)

    def _choose(self) -> None:
        start = self.templatePath.text() or str(last_folder())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Sjabloon kiezen"), start, self.tr("Word-document (*.docx)")
        )
        if path:
            remember_folder(Path(path))
            self._set_path(path)

    def _save_default(self) -> None:
        """A copy of our template for this kind, to put the letterhead in."""
        kind = self.kind()
        suggestion = str(last_folder() / f"sjabloon {kind.value}.docx")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Standaardsjabloon opslaan"),
            suggestion,
            self.tr("Word-document (*.docx)"),
        )
        if not path:
            return
        try:
            shutil.copyfile(default_template(kind), path)
        except OSError as exc:
            from adviesraad_app.services.io_files import environment_error

            self._show_error(environment_error(exc).message)
            return
        remember_folder(Path(path))
        self._set_path(path)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _accept(self) -> None:
        for kind, path in self.templates.items():
            if not path:
                continue
            template = Path(path)
            problems: list[str] = []
            Op(self, partial(check_template, template)).tell(problems.append).run()
            if problems:
                self.kindCombo.setCurrentIndex(self.kindCombo.findData(kind))
                self._show_error(
                    self.tr("Sjabloon voor de {kind}: {message}").format(
                        kind=kind.label, message=problems[0]
                    )
                )
                self.templatePath.setFocus()
                return
        try:
            self.result_settings = replace(
                self._settings,
                second_reminder_days=self.secondReminderDays.value(),
                inform_council_days=self.informCouncilDays.value(),
                college_email=self.collegeEmail.text().strip(),
                template_ontvangstbevestiging=self.templates[LetterKind.ONTVANGSTBEVESTIGING],
                template_advies=self.templates[LetterKind.ADVIES],
                template_herinnering=self.templates[LetterKind.HERINNERING],
                template_raadsbericht=self.templates[LetterKind.RAADSBERICHT],
            )
        except ValidationError as exc:
            self._show_error(" ".join(e.message for e in exc.errors))
            return
        self.accept()
