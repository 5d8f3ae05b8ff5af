"""Item models of the main views. They read through the service, never with SQL.

The register model is lazy (after Anki's browser table and Vorta's event log): it holds the
ordered ids of the selection and fetches the rows around what the view asks for in blocks,
so 100,000 advices cost one list of ints, not 100,000 row objects. A search's ids are put in
order as they are read (``storage.ranked_ids``): a keystroke orders the first screen only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QModelRoleData,
    QModelRoleDataSpan,
    Qt,
)

from adviesraad_app.domain.dates import format_moment, format_short
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.kinds import AdviceStatus, DeadlineState, Outcome
from adviesraad_app.domain.term_days import deadline_state
from adviesraad_app.domain.views import RegisterRow
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
from adviesraad_app.services.text.present import days_text

if TYPE_CHECKING:  # a search's tooltips: made when one is first shown, not at start-up
    from adviesraad_app.services.text.search_match import Match


def _escape(text: str) -> str:
    """``text`` for rich text. (``html`` is imported with a search's first tooltip: about
    1.5 ms, not needed to show the window.)"""
    import html

    return html.escape(text)


_REGISTER_ROLES = frozenset(
    {
        ID_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.AccessibleTextRole,
    }
)


#: The roles that paint a register cell (by number), and where each sits among a cell's
#: answers (worked out once per row). A view's delegate asks for seven roles per painted
#: cell at once (``multiData``: font, alignment, text colour, check state, icon, text,
#: background); the register answers these four and leaves the others to the view's defaults.
_SLOTS: dict[int, int] = {
    int(role): slot
    for slot, role in enumerate(
        (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        )
    )
}
_PER_CELL = len(_SLOTS)


class _Cells(NamedTuple):
    """What one register row shows, per column; ``paint``: the answers to the painting roles,
    cell after cell (``_PER_CELL`` each, in ``_SLOTS`` order: text, icon, background, text
    colour), made once when the row is first shown. One flat tuple per row: small, and not
    followed by Python's garbage collector. (A named tuple: a frozen dataclass costs about a
    millisecond to define, and this module is imported to show the window.)"""

    advice_id: int
    display: tuple[str, ...]
    tooltip: tuple[str | None, ...]
    paint: tuple[Any, ...]


_LABELS: dict[object, str] = {}


def _cache_labels() -> None:
    """Dutch labels of statuses and outcomes, looked up once instead of per painted cell."""
    if not _LABELS:
        _LABELS.update({s: s.label for s in AdviceStatus})
        _LABELS.update({o: o.label for o in Outcome})


class RegisterTableModel(TableModel):
    """All advices of a selection, in order, read lazily."""

    BLOCK = 100
    #: The first rows read after the list was (re)read, at start-up or for a keystroke in the
    #: search field: a screenful (60 rows fill a 1600-pixel-high screen), so the paint after
    #: it reads only what it shows (rows read before are not read again).
    FIRST_BLOCK = 60
    CACHE_LIMIT = 5000

    def __init__(
        self,
        service: RegisterService,
        today: Callable[[], date] = date.today,
        *,
        deleted: bool = False,
    ) -> None:
        """``deleted``: the waste basket, with the moment each advice was deleted."""
        super().__init__()
        _cache_labels()
        self._service = service
        self._today = today
        self._deleted = deleted
        self._filter = RegisterFilter(deleted=deleted)
        self._order = (
            RegisterOrder(SortKey.DELETED, descending=True) if deleted else RegisterOrder()
        )
        self._ids: Sequence[int] = []  # a search's hits are put in order as rows are read
        self._fresh = True  # no rows read for the list since it was (re)read
        self._search = ""  # the search text of the list shown (its matches are for it)
        self._matches: dict[int, Match | None] = {}
        self._rows: dict[int, RegisterRow] = {}
        self._cells: dict[int, _Cells] = {}
        self._version: tuple[object, ...] = ()
        self._today_value = today()
        self._due_soon = service.settings.due_soon_days
        self.columns: list[tuple[SortKey, str]] = [
            (SortKey.NUMBER, translate("Models", "Nr.")),
            (SortKey.TITLE, translate("Models", "Onderwerp")),
            (SortKey.KIND, translate("Models", "Soort")),
            (SortKey.THEME, translate("Models", "Thema")),
            (SortKey.SENT, translate("Models", "Verzonden")),
            (SortKey.REPLY_DUE, translate("Models", "Reactie\nuiterlijk")),
            (SortKey.REPLY_DATE, translate("Models", "Reactie\nontvangen")),
            (SortKey.DAYS_LATE, translate("Models", "Te laat")),
            (SortKey.OUTCOME, translate("Models", "Uitkomst")),
            (SortKey.STATUS, translate("Models", "Status")),
        ]
        if deleted:
            self.columns.append((SortKey.DELETED, translate("Models", "Verwijderd op")))
        self.headers = [label for _key, label in self.columns]
        # Per column, looked up once (an enum's hash is a Python call): its plain text, and
        # whether the college's term or the council's own colours it, and whether it can
        # have a tooltip or an icon.
        self._plan = tuple(
            (
                key,
                _PLAIN_CELLS.get(key),
                key in _REPLY_TERM_COLUMNS,
                key == SortKey.STATUS,
                key in _MARKED_COLUMNS,
            )
            for key, _label in self.columns
        )

    # -- selection -----------------------------------------------------------------------

    @property
    def selection(self) -> RegisterFilter:
        return self._filter

    @property
    def order(self) -> RegisterOrder:
        return self._order

    def set_service(self, service: RegisterService) -> None:
        self._service = service

    def set_filter(self, selection: RegisterFilter) -> bool:
        """Show ``selection``; ``True`` when that made a new list (not for a space or a
        first letter typed, which search nothing new)."""
        if selection == self._filter:
            return False
        query = RegisterService.search_query
        same_terms = query(selection.search) == query(self._filter.search)
        unchanged = same_terms and replace(selection, search="") == replace(self._filter, search="")
        self._filter = selection
        if not unchanged:  # a space or a first letter typed: the same result, no new search
            self.reload()
        return not unchanged

    def set_order(self, order: RegisterOrder) -> None:
        if order != self._order:
            self._order = order
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = self._service.register_sequence(self._filter, self._order)
        searched = self._filter.search if RegisterService.search_query(self._filter.search) else ""
        if searched != self._search:
            self._search = searched
            self._matches.clear()
        # Rows read before stay valid while the data, the day and the settings are the same:
        # a new search often shows many of the same advices.
        version = (
            self._service.data_version(),
            self._today(),
            self._service.settings.due_soon_days,
        )
        if version != self._version:
            self._version = version
            self._rows.clear()
            self._cells.clear()
        self._today_value = self._today()
        self._due_soon = self._service.settings.due_soon_days
        self._fresh = True
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def search_match(self, advice_id: int) -> Match | None:
        """Where the current search matched this advice (``None`` without a search). Worked
        out when first asked (a tooltip), not for every painted row."""
        if not self._search:
            return None
        if advice_id not in self._matches:
            if len(self._matches) > self.CACHE_LIMIT:
                self._matches.clear()
            found = self._service.search_matches([advice_id], self._search)
            self._matches[advice_id] = found.get(advice_id)
        return self._matches[advice_id]

    def match_tooltip(self, advice_id: int) -> str | None:
        """Rich text: "Gevonden in <field>: …<b>hit</b>…"."""
        found = self.search_match(advice_id)
        if found is None:
            return None
        from adviesraad_app.gui.common.search_marks import field_label, highlighted_html

        return translate("Models", "Gevonden in {field}: {snippet}").format(
            field=_escape(field_label(found.field)), snippet=highlighted_html(found)
        )

    def advice_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, advice_id: int) -> int:
        try:
            return self._ids.index(advice_id)
        except ValueError:
            return -1

    def register_row(self, row: int) -> RegisterRow | None:
        if not 0 <= row < len(self._ids):
            return None
        advice_id = self._ids[row]
        cached = self._rows.get(advice_id)
        if cached is None:
            if len(self._rows) > self.CACHE_LIMIT:
                self._rows.clear()
                self._cells.clear()
            size = min(self.BLOCK, self.FIRST_BLOCK) if self._fresh else self.BLOCK
            self._fresh = False
            start = max(0, row - size // 4)
            rows = self._rows
            block = [i for i in self._ids[start : start + size] if i not in rows]
            rows.update(self._service.register_rows(block))
            cached = self._rows.get(advice_id)
        return cached

    # -- Qt model ------------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._ids)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            self.set_order(
                RegisterOrder(self.columns[column][0], order == Qt.SortOrder.DescendingOrder)
            )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per cell on every repaint; answer the unused ones first,
        # and the used ones from the row's cells, worked out once when the row is first shown.
        if role not in _REGISTER_ROLES or not index.isValid():
            return None
        cells = self._cells_of(index.row())
        if cells is None:
            return None
        column = index.column()
        slot = _SLOTS.get(role)
        if slot is not None:
            return cells.paint[column * _PER_CELL + slot]
        if role == ID_ROLE:
            return cells.advice_id
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = cells.tooltip[column]
            if self._search and column < 2:  # number and subject: where the search matched
                found = self.match_tooltip(cells.advice_id)
                if found is not None:
                    return f"{_escape(tip)}<br>{found}" if tip else found
            return tip
        # AccessibleTextRole: what a screen reader says for the cell
        tip = cells.tooltip[column]
        return cells.display[column] + (" " + tip if tip else "")

    def multiData(
        self,
        index: Index,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,
    ) -> None:
        """Every role a painted cell asks for in one call (Qt's delegate asks seven at once;
        answering them one ``data()`` call each cost more than the rest of the paint). Every
        role asked is answered, also with nothing: Qt hands the same role data to every cell."""
        items = role_items(roleDataSpan)
        cells = self._cells_of(index.row()) if index.isValid() else None
        if cells is None:
            for item in items:
                item.clearData()
            return
        paint, first = cells.paint, index.column() * _PER_CELL
        for item in items:
            role = item.role()
            slot = _SLOTS.get(role)
            value = (
                paint[first + slot]
                if slot is not None
                else self.data(index, role)  # a tooltip, the id, ... (or nothing)
                if role in _REGISTER_ROLES
                else None
            )
            answer(item, value)

    def _cells_of(self, row_number: int) -> _Cells | None:
        advice_id = self.advice_id(row_number)
        if advice_id is None:
            return None
        cells = self._cells.get(advice_id)
        if cells is None:
            row = self.register_row(row_number)
            if row is None:
                return None
            reply_brush = state_background(self._reply_state(row))
            advice_brush = state_background(self._advice_state(row))
            display: list[str] = []
            tooltip: list[str | None] = []
            paint: list[Any] = []
            for key, plain, reply_term, status, marked in self._plan:
                text = plain(row) if plain is not None else self._display(row, key)
                background = reply_brush if reply_term else advice_brush if status else None
                display.append(text)
                # Only the marked columns can have a tooltip or an icon.
                tooltip.append(self._tooltip(row, key) if marked else None)
                paint += (  # in _SLOTS order
                    text,
                    self._decoration(row, key) if marked else None,
                    background,
                    text_on(background),
                )
            cells = _Cells(row.id, tuple(display), tuple(tooltip), tuple(paint))
            self._cells[advice_id] = cells
        return cells

    def _reply_state(self, row: RegisterRow) -> DeadlineState | None:
        """The college's term, while the council waits for the reply."""
        if row.status != AdviceStatus.ADVIES_VERZONDEN or self._deleted:
            return None
        return self._term_state(row.reply_due)

    def _advice_state(self, row: RegisterRow) -> DeadlineState | None:
        """The council's own term, while a requested advice is being prepared."""
        preparing = (AdviceStatus.AANVRAAG_ONTVANGEN, AdviceStatus.IN_VOORBEREIDING)
        if row.status not in preparing or self._deleted:
            return None
        return self._term_state(row.advice_due)

    def _term_state(self, due: date | None) -> DeadlineState | None:
        return None if due is None else deadline_state(due, self._today_value, self._due_soon)

    def _display(self, row: RegisterRow, key: SortKey) -> str:
        if key == SortKey.DAYS_LATE:
            return self._days_late_text(row)
        plain = _PLAIN_CELLS.get(key)
        return plain(row) if plain is not None else ""

    def _days_late_text(self, row: RegisterRow) -> str:
        # While the reply is missing the count still runs: the red icon, the colour and
        # the tooltip say so, and the empty "Reactie ontvangen" next to it.
        late = row.days_late(self._today_value)
        if late is None or (late == 0 and row.reply_date is None):
            return ""
        if late == 0:
            return translate("Models", "op tijd")
        if late == 1:
            return translate("Models", "1 dag")
        return translate("Models", "{n} dagen").format(n=late)

    def _tooltip(self, row: RegisterRow, key: SortKey) -> str | None:
        if key == SortKey.TITLE:
            extra = " " + translate("Models", "(vertrouwelijk)") if row.confidential else ""
            return row.title + extra
        if key == SortKey.STATUS and row.advice_due and self._advice_state(row) is not None:
            return translate("Models", "Advies uiterlijk {date}: {days}").format(
                date=format_short(row.advice_due),
                days=days_text((row.advice_due - self._today_value).days),
            )
        if key in (SortKey.REPLY_DUE, SortKey.DAYS_LATE) and row.reply_due:
            state = self._reply_state(row)
            if state is not None:
                return translate("Models", "Reactie van het college: {days}").format(
                    days=days_text((row.reply_due - self._today_value).days)
                )
            if row.reply_date is not None and row.reply_days_late:
                return translate("Models", "De reactie kwam {days}.").format(
                    days=days_text(-row.reply_days_late)
                )
        return None

    def _decoration(self, row: RegisterRow, key: SortKey) -> Any:
        if key in (SortKey.REPLY_DUE, SortKey.DAYS_LATE, SortKey.STATUS):
            state = self._advice_state(row) if key == SortKey.STATUS else self._reply_state(row)
            if state == DeadlineState.OVERDUE:
                return state_icon("overdue")
            if state == DeadlineState.DUE_SOON:
                return state_icon("due_soon")
        if key == SortKey.TITLE and row.confidential:
            return state_icon("confidential")
        if key == SortKey.STATUS and row.status == AdviceStatus.AFGEROND:
            return state_icon("done")
        return None


