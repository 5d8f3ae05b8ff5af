"""gui/dossier/readonly.py: a dossier of a read-only register can be read but invites no
change: every field read-only, every button that would write disabled, tables not editable,
and the reason said where the save button was."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.gui.common.operations import readonly_hint
from adviesraad_app.gui.common.widgets import DateEdit
from adviesraad_app.gui.dossier.readonly import apply_readonly


def test_everything_can_be_read_and_nothing_written(window: Any, qtbot: Any) -> None:
    advice = window.service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Alleen lezen",
            recommendations=renumber(["Lees dit."]),
        )
    )
    dialog = window.open_dossier(advice.id)
    assert not dialog.title.isReadOnly() and dialog.addDocument.isEnabled()  # writable before
    apply_readonly(dialog, dialog)

    assert all(line.isReadOnly() for line in dialog.findChildren(QLineEdit))
    assert all(text.isReadOnly() for text in dialog.findChildren(QPlainTextEdit))
    assert not any(box.isEnabled() for box in dialog.findChildren(QComboBox))
    assert not any(box.isEnabled() for box in dialog.findChildren(QCheckBox))
    assert not any(field.button.isEnabled() for field in dialog.findChildren(DateEdit))
    for name in (
        "saveButton",
        "newReplyButton",
        "addRecommendation",
        "addCommitment",
        "extendAdvice",
        "addDocument",
        "deleteDocument",
    ):
        assert not getattr(dialog, name).isEnabled(), name
    none = QAbstractItemView.EditTrigger.NoEditTriggers
    assert dialog.recommendationsTable.editTriggers() == none
    assert dialog.outcomesTable.editTriggers() == none
    assert dialog.saveButton.toolTip() == readonly_hint()
    assert dialog.validationSummary.text() == readonly_hint()
    assert dialog.title.text() == "Alleen lezen"  # still there to read
    dialog._clean = dialog.snapshot()
