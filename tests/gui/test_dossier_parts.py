"""The parts of a dossier that are saved the moment they are added: documents, commitments,
extensions — each undoable."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from adviesraad_app.domain.documents import DocumentKind
from adviesraad_app.domain.extensions import TermKind
from adviesraad_app.domain.kinds import CommitmentStatus
from adviesraad_app.gui.common import dialogs


def wlc_dossier(window):  # type: ignore[no-untyped-def]
    advice_id = next(r.id for r in window.service.register() if "Werk- en Leercentrum" in r.title)
    dialog = window.open_dossier(advice_id)
    assert dialog is not None
    return dialog


def test_drop_a_document_and_undo(demo_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = wlc_dossier(demo_window)
    letter = tmp_path / "Reactie college 5 november 2024.pdf"
    letter.write_bytes(b"%PDF-1.4 brief")
    dialog.documentKind.setCurrentIndex(dialog.documentKind.findData(DocumentKind.REPLY))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(letter))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(event)
    assert dialog.tabs.currentWidget() is dialog.documentsTab
    assert dialog.documentsModel.rowCount() == 1
    document = dialog.documentsModel.payload[0]
    assert document.kind == DocumentKind.REPLY
    assert demo_window.service.document_path(document).read_bytes() == b"%PDF-1.4 brief"
    demo_window.actionUndo.trigger()
    assert dialog.documentsModel.rowCount() == 0
    demo_window.actionRedo.trigger()
    assert dialog.documentsModel.rowCount() == 1
    dialog.documentsTable.selectRow(0)
    qtbot.mouseClick(dialog.deleteDocument, Qt.MouseButton.LeftButton)
    assert dialog.documentsModel.rowCount() == 0
    demo_window.actionUndo.trigger()
    assert dialog.documentsModel.rowCount() == 1


def test_add_commitment_through_its_dialog(demo_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = wlc_dossier(demo_window)
    before = dialog.commitmentsModel.rowCount()

    def fill(self):  # type: ignore[no-untyped-def]
        self.text.setPlainText("Wij informeren u vóór 1 maart over de overname.")
        self.dueDate.setText("1-3-2025")
        self._accept()
        return 1

    monkeypatch.setattr(dialogs.CommitmentDialog, "exec", fill)
    from adviesraad_app.gui.dossier.close_commitment import CloseCommitmentDialog

    def accept(self):  # type: ignore[no-untyped-def]
        self._accept()
        return int(self.closing is not None)

    monkeypatch.setattr(CloseCommitmentDialog, "exec", accept)
    qtbot.mouseClick(dialog.addCommitment, Qt.MouseButton.LeftButton)
    assert dialog.commitmentsModel.rowCount() == before + 1
    added = dialog.commitmentsModel.payload[-1]
    assert added.due_date == date(2025, 3, 1) and added.status == CommitmentStatus.OPEN
    dialog.commitmentsTable.clearSelection()
    assert not dialog.commitmentDone.isEnabled() and not dialog.deleteCommitment.isEnabled()
    dialog.commitmentsTable.selectRow(before)
    assert dialog.commitmentDone.isEnabled() and dialog.deleteCommitment.isEnabled()
    qtbot.mouseClick(dialog.commitmentDone, Qt.MouseButton.LeftButton)
    assert dialog.commitmentsModel.payload[-1].status == CommitmentStatus.DONE
    demo_window.actionUndo.trigger()
    assert dialog.commitmentsModel.payload[-1].status == CommitmentStatus.OPEN


def test_adding_a_commitment_is_undone_and_redone(demo_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = wlc_dossier(demo_window)
    before = dialog.commitmentsModel.rowCount()

    def fill(self):  # type: ignore[no-untyped-def]
        self.text.setPlainText("Wij sturen u de evaluatie.")
        self._accept()
        return 1

    monkeypatch.setattr(dialogs.CommitmentDialog, "exec", fill)
    from adviesraad_app.gui.dossier.close_commitment import CloseCommitmentDialog

    def accept(self):  # type: ignore[no-untyped-def]
        self._accept()
        return int(self.closing is not None)

    monkeypatch.setattr(CloseCommitmentDialog, "exec", accept)
    qtbot.mouseClick(dialog.addCommitment, Qt.MouseButton.LeftButton)
    assert dialog.commitmentsModel.rowCount() == before + 1
    assert demo_window.actionUndo.text() == "&Ongedaan maken: Toezegging toevoegen"
    demo_window.actionUndo.trigger()
    assert dialog.commitmentsModel.rowCount() == before
    demo_window.actionRedo.trigger()
    assert dialog.commitmentsModel.rowCount() == before + 1
    assert dialog.commitmentsModel.payload[-1].text == "Wij sturen u de evaluatie."


def test_commitment_dialog_refuses_empty_text_and_bad_date(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dialogs.CommitmentDialog(None, reply_id=1)
    qtbot.addWidget(dialog)
    dialog.dueDate.setText("31-02-2025")
    dialog._accept()
    assert dialog.result() == 0
    assert dialog._errors["text"].text() and dialog._errors["due_date"].text()


def test_extend_a_term_keeps_the_original(demo_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    service = demo_window.service
    advice_id = next(
        r.id for r in service.register() if r.title == "Armoedebeleid en minimaregelingen"
    )
    dialog = demo_window.open_dossier(advice_id)
    original = service.current_term(advice_id, TermKind.REPLY)
    assert original is not None

    def fill(self):  # type: ignore[no-untyped-def]
        self.newDate.setDate(date(2027, 1, 15))
        self.reason.setPlainText("Collegebesluit na het kerstreces")
        self.agreedBy.setText("voorzitter")
        self._accept()
        return 1

    monkeypatch.setattr(dialogs.ExtensionDialog, "exec", fill)
    dialog.tabs.setCurrentWidget(dialog.termsTab)
    assert dialog.extendReply.isEnabled()
    qtbot.mouseClick(dialog.extendReply, Qt.MouseButton.LeftButton)
    assert dialog.extensionsModel.rowCount() == 1
    assert "verdaagd" in dialog.replyTermDetail.text()
    assert str(original.due.year) in dialog.replyTermDetail.text()
    term = service.current_term(advice_id, TermKind.REPLY)
    assert term is not None and term.due == date(2027, 1, 15) and term.original == original.due
    demo_window.actionUndo.trigger()
    assert dialog.extensionsModel.rowCount() == 0


def test_extension_dialog_needs_reason_and_later_date(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.domain.deadlines import Term

    dialog = dialogs.ExtensionDialog(None, 1, Term(TermKind.REPLY, date(2024, 9, 23)))
    qtbot.addWidget(dialog)
    dialog.newDate.setDate(date(2024, 9, 1))
    dialog._accept()
    assert dialog.extension is None
    assert dialog._errors["reason"].text() and dialog._errors["new_date"].text()


def test_history_tab_lists_changes(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = wlc_dossier(demo_window)
    dialog.title.setText("Werk- en Leercentrum blijft")
    assert dialog.save()
    texts = [row[1] for row in dialog.historyModel.rows]
    assert any("Onderwerp:" in t and "Werk- en Leercentrum blijft" in t for t in texts)


def test_internal_notes_are_marked(demo_window) -> None:  # type: ignore[no-untyped-def]
    dialog = wlc_dossier(demo_window)
    assert "komt niet in exports" in dialog.internalBanner.text()
    assert dialog.internalNotes.toPlainText()


def test_outcome_chosen_in_the_table_is_saved(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Through the real delegate: the combobox hands its choice back as text."""
    from PySide6.QtWidgets import QComboBox

    from adviesraad_app.domain.kinds import Outcome

    dialog = wlc_dossier(demo_window)
    dialog.tabs.setCurrentWidget(dialog.replyTab)
    table = dialog.outcomesTable
    index = dialog.outcomes.index(1, 1)
    delegate = table.itemDelegateForColumn(1)
    editor = delegate.createEditor(table.viewport(), None, index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    editor.setCurrentIndex(editor.findData(Outcome.NIET))
    delegate.setModelData(editor, dialog.outcomes, index)
    assert dialog.outcomes.data(index) == "niet overgenomen"
    dialog.outcomes.setData(dialog.outcomes.index(1, 2), "Geen budget")
    assert dialog.save()
    reply = demo_window.service.dossier(dialog.advice_id).reply
    assert reply.outcome_for(2).outcome == Outcome.NIET
    assert reply.outcome_for(2).reasons == "Geen budget"


def test_reasons_without_an_outcome_block_saving(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = wlc_dossier(demo_window)
    dialog.outcomes.setData(dialog.outcomes.index(0, 1), None)
    dialog.outcomes.setData(dialog.outcomes.index(0, 2), "Een motivering")
    assert not dialog.save()
    assert "geen uitkomst" in dialog.outcomesError.text()
    dialog._clean = dialog.snapshot()  # pytest-qt closes the window before fixtures tear down


def test_outcomes_stay_with_their_recommendation_when_others_move(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.domain.kinds import Outcome

    dialog = wlc_dossier(demo_window)  # 1 overgenomen, 2 kennisgenomen, 3 overgenomen
    texts = list(dialog.recommendations.texts)
    dialog.tabs.setCurrentWidget(dialog.recommendationsTab)
    dialog.recommendationsTable.setCurrentIndex(dialog.recommendations.index(0, 1))
    qtbot.mouseClick(dialog.removeRecommendation, Qt.MouseButton.LeftButton)
    dialog.recommendationsTable.setCurrentIndex(dialog.recommendations.index(1, 1))
    qtbot.mouseClick(dialog.moveUp, Qt.MouseButton.LeftButton)
    assert dialog.recommendations.texts == [texts[2], texts[1]]
    assert dialog.save()
    saved = demo_window.service.dossier(dialog.advice_id)
    by_text = {
        saved.advice.recommendation(o.recommendation_number).text: o.outcome
        for o in saved.reply.outcomes
    }
    assert by_text == {texts[2]: Outcome.OVERGENOMEN, texts[1]: Outcome.KENNISGENOMEN}


def dossier_with_commitments(window):  # type: ignore[no-untyped-def]
    service = window.service
    for row in service.register():
        dossier = service.dossier(row.id)
        if dossier.reply is not None and dossier.commitments:
            dialog = window.open_dossier(row.id)
            assert dialog is not None
            return dialog
    raise AssertionError("the demo register has a reply with commitments")


def test_delete_a_commitment_and_undo(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dossier_with_commitments(demo_window)
    dialog.tabs.setCurrentWidget(dialog.commitmentsTab)
    before = [c.id for c in dialog.commitmentsModel.payload]
    dialog.commitmentsTable.selectRow(0)
    gone = dialog.commitmentsModel.payload[0].id
    qtbot.mouseClick(dialog.deleteCommitment, Qt.MouseButton.LeftButton)
    assert gone not in [c.id for c in dialog.commitmentsModel.payload]
    assert demo_window.ops.undo_stack.canUndo()
    assert demo_window.actionUndo.shortcut().toString() == "Ctrl+Z"
    demo_window.actionUndo.trigger()
    assert [c.id for c in dialog.commitmentsModel.payload] == before
    assert gone in [c.id for c in demo_window.service.dossier(dialog.advice_id).commitments]


def test_delete_a_reply_and_undo(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = dossier_with_commitments(demo_window)
    service = demo_window.service
    reply = service.dossier(dialog.advice_id).reply
    commitments = [c.id for c in service.dossier(dialog.advice_id).commitments]
    dialog.tabs.setCurrentWidget(dialog.replyTab)
    assert reply is not None and dialog.deleteReplyButton.isVisible()
    qtbot.mouseClick(dialog.deleteReplyButton, Qt.MouseButton.LeftButton)
    assert service.dossier(dialog.advice_id).reply is None
    assert not dialog.deleteReplyButton.isVisible()
    demo_window.actionUndo.trigger()
    restored = service.dossier(dialog.advice_id)
    assert restored.reply is not None and restored.reply.id == reply.id
    assert [c.id for c in restored.commitments] == commitments
    assert dialog.deleteReplyButton.isVisible()
