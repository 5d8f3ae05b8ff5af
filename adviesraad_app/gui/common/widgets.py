"""Small widgets shared by the forms: a nullable Dutch date field, error labels, icons, the
wait cursor."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from datetime import date as _Date
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from adviesraad_app.domain.dates import EARLIEST_YEAR, LATEST_YEAR, format_short, parse_date
from adviesraad_app.domain.errors import DateParseError
from adviesraad_app.resources import resource_path

if TYPE_CHECKING:
    # The calendar and the form's rows are only needed when a calendar opens or an error
    # label is placed; this module is imported at start-up (PySide makes a class and its
    # enums when it is first imported).
    from PySide6.QtWidgets import QFormLayout, QMenu

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor while the program reads, plans or writes."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


@cache
def icon(*parts: str) -> QIcon:
    """An icon from ``resources/icons`` (SVG). The same picture when its row or item is
    selected: Qt would tint it with the selection colour, and a state's colour (red, amber,
    green) is what it says; a grey icon on the blue selection all but disappeared."""
    path = str(resource_path("icons", *parts))
    result = QIcon(path)
    result.addFile(path, QSize(), QIcon.Mode.Selected)
    return result


def state_icon(name: str) -> QIcon:
    """``overdue``, ``due_soon``, ``open``, ``done``, ``lapsed``, ``confidential``."""
    return icon("state", f"{name}.svg")


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateEdit(QWidget):
    """A date field that may be empty: type a Dutch date or pick one from a calendar.

    Accepts everything ``parse_date`` accepts (``12-8-2024``, ``12 augustus 2024``, ...) and
    shows it as ``12-08-2024`` once typed. Invalid text stays visible, marked, and
    :meth:`error` says why, so the form can refuse to save.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.line.setClearButtonEnabled(True)
        self.line.setMaximumWidth(150)
        self.button = QToolButton(self)
        self.button.setIcon(icon("calendar.svg"))
        self.button.setToolTip(self.tr("Kies een datum in de kalender (Alt+pijl omlaag)"))
        self.button.setAccessibleName(self.tr("Kalender"))
        # Not a Tab stop: Alt+Down in the field opens the calendar.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.line.installEventFilter(self)
        self.line.setProperty("invalid", False)
        self._marked: str | None = None  # the message the field shows (None: valid)
        self._written: tuple[str, _Date] | None = None  # the text setDate wrote, its date
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.line)
        # A label's Alt+letter only moves the focus to a buddy that takes focus; Tab skips
        # this widget itself (it has a proxy) and stops at the line.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._menu: QMenu | None = None
        self.button.clicked.connect(self._popup)
        self.line.editingFinished.connect(self._normalise)
        self.line.textChanged.connect(self._text_changed)

    # -- value ---------------------------------------------------------------------------

    def date(self) -> _Date | None:
        """The date, or ``None`` when empty or invalid (see :meth:`error`)."""
        text = self.line.text().strip()
        if not text:
            return None
        if self._written is not None and text == self._written[0]:
            return self._written[1]
        try:
            return parse_date(text)
        except DateParseError:
            return None

    def error(self) -> str | None:
        """A Dutch message when the text is not a date; ``None`` when valid or empty."""
        text = self.line.text().strip()
        if not text or (self._written is not None and text == self._written[0]):
            return None
        try:
            parse_date(text)
        except DateParseError as exc:
            return exc.message
        return None

    def setDate(self, value: _Date | None) -> None:
        # What it writes is known to be that date, not read back: reading a date compiles
        # the date patterns (~0.7 ms), which Termijnen's peildatum would make at every start.
        written = format_short(value) if value else ""
        in_range = value is not None and EARLIEST_YEAR <= value.year <= LATEST_YEAR
        self._written = (written, value) if in_range and value is not None else None
        self.line.setText(written)
        self._mark()

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def setReadOnly(self, readonly: bool) -> None:
        self.line.setReadOnly(readonly)
        self.button.setEnabled(not readonly)

    # -- behaviour -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (
                (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier
                )
                or event.key() == Qt.Key.Key_F4
            )
        ):
            if self.button.isEnabled():
                self._popup()
            return True
        return super().eventFilter(watched, event)

    def _text_changed(self) -> None:
        self._mark()
        self.changed.emit()

    def _normalise(self) -> None:
        value = self.date()
        if value is not None and self.line.text() != format_short(value):
            self.line.setText(format_short(value))
        self._mark()

    def _mark(self) -> None:
        message = self.error()
        if message == self._marked:
            return  # shown as it is (a style sheet set again restyles the field: ~1 ms)
        self._marked = message
        self.line.setProperty("invalid", message is not None)
        self.line.setStyleSheet("QLineEdit { border: 2px solid #c62828; }" if message else "")
        self.line.setToolTip(message or "")

    def _popup(self) -> None:
        from PySide6.QtWidgets import QCalendarWidget, QMenu, QWidgetAction

        calendar = QCalendarWidget()
        calendar.setLocale(DUTCH)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(True)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        current = self.date()
        if current is not None:
            calendar.setSelectedDate(to_qdate(current))
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(value: QDate) -> None:
            self.setDate(from_qdate(value))
            self.changed.emit()
            menu.close()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        self._menu = menu
        menu.popup(self.button.mapToGlobal(QPoint(0, self.button.height())))
        calendar.setFocus()


class ErrorLabel(QLabel):
    """A message shown right under a field when its input is invalid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b71c1c;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str | None) -> None:
        if message:
            self.setText("⚠ " + message)
            self.show()
        else:
            self.clear()
            self.hide()


def add_error_label(form: QFormLayout, field: QWidget) -> ErrorLabel:
    """Put an (initially hidden) error label in the row under ``field``."""
    label = ErrorLabel(field.parentWidget())
    position: tuple[int, object] = form.getWidgetPosition(field)  # type: ignore[assignment]
    row = position[0]
    if row < 0:
        form.addRow("", label)
    else:
        form.insertRow(row + 1, "", label)
    field.setProperty("errorLabel", label)
    return label
