"""Issue 13, section 2 and 3 by keyboard alone (QTest key events, offscreen): the dossier's
keyboard rules, search into the results, acting on a Termijnen row, the welcome panel of an
empty register, the manual (F1) and the language choice."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from adviesraad_app.domain.kinds import Outcome
from adviesraad_app.gui.common.keyboard import mnemonic

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def open_wlc(window: Any, qtbot: Any) -> Any:
    advice_id = next(r.id for r in window.service.register() if "Werk- en Leercentrum" in r.title)
    dialog = window.open_dossier(advice_id)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_dossier_opens_without_putting_the_number_at_risk(demo_window: Any, qtbot: Any) -> None:
    dialog = open_wlc(demo_window, qtbot)
    number = dialog.number.text()
    assert focused() is not dialog.number
    qtbot.keyClick(focused(), KEY.Key_X)
    assert dialog.number.text() == number
    # Alt+letter of the number's label brings the focus, but the text is not selected
    dialog.number.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.wait(10)
    assert not dialog.number.hasSelectedText()
    dialog._clean = dialog.snapshot()


def test_ctrl_tab_changes_tab_and_focuses_its_first_field_also_from_a_table(
    demo_window: Any, qtbot: Any
) -> None:
    dialog = open_wlc(demo_window, qtbot)
    tabs = dialog.tabs
    tabs.setCurrentWidget(dialog.recommendationsTab)
    dialog.recommendationsTable.setFocus()
    qtbot.keyClick(dialog.recommendationsTable, KEY.Key_Tab, CTRL)
    assert tabs.currentWidget() is dialog.replyTab
    assert dialog.replyTab.isAncestorOf(focused())
    qtbot.keyClick(focused(), KEY.Key_Backtab, CTRL | SHIFT)
    assert tabs.currentWidget() is dialog.recommendationsTab
    # Tab leaves a table instead of walking its cells
    dialog.recommendationsTable.setFocus()
    qtbot.keyClick(dialog.recommendationsTable, KEY.Key_Tab)
    assert focused() is not dialog.recommendationsTable
    dialog._clean = dialog.snapshot()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_date_field_calendar_by_alt_down_and_not_a_tab_stop(demo_window: Any, qtbot: Any) -> None:
    dialog = open_wlc(demo_window, qtbot)
    field = dialog.sentDate
    assert field.button.focusPolicy() == Qt.FocusPolicy.NoFocus
    field.line.setFocus()
    qtbot.keyClick(field.line, KEY.Key_Tab)
    assert focused() is not field.button
    field.line.setFocus()
    qtbot.keyClick(field.line, KEY.Key_Down, ALT)
    menu = field.findChild(QMenu)
    assert menu is not None and menu.isVisible()
    menu.close()
    # the label's Alt+letter brings the focus into the date field
    dialog.title.setFocus()
    letter = mnemonic(dialog.sentDateLabel.text())
    assert letter is not None
    qtbot.keyClick(dialog.title, getattr(KEY, f"Key_{letter.upper()}"), ALT)
    assert focused() is field.line
    dialog._clean = dialog.snapshot()


def test_space_opens_no_list_and_replaces_no_text(demo_window: Any, qtbot: Any) -> None:
    dialog = open_wlc(demo_window, qtbot)
    dialog.kind.setFocus()
    before = dialog.kind.currentIndex()
    qtbot.keyClick(dialog.kind, KEY.Key_Space)
    assert not dialog.kind.view().isVisible() and dialog.kind.currentIndex() == before
    dialog.tabs.setCurrentWidget(dialog.recommendationsTab)
    table = dialog.recommendationsTable
    table.setFocus()
    table.setCurrentIndex(dialog.recommendations.index(0, 1))
    text = dialog.recommendations.texts[0]
    qtbot.keyClick(table, KEY.Key_Space)
    qtbot.keyClick(table, KEY.Key_A)
    assert dialog.recommendations.texts[0] == text
    dialog._clean = dialog.snapshot()


def test_outcome_per_recommendation_by_keyboard(demo_window: Any, qtbot: Any) -> None:
    dialog = open_wlc(demo_window, qtbot)
    dialog.tabs.setCurrentWidget(dialog.replyTab)
    table = dialog.outcomesTable
    table.setFocus()
    table.setCurrentIndex(dialog.outcomes.index(1, 1))
    qtbot.keyClick(table, KEY.Key_N)
    assert dialog.outcomes.rows[1][2] == Outcome.NIET
    qtbot.keyClick(table, KEY.Key_D)
    assert dialog.outcomes.rows[1][2] == Outcome.DEELS
    # F2: the list of outcomes as a cell editor; a space does not open it
    qtbot.keyClick(table, KEY.Key_F2)
    combo = focused()
    assert isinstance(combo, QComboBox)
    assert not combo.view().isVisible(), "before"
    qtbot.keyClick(combo, KEY.Key_Space)
    assert not combo.view().isVisible()
    qtbot.keyClick(combo, KEY.Key_Escape)
    # the reasons: Enter opens the cell's editor, typing fills it
    table.setCurrentIndex(dialog.outcomes.index(1, 2))
    qtbot.keyClick(table, KEY.Key_Return)
    editor = focused()
    assert editor is not None and editor is not table
    qtbot.keyClicks(editor, "Geen budget")
    qtbot.keyClick(editor, KEY.Key_Tab)
    assert dialog.save()
    reply = demo_window.service.dossier(dialog.advice_id).reply
    assert reply.outcome_for(2).outcome == Outcome.DEELS
    assert reply.outcome_for(2).reasons == "Geen budget"


def test_adding_a_recommendation_opens_a_multi_line_editor(demo_window: Any, qtbot: Any) -> None:
    dialog = open_wlc(demo_window, qtbot)
    dialog.tabs.setCurrentWidget(dialog.recommendationsTab)
    count = len(dialog.recommendations.texts)
    dialog.addRecommendation.setFocus()
    qtbot.keyClick(dialog.addRecommendation, KEY.Key_Space)
    editor = focused()
    assert isinstance(editor, QPlainTextEdit)
    assert editor.height() >= 4 * editor.fontMetrics().lineSpacing()
    qtbot.keyClicks(editor, "Eerste zin.")
    qtbot.keyClick(editor, KEY.Key_Return)
    qtbot.keyClicks(editor, "Tweede regel.")
    qtbot.keyClick(editor, KEY.Key_Return, CTRL)
    assert dialog.recommendations.texts[count] == "Eerste zin.\nTweede regel."
    assert dialog.save()
    saved = demo_window.service.get_advice(dialog.advice_id).recommendations
    assert saved[-1].text == "Eerste zin.\nTweede regel."


def test_down_from_search_into_results_and_enter_opens(demo_window: Any, qtbot: Any) -> None:
    demo_window.activateWindow()
    qtbot.keyClick(demo_window, KEY.Key_F, CTRL)
    view = demo_window.register_view
    assert focused() is view.searchEdit
    qtbot.keyClicks(view.searchEdit, "werk")
    assert view.model.rowCount() > 1
    qtbot.keyClick(view.searchEdit, KEY.Key_Down)
    assert focused() is view.table and view.selected_ids()
    first = view.selected_ids()[0]
    qtbot.keyClick(view.table, KEY.Key_Return)
    assert first in demo_window.open_dossiers


def test_termijnen_row_extend_and_next_step(demo_window: Any, qtbot: Any, monkeypatch: Any) -> None:
    from datetime import date

    from adviesraad_app.domain.extensions import Extension
    from adviesraad_app.gui.common import dialogs
    from adviesraad_app.gui.main_window import PAGE_DEADLINES

    demo_window.show_page(PAGE_DEADLINES)
    view = demo_window.dashboard_view
    row = next(r for r, item in enumerate(view.model.items()) if item.type == "reply_due")
    item = view.model.item(row)
    view.table.setFocus()
    view.table.selectRow(row)
    extend = view.findChild(QWidget, "extendButton")
    next_step = view.findChild(QWidget, "nextStepButton")
    # whatever the row, the next step has an Alt+letter of its own
    for other_row in range(view.model.rowCount()):
        view.table.selectRow(other_row)
        letter = mnemonic(next_step.text())
        others = [
            mnemonic(b.text())
            for b in demo_window.findChildren(QAbstractButton)
            if b is not next_step and b.isVisible()
        ]
        assert letter is not None and letter not in others, next_step.text()
    view.table.selectRow(row)
    assert extend.isEnabled() and "Reactie registreren" in next_step.text().replace("&", "")

    def agree(self: Any) -> int:
        self.extension = Extension(
            advice_id=item.advice_id,
            term=self._term.kind,
            previous_date=self._term.due,
            new_date=date(2027, 1, 15),
            reason="Collegevergadering verschoven",
            agreed_by="secretaris",
        )
        return 1

    monkeypatch.setattr(dialogs.ExtensionDialog, "exec", agree)
    extend.setFocus()
    qtbot.keyClick(extend, KEY.Key_Space)
    extensions = demo_window.service.dossier(item.advice_id).extensions
    assert [e.new_date for e in extensions][-1] == date(2027, 1, 15)

    row = next(r for r, i in enumerate(view.model.items()) if i.advice_id == item.advice_id)
    view.table.selectRow(row)
    next_step.setFocus()
    qtbot.keyClick(next_step, KEY.Key_Space)
    dialog = demo_window.open_dossiers[item.advice_id]
    assert dialog.tabs.currentWidget() is dialog.replyTab
    assert dialog.replyDate.isEnabled()
    dialog._clean = dialog.snapshot()


def press_letter_of(qtbot: Any, label: Any) -> None:
    """Alt + the underlined letter of ``label``, sent to whatever has the focus."""
    letter = mnemonic(label.text())
    assert letter is not None, label.text()
    qtbot.keyClick(focused(), getattr(KEY, f"Key_{letter.upper()}"), ALT)


@pytest.mark.qt_log_ignore("does not support raise")
def test_register_an_advice_end_to_end_by_keyboard_alone(window: Any, qtbot: Any) -> None:
    """What a secretary without a mouse does: a new advice with a date and a recommendation
    of two lines, saved, closed, found again and opened — keys only."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(focused() or window, KEY.Key_N, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not window)
    dialog = QApplication.activeWindow()
    assert focused() is dialog.title  # a new advice starts at its subject
    qtbot.keyClicks(focused(), "Toegankelijk openbaar vervoer")
    press_letter_of(qtbot, dialog.sentDateLabel)
    assert focused() is dialog.sentDate.line
    qtbot.keyClicks(focused(), "12-8-2024")
    qtbot.keyClick(focused(), KEY.Key_Tab, CTRL)  # Aanbevelingen
    assert dialog.tabs.currentWidget() is dialog.recommendationsTab
    while focused() is not dialog.addRecommendation:
        qtbot.keyClick(focused(), KEY.Key_Tab)
    qtbot.keyClick(focused(), KEY.Key_Space)
    qtbot.keyClicks(focused(), "Maak alle haltes toegankelijk.")
    qtbot.keyClick(focused(), KEY.Key_Return)
    qtbot.keyClicks(focused(), "Begin bij het ziekenhuis.")
    qtbot.keyClick(focused(), KEY.Key_Return, CTRL)
    qtbot.keyClick(focused(), KEY.Key_S, CTRL)
    assert dialog.advice_id is not None and not dialog.is_dirty()
    saved = window.service.get_advice(dialog.advice_id)
    assert saved.sent_date is not None and saved.sent_date.isoformat() == "2024-08-12"
    assert [r.text for r in saved.recommendations] == [
        "Maak alle haltes toegankelijk.\nBegin bij het ziekenhuis."
    ]
    qtbot.keyClick(focused(), KEY.Key_Escape)
    assert not dialog.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(focused() or window, KEY.Key_F, CTRL)
    qtbot.keyClicks(focused(), "haltes")
    qtbot.keyClick(focused(), KEY.Key_Down)
    qtbot.keyClick(focused(), KEY.Key_Return)
    assert saved.id in window.open_dossiers and window.open_dossiers[saved.id].isVisible()
