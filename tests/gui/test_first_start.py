"""Issue 13, section 3: the welcome panel of an empty register, the separate demo, the
council's name, the manual (F1) and the language choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from adviesraad_app.gui.common.manual import ManualWindow, page_for, page_names
from adviesraad_app.services.register import RegisterService


def test_empty_register_shows_the_three_ways_in_and_asks_the_name(
    window: Any, qtbot: Any, service: RegisterService
) -> None:
    welcome = window.welcome
    assert welcome.isVisible() and not window.stack.isVisible()
    texts = [b.text().replace("&", "") for b in (welcome.newButton, welcome.demoButton)]
    assert texts == ["Nieuw advies", "Demo bekijken"]
    assert welcome.importButton.text().replace("&", "") == "Register importeren (Excel)"
    assert welcome.importButton.isVisible()
    # the council's name, while it is the default
    assert welcome.nameBox.isVisible()
    welcome.councilName.setFocus()
    qtbot.keyClicks(welcome.councilName, "Adviesraad Sociaal Domein Hof van Twente")
    qtbot.keyClick(welcome.councilName, Qt.Key.Key_Return)
    assert service.settings.council_name == "Adviesraad Sociaal Domein Hof van Twente"
    assert "Hof van Twente" in window.windowTitle()
    assert not welcome.nameBox.isVisible()
    # Nieuw advies opens a new dossier
    welcome.newButton.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "DossierDialog")
    assert dialog.isVisible()
    dialog.close()


def test_demo_opens_the_separate_register_marked_as_demo(
    window: Any, qtbot: Any, service: RegisterService
) -> None:
    own = service.path
    window.welcome.demoButton.click()
    assert window.is_demo() and window.service.path != own
    assert window.windowTitle().startswith("DEMO")
    assert "DEMO" in window.statusbar.currentMessage()
    assert not window.welcome.isVisible() and window.stack.isVisible()
    assert not window.actionLoadDemo.isEnabled()  # already in the demo
    check = RegisterService.open(own)
    assert check.count() == 0  # nothing written into the user's register
    check.close()


def test_f1_opens_the_manual_at_the_page_of_the_window(demo_window: Any, qtbot: Any) -> None:
    demo_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_window)
    qtbot.keyClick(demo_window, Qt.Key.Key_F1)
    from adviesraad_app.gui.common import manual as manual_module

    manual = manual_module._manual  # the one manual window of the app
    assert isinstance(manual, ManualWindow)
    assert manual.isVisible() and manual.windowTitle() == "Handleiding"
    assert manual.current_page == "venster-hoofdvenster"
    assert any(a.text().replace("&", "") == "Handleiding" for a in demo_window.menuHelp.actions())
    dialog = demo_window.open_dossier(demo_window.service.register()[0].id)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    assert manual_module._manual is manual
    assert manual.current_page == page_for(dialog) == "venster-dossier"
    # searchable: finds the word on a later page
    manual.show_page("index")
    manual.searchEdit.setText("Goede Vrijdag")
    assert manual.find_next()
    assert manual.current_page == "termijnen"
    assert "Goede Vrijdag" in manual.browser.textCursor().selectedText()
    manual.searchEdit.setText("woordbestaatniet")
    assert not manual.find_next() and manual.searchResult.text() == "Niet gevonden."
    manual.close()
    dialog.close()


def test_every_window_has_a_manual_page() -> None:
    from adviesraad_app.gui.common.manual import PAGES_BY_WINDOW

    names = page_names()
    assert names[0] == "index"
    for page in PAGES_BY_WINDOW.values():
        assert page in names, page
    assert {"dagelijks", "termijnen", "backups", "gegevens", "toetsenbord"} <= set(names)


def test_language_choice_is_kept_for_the_next_start(demo_window: Any, qtbot: Any) -> None:
    import os

    from adviesraad_app.gui.common import language
    from adviesraad_app.gui.settings import dialog as dialogs

    dialog = dialogs.SettingsDialog(
        demo_window, demo_window.service.settings, str(demo_window.service.path)
    )
    qtbot.addWidget(dialog)
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "Nederlands",
        "English",
    ]
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog._accept()
    assert language.saved_language() == "en"
    saved = os.environ.pop("ADVIESRAAD_LANG", None)
    try:
        language.apply_saved_language()
        assert os.environ["ADVIESRAAD_LANG"] == "en"
    finally:
        os.environ.pop("ADVIESRAAD_LANG", None)
        if saved is not None:
            os.environ["ADVIESRAAD_LANG"] = saved
    language.save_language("nl")


def test_register_import_from_the_welcome_panel(window: Any, monkeypatch: Any) -> None:
    triggered = []
    action = window.findChild(QAction, "actionImportRegister")
    monkeypatch.setattr(action, "trigger", lambda: triggered.append(True))
    window.welcome.importButton.click()
    assert triggered == [True]
