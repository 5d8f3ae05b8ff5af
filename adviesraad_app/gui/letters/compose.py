"""*Brief opstellen…*: one of the council's letters for an advice, from the dossier or a
Termijnen row (docs/LETTERS.md).

The dialog chooses; :func:`services.letters.writing.write_letter` writes (and refuses what
does not fit, in Dutch, before any file exists). With *Als verstuurd vastleggen* the letter
becomes a document of the dossier and, for a reminder, a dated event of the advice; with
*E-mailconcept* an unsent ``.eml`` with the letter attached is written beside it and opened
(Outlook makes a new message of it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from adviesraad_app.domain.dates import format_long
from adviesraad_app.domain.kinds import CommitmentStatus
from adviesraad_app.domain.reminders import LetterKind, NextStep
from adviesraad_app.gui.common.fitting import scroll_body
from adviesraad_app.gui.common.operations import Op, Operations, show_error
from adviesraad_app.gui.common.preferences import last_folder, remember_folder
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_compose_letter_dialog import Ui_ComposeLetterDialog
from adviesraad_app.services.letters.fields import LetterRequest
from adviesraad_app.services.letters.writing import WrittenLetter, template_for
from adviesraad_app.services.register import RegisterService

if TYPE_CHECKING:
    from adviesraad_app.gui.common.window_api import FeatureWindow


def open_file(path: Path) -> None:
    """Open a file with the system's program (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def compose_letter(
    window: FeatureWindow,
    advice_id: int,
    *,
    kind: LetterKind | None = None,
    commitment_id: int | None = None,
    step: NextStep | None = None,
    parent: QWidget | None = None,
) -> ComposeLetterDialog:
    """Open the dialog for an advice of the main window's register; what was done goes to
    the status bar, and the lists are read again."""
    dialog = ComposeLetterDialog(
        parent or window,
        window.service,
        advice_id,
        ops=window.ops,
        kind=kind,
        commitment_id=commitment_id,
        step=step,
        today=window.dashboard_view.as_of,
    )
    if dialog.exec() and dialog.summary:
        window.statusbar.showMessage(dialog.summary, 15000)
    return dialog


def _file_name(kind: LetterKind, number: str, on: date) -> str:
    name = f"{kind.label.capitalize()} {number} {on.isoformat()}"
    return re.sub(r'[<>:"/\\|?*]', "-", name)


