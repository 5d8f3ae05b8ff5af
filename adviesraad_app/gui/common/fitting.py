"""Windows that fit small and scaled screens (1024×600 logical pixels and up).

- ``keep_on_screen(window)``: whenever the window is shown, it is made to fit the screen's
  free area (without the task bar) and moved inside it, also when a remembered or default
  size came from a bigger screen.
- ``scroll_pages(tabs)``: each page of a tab widget scrolls on its own, so a long form never
  pushes the dialog's buttons off the screen (the buttons stay outside the scrolling part).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    # The main window has no tabs and no form rows: these are not made for it (PySide makes
    # a class with its enums when it is first imported).
    from PySide6.QtWidgets import QFormLayout, QTabWidget

#: Room kept for the window's title bar and frame, which Qt does not count in the size.
FRAME_ALLOWANCE = 32


def available_area(widget: QWidget) -> QRect:
    """The free area of the screen the widget is on (or will be on)."""
    parent = widget.parentWidget()
    screen = (
        widget.screen()
        or (parent.screen() if parent is not None else None)
        or QGuiApplication.primaryScreen()
    )
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def fit_window(window: QWidget, area: QRect | None = None) -> None:
    """Shrink ``window`` to ``area`` (its screen's free area) and move it, frame included,
    inside."""
    if window.isMaximized() or window.isFullScreen():
        return  # the window system fits those itself
    room = area if area is not None else available_area(window)
    frame = window.frameGeometry()
    extra_width = max(0, frame.width() - window.width())
    # the real title bar once the window system has framed the window, else an allowance
    framed = frame.height() - window.height()
    extra_height = framed if framed > 8 else FRAME_ALLOWANCE
    width = min(window.width(), room.width() - extra_width)
    height = min(window.height(), room.height() - extra_height)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    outer_width, outer_height = width + extra_width, height + extra_height
    x = min(max(frame.x(), room.left()), room.right() + 1 - outer_width)
    y = min(max(frame.y(), room.top()), room.bottom() + 1 - outer_height)
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, room.left()), max(y, room.top()))


class _ScreenFitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            fit_window(watched)
        return False


def keep_on_screen(window: QWidget) -> None:
    """Fit ``window`` to its screen every time it is shown."""
    fitter = _ScreenFitter(window)
    window.installEventFilter(fitter)


class _ContentScrollArea(QScrollArea):
    """Asks for the room its content wants (the window opens showing everything when the
    screen allows), yet can shrink to a small size and scroll."""

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar + 2, hint.height() + 2)


def scrollable(content: QWidget) -> QScrollArea:
    """A frameless scroll area around ``content`` (vertical scrolling mostly)."""
    area = _ContentScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def scroll_page(page: QWidget) -> None:
    """Let ``page``'s contents scroll: its layout moves onto a widget in a scroll area (the
    page itself stays, so code that names it keeps working)."""
    layout = page.layout()
    if layout is None or page.findChild(QScrollArea) is not None:
        return
    order = focus_chain(page)
    inner = QWidget()
    inner.setObjectName(f"{page.objectName()}Scrolled")
    inner.setLayout(layout)  # takes the layout and its widgets off the page
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scrollable(inner))
    restore_focus_chain(order)


def focus_chain(root: QWidget) -> list[QWidget]:
    """``root``'s descendants in Tab order."""
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and len(chain) < 2000:
        if not isinstance(widget, QWidget):
            # PySide6 can hand back a stale wrapper of a deleted layout item whose address
            # Qt reused; the chain cannot be followed past it, the Tab order stays Qt's own
            break
        if root.isAncestorOf(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def restore_focus_chain(chain: list[QWidget]) -> None:
    """Put the Tab order back after widgets moved to another parent."""
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def scroll_pages(tabs: QTabWidget) -> None:
    """Each page of ``tabs`` scrolls on its own."""
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is not None:
            scroll_page(page)


def scroll_body(layout: QBoxLayout, keep: QWidget) -> QScrollArea:
    """Move everything in a dialog's top ``layout`` except ``keep`` (its buttons) into a
    scroll area: a long form scrolls, the buttons stay in sight."""
    inner = QWidget()
    inner.setObjectName("scrolledBody")
    body = QVBoxLayout(inner)
    body.setContentsMargins(0, 0, 0, 0)
    index = 0
    while index < layout.count():
        item = layout.itemAt(index)
        if item is None or item.widget() is keep:
            index += 1
            continue
        layout.takeAt(index)
        widget, sub = item.widget(), item.layout()
        if widget is not None:
            body.addWidget(widget)
        elif sub is not None:
            sub.setParent(None)
            body.addLayout(sub)
        elif item.spacerItem() is not None:
            body.addStretch(1)
    area = scrollable(inner)
    layout.insertWidget(0, area, 1)
    return area


def align_labels(*forms: QFormLayout) -> None:
    """One label column for several forms shown in turn (the widest label sets it), so the
    fields do not move when another form is shown."""
    from PySide6.QtWidgets import QFormLayout

    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                labels.append(widget)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
