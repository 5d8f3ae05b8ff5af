"""Issue 13, section 2: Alt+letters without clashes, buddies, and a name for every control
(screen readers), in every window and dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from adviesraad_app.gui.common import keyboard
from adviesraad_app.gui.common.keyboard import mnemonic
from tests.gui.windows_catalogue import OPENERS, close_all

FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def scopes(root: QWidget, inherited: list[str]) -> list[tuple[list[str], list[str]]]:
    """Per scope (the window, then each tab or stack page): the letters active there and the
    texts that should have one."""
    targets, pages = keyboard._scope_targets(root)
    letters = inherited + [m for t in targets if (m := mnemonic(t.text))]
    required = [t.text for t in targets if t.required]
    result = [(letters, required)]
    own = inherited + [m for t in targets if (m := mnemonic(t.text))]
    for page in pages:
        result.extend(scopes(page, own))
    return result


def check_window(window: QWidget, reserved: list[str]) -> None:
    for letters, required in scopes(window, reserved):
        duplicates = {x for x in letters if letters.count(x) > 1}
        assert not duplicates, (type(window).__name__, duplicates, letters)
        missing = [text for text in required if mnemonic(text) is None]
        assert not missing, (type(window).__name__, missing)
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            assert mnemonic(tabs.tabText(index)), tabs.tabText(index)
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = field.widget() if field else None
            if label and isinstance(label.widget(), QLabel) and isinstance(widget, FIELDS):
                text_label = label.widget()
                assert text_label.buddy() is widget, text_label.text()
                assert mnemonic(text_label.text()), text_label.text()


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def check_names(window: QWidget) -> None:
    nameless = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is window or not widget.focusPolicy() or widget.focusProxy() is not None:
            continue
        if widget.window() is not window:  # a combo box's own list, a popup
            continue
        if not isinstance(widget, (*FIELDS, QAbstractButton)):
            continue
        if not (widget.accessibleName() or accessible_name(widget)):
            nameless.append(f"{type(widget).__name__} {widget.objectName()}")
    assert not nameless, (type(window).__name__, nameless)


def test_main_window_letters_menus_and_names(demo_window: Any) -> None:
    bar_letters = sorted(keyboard.menu_bar_letters(demo_window))
    assert len(bar_letters) == len(demo_window.menuBar().actions())  # each menu has its own
    check_window(demo_window, bar_letters)
    for menu in demo_window.menuBar().findChildren(QMenu):
        menu.aboutToShow.emit()  # what opening it does
        actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        letters = [mnemonic(a.text()) for a in actions]
        assert None not in letters, [a.text() for a in actions]
        assert len(set(letters)) == len(letters), [a.text() for a in actions]
    file_menu = [a.text() for a in demo_window.menuFile.actions()]
    assert mnemonic(demo_window.actionNewDatabase.text()) != mnemonic(
        demo_window.actionLoadDemo.text()
    ), file_menu
    check_names(demo_window)


@pytest.mark.parametrize("name", sorted(OPENERS))
def test_every_dialog_has_unique_letters_buddies_and_names(
    demo_window: Any, qtbot: Any, tmp_path: Path, name: str
) -> None:
    dialog = OPENERS[name](demo_window, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    check_window(dialog, [])
    check_names(dialog)
    close_all([dialog])


def test_assign_gives_every_field_a_letter_even_when_crowded() -> None:
    texts = [f"Veld {c}" for c in "abcdfghijklmnopqrstuwxyz"]  # 24 fields, 24 free letters
    results: dict[int, str] = {}
    targets = [
        keyboard.Target(t, lambda new, i=i: results.__setitem__(i, new), True)
        for i, t in enumerate(texts)
    ]
    keyboard.assign(targets, {"v", "e"})
    letters = [mnemonic(results[i]) for i in range(len(texts))]
    assert None not in letters and len(set(letters)) == len(letters)
    assert not {"v", "e"} & set(letters)  # reserved letters stay free


def readme_shortcuts() -> dict[str, str]:
    """The README's table of shortcuts: menu item -> its (first) shortcut."""
    import re

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme.split("| menu item | shortcut |", 1)[1].split("\n\n", 1)[0]
    found: dict[str, str] = {}
    for line in table.splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        names = [n.strip() for n in cells[0].split(" / ")]
        keys = re.findall(r"`([^`]+)`", cells[1])
        if "…" in cells[1] and len(names) > 1:  # Ctrl+1 … Ctrl+4
            prefix = keys[0][:-1]
            keys = [f"{prefix}{n}" for n in range(1, len(names) + 1)]
        for name, key in zip(names, keys, strict=False):
            found[name] = key
    return found


def test_readme_shortcut_list_matches_the_menus(demo_window: Any) -> None:
    documented = readme_shortcuts()
    shown: dict[str, str] = {}
    for menu in demo_window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.shortcut().isEmpty() or action.isSeparator():
                continue
            name = keyboard.strip_mnemonic(action.text()).split(":")[0].strip()
            shown[name] = action.shortcut().toString()
    assert shown == {name: documented.get(name) for name in shown}
    assert set(documented) <= set(shown), set(documented) - set(shown)
