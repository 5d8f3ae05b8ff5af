"""Keyboard and screen-reader plumbing shared by every window: Alt+letter mnemonics, buddies
and accessible names.

``prepare(window)`` runs once a window's widgets exist. It

- gives every label of a field its buddy (the field beside or under it), so that the label's
  Alt+letter moves the focus there and a screen reader reads the label with the field;
- gives every labelled field, check box, tab and button an Alt+letter that is unique where it
  is active: the window's own controls and tabs together, plus the controls of one tab (or one
  page of a stack) at a time. Letters written in the form (``&Bestand``) are kept unless they
  clash; translated texts get their letters the same way;
- names every control for screen readers that has no name yet (its label, text or tooltip).

Menus get their letters when they open (``prepare_menu``), so actions that features add later
are included. The letters are worked out by a maximum matching, so that a crowded form (the
dossier's advice tab has 16 fields and 8 tabs) still gives every field a letter.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, NamedTuple, TypeGuard, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from adviesraad_app.gui.common.wrapping import know_children

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGroupBox, QTabWidget

DIRECT = Qt.FindChildOption.FindDirectChildrenOnly

#: The fields a label can be the buddy of, by class name: tested with ``QObject.inherits``, so
#: that the window (which has no tabs, spin boxes or text areas) does not make PySide create
#: those classes with all their enums at start-up.
INPUTS = (
    "QLineEdit",
    "QComboBox",
    "QAbstractSpinBox",
    "QPlainTextEdit",
    "QTextEdit",
    "QAbstractItemView",
    "QCheckBox",
    "QRadioButton",
)
CHECKS = ("QCheckBox", "QRadioButton")


def _inherits(widget: QObject | None, *class_names: str) -> bool:
    return widget is not None and any(widget.inherits(name) for name in class_names)


#: A widget with this property set gets its letters as a scope of its own, like a tab page.
OWN_SCOPE = "mnemonicScope"


class Target(NamedTuple):
    """Something that shows a text with a mnemonic: a label, a button, a tab or an action.

    (A named tuple: a dataclass costs half a millisecond to define, at start-up.)"""

    text: str
    set_text: Callable[[str], None]
    required: bool  # fields and tabs must get a letter; plain buttons get one when left over


def strip_mnemonic(text: str) -> str:
    """The text without its ``&`` marker (``&&`` stays a literal ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def mnemonic(text: str) -> str | None:
    """The lower-case letter after a single ``&``, or ``None``."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def _candidates(text: str) -> list[int]:
    """Positions in ``text`` worth a mnemonic, best first: word starts, then other letters
    and digits."""
    starts, others = [], []
    for i, char in enumerate(text):
        if not char.isalnum() or not char.isascii():
            continue
        if i == 0 or not text[i - 1].isalnum():
            starts.append(i)
        else:
            others.append(i)
    return starts + others


def _match(options: list[list[tuple[str, int]]]) -> dict[str, int]:
    """A maximum matching of items to letters (Kuhn), trying each item's options in order:
    letter -> item."""
    owner: dict[str, int] = {}

    def augment(item: int, seen: set[str]) -> bool:
        for letter, _pos in options[item]:
            if letter in seen:
                continue
            seen.add(letter)
            if letter not in owner or augment(owner[letter], seen):
                owner[letter] = item
                return True
        return False

    for item in range(len(options)):
        augment(item, set())
    return owner


def assign(targets: list[Target], reserved: set[str]) -> set[str]:
    """Give ``targets`` unique letters outside ``reserved``; returns the letters used (with
    ``reserved``). Letters already written are kept when they are free."""
    used = set(reserved)
    todo: list[Target] = []
    for target in targets:
        letter = mnemonic(target.text)
        if letter is not None and letter not in used:
            used.add(letter)
        else:
            todo.append(target)
    for group in ([t for t in todo if t.required], [t for t in todo if not t.required]):
        plain = [strip_mnemonic(t.text) for t in group]
        options = [
            [(text[i].lower(), i) for i in _candidates(text) if text[i].lower() not in used]
            for text in plain
        ]
        owner = _match(options)
        chosen = {item: letter for letter, item in owner.items()}
        for item, target in enumerate(group):
            text = plain[item]
            letter = chosen.get(item)
            if letter is None:
                target.set_text(text.replace("&", "&&"))
                continue
            position = next(pos for char, pos in options[item] if char == letter)
            escaped = text[:position].replace("&", "&&") + "&" + text[position:].replace("&", "&&")
            target.set_text(escaped)
            used.add(letter)
    return used


# -- buddies and names ----------------------------------------------------------------------


def _is_input(widget: QWidget | None) -> TypeGuard[QWidget]:
    return widget is not None and (
        _inherits(widget, *INPUTS) or _inherits(widget.focusProxy(), *INPUTS)
    )


def _layouts(root: QWidget) -> Iterator[QLayout]:
    yield from root.findChildren(QLayout)


def set_buddies(root: QWidget) -> None:
    """A label in a form row, or just before a field in a row or column, labels that field."""
    for layout in _layouts(root):
        # By name: the main window has no form rows, and PySide would make QFormLayout (with
        # its enums) for the test alone; a form's layout reaches Python as a QFormLayout.
        if layout.inherits("QFormLayout"):
            from PySide6.QtWidgets import QFormLayout  # made already: the layout is one

            form = cast(QFormLayout, layout)
            for row in range(form.rowCount()):
                label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                label = label_item.widget() if label_item else None
                field = field_item.widget() if field_item else None
                if isinstance(label, QLabel) and label.buddy() is None and _is_input(field):
                    label.setBuddy(field)
        elif isinstance(layout, QBoxLayout):
            # "Soort: [list]" side by side, or "Problemen (…):" above its table
            across = layout.direction() in (
                QBoxLayout.Direction.LeftToRight,
                QBoxLayout.Direction.RightToLeft,
            )
            items = [layout.itemAt(i) for i in range(layout.count())]
            widgets = [item.widget() if item is not None else None for item in items]
            for label, field in itertools.pairwise(widgets):
                if (
                    isinstance(label, QLabel)
                    and label.buddy() is None
                    and _is_plain(label)
                    and (across or label.text().rstrip().endswith(":"))
                    and _is_input(field)
                    and not _inherits(field, *CHECKS)
                ):
                    label.setBuddy(field)


def _is_plain(label: QLabel) -> bool:
    """A label with plain text (an Alt+letter cannot go into rich text)."""
    text = label.text()
    if not text:
        return False
    if label.textFormat() == Qt.TextFormat.RichText:
        return False
    looks_rich = "<" in text and ">" in text  # what Qt's auto format would render as HTML
    return label.textFormat() == Qt.TextFormat.PlainText or not looks_rich


def _clean_name(text: str) -> str:
    return strip_mnemonic(text).replace("…", "").rstrip(": ").strip()


def name_controls(root: QWidget) -> None:
    """An accessible name for every control without one: its label, text or tooltip."""
    labelled: dict[QWidget, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            labelled.setdefault(buddy, _clean_name(label.text()))
    for widget in root.findChildren(QWidget):
        if widget.accessibleName() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        name = labelled.get(widget, "")
        if not name and isinstance(widget, QAbstractButton):
            name = _clean_name(widget.text())
        if not name and isinstance(widget, QLineEdit):
            name = widget.placeholderText()
        if not name:
            name = _clean_name(widget.toolTip())
        if not name and isinstance(widget, QAbstractButton):
            name = widget.icon().name()
        if name:
            widget.setAccessibleName(name)
        proxy = widget.focusProxy()
        if name and proxy is not None and not proxy.accessibleName():
            proxy.setAccessibleName(name)


# -- mnemonics per scope ----------------------------------------------------------------------


def _label_target(label: QLabel) -> Target:
    return Target(label.text(), label.setText, True)


def _button_target(button: QAbstractButton) -> Target:
    required = _inherits(button, *CHECKS)
    return Target(button.text(), button.setText, required)


def _tab_target(tabs: QTabWidget, index: int) -> Target:
    return Target(tabs.tabText(index), lambda text: tabs.setTabText(index, text), True)


def _pages(container: QTabWidget | QStackedWidget) -> list[QWidget]:
    widgets = (container.widget(i) for i in range(container.count()))
    return [page for page in widgets if page is not None]


def _scope_targets(root: QWidget) -> tuple[list[Target], list[QWidget]]:
    """The targets directly in ``root`` (not inside a tab page or stack page), and the pages
    that are scopes of their own."""
    targets: list[Target] = []
    pages: list[QWidget] = []

    def walk(widget: QWidget) -> None:
        # Widgets only: listing every child object would make PySide wrap the window's
        # actions, layouts and Qt's private helpers too (a few ms each at start-up).
        for child in widget.findChildren(QWidget, options=DIRECT):
            if child.isWindow():
                continue
            if isinstance(child, QMenuBar | QMenu) or child.inherits("QTabBar"):
                continue
            if child.inherits("QTabWidget"):
                tabs = cast("QTabWidget", child)
                targets.extend(_tab_target(tabs, i) for i in range(tabs.count()))
                pages.extend(_pages(tabs))
                continue
            if isinstance(child, QStackedWidget) and not _inherits(child.parent(), "QTabWidget"):
                pages.extend(_pages(child))
                continue
            if child.property(OWN_SCOPE):  # shown instead of the pages (a welcome panel)
                pages.append(child)
                continue
            if isinstance(child, QLabel) and child.buddy() is not None and _is_plain(child):
                targets.append(_label_target(child))
            elif child.inherits("QGroupBox") and cast("QGroupBox", child).title():
                box = cast("QGroupBox", child)
                targets.append(Target(box.title(), box.setTitle, box.isCheckable()))
            elif (
                isinstance(child, QAbstractButton)
                and child.text()
                and not isinstance(widget, QToolBar)  # its buttons show actions
                and child.text() != "×"
            ):
                targets.append(_button_target(child))
            walk(child)

    walk(root)
    return targets, pages


def _dry_run(targets: list[Target], reserved: set[str]) -> tuple[set[str], bool]:
    """The letters ``assign`` would use, and whether every required target would get one,
    without changing any text."""
    results: dict[int, str] = {}

    def keeper(index: int) -> Callable[[str], None]:
        def keep(new: str) -> None:
            results[index] = new

        return keep

    copies = [Target(t.text, keeper(i), t.required) for i, t in enumerate(targets)]
    used = assign(copies, reserved)
    complete = all(
        mnemonic(results.get(i, t.text)) is not None for i, t in enumerate(targets) if t.required
    )
    return used, complete


def _window_letters(
    required: list[Target], base: set[str], page_fields: list[list[Target]]
) -> set[str]:
    """Letters for the window's own fields and tabs, each the best-placed letter (a word's
    first) that still lets every page give each of its fields a letter."""
    used = set(base)
    todo: list[Target] = []
    for target in required:
        letter = mnemonic(target.text)
        if letter is not None and letter not in used:
            used.add(letter)
        else:
            todo.append(target)
    for index, target in enumerate(todo):
        text = strip_mnemonic(target.text)
        rest = todo[index + 1 :]
        choice: int | None = None
        for position in _candidates(text):
            letter = text[position].lower()
            if letter in used:
                continue
            trial = used | {letter}
            if _dry_run(rest, trial)[1] and all(_dry_run(f, trial)[1] for f in page_fields):
                choice = position
                break
        if choice is None:  # no letter keeps every page whole: the first free one
            choice = next((p for p in _candidates(text) if text[p].lower() not in used), None)
        if choice is None:
            target.set_text(text.replace("&", "&&"))
            continue
        escaped = text[:choice].replace("&", "&&") + "&" + text[choice:].replace("&", "&&")
        target.set_text(escaped)
        used.add(text[choice].lower())
    return used


def add_mnemonics(root: QWidget, reserved: set[str] | None = None) -> set[str]:
    """Unique Alt+letters for ``root``'s own controls and, per tab or stack page, for the
    page's controls (which must not clash with the window's). The window's fields and tabs
    come first (each the first letter of a word where every page can still give each of its
    fields a letter), then each page; the window's plain buttons take what no page uses.
    Returns every letter used."""
    targets, pages = _scope_targets(root)
    required = [t for t in targets if t.required]
    page_fields = [[t for t in _scope_targets(page)[0] if t.required] for page in pages]
    used = _window_letters(required, set(reserved or ()), page_fields)
    taken = set(used)
    for page in pages:
        taken |= add_mnemonics(page, used)
    return assign([t for t in targets if not t.required], taken)


def menu_bar_letters(window: QWidget) -> set[str]:
    """The letters of a main window's menu bar (Alt+B opens Bestand, ...)."""
    bar = window.findChild(QMenuBar)
    if bar is None:
        return set()
    letters = set()
    for action in bar.actions():
        letter = mnemonic(action.text())
        if letter:
            letters.add(letter)
    return letters


