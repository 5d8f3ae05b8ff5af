"""The window's menus and toolbar: undo and redo (named after the change they undo), the
manual, the menus features fill, which actions a page and a read-only register allow, and
the Help menu's two windows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from adviesraad_app import __version__
from adviesraad_app.gui.common.operations import readonly_hint
from adviesraad_app.gui.common.widgets import icon
from adviesraad_app.gui.shell.frame import WindowFrame
from adviesraad_app.gui.shell.pages import PAGE_DELETED, PAGE_REGISTER
from adviesraad_app.i18n import translate


class MenuActions(QObject):
    """Makes the actions the form has not (undo, redo, the manual) and keeps every action's
    state; what the actions do is connected by the window."""

    def __init__(self, window: WindowFrame) -> None:
        super().__init__(window)
        self._window = window
        stack = window.ops.undo_stack
        undo = stack.createUndoAction(window, translate("MainWindow", "&Ongedaan maken"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(window, translate("MainWindow", "Opnie&uw"))
        # Ctrl+Y first, on every system, so the menu shows what the README says.
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        window.actionUndo, window.actionRedo = undo, redo
        # Named after the change they undo: the window connects ``name_undo``/``name_redo``
        # (slots of the window itself, so they go with it, before its actions do).
        first = window.menuEdit.actions()[0]
        window.menuEdit.insertAction(first, undo)
        window.menuEdit.insertAction(first, redo)
        window.menuEdit.insertSeparator(first)
        window.toolBar.addSeparator()
        window.toolBar.addAction(undo)
        # Icons of our own (resources/icons/toolbar, SVG: sharp at 125-150 %, the same on every
        # system); the style's standard pixmaps made PySide create QStyle with its enums, ~6 ms
        # of every start.
        for action, name in (
            (window.actionNewAdvice, "new"),
            (window.actionOpenDossier, "open"),
            (window.actionDelete, "delete"),
            (undo, "undo"),
        ):
            action.setIcon(icon("toolbar", f"{name}.svg"))
        manual = QAction(translate("MainWindow", "&Handleiding"), window)
        manual.setObjectName("actionManual")
        manual.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        manual.setToolTip(translate("MainWindow", "De handleiding openen (F1)"))
        window.menuHelp.insertAction(window.actionAbout, manual)
        window.actionManual = manual
        #: What the writing actions and buttons say when the register may be written to.
        self._writable_tips: dict[QAction | QWidget, str] = {}
        for widget in (window.actionNewAdvice, window.actionDelete, window.actionRestore):
            self.writes(widget)
        # Shown once a feature puts an action in them (see add).
        for menu in (window.menuExport, window.menuImport, window.menuTools):
            menu.menuAction().setVisible(False)

    def name_undo(self, text: str) -> None:
        """ "Ongedaan maken: Advies verwijderen" (Qt would write the two without a colon)."""
        prefix = translate("MainWindow", "&Ongedaan maken")
        self._window.actionUndo.setText(f"{prefix}: {text}" if text else prefix)

    def name_redo(self, text: str) -> None:
        prefix = translate("MainWindow", "Opnie&uw")
        self._window.actionRedo.setText(f"{prefix}: {text}" if text else prefix)

    def writes(self, widget: QAction | QWidget) -> None:
        """``widget`` writes to the register: off, its tooltip saying why, when read-only."""
        self._writable_tips[widget] = widget.toolTip()

    def add(self, menu_name: str, action: QAction) -> None:
        """Put a feature's action in a menu (``export``, ``import``, ``tools``, ``help``,
        ``file``), which shows from then on."""
        window = self._window
        menu = {
            "export": window.menuExport,
            "import": window.menuImport,
            "tools": window.menuTools,
            "help": window.menuHelp,
            "file": window.menuFile,
        }[menu_name]
        menu.addAction(action)
        menu.menuAction().setVisible(True)

    def update(self, page: int, selected: bool, register: Any | None) -> None:
        """The actions as the page shown, its selection and the register allow
        (``register``: the Adviezen page, if built)."""
        window = self._window
        # A read-only register: the writing actions are off, and their tooltips say why.
        writable = not window.service.readonly
        window.actionDelete.setEnabled(writable and page == PAGE_REGISTER and selected)
        window.actionRestore.setEnabled(writable and page == PAGE_DELETED and selected)
        window.actionOpenDossier.setEnabled(page in (PAGE_REGISTER, PAGE_DELETED) and selected)
        window.actionNewAdvice.setEnabled(writable)
        if register is not None:
            register.newButton.setEnabled(writable)
            register.deleteButton.setEnabled(writable and bool(register.selected_ids()))
        for widget, tip in self._writable_tips.items():
            widget.setToolTip(tip if writable else readonly_hint())

    def show_manual(self) -> None:
        from adviesraad_app.gui.common.manual import show_manual

        show_manual(self._window)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self._window,
            translate("MainWindow", "Over Adviesraad"),
            translate(
                "MainWindow",
                "<h3>Adviesraad {version}</h3><p>Register van gevraagde en ongevraagde adviezen, "
                "reacties van het college, toezeggingen en termijnen.</p><p>Database: {path}</p>"
                "<p>Alles blijft op deze computer; het programma gebruikt geen internet.</p>",
            ).format(version=__version__, path=self._window.service.path),
        )
