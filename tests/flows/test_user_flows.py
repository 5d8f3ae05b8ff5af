"""What a secretary does in a day, clicked and typed like a person (offscreen)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from adviesraad_app.domain.kinds import AdviceKind, DeadlineState, Outcome
from adviesraad_app.gui.common.table_model import ID_ROLE
from adviesraad_app.gui.dossier import dialog as dossier_module
from adviesraad_app.gui.main_window import (
    PAGE_COMMITMENTS,
    PAGE_DEADLINES,
    PAGE_DELETED,
    PAGE_REGISTER,
)


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_create_save_find_reply_and_dashboard(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = window.service
    # Ctrl+N: a new advice
    dialog = window.new_advice()
    dialog.kind.setCurrentIndex(dialog.kind.findData(AdviceKind.ONGEVRAAGD))
    type_into(qtbot, dialog.title, "Continuering Werk- en Leercentrum")
    dialog.theme.setCurrentText("Wmo")
    type_into(qtbot, dialog.sentDate.line, "12 augustus 2024")
    type_into(qtbot, dialog.summary, "Voorziening goed voortzetten.")
    dialog.tabs.setCurrentWidget(dialog.recommendationsTab)
    qtbot.mouseClick(dialog.addRecommendation, Qt.MouseButton.LeftButton)
    dialog.recommendations.setData(dialog.recommendations.index(0, 1), "Behoud de locatie")
    qtbot.mouseClick(dialog.addRecommendation, Qt.MouseButton.LeftButton)
    dialog.recommendations.setData(dialog.recommendations.index(1, 1), "Betrek de deelnemers")
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.advice_id is not None
    assert not dialog.is_dirty()
    saved = service.get_advice(dialog.advice_id)
    assert saved.number == "2024-01"
    assert saved.sent_date == date(2024, 8, 12)
    assert [r.text for r in saved.recommendations] == ["Behoud de locatie", "Betrek de deelnemers"]

    # The dashboard shows the running reply term as overdue (today is 22-11-2026).
    assert window.current_page() == PAGE_DEADLINES
    items = window.dashboard_view.model.items()
    assert [(i.number, i.state) for i in items] == [("2024-01", DeadlineState.OVERDUE)]

    # Find it by searching as you type, from another word than the title.
    window.focus_search()
    assert window.current_page() == PAGE_REGISTER
    type_into(qtbot, window.register_view.searchEdit, "voortzet")
    model = window.register_view.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "Continuering Werk- en Leercentrum"
    type_into(qtbot, window.register_view.searchEdit, "xyz")
    assert model.rowCount() == 0
    window.register_view.searchEdit.clear()
    assert model.rowCount() == 1

    # Register the college's reply with an outcome per recommendation.
    dialog.tabs.setCurrentWidget(dialog.replyTab)
    assert dialog.newReplyButton.isEnabled()
    qtbot.mouseClick(dialog.newReplyButton, Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog.replyDate.line, "05-11-2024")
    type_into(qtbot, dialog.ourReference, "UIT - 24117125")
    outcomes = dialog.outcomes
    outcomes.setData(outcomes.index(0, 1), Outcome.OVERGENOMEN)
    outcomes.setData(outcomes.index(1, 1), Outcome.NIET)
    outcomes.setData(outcomes.index(1, 2), "Past niet in de begroting")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.replySummary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    reply = service.dossier(dialog.advice_id).reply
    assert reply is not None and reply.our_reference == "UIT - 24117125"
    assert [(o.outcome, o.reasons) for o in reply.outcomes] == [
        (Outcome.OVERGENOMEN, ""),
        (Outcome.NIET, "Past niet in de begroting"),
    ]
    assert "43 dagen te laat" in dialog.replyLateness.text()

    # The dashboard changed: no more open deadline; the register shows the outcome.
    window.show_page(PAGE_DEADLINES)
    assert window.dashboard_view.model.rowCount() == 0
    assert model.data(model.index(0, 8)) == "deels overgenomen"
    assert model.data(model.index(0, 7)) == "43 dagen"


def test_invalid_date_blocks_saving(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = window.new_advice()
    type_into(qtbot, dialog.title, "Inkoop jeugdhulp")
    type_into(qtbot, dialog.requestReceived.line, "31-02-2024")
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.advice_id is None
    assert window.service.count() == 0
    label = dialog.advice_errors["request_received"]
    assert label.isVisible() and "bestaat niet als datum" in label.text()
    assert "Niet opgeslagen" in dialog.validationSummary.text()
    # Correct it: now it saves.
    dialog.requestReceived.line.clear()
    type_into(qtbot, dialog.requestReceived.line, "28-02-2024")
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.advice_id is not None
    assert not dialog.advice_errors["request_received"].isVisible()


def test_empty_subject_is_shown_next_to_the_field(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = window.new_advice()
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.advice_errors["title"].text().endswith("Vul het onderwerp in.")
    assert window.service.count() == 0


def test_closing_with_unsaved_changes_asks(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = window.new_advice()
    type_into(qtbot, dialog.title, "Nog niet opgeslagen")
    answers = [QMessageBox.StandardButton.Cancel]
    asked = []

    def ask(parent):  # type: ignore[no-untyped-def]
        asked.append(parent)
        return answers.pop(0)

    monkeypatch.setattr(dossier_module, "ask_save_changes", ask)
    dialog.close()
    assert asked and dialog.isVisible()  # Cancel keeps it open with the text
    assert dialog.title.text() == "Nog niet opgeslagen"
    answers.append(QMessageBox.StandardButton.Save)
    dialog.close()
    assert not dialog.isVisible()
    assert [r.title for r in window.service.register()] == ["Nog niet opgeslagen"]


def test_closing_clean_dialog_does_not_ask(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        dossier_module, "ask_save_changes", lambda parent: pytest.fail("asked without changes")
    )
    dialog = window.new_advice()
    dialog.close()
    assert not dialog.isVisible()


def test_delete_and_undo_restores(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    service = window.service
    before = service.count()
    window.show_page(PAGE_REGISTER)
    table = window.register_view.table
    table.selectRow(0)
    advice_id = window.register_view.model.data(window.register_view.model.index(0, 0), ID_ROLE)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert service.count() == before - 1
    assert window.register_view.model.rowCount() == before - 1
    assert window.actionUndo.text().startswith("&Ongedaan maken: ")
    window.actionUndo.trigger()
    assert service.count() == before
    assert service.get_advice(advice_id).deleted_at is None
    assert window.actionRedo.text().startswith("Opnie&uw: ")
    window.actionRedo.trigger()
    assert service.count() == before - 1
    # Restore from the waste basket, as a user who did not press Ctrl+Z would.
    window.show_page(PAGE_DELETED)
    window.deleted_view.table.selectRow(0)
    qtbot.mouseClick(window.deleted_view.restoreButton, Qt.MouseButton.LeftButton)
    assert service.count() == before
    history = [h.action for h in service.dossier(advice_id).history]
    assert history[-4:] == ["deleted", "restored", "deleted", "restored"]


def test_dashboard_opens_dossier_and_says_overdue(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    assert window.current_page() == PAGE_DEADLINES
    overdue = window.announce_overdue()
    assert overdue == 3
    assert window.banner.isVisible() and "3 termijnen" in window.bannerText.text()
    table = window.dashboard_view.table
    model = window.dashboard_view.model
    assert model.data(model.index(0, 0)) == "Te laat"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None
    table.doubleClicked.emit(model.index(0, 0))
    first = model.item(0)
    assert first is not None and first.advice_id in window.open_dossiers


def test_peildatum_changes_the_dashboard(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = demo_window.dashboard_view
    view.todayEdit.setDate(date(2026, 1, 1))
    counts_then = view.model.counts()
    view.todayEdit.setDate(date(2027, 6, 1))
    counts_later = view.model.counts()
    assert counts_later[DeadlineState.OVERDUE] > counts_then[DeadlineState.OVERDUE]


def test_commitment_marked_done_and_undone(demo_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.gui.dossier.close_commitment import CloseCommitmentDialog

    def accept(self):  # type: ignore[no-untyped-def]
        self._accept()  # today's date, no note
        return int(self.closing is not None)

    monkeypatch.setattr(CloseCommitmentDialog, "exec", accept)
    window = demo_window
    window.show_page(PAGE_COMMITMENTS)
    view = window.commitments_view
    before = view.model.rowCount()
    assert before >= 2
    view.table.selectRow(0)
    qtbot.mouseClick(view.doneButton, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == before - 1
    window.actionUndo.trigger()
    assert view.model.rowCount() == before


def test_filters_and_sort_are_remembered(demo_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.gui.main_window import MainWindow, app_settings

    view = demo_window.register_view
    view.yearCombo.setCurrentIndex(view.yearCombo.findData(2025))
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    shown = [view.model.data(view.model.index(r, 1)) for r in range(view.model.rowCount())]
    settings = app_settings()
    view.save_state(settings)
    settings.sync()
    again = MainWindow(demo_window.service, restore_state=True, install_features=False)
    qtbot.addWidget(again)
    again.show_page(PAGE_REGISTER)  # the register is read when its page is shown
    model = again.register_view.model
    assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == shown
    assert again.register_view.yearCombo.currentData() == 2025
    assert shown == sorted(shown)


def test_start_up_on_the_deadlines_page_does_not_read_the_register(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.gui.main_window import MainWindow, app_settings

    view = demo_window.register_view
    view.yearCombo.setCurrentIndex(view.yearCombo.findData(2025))
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    settings = app_settings()
    view.save_state(settings)
    settings.setValue("window/page", PAGE_DEADLINES)
    settings.sync()
    asked: list[object] = []
    service = demo_window.service
    original = service.register_ids

    def register_ids(selection, order):  # type: ignore[no-untyped-def]
        asked.append(selection)
        return original(selection, order)

    service.register_ids = register_ids
    try:
        again = MainWindow(service, restore_state=True, install_features=False)
        qtbot.addWidget(again)
        assert asked == []
        again.show_page(PAGE_REGISTER)
        assert [selection.year for selection in asked] == [2025]
        assert again.register_view.yearCombo.currentData() == 2025
    finally:
        del service.register_ids


def test_columns_fit_a_laptop_screen_and_can_be_hidden(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.gui.main_window import MainWindow, app_settings
    from adviesraad_app.gui.register.columns import column_menu as _column_menu

    view = demo_window.register_view
    demo_window.resize(1284, 720)  # what a 1366-pixel laptop screen gets on first start
    demo_window.show_page(PAGE_REGISTER)
    qtbot.waitUntil(lambda: view.table.viewport().width() > 0)
    header = view.table.horizontalHeader()
    assert header.length() <= view.table.viewport().width()
    menu = _column_menu(view.table, view.model)
    labels = [action.text() for action in menu.actions()]
    assert "Nr." not in labels and "Onderwerp" not in labels and "Reactie uiterlijk" in labels
    thema = next(a for a in menu.actions() if a.text() == "Thema")
    before = header.sectionSize(1)
    thema.setChecked(False)
    # the subject stays readable (narrow columns make room for it first)
    assert view.table.isColumnHidden(3) and header.sectionSize(1) >= min(before, 300)
    settings = app_settings()
    view.save_state(settings)
    settings.sync()
    again = MainWindow(demo_window.service, restore_state=True, install_features=False)
    qtbot.addWidget(again)
    assert again.register_view.table.isColumnHidden(3)


def test_settings_change_terms(demo_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.gui.settings import dialog as dialogs

    window = demo_window

    class FakeDialog(dialogs.SettingsDialog):
        def exec(self) -> int:  # type: ignore[override]
            self.replyTermWeeks.setValue(8)
            self._accept()
            return 1

    monkeypatch.setattr(dialogs, "SettingsDialog", FakeDialog)
    window.edit_settings()
    assert window.service.settings.reply_term_weeks == 8
    # Advices already sent keep the term that was in force: history is not rewritten.
    wlc = next(r for r in window.service.register() if "Werk- en Leercentrum" in r.title)
    assert wlc.reply_due == date(2024, 9, 23) and wlc.reply_days_late == 43
    # An advice sent from now on gets the new term.
    from adviesraad_app.domain.advices import Advice
    from adviesraad_app.domain.kinds import AdviceKind

    new = window.service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Nieuw", sent_date=date(2026, 11, 23))
    )
    assert new.reply_term_weeks == 8
    assert window.service.dossier(new.id).reply_term.due == date(2027, 1, 18)
