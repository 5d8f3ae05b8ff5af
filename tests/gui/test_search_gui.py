"""Searching the register as a secretary does (issue 14): compound words, the reason a row
matched in its tooltip, and the hit marked in the dossier opened from the search."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.replies import Reply


def _titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.register_view.model
    return [model.data(model.index(row, 1)) for row in range(model.rowCount())]


def test_typing_part_of_a_compound_word_finds_it_and_says_where(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = window.service
    service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Ondersteuning van mantelzorgers")
    )
    service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Inkoop 2027",
            summary="Gemeenten kopen de specialistische jeugdzorg samen in, in de regio Twente.",
        )
    )
    service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Armoedebeleid"))
    window.focus_search()
    qtbot.keyClicks(window.register_view.searchEdit, "zorg")
    assert _titles(window) == ["Ondersteuning van mantelzorgers", "Inkoop 2027"]
    model = window.register_view.model
    tip = model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole)
    assert "samenvatting" in tip and "jeugd<b" in tip and ">zorg</b>" in tip
    first = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "onderwerp" in first and "mantel<b" in first
    window.register_view.searchEdit.clear()
    assert len(_titles(window)) == 3
    assert "Gevonden" not in model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)


def test_the_dossier_opened_from_a_search_marks_the_hit(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = window.service
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Werk",
            summary="Niets bijzonders",
            internal_notes="respijtzorg intern",
            sent_date=date(2024, 8, 12),
        )
    )
    assert advice.id is not None
    service.save_reply(
        Reply(advice_id=advice.id, date=date(2024, 9, 1), summary="Het college regelt respijtzorg")
    )
    window.focus_search()
    qtbot.keyClicks(window.register_view.searchEdit, "zorg")
    assert _titles(window) == ["Werk"]
    window.register_view.table.setCurrentIndex(window.register_view.model.index(0, 1))
    window.register_view._open_current()
    dialog = window.open_dossiers[advice.id]
    marks = dialog.replySummary.extraSelections()
    assert len(marks) == 1
    assert marks[0].cursor.selectedText() == "zorg"
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.replySummary)
    assert dialog.internalNotes.extraSelections() == []  # notes are not searched
    assert dialog.summary.extraSelections() == []
    assert dialog.snapshot() == dialog._clean  # marking changed nothing to save


class _Paints(QObject):
    """Counts the paint events of the widget it watches."""

    count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_keystroke_paints_the_register_once(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A new list is laid out at once, so each keystroke paints the table once, not twice
    (Qt would paint, lay out on a zero timer and paint again)."""
    view = demo_window.register_view
    qtbot.waitExposed(demo_window)
    paints = _Paints()
    view.table.viewport().installEventFilter(paints)
    demo_window.focus_search()
    QApplication.processEvents()
    counts = []
    for char in "werk":
        before, rows = paints.count, view.model.rowCount()
        qtbot.keyClick(view.searchEdit, char)
        for _ in range(3):  # the zero timers too
            QApplication.processEvents()
        counts.append((paints.count - before, rows != view.model.rowCount()))
    assert any(changed for _count, changed in counts)
    assert all(count == 1 for count, changed in counts if changed), counts


def test_the_search_warm_up_walks_the_young_objects_while_nobody_types(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 14, speed: what the last keystrokes made (a list of hits in order, sets of ids)
    is walked by Python's cycle collector in the warm-up a moment after the list changed,
    not in the middle of the next keystroke."""
    import gc

    view = window.register_view
    qtbot.keyClicks(view.searchEdit, "werk")
    hits = view.model._ids
    young = {id(found) for generation in (0, 1) for found in gc.get_objects(generation)}
    assert id(hits) in young
    view._search_warmup.timeout.emit()  # the list has not changed for a moment
    assert gc.get_count()[1] == 0
    young = {id(found) for generation in (0, 1) for found in gc.get_objects(generation)}
    assert id(hits) not in young
    assert hits is view.model._ids


def test_a_search_shows_its_best_matches_at_the_top(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Scrolled down the register, a search starts at the top of its list (its best
    matches), not at the place the list before was scrolled to."""
    service = window.service
    for number in range(60):
        service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title=f"Armoede {number}"))
    service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Mantelzorg"))
    view = window.register_view
    view.reload()
    view.table.resize(600, 300)
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    qtbot.keyClicks(view.searchEdit, "armoede 1")
    assert bar.value() == 0
    assert view.model.rowCount() > 1
    bar.setValue(bar.maximum())
    scrolled = bar.value()
    qtbot.keyClicks(view.searchEdit, " ")  # the same words: the same list, where it was
    assert bar.value() == scrolled
