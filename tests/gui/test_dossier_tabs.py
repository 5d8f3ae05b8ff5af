"""The dossier as a dialog of tabs that share one state: what one tab learns (the advice is
saved, the reply is gone), the others act on; a failed save goes the one route for errors."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.gui.common import operations
from adviesraad_app.gui.dossier.keys import DossierKeys
from adviesraad_app.storage.errors import StorageError


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str | None]]:
    messages: list[tuple[str, str | None]] = []
    monkeypatch.setattr(
        operations, "show_error", lambda parent, text, title=None: messages.append((text, title))
    )
    return messages


def _wlc(window: Any) -> Any:
    advice_id = next(r.id for r in window.service.register() if "Werk- en Leercentrum" in r.title)
    dialog = window.open_dossier(advice_id)
    assert dialog is not None
    return dialog


def test_saving_a_new_advice_opens_the_other_tabs(window: Any, qtbot: Any) -> None:
    dialog = window.new_advice()
    assert dialog is not None and dialog.advice_id is None
    assert not dialog.addDocument.isEnabled()  # documents belong to a saved advice
    assert not dialog.newReplyButton.isEnabled()
    assert "Sla het advies eerst op" in dialog.replyNote.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData(AdviceKind.ONGEVRAAGD))
    dialog.title.setText("Toegankelijkheid van het gemeentehuis")
    dialog.sentDate.setText("2-9-2026")
    assert dialog.save()
    assert dialog.advice_id is not None
    assert dialog.state.advice_id == dialog.advice_id  # one state for every tab
    assert dialog.addDocument.isEnabled()
    assert dialog.newReplyButton.isEnabled()
    assert dialog.replyNote.text() == "Nog geen reactie van het college geregistreerd."
    assert dialog.extendReply.isEnabled()  # the reply term runs from the advice's date
    window.actionUndo.trigger()  # the registration goes to the waste basket
    assert window.service.count() == 0


def test_a_failed_save_is_said_once_in_dutch_and_keeps_the_edits(
    demo_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, shown: Any
) -> None:
    dialog = _wlc(demo_window)
    advice_id = dialog.advice_id
    before = demo_window.service.get_advice(advice_id).title
    dialog.title.setText("Een nieuwe titel")

    def locked(*_args: object) -> object:
        raise StorageError("De database is vergrendeld door een ander programma.")

    monkeypatch.setattr(demo_window.service, "save_dossier", locked)
    assert not dialog.save()
    assert shown == [
        ("De database is vergrendeld door een ander programma.", "Probleem met de database")
    ]
    assert dialog.is_dirty() and dialog.title.text() == "Een nieuwe titel"
    assert demo_window.service.get_advice(advice_id).title == before
    assert "opslaan" not in demo_window.actionUndo.text().lower()  # nothing to undo
    dialog.forget_changes()  # pytest-qt closes the window before the fixtures tear down


def test_a_reply_deleted_elsewhere_leaves_every_tab(
    demo_window: Any, qtbot: Any, shown: Any
) -> None:
    dialog = _wlc(demo_window)
    reply = dialog.dossier.reply
    assert reply is not None and dialog.commitmentsModel.rowCount() > 0
    demo_window.ops.run(lambda: demo_window.service.delete_reply(reply.id))
    assert dialog.dossier.reply is None
    assert not dialog.newReplyButton.isHidden()  # the reply tab offers a new one
    assert dialog.deleteReplyButton.isHidden()
    assert not dialog.addCommitment.isEnabled()  # commitments need a reply
    assert not dialog.commitmentsNote.isHidden()
    assert dialog.extendReply.isEnabled() == (dialog.dossier.reply_term is not None)
    assert shown == []


def test_the_keyboard_rules_need_only_the_form(demo_window: Any, qtbot: Any) -> None:
    dialog = _wlc(demo_window)
    keys = dialog.findChild(DossierKeys, "dossierKeys")
    assert keys is not None and keys.dialog is dialog
    dialog.tabs.setCurrentWidget(dialog.adviceTab)
    keys.change_tab(1)
    assert dialog.tabs.currentWidget() is dialog.recommendationsTab
    dialog.tabs.setCurrentWidget(dialog.replyTab)
    dialog.outcomesTable.setCurrentIndex(dialog.outcomes.index(0, 1))
    qtbot.keyClick(dialog.outcomesTable, Qt.Key.Key_N)  # "niet overgenomen"
    assert dialog.outcomes.outcomes()[0].outcome.value == "niet"
    dialog.forget_changes()