#: Columns coloured by the college's term; the columns that can have a tooltip or an icon
#: (``_tooltip`` and ``_decoration`` answer nothing for the others).
_REPLY_TERM_COLUMNS = frozenset({SortKey.REPLY_DUE, SortKey.DAYS_LATE})
_MARKED_COLUMNS = frozenset({SortKey.TITLE, SortKey.STATUS, SortKey.REPLY_DUE, SortKey.DAYS_LATE})


#: What a register cell shows, for the columns that need nothing but the row.
_PLAIN_CELLS: dict[SortKey, Callable[[RegisterRow], str]] = {
    SortKey.NUMBER: lambda row: row.number,
    SortKey.TITLE: lambda row: row.title,
    SortKey.KIND: lambda row: row.kind.value,
    SortKey.THEME: lambda row: row.theme,
    SortKey.SENT: lambda row: format_short(row.sent_date),
    SortKey.REPLY_DUE: lambda row: format_short(row.reply_due),
    SortKey.REPLY_DATE: lambda row: format_short(row.reply_date),
    SortKey.OUTCOME: lambda row: _LABELS[row.outcome] if row.outcome else "",
    SortKey.STATUS: lambda row: _LABELS[row.status],
    SortKey.DELETED: lambda row: format_moment(row.deleted_at),
}