def prepare_menu(menu: QMenu) -> None:
    """Unique letters for the visible items of ``menu`` (run when it opens)."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible() and a.text()]
    assign([_action_target(a) for a in actions], set())


def _action_target(action: QAction) -> Target:
    return Target(action.text(), action.setText, True)


def prepare_menus(window: QWidget) -> None:
    """Letters for the menu bar now, and for each menu whenever it opens."""
    bar = window.findChild(QMenuBar)
    if bar is None:
        return
    assign([_action_target(a) for a in bar.actions() if a.isVisible() or a.menu()], set())
    for menu in bar.findChildren(QMenu):
        if not menu.property("mnemonicsPrepared"):
            menu.setProperty("mnemonicsPrepared", True)
            menu.aboutToShow.connect(lambda m=menu: prepare_menu(m))
        prepare_menu(menu)


def prepare(window: QWidget) -> None:
    """Buddies, names and Alt+letters for a dialog or window whose widgets all exist."""
    know_children(window)  # Qt's own widgets in its layouts too (see wrapping.py)
    set_buddies(window)
    add_mnemonics(window, menu_bar_letters(window))
    name_controls(window)


def prepare_page(window: QWidget, page: QWidget) -> None:
    """Buddies, names and Alt+letters for a page of ``window`` (a stack page) built after
    ``prepare(window)``, as ``prepare`` would have given them: unique within the page and
    beside the window's menu bar and own fields; then the window's own plain buttons take
    (or keep) letters that no page uses."""
    know_children(page)
    set_buddies(page)
    targets, pages = _scope_targets(window)
    reserved = menu_bar_letters(window) | {
        m for t in targets if t.required and (m := mnemonic(t.text))
    }
    add_mnemonics(page, reserved)
    name_controls(page)
    taken = set(reserved)
    for other in pages:
        taken |= _scope_letters(other)
    assign([t for t in targets if not t.required], taken)


def _scope_letters(root: QWidget) -> set[str]:
    """Every Alt+letter shown in ``root``, its tab and stack pages included."""
    targets, pages = _scope_targets(root)
    letters = {m for t in targets if (m := mnemonic(t.text))}
    for page in pages:
        letters |= _scope_letters(page)
    return letters


def refresh_letter(button: QAbstractButton) -> None:
    """Give a button whose text just changed a letter that nothing else shown with it uses
    (its old letter when that still fits)."""
    window = button.window()
    used = menu_bar_letters(window)
    for other in window.findChildren(QAbstractButton):
        if other is not button and other.isVisibleTo(window):
            letter = mnemonic(other.text())
            if letter:
                used.add(letter)
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(window):
            letter = mnemonic(label.text())
            if letter:
                used.add(letter)
    from PySide6.QtWidgets import QTabWidget

    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            used |= {m for i in range(tabs.count()) if (m := mnemonic(tabs.tabText(i)))}
    assign([Target(button.text(), button.setText, True)], used)
