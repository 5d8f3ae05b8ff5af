"""Instellingen › Feestdagen en vrije dagen: the non-working days of a chosen year with their
source (law, decree, provisional, own), and the council's own days to add or remove."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from adviesraad_app.domain.dates import format_weekday_long
from adviesraad_app.domain.holidays import (
    HolidaySource,
    OwnDay,
    decree_for,
    holidays,
    with_own_day,
    without_own_day,
)
from adviesraad_app.gui.common.operations import Op
from adviesraad_app.gui.common.widgets import ErrorLabel
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_non_working_days_dialog import Ui_NonWorkingDaysDialog
from adviesraad_app.i18n import translate


def sources_note(year: int) -> str:
    """Where the days of ``year`` come from, citing the decree by its title."""
    law = translate(
        "NonWorkingDays",
        "Wet: Algemene termijnenwet art. 3 lid 1 (feestdagen) en lid 2 (Goede Vrijdag).",
    )
    decree = decree_for(year)
    if decree is not None:
        equated = translate("NonWorkingDays", "Besluit (art. 3 lid 3): {title}.").format(
            title=decree.title
        )
    else:
        equated = translate(
            "NonWorkingDays",
            "Voorlopig: voor {year} is nog geen besluit bekend; de vrijdag na een feestdag op "
            "donderdag (zoals na Hemelvaartsdag) is geschat naar de recente besluiten.",
        ).format(year=year)
    return f"{law}\n{equated}"


class NonWorkingDaysDialog(QDialog, Ui_NonWorkingDaysDialog):
    """Shows a year's non-working days; edits the council's own days (kept until OK)."""

    def __init__(self, parent: QWidget | None, own_days: tuple[OwnDay, ...], year: int) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.own_days = own_days
        self.days.setColumnCount(3)
        self.days.setAccessibleName(
            translate("NonWorkingDays", "Niet-werkdagen van het gekozen jaar")
        )
        self.days.setHorizontalHeaderLabels(
            [
                translate("NonWorkingDays", "Datum"),
                translate("NonWorkingDays", "Naam"),
                translate("NonWorkingDays", "Bron"),
            ]
        )
        header = self.days.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.days.verticalHeader().hide()
        self.days.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.error = ErrorLabel(self)
        self.form.addRow("", self.error)
        self.year.setValue(year)
        self.year.valueChanged.connect(self._fill)
        self.addOwnDay.clicked.connect(self._add)
        self.removeOwnDay.clicked.connect(self._remove)
        self.days.itemSelectionChanged.connect(self._update_buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill()
        prepare_window(self)

    def _fill(self) -> None:
        shown = holidays(self.year.value(), self.own_days)
        self.days.setRowCount(len(shown))
        for row, holiday in enumerate(shown):
            cells = (format_weekday_long(holiday.date), holiday.name, holiday.source.label)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, holiday.date.toordinal())
                if holiday.decree:
                    item.setToolTip(holiday.decree)
                self.days.setItem(row, column, item)
        self.days.resizeColumnToContents(0)
        self.days.resizeColumnToContents(2)
        self.sourcesNote.setText(sources_note(self.year.value()))
        self._update_buttons()

    def _selected_own_day(self) -> date | None:
        rows = {index.row() for index in self.days.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        item, source = self.days.item(row, 0), self.days.item(row, 2)
        if item is None or source is None or source.text() != HolidaySource.EIGEN.label:
            return None
        return date.fromordinal(int(item.data(Qt.ItemDataRole.UserRole)))

    def _update_buttons(self) -> None:
        self.removeOwnDay.setEnabled(self._selected_own_day() is not None)

    def _add(self) -> None:
        problem = self.ownDate.error()
        day = self.ownDate.date()
        if problem is None and day is None:
            problem = translate("NonWorkingDays", "Vul de datum van de vrije dag in.")
        if problem is not None or day is None:
            self.error.show_message(problem)
            return
        own_days = Op(self, lambda: with_own_day(self.own_days, day, self.ownName.text()))
        if not own_days.tell(self.error.show_message).run() or own_days.result is None:
            return
        self.own_days = own_days.result
        self.error.show_message(None)
        self.ownName.clear()
        self.ownDate.setDate(None)
        if self.year.value() != day.year:
            self.year.setValue(day.year)  # fills the table
        else:
            self._fill()

    def _remove(self) -> None:
        day = self._selected_own_day()
        if day is not None:
            self.own_days = without_own_day(self.own_days, day)
            self._fill()
