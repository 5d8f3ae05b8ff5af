"""Closing a commitment: nagekomen or vervallen, on which date, how, and with which document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QWidget

from adviesraad_app.domain.commitments import Commitment, closed
from adviesraad_app.domain.documents import Document
from adviesraad_app.domain.errors import ValidationError
from adviesraad_app.domain.kinds import CommitmentStatus
from adviesraad_app.gui.common.widgets import add_error_label
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_close_commitment_dialog import Ui_CloseCommitmentDialog
from adviesraad_app.i18n import translate

if TYPE_CHECKING:
    from adviesraad_app.services.register import RegisterService


@dataclass(frozen=True, slots=True)
class Closing:
    """What the secretary entered: passed on to ``RegisterService.set_commitment_status``."""

    status: CommitmentStatus
    closed_on: date
    note: str
    document_id: int | None


class CloseCommitmentDialog(QDialog, Ui_CloseCommitmentDialog):
    """Asks when and how a commitment was kept (or lapsed); checks it as the register will."""

    def __init__(
        self,
        parent: QWidget | None,
        commitment: Commitment,
        status: CommitmentStatus,
        reply_date: date,
        documents: list[Document],
        today: date,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self._commitment = commitment
        self._reply_date = reply_date
        self._today = today
        self._documents = frozenset(d.id for d in documents if d.id is not None)
        self.commitmentText.setText(commitment.text)
        for option in (CommitmentStatus.DONE, CommitmentStatus.LAPSED):
            self.status.addItem(option.label, option)
        self.status.setCurrentIndex(self.status.findData(status))
        self.closedOn.setDate(commitment.closed_on or today)
        self.closingNote.setText(commitment.closing_note)
        self.document.addItem(self.tr("(geen)"), None)
        for document in documents:
            self.document.addItem(f"{document.original_name} ({document.kind.label})", document.id)
        if commitment.document_id is not None:
            self.document.setCurrentIndex(self.document.findData(commitment.document_id))
        self._errors = {
            "closed_on": add_error_label(self.form, self.closedOn),
            "document_id": add_error_label(self.form, self.document),
        }
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.closing: Closing | None = None
        prepare_window(self)

    def _accept(self) -> None:
        date_error = self.closedOn.error()
        on = self.closedOn.date() or self._today
        status: CommitmentStatus = self.status.currentData()
        document_id: int | None = self.document.currentData()
        try:
            closed(
                self._commitment,
                status,
                reply_date=self._reply_date,
                today=self._today,
                closed_on=on,
                note=self.closingNote.text(),
                document_id=document_id,
                dossier_documents=self._documents,
            )
        except ValidationError as exc:
            self._errors["closed_on"].show_message(date_error or exc.for_field("closed_on"))
            self._errors["document_id"].show_message(exc.for_field("document_id"))
            return
        self._errors["closed_on"].show_message(date_error)
        if date_error is not None:
            return
        self.closing = Closing(status, on, self.closingNote.text().strip(), document_id)
        self.accept()


def ask_closing(
    parent: QWidget | None,
    commitment: Commitment,
    status: CommitmentStatus,
    reply_date: date,
    documents: list[Document],
    today: date,
) -> Closing | None:
    """Show the dialog; the closing entered, or None when cancelled."""
    dialog = CloseCommitmentDialog(parent, commitment, status, reply_date, documents, today)
    return dialog.closing if dialog.exec() else None


def change_commitment_status(
    window: QWidget,
    ops: Any,
    service: RegisterService,
    commitment_id: int,
    status: CommitmentStatus,
    today: date,
) -> bool:
    """Re-open a commitment, or close it after asking when and how; one undoable step that
    undo puts back exactly as it was (status, date, note, document)."""
    before = service.get_commitment(commitment_id)
    if before.status == status and status == CommitmentStatus.OPEN:
        return False
    closing: Closing | None = None
    if status != CommitmentStatus.OPEN:
        reply = service.get_reply(before.reply_id)
        documents = service.documents_for(reply.advice_id)
        closing = ask_closing(window, before, status, reply.date, documents, today)
        if closing is None:
            return False

    def do() -> object:
        if closing is None:
            return service.set_commitment_status(commitment_id, CommitmentStatus.OPEN)
        return service.set_commitment_status(
            commitment_id,
            closing.status,
            closed_on=closing.closed_on,
            note=closing.note,
            document_id=closing.document_id,
            today=today,
        )

    result: bool = ops.undoable(
        translate("Commitments", "Status toezegging wijzigen"),
        do,
        lambda: service.save_commitment(before),
        parent=window,
    )
    return result
