"""Bringing Qt's own child widgets into Python without making every QWidget class.

PySide6 makes a Python object for a C++ widget the first time the widget reaches Python.
When it arrives through a method declared to return ``QWidget*`` (``viewport()``,
``QLayoutItem.widget()``), PySide cannot tell what the widget is and tries every QWidget
class it knows; the first time, that makes some seventy classes with all their enums
(5-18 ms) that the app never uses (QWizard, QMdiArea, QGraphicsView, ...). ``findChildren``
asks each widget's meta-object instead and makes nothing. So a view's or a window's own
children are listed with ``findChildren`` first; asked for later, they are already known.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def know_children(widget: QWidget) -> None:
    """Let Python know ``widget``'s child widgets (Qt's own included) at no extra cost."""
    widget.findChildren(QWidget)
