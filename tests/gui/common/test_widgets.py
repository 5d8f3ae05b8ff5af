"""gui/common/widgets.py: the Dutch date field (typed the Dutch way, shown as dd-mm-jjjj,
invalid text kept and marked with the reason, the calendar on Alt+Down, read-only), the error
label under a field, and the wait cursor."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCalendarWidget, QFormLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from adviesraad_app.gui.common.widgets import (
    DateEdit,
    ErrorLabel,
    add_error_label,
    busy_cursor,
    from_qdate,
    state_icon,
    to_qdate,
)


def _date_edit(qtbot: QtBot) -> DateEdit:
    field = DateEdit()
    qtbot.addWidget(field)
    field.show()
    return field


def test_a_dutch_date_typed_is_shown_the_short_way(qtbot: QtBot) -> None:
    field = _date_edit(qtbot)
    with qtbot.waitSignal(field.changed):
        qtbot.keyClicks(field.line, "12 augustus 2024")
    assert field.date() == date(2024, 8, 12)
    field.line.editingFinished.emit()
    assert field.text() == "12-08-2024"
    assert field.error() is None
    assert field.line.property("invalid") is False


def test_invalid_text_stays_visible_marked_with_the_reason(qtbot: QtBot) -> None:
    field = _date_edit(qtbot)
    qtbot.keyClicks(field.line, "31-2-2024")
    field.line.editingFinished.emit()
    assert field.text() == "31-2-2024"  # not replaced, not cleared
    assert field.date() is None
    message = field.error()
    assert message and "ValueError" not in message
    assert field.line.property("invalid") is True
    assert field.line.toolTip() == message
    field.setDate(None)
    assert (field.text(), field.error(), field.line.property("invalid")) == ("", None, False)


def test_a_date_set_reads_back_as_that_date_and_edits_are_read_again(qtbot: QtBot) -> None:
    field = _date_edit(qtbot)
    field.setDate(date(2026, 11, 22))
    assert (field.text(), field.date(), field.error()) == ("22-11-2026", date(2026, 11, 22), None)
    assert field.line.property("invalid") is False and field.line.toolTip() == ""
    field.line.setText("22-13-2026")  # typed over: read again, and marked
    assert field.date() is None and field.error()
    assert field.line.property("invalid") is True and field.line.toolTip() == field.error()
    field.line.setText("22-11-2026")
    assert field.error() is None and field.line.property("invalid") is False
    assert field.line.toolTip() == "" and field.line.styleSheet() == ""
    field.setDate(date(1850, 1, 1))  # outside the years a date may have: said so, as typed
    assert field.date() is None and field.error()
    assert field.line.property("invalid") is True


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
def test_alt_down_opens_the_calendar_unless_read_only(qtbot: QtBot) -> None:
    field = _date_edit(qtbot)
    field.setDate(date(2026, 3, 9))
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field._menu is not None and field._menu.isVisible()
    [calendar] = field._menu.findChildren(QCalendarWidget)
    assert from_qdate(calendar.selectedDate()) == date(2026, 3, 9)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    with qtbot.waitSignal(field.changed):
        calendar.clicked.emit(to_qdate(date(2026, 3, 16)))
    assert field.text() == "16-03-2026"
    field._menu.close()
    field._menu = None
    field.setReadOnly(True)
    assert field.line.isReadOnly() and not field.button.isEnabled()
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field._menu is None


def test_error_label_sits_under_its_field_and_hides_when_cleared(qtbot: QtBot) -> None:
    form_widget = QWidget()
    qtbot.addWidget(form_widget)
    form = QFormLayout(form_widget)
    first, second = QLineEdit(), QLineEdit()
    form.addRow("Onderwerp", first)
    form.addRow("Thema", second)
    label = add_error_label(form, first)
    assert isinstance(label, ErrorLabel)
    assert first.property("errorLabel") is label
    assert form.getWidgetPosition(label)[0] == 1  # the row right under the field
    form_widget.show()
    assert label.isHidden()
    label.show_message("Vul het onderwerp in.")
    assert label.text() == "⚠ Vul het onderwerp in." and label.isVisible()
    label.show_message(None)
    assert label.text() == "" and label.isHidden()


def test_busy_cursor_is_restored_even_after_an_error(qtbot: QtBot) -> None:
    assert QGuiApplication.overrideCursor() is None
    try:
        with busy_cursor():
            cursor = QGuiApplication.overrideCursor()
            assert cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
            raise KeyError("x")
    except KeyError:
        pass
    assert QGuiApplication.overrideCursor() is None


def test_dates_and_icons(qtbot: QtBot) -> None:
    assert from_qdate(to_qdate(date(2024, 2, 29))) == date(2024, 2, 29)
    assert not state_icon("overdue").isNull()


def test_an_icon_keeps_its_colours_when_selected(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt tints a selected item's icon with the selection colour: a state icon's colour is its
    meaning (and the grey "open" clock vanished on the blue of a selected page)."""
    from PySide6.QtGui import QIcon

    from adviesraad_app.gui.common.widgets import icon, state_icon

    for made in (state_icon("open"), state_icon("overdue"), icon("toolbar", "new.svg")):
        normal = made.pixmap(16, 16, QIcon.Mode.Normal).toImage()
        selected = made.pixmap(16, 16, QIcon.Mode.Selected).toImage()
        assert normal == selected
        assert made.pixmap(16, 16, QIcon.Mode.Disabled).toImage() != normal  # still greyed
