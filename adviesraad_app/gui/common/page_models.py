"""Item models of the Termijnen and Toezeggingen pages (imported when those pages are first
shown)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtGui import QFont

from adviesraad_app.domain.commitment_rows import CommitmentRow
from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.deadline_items import DeadlineItem
from adviesraad_app.domain.kinds import CommitmentStatus, DeadlineState, DeadlineType
from adviesraad_app.domain.reminders import reminder_text
from adviesraad_app.domain.term_days import deadline_state
from adviesraad_app.gui.common.table_model import (
    ID_ROLE,
    Index,
    TableModel,
    answer,
    role_items,
    state_background,
    text_on,
)
from adviesraad_app.gui.common.widgets import state_icon
from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.text.present import (
    commitment_closing_text,
    days_text,
    deadline_item_due_text,
    deadline_state_label,
    shift_text,
)


class DeadlinesModel(TableModel):
    """The dashboard: overdue first, then due soon, then open (awaiting a reply)."""

    def __init__(self, service: RegisterService) -> None:
        super().__init__()
        self._service = service
        self._items: list[DeadlineItem] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # per row, once painted (see load)
        self._bold: QFont | None = None
        self._as_of = date.today()
        self.headers = [
            translate("Models", "Stand"),
            translate("Models", "Dagen"),
            translate("Models", "Uiterlijk"),
            translate("Models", "Wat"),
            translate("Models", "Nr."),
            translate("Models", "Onderwerp"),
        ]

    def set_service(self, service: RegisterService) -> None:
        self._service = service

    def load(self, today: date) -> None:
        items = self._service.deadlines(today)
        rank = {
            DeadlineState.OVERDUE: 0,
            DeadlineState.DUE_SOON: 1,
            DeadlineState.OPEN: 2,
            DeadlineState.NO_DATE: 3,  # open commitments without a date: after the dated ones
        }
        self.beginResetModel()
        self._as_of = today
        self._items = sorted(items, key=lambda i: (rank[i.state], i.due_date or date.max, i.number))
        self._texts.clear()
        self.endResetModel()

    def items(self) -> list[DeadlineItem]:
        return list(self._items)

    def item(self, row: int) -> DeadlineItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def counts(self) -> dict[DeadlineState, int]:
        result = dict.fromkeys(DeadlineState, 0)
        for item in self._items:
            result[item.state] += 1
        return result

    def row_count(self) -> int:
        return len(self._items)

    @staticmethod
    def state_text(item: DeadlineItem) -> str:
        return deadline_state_label(item)

    @staticmethod
    def what_text(item: DeadlineItem) -> str:
        text = {
            DeadlineType.ADVICE_DUE: translate("Models", "Advies aan college"),
            DeadlineType.REPLY_DUE: translate("Models", "Reactie van college"),
            DeadlineType.COMMITMENT_DUE: translate("Models", "Toezegging college"),
        }[item.type]
        if item.extended:
            text += " " + translate("Models", "(verdaagd)")
        if item.shifted_from is not None and item.due_date is not None:
            text += f" ({shift_text(item.shifted_from, item.due_date, item.shift_reasons)})"
        return text

    def letters_text(self, item: DeadlineItem) -> str:
        """The reminders sent and the next step: `` · herinnerd op 1 oktober 2024 · volgende
        stap: tweede herinnering sturen vanaf 15 oktober 2024`` (docs/LETTERS.md)."""
        parts = [reminder_text(r) for r in item.reminders]
        if item.next_step is not None:
            parts.append(
                translate("Models", "volgende stap: {step}").format(
                    step=item.next_step.text(self._as_of)
                )
            )
        return "".join(" · " + p for p in parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index.row())
        if item is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return item.advice_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts_of(index.row(), item)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return state_icon(
                {DeadlineState.OVERDUE: "overdue", DeadlineState.DUE_SOON: "due_soon"}.get(
                    item.state, "open"
                )
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            return state_background(item.state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return text_on(state_background(item.state))
        if role == Qt.ItemDataRole.FontRole and column == 1 and item.state == DeadlineState.OVERDUE:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        return None

    def _tooltip(self, item: DeadlineItem) -> str:
        lines = [f"{item.number} — {item.title}"]
        if item.detail:
            lines.append(item.detail)
        if item.extended and item.original_date:
            lines.append(
                translate("Models", "Verdaagd; oorspronkelijke termijn {date}").format(
                    date=format_short(item.original_date)
                )
            )
        lines.append(
            translate("Models", "Uiterlijk: {due}").format(due=deadline_item_due_text(item))
        )
        lines += [part for part in self.letters_text(item).split(" · ") if part]
        return "\n".join(lines)

    def _texts_of(self, row: int, item: DeadlineItem) -> tuple[str, ...]:
        """The row's six texts, worked out once per row after a load (the view asks for
        them cell by cell, at every paint)."""
        texts = self._texts.get(row)
        if texts is None:
            texts = (
                self.state_text(item),
                days_text(item.days_left),
                format_short(item.due_date) or "—",
                self.what_text(item) + self.letters_text(item),
                item.number,
                item.detail or item.title,
            )
            self._texts[row] = texts
        return texts

    def multiData(
        self,
        index: Index,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,
    ) -> None:
        """The seven roles a painted cell asks for, in one call from Qt instead of seven
        (each ``data`` answered here in Python; every role asked is answered, also with
        nothing, since Qt hands the same role data to every cell)."""
        for asked in role_items(roleDataSpan):
            answer(asked, self.data(index, asked.role()))


class CommitmentsModel(TableModel):
    """Commitments with the advice they belong to."""

    def __init__(self, service: RegisterService, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self._service = service
        self._today = today
        self._rows: list[CommitmentRow] = []
        self._status: CommitmentStatus | None = CommitmentStatus.OPEN
        self.headers = [
            translate("Models", "Nr."),
            translate("Models", "Advies"),
            translate("Models", "Toezegging"),
            translate("Models", "Uiterlijk"),
            translate("Models", "Status"),
            translate("Models", "Reactie van"),
        ]

    def set_service(self, service: RegisterService) -> None:
        self._service = service

    def load(self, status: CommitmentStatus | None) -> None:
        self._status = status
        self.beginResetModel()
        self._rows = self._service.commitments(status)
        self.endResetModel()

    def reload(self) -> None:
        self.load(self._status)

    def commitment_row(self, row: int) -> CommitmentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_count(self) -> int:
        return len(self._rows)

    def _due_text(self, row: CommitmentRow) -> str:
        """The date with the same state words as Termijnen: ``01-03-2025 — te laat``,
        ``— binnenkort``; ``open, zonder termijn`` for an open one without a date."""
        c = row.commitment
        if c.due_date is None:
            if c.status == CommitmentStatus.OPEN:
                return translate("Models", "open, zonder termijn")
            return translate("Models", "geen termijn")
        due = format_short(c.due_date)
        if c.status != CommitmentStatus.OPEN:
            return due
        state = deadline_state(c.due_date, self._today(), self._service.settings.due_soon_days)
        if state == DeadlineState.OVERDUE:
            return due + " — " + translate("Models", "te laat")
        if state == DeadlineState.DUE_SOON:
            return due + " — " + translate("Models", "binnenkort")
        return due

    def _overdue(self, row: CommitmentRow) -> bool:
        c = row.commitment
        return (
            c.status == CommitmentStatus.OPEN
            and c.due_date is not None
            and c.due_date < self._today()
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.commitment_row(index.row())
        if row is None:
            return None
        c = row.commitment
        column = index.column()
        if role == ID_ROLE:
            return row.advice_id
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                row.number,
                row.title,
                c.text,
                self._due_text(row),
                commitment_closing_text(c) or c.status.label,
                format_short(row.reply_date),
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2, 4):
            return {1: row.title, 2: c.text, 4: commitment_closing_text(c) or None}[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 4:
            return state_icon(
                {CommitmentStatus.DONE: "done", CommitmentStatus.LAPSED: "lapsed"}.get(
                    c.status, "overdue" if self._overdue(row) else "open"
                )
            )
        if role == Qt.ItemDataRole.BackgroundRole and self._overdue(row):
            return state_background(DeadlineState.OVERDUE)
        if role == Qt.ItemDataRole.ForegroundRole and self._overdue(row):
            return text_on(state_background(DeadlineState.OVERDUE))
        return None
