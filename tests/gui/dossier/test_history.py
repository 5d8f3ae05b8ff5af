"""gui/dossier/history.py: the Geschiedenis tab lists every recorded change of the advice in
Dutch, newest first, and cannot be edited."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind


def _rows(model: Any) -> list[list[str]]:
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_changes_newest_first_in_dutch(window: Any, qtbot: Any) -> None:
    service = window.service
    advice = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Eerste titel"))
    service.update_advice(replace(service.get_advice(advice.id), title="Tweede titel"))
    dialog = window.open_dossier(advice.id)
    rows = _rows(dialog.historyModel)
    assert len(rows) == 2
    assert "Tweede titel" in rows[0][1] and "Eerste titel" in rows[0][1]
    assert rows[-1][1].lower().startswith("advies")
    assert rows[0][0] >= rows[1][0]  # moments, newest first
    assert dialog.historyTable.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert [dialog.historyModel.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == [
        "Wanneer",
        "Wijziging",
    ]


def test_the_tab_follows_a_change_made_elsewhere(window: Any, qtbot: Any) -> None:
    service = window.service
    advice = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Thema"))
    dialog = window.open_dossier(advice.id)
    assert dialog.historyModel.rowCount() == 1
    window.ops.run(
        lambda: service.update_advice(replace(service.get_advice(advice.id), theme="Wmo"))
    )
    qtbot.waitUntil(lambda: dialog.historyModel.rowCount() == 2, timeout=3000)
    assert "Wmo" in _rows(dialog.historyModel)[0][1]
