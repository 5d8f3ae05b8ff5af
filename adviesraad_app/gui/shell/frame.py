"""The main window as its own parts (the modules of ``gui/shell``) see it: the features' API
(``FeatureWindow``) and the widgets of its form (``Ui_MainWindow``).

``gui/main_window.MainWindow`` is one and composes the parts; a part imports this module,
never ``main_window``, so the window can import its parts without a circle. The parts write
the window's texts as ``translate("MainWindow", ...)``: the window's own translation context,
so a text keeps its translation whichever part shows it.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from adviesraad_app.gui.common.window_api import FeatureWindow
from adviesraad_app.gui.forms.ui_main_window import Ui_MainWindow


class WindowFrame(FeatureWindow, Ui_MainWindow):
    """The main window: ``FeatureWindow``'s members and the form's widgets."""

    # made by the parts (menus.MenuActions), not by the form
    actionUndo: QAction
    actionRedo: QAction
    actionManual: QAction
