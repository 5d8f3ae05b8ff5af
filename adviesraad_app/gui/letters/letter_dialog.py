"""Brief importeren: what a letter of the college says, checked and corrected before saving.

The dialog shows the analysis of :func:`services.letters.analyse_letter` next to the letter's
text: the kind of letter, for a reply the advice it belongs to (the match and the
alternatives, each with its confidence in words), the reply's fields and the commitments it
seems to make; for a request the new solicited advice. Nothing is saved until "Opslaan";
then the reply (or advice) and the letter file are saved in one transaction
(:func:`save_reply_from_letter` / :func:`save_request_from_letter`) and :attr:`saved` is
emitted, so the caller can open the dossier. A letter without a recognisable header is shown
as such: nothing is filled in, nothing is guessed.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.errors import ValidationError
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.letter_fields import LetterType
from adviesraad_app.domain.letter_kind import advice_title_from_subject
from adviesraad_app.domain.letter_match import MatchCandidate
from adviesraad_app.domain.replies import Reply
from adviesraad_app.domain.status import validate_reply_against_advice
from adviesraad_app.gui.common.fitting import align_labels
from adviesraad_app.gui.common.operations import Op, Operations
from adviesraad_app.gui.common.widgets import DateEdit, ErrorLabel, add_error_label
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_letter_dialog import Ui_LetterDialog
from adviesraad_app.gui.letters.candidates import (
    CommitmentCandidatesModel,
    capitalised,
    confidence_word,
)
from adviesraad_app.gui.letters.letter_texts import heading_html, match_reasons, saved_message
from adviesraad_app.i18n import translate
from adviesraad_app.services.letters.model import LetterAnalysis, LetterSaved
from adviesraad_app.services.letters.reading import (
    refusal,
    save_reply_from_letter,
    save_request_from_letter,
)
from adviesraad_app.services.register import RegisterService

Index = QModelIndex | QPersistentModelIndex

NOTICE_STYLE = "background:#fff4dc; border:1px solid #e0c47a; border-radius:4px; padding:6px;"
PROBLEM_STYLE = "color:#b71c1c; font-weight:bold;"


# ---------------------------------------------------------------------- the dialog


class LetterDialog(QDialog, Ui_LetterDialog):
    """Check and correct a letter before it is saved; emits :attr:`saved` (advice id)."""

    saved = Signal(int)

    def __init__(
        self,
        parent: QWidget | None,
        service: RegisterService,
        ops: Operations,
        analysis: LetterAnalysis,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.service = service
        self.ops = ops
        self.analysis = analysis
        self.result_saved: LetterSaved | None = None
        self.saveButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancelButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.saveButton.setText(self.tr("Opslaan"))
        self.cancelButton.setText(self.tr("Annuleren"))
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.matchReasons.setStyleSheet("color:#555;")
        self.commitments = CommitmentCandidatesModel()
        self.commitmentsTable.setModel(self.commitments)
        header = self.commitmentsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.letterText.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.letterText.setLineWrapMode(self.letterText.LineWrapMode.NoWrap)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._errors: dict[str, ErrorLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._setup_errors()
        # one label column: switching the kind of letter does not move the fields
        align_labels(self.typeForm, self.replyForm, self.requestForm)
        for kind in (LetterType.REPLY, LetterType.REQUEST, LetterType.OTHER):
            self.letterType.addItem(capitalised(kind.label), kind)
        self._fill()
        self.letterType.currentIndexChanged.connect(self._type_changed)
        self.adviceCombo.currentIndexChanged.connect(self._advice_changed)
        self.adviceNumber.textChanged.connect(self._update_state)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._type_changed()
        prepare_window(self)

    # -- filling -------------------------------------------------------------------------

    def _setup_errors(self) -> None:
        reply_fields: dict[str, QWidget] = {
            "date": self.replyDate,
            "our_reference": self.ourReference,
            "case_number": self.caseNumber,
            "handled_by": self.handledBy,
            "signatories": self.signatories,
            "subject": self.replySubject,
        }
        request_fields: dict[str, QWidget] = {
            "title": self.requestTitle,
            "request_received": self.requestReceived,
            "requested_deadline": self.requestedDeadline,
            "request_reference": self.requestReference,
            "civil_servant": self.civilServant,
        }
        for name, widget in reply_fields.items():
            self._fields["reply." + name] = widget
            self._errors["reply." + name] = add_error_label(self.replyForm, widget)
        for name, widget in request_fields.items():
            self._fields["request." + name] = widget
            self._errors["request." + name] = add_error_label(self.requestForm, widget)

    def _fill(self) -> None:
        analysis = self.analysis
        f = analysis.fields
        source = analysis.source
        if source.ocr:
            # A scan read with OCR: said in the heading, above the text and in the notice.
            self.letterTextLabel.setText(
                translate(
                    "LetterDialog", "Tekst van de brief (tekstherkenning: controleer elk veld)"
                )
            )
        self.heading.setText(heading_html(analysis))
        self.notice.setText("\n".join(analysis.warnings))
        self.notice.setVisible(bool(analysis.warnings))
        self.letterText.setPlainText(source.text)
        self.letterType.setCurrentIndex(self.letterType.findData(f.letter_type))

        # The reply: the advice it belongs to, its fields, its commitments.
        sure = analysis.unambiguous
        for position, candidate in enumerate(analysis.candidates):
            word = confidence_word(candidate, sure and position == 0)
            text = translate("LetterDialog", "{number} ({word}) · {title}").format(
                number=candidate.number, title=candidate.title, word=word
            )
            if candidate.has_reply:
                text += " " + translate("LetterDialog", "(heeft al een reactie)")
            self.adviceCombo.addItem(text, candidate)
            self.adviceCombo.setItemData(
                position, text + "\n" + "; ".join(candidate.reasons), Qt.ItemDataRole.ToolTipRole
            )
        self.adviceCombo.addItem(translate("LetterDialog", "Ander advies: nummer invullen…"), None)
        self.adviceCombo.setCurrentIndex(0)
        self.replyDate.setDate(f.date)
        self.ourReference.setText(f.our_reference or "")
        self.caseNumber.setText(f.case_number or "")
        self.handledBy.setText(f.handled_by or "")
        self.signatories.setText(f.signatories or "")
        self.replySubject.setText(f.subject or "")
        self.commitments.set_candidates(f.commitments)
        self.commitmentsTable.resizeRowsToContents()
        if not f.commitments:
            self.commitmentsLabel.setText(
                translate(
                    "LetterDialog",
                    "Geen toezeggingen herkend. Toezeggingen kunt u later in het dossier "
                    "toevoegen.",
                )
            )
            self.commitmentsTable.hide()

        # The request: a new solicited advice.
        self.requestTitle.setText(advice_title_from_subject(f.subject) if f.subject else "")
        self.requestReceived.setDate(f.date)
        self.requestedDeadline.setDate(f.requested_deadline)
        self.requestedDeadlineNote.setVisible(f.requested_deadline_computed)
        if f.requested_deadline_computed and f.date is not None:
            self.requestedDeadlineNote.setText(
                translate(
                    "LetterDialog",
                    "Berekend: ‘{phrase}’ na de datum van de brief ({date}). Controleer de datum.",
                ).format(phrase=f.requested_deadline_phrase or "", date=format_short(f.date))
            )
        self.requestReference.setText(f.our_reference or "")
        self.civilServant.setText(f.handled_by or "")

    # -- state ---------------------------------------------------------------------------

    def letter_type(self) -> LetterType:
        value = self.letterType.currentData()  # Qt gives the enum back as its str value
        return LetterType(value) if value else LetterType.OTHER

    def _type_changed(self) -> None:
        page = {
            LetterType.REPLY: self.replyPage,
            LetterType.REQUEST: self.requestPage,
            LetterType.OTHER: self.otherPage,
        }[self.letter_type()]
        self.pages.setCurrentWidget(page)
        self._advice_changed()

    def chosen_candidate(self) -> MatchCandidate | None:
        value = self.adviceCombo.currentData()
        return value if isinstance(value, MatchCandidate) else None

    def _advice_changed(self) -> None:
        candidate = self.chosen_candidate()
        other = candidate is None
        self.replyForm.setRowVisible(self.adviceNumber, other)
        text = match_reasons(candidate, self.analysis)
        self.matchReasons.setText(text)
        self._update_state()

    def chosen_advice_id(self) -> int | None:
        candidate = self.chosen_candidate()
        if candidate is not None:
            return candidate.advice_id
        number = self.adviceNumber.text().strip()
        return self.service.find_advice_by_number(number) if number else None

    def blocking_problem(self) -> str | None:
        """Why the letter cannot be saved as it stands (the service's words where it has
        them); ``None`` when "Opslaan" may be tried."""
        kind = self.letter_type()
        analysis = self.analysis
        if kind == LetterType.OTHER:
            if analysis.fields.letter_type == LetterType.OTHER:
                return refusal(analysis, self.service)
            return translate(
                "LetterDialog",
                "Kies bij ‘Soort brief’ een reactie of een adviesaanvraag om op te slaan.",
            )
        if kind == LetterType.REQUEST:
            best = analysis.match
            if (
                analysis.fields.letter_type == LetterType.REQUEST
                and best is not None
                and analysis.unambiguous
            ):
                return refusal(analysis, self.service)
            return None
        number = self.adviceNumber.text().strip()
        advice_id = self.chosen_advice_id()
        if advice_id is None:
            if self.chosen_candidate() is None and number:
                return translate("LetterDialog", "Er is geen advies met nummer {number}.").format(
                    number=number
                )
            return translate("LetterDialog", "Kies het advies waarop deze brief reageert.")
        reading = Op(self, lambda: self.service.dossier(advice_id)).quiet()
        if not reading.run() or reading.result is None:  # deleted meanwhile, or in the bin
            return reading.error.message if reading.error is not None else None
        dossier = reading.result
        if dossier.reply is not None:
            # The register's own words when it refuses a second reply.
            return translate(
                "Register",
                "Advies {number} heeft al een reactie (van {date}). Pas die aan in het dossier.",
            ).format(number=dossier.advice.number, date=format_short(dossier.reply.date))
        if dossier.advice.sent_date is None:
            return translate(
                "Model",
                "Het advies heeft nog geen verzenddatum; vul die eerst in voordat u een "
                "reactie registreert.",
            )
        return None

    def _update_state(self) -> None:
        problem = self.blocking_problem()
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        self.saveButton.setEnabled(problem is None)

    # -- saving --------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        for label in self._errors.values():
            label.show_message(None)

    def _show_field_errors(self, prefix: str, error: ValidationError) -> None:
        shown = False
        for item in error.errors:
            label = self._errors.get(f"{prefix}.{item.field}")
            if label is not None:
                label.show_message(item.message)
                shown = True
        if not shown:
            self.problem.setText(error.message)
            self.problem.show()

    def _date_problems(self, prefix: str, fields: dict[str, DateEdit]) -> bool:
        found = False
        for name, widget in fields.items():
            message = widget.error()
            if message:
                self._errors[f"{prefix}.{name}"].show_message(message)
                found = True
        return found

    def save(self) -> bool:
        """Save what the form says; ``True`` when saved (the dialog then closes)."""
        self._clear_errors()
        self._update_state()
        if not self.saveButton.isEnabled():
            return False
        if self.letter_type() == LetterType.REQUEST:
            return self._save_request()
        return self._save_reply()

    def _save_reply(self) -> bool:
        advice_id = self.chosen_advice_id()
        if advice_id is None:
            return False
        if self._date_problems("reply", {"date": self.replyDate}):
            return False
        day = self.replyDate.date()
        if day is None:
            self._errors["reply.date"].show_message(
                translate("LetterDialog", "Vul de datum van de reactie in.")
            )
            return False
        try:
            reply = Reply(
                advice_id=advice_id,
                date=day,
                our_reference=self.ourReference.text().strip(),
                case_number=self.caseNumber.text().strip(),
                handled_by=self.handledBy.text().strip(),
                signatories=self.signatories.text().strip(),
                subject=self.replySubject.text().strip(),
            )
        except ValidationError as exc:
            self._show_field_errors("reply", exc)
            return False
        problems = validate_reply_against_advice(self.service.get_advice(advice_id), reply)
        if problems:
            self._errors["reply.date"].show_message(" ".join(problems))
            return False
        saved = self.ops.call(
            functools.partial(
                save_reply_from_letter,
                self.service,
                reply,
                self.commitments.chosen(),
                self.analysis.path,
                self.analysis.mail,
            ),
            parent=self,
        )
        return self._finish(saved)

    def _save_request(self) -> bool:
        dates = {
            "request_received": self.requestReceived,
            "requested_deadline": self.requestedDeadline,
        }
        if self._date_problems("request", dates):
            return False
        try:
            advice = Advice(
                kind=AdviceKind.GEVRAAGD,
                title=self.requestTitle.text().strip(),
                civil_servant=self.civilServant.text().strip(),
                request_received=self.requestReceived.date(),
                request_reference=self.requestReference.text().strip(),
                requested_deadline=self.requestedDeadline.date(),
            )
        except ValidationError as exc:
            self._show_field_errors("request", exc)
            return False
        saved = self.ops.call(
            functools.partial(
                save_request_from_letter,
                self.service,
                advice,
                self.analysis.path,
                self.analysis.mail,
            ),
            parent=self,
        )
        return self._finish(saved)

    def _finish(self, saved: LetterSaved | None) -> bool:
        if saved is None:
            self._update_state()
            return False
        self.result_saved = saved
        self.accept()
        self.saved.emit(saved.advice_id)
        return True

    def saved_message(self) -> str:
        """What was saved, for the status bar."""
        return saved_message(self.result_saved)
