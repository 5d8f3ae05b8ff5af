"""Issue 14, start-up: the main window builds only the page it shows; every other page is
built the first time it is shown (or asked for), works then as it always did, and keeps the
keyboard rules: unique Alt+letters beside the window's, buddies and names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from adviesraad_app.domain.filters import SortKey
from adviesraad_app.gui.main_window import (
    PAGE_COMMITMENTS,
    PAGE_DEADLINES,
    PAGE_DELETED,
    PAGE_MEETINGS,
    PAGE_REGISTER,
    MainWindow,
)
from tests.conftest import TODAY

from .test_keyboard_access import check_names, check_window

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALL_PAGES = (PAGE_DEADLINES, PAGE_REGISTER, PAGE_COMMITMENTS, PAGE_DELETED, PAGE_MEETINGS)


def _window(qtbot: Any, service: Any, page: int) -> MainWindow:
    window = MainWindow(service, today=lambda: TODAY, restore_state=False, initial_page=page)
    window.save_window = lambda: None  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_start_up_builds_only_the_page_shown(app: Any, qtbot: Any, demo_service: Any) -> None:
    window = _window(qtbot, demo_service, PAGE_REGISTER)
    assert [p for p in ALL_PAGES if window.pages.built(p) is not None] == [PAGE_REGISTER]
    assert window._welcome is None  # shown only for an empty register
    assert window.register_view.model.rowCount() > 0
    # The overdue banner counts without building Termijnen, and says what Termijnen shows.
    overdue = window.announce_overdue()
    assert window.pages.built(PAGE_DEADLINES) is None
    assert overdue == demo_service.overdue_count(TODAY) > 0
    assert window.banner.isVisibleTo(window)


def test_each_page_works_the_first_time_it_is_shown(
    app: Any, qtbot: Any, demo_service: Any
) -> None:
    window = _window(qtbot, demo_service, PAGE_REGISTER)
    for number, page in zip("12345", ALL_PAGES, strict=True):
        qtbot.keyClick(window, getattr(KEY, f"Key_{number}"), CTRL)
        view = window.pages.built(page)
        assert view is not None and window.stack.currentWidget() is view
        assert window.current_page() == page
    assert window.dashboard_view.model.rowCount() > 0
    assert window.dashboard_view.table.model() is window.dashboard_view.model
    assert window.commitments_view.model.rowCount() > 0
    deleted = window.deleted_view
    keys = [key for key, _label in deleted.model.columns]
    assert deleted.table.isColumnHidden(keys.index(SortKey.REPLY_DUE))
    # Features added their buttons and notices when the page was built.
    names = {b.objectName() for b in window.dashboard_view.findChildren(QPushButton)}
    assert {"extendButton", "nextStepButton"} <= names
    register_texts = [
        window.register_view.actionsLayout.itemAt(i).widget().text()
        for i in range(window.register_view.actionsLayout.count())
        if window.register_view.actionsLayout.itemAt(i).widget() is not None
    ]
    assert any("PDF" in text for text in register_texts)
    assert any("Exporteren" in text.replace("&", "") for text in register_texts)


def test_pages_built_later_keep_unique_letters_and_names(
    app: Any, qtbot: Any, demo_service: Any
) -> None:
    from adviesraad_app.gui.common import keyboard

    window = _window(qtbot, demo_service, PAGE_REGISTER)
    for page in ALL_PAGES:
        window.show_page(page)
    check_window(window, sorted(keyboard.menu_bar_letters(window)))
    check_names(window)
    # Termijnen's buttons (added by a feature when the page was built) have letters too.
    assert keyboard.mnemonic(window.dashboard_view.openButton.text())


def test_a_search_lays_the_table_out_at_once(app: Any, qtbot: Any, demo_service: Any) -> None:
    """After a keystroke the table's scroll range fits the new rows before anything is
    painted, so the rows are painted once (Qt would otherwise paint, adjust, paint again)."""
    window = _window(qtbot, demo_service, PAGE_REGISTER)
    window.resize(900, 500)
    view = window.register_view
    qtbot.waitUntil(lambda: view.table.verticalScrollBar().maximum() > 0)
    number = view.model.data(view.model.index(0, 0))
    view.searchEdit.setText(number)  # one advice; no events handled after this
    assert view.model.rowCount() == 1
    assert view.table.verticalScrollBar().maximum() == 0


def test_themes_older_advices_use_are_listed_when_the_list_is_used(
    app: Any, qtbot: Any, demo_service: Any
) -> None:
    """Adviezen opens without reading every advice for the themes in use (13 ms at 100,000):
    the theme list shows the configured themes, and the others join them as soon as the user
    goes to the list (or a remembered filter chose one)."""
    from adviesraad_app.domain.advices import Advice, AdviceKind

    demo_service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Oud", theme="Armoede"))
    configured = list(demo_service.settings.themes)
    assert "Armoede" not in configured
    window = _window(qtbot, demo_service, PAGE_REGISTER)
    combo = window.register_view.themeCombo

    def listed() -> list[str]:
        return [combo.itemText(i) for i in range(1, combo.count())]

    assert combo.currentIndex() == 0 and listed() == configured
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    assert listed() == [*configured, "Armoede"] == demo_service.themes()
    combo.setCurrentIndex(combo.findData("Armoede"))
    assert window.register_view.current_filter().theme == "Armoede"
    demo_service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Nieuw"))
    window.refresh()  # refilled after a change: still every theme, the choice kept
    assert listed() == demo_service.themes() and combo.currentData() == "Armoede"


def test_the_theme_list_is_completed_a_moment_after_the_page_shows(
    app: Any, qtbot: Any, demo_service: Any
) -> None:
    """The themes older advices use join the list while nobody types (the search's warm-up),
    so a list opened without focus or a click first (a screen reader expanding it) has them."""
    from adviesraad_app.domain.advices import Advice, AdviceKind

    demo_service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Oud", theme="Armoede"))
    window = _window(qtbot, demo_service, PAGE_REGISTER)
    combo = window.register_view.themeCombo
    assert combo.findData("Armoede") == -1  # not read to show the page
    qtbot.waitUntil(lambda: combo.findData("Armoede") > 0, timeout=3000)
    assert not combo.hasFocus()