class ComposeLetterDialog(QDialog, Ui_ComposeLetterDialog):
    def __init__(
        self,
        parent: QWidget,
        service: RegisterService,
        advice_id: int,
        *,
        ops: Operations | None = None,
        kind: LetterKind | None = None,
        commitment_id: int | None = None,
        step: NextStep | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.service = service
        self.ops = ops
        self.advice_id = advice_id
        self.written: WrittenLetter | None = None
        self.draft: Path | None = None
        self.summary = ""  # what was done, for the status bar
        dossier = service.dossier(advice_id)
        self._number = dossier.advice.number
        self.adviceLine.setText(f"<b>{dossier.advice.number}</b> {dossier.advice.title}")
        for letter in LetterKind:
            self.kindCombo.addItem(letter.label.capitalize(), letter)
        self.aboutCombo.addItem(self.tr("de reactie van het college"), None)
        for commitment in dossier.commitments:
            if commitment.status == CommitmentStatus.OPEN and commitment.id is not None:
                text = commitment.text if len(commitment.text) <= 70 else commitment.text[:67] + "…"
                self.aboutCombo.addItem(
                    self.tr("toezegging: {text}").format(text=text), commitment.id
                )
        self.formatCombo.addItem(self.tr("PDF (om te versturen)"), ".pdf")
        self.formatCombo.addItem(self.tr("Word (.docx, om te bewerken)"), ".docx")
        self.letterDate.setDate(today())
        chosen = kind or (step.letter if step is not None else LetterKind.HERINNERING)
        self.kindCombo.setCurrentIndex(max(0, self.kindCombo.findData(chosen)))
        if commitment_id is not None:
            self.aboutCombo.setCurrentIndex(max(0, self.aboutCombo.findData(commitment_id)))
        if step is not None:
            self.stepNote.setText(self.tr("Volgende stap: {step}.").format(step=step.text(today())))
        else:
            self.stepNote.hide()
        self._folder = last_folder()
        self._output_edited = False
        self.outputPath.textEdited.connect(self._edited)
        self.kindCombo.currentIndexChanged.connect(self._refresh)
        self.formatCombo.currentIndexChanged.connect(self._refresh)
        # A Word letter is usually edited before it goes out: recording the unedited version
        # as sent would put the wrong text in the dossier, so it is not ticked for Word
        # (unless the user ticks it); a PDF is the letter as sent.
        self._record_chosen = False
        self.recordCheck.clicked.connect(self._record_clicked)
        self.formatCombo.currentIndexChanged.connect(self._format_changed)
        self.letterDate.changed.connect(self._refresh)
        self.browseButton.clicked.connect(self._browse)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Opstellen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.compose)
        self.buttons.rejected.connect(self.reject)
        if service.readonly:
            self.recordCheck.setChecked(False)
            self.recordCheck.setEnabled(False)
        self._refresh()
        self.setMinimumWidth(600)  # room for the file name; a 1024-pixel screen has it
        scroll_body(self.mainLayout, self.buttons)
        prepare_window(self)

    # -- what is chosen
    def kind(self) -> LetterKind:
        return LetterKind(self.kindCombo.currentData())

    def _edited(self) -> None:
        self._output_edited = True

    def _record_clicked(self) -> None:
        self._record_chosen = True

    def _format_changed(self) -> None:
        if self._record_chosen or not self.recordCheck.isEnabled():
            return
        self.recordCheck.setChecked(self.formatCombo.currentData() == ".pdf")

    def _refresh(self) -> None:
        kind = self.kind()
        self.aboutCombo.setEnabled(kind == LetterKind.HERINNERING and self.aboutCombo.count() > 1)
        if kind != LetterKind.HERINNERING:
            self.aboutCombo.setCurrentIndex(0)
        template = template_for(kind, self.service.settings)
        own = str(getattr(self.service.settings, f"template_{kind.value}", "")).strip()
        self.templateName.setText(
            template.name
            if own
            else self.tr("standaardsjabloon ({name})").format(name=template.name)
        )
        suffix = str(self.formatCombo.currentData())
        current = self.outputPath.text().strip()
        if self._output_edited and current:
            self.outputPath.setText(str(Path(current).with_suffix(suffix)))
            return
        on = self.letterDate.date() or date.today()
        self.outputPath.setText(str(self._folder / (_file_name(kind, self._number, on) + suffix)))

    def _browse(self) -> None:
        suffix = str(self.formatCombo.currentData())
        filters = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Word-document (*.docx)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Brief opslaan als"), self.outputPath.text(), filters
        )
        if path:
            self.outputPath.setText(path)
            self._output_edited = True

    # -- writing
    def compose(self) -> None:
        from adviesraad_app.reports.letter import write_letter
        from adviesraad_app.services.letters.eml_draft import write_draft

        if self.letterDate.error() or self.letterDate.date() is None:
            show_error(self, self.letterDate.error() or self.tr("Vul de datum van de brief in."))
            self.letterDate.setFocus()
            return
        on = self.letterDate.date()
        assert on is not None
        text = self.outputPath.text().strip()
        if not text:
            show_error(self, self.tr("Kies waar de brief moet komen."))
            self.outputPath.setFocus()
            return
        output = Path(text)
        kind = self.kind()
        commitment_id = self.aboutCombo.currentData() if kind == LetterKind.HERINNERING else None
        request = LetterRequest(kind, self.advice_id, on, commitment_id)
        record = self.recordCheck.isChecked()

        def write() -> None:
            self.written = write_letter(self.service, request, output, record=record)
            if self.emlCheck.isChecked():
                self.draft = write_draft(
                    output.with_suffix(".eml"),
                    self.written.subject,
                    self.written.path,
                    self.service.settings,
                    to_council=kind == LetterKind.RAADSBERICHT,
                )

        done = self.ops.run(write, parent=self) if self.ops is not None else Op(self, write).run()
        if not done or self.written is None:
            return
        document = self.written.document
        if self.ops is not None and document is not None and document.id is not None:
            # Ctrl+Z takes the recorded letter (and its reminder) out of the dossier again
            document_id, service = document.id, self.service
            self.ops.push_done(
                self.tr("Brief vastleggen"),
                lambda: service.restore_document(document_id),
                lambda: service.delete_document(document_id),
            )
        remember_folder(output)
        lines = [
            self.tr("De brief staat in {path}.").format(path=self.written.path),
        ]
        if self.written.document is not None:
            lines.append(
                self.tr("Vastgelegd in het dossier als brief van de raad van {date}.").format(
                    date=format_long(on)
                )
            )
        if self.draft is not None:
            lines.append(self.tr("Het e-mailconcept is geopend."))
            open_file(self.draft)
        self.summary = " ".join(lines)
        self.accept()
