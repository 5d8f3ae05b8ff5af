"""Every item model passes Qt's model tester."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    Qt,
)
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.kinds import AdviceKind, CommitmentStatus, Outcome
from adviesraad_app.gui.common.models import RegisterTableModel
from adviesraad_app.gui.common.page_models import CommitmentsModel, DeadlinesModel
from adviesraad_app.gui.common.table_model import ID_ROLE
from adviesraad_app.gui.dossier.models import OutcomesModel, RecommendationsModel, RowsModel
from adviesraad_app.services.text.present import order_text
from tests.conftest import TODAY


def test_register_model(qtmodeltester, demo_service) -> None:  # type: ignore[no-untyped-def]
    model = RegisterTableModel(demo_service, lambda: TODAY)
    model.reload()
    qtmodeltester.check(model)
    model.set_filter(RegisterFilter(search="werk"))
    qtmodeltester.check(model)
    model.sort(7)
    qtmodeltester.check(model)


def test_deadlines_model(qtmodeltester, demo_service) -> None:  # type: ignore[no-untyped-def]
    model = DeadlinesModel(demo_service)
    model.load(TODAY)
    qtmodeltester.check(model)


def test_commitments_model(qtmodeltester, demo_service) -> None:  # type: ignore[no-untyped-def]
    model = CommitmentsModel(demo_service, lambda: TODAY)
    model.load(None)
    qtmodeltester.check(model)
    model.load(CommitmentStatus.OPEN)
    qtmodeltester.check(model)


def test_dossier_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    rows = RowsModel(["a", "b"])
    rows.set_rows([["1", "2"], ["3", "4"]], [1, 2])
    qtmodeltester.check(rows)
    recs = RecommendationsModel()
    recs.set_texts(["een", "twee"])
    qtmodeltester.check(recs)
    outcomes = OutcomesModel()
    outcomes.set_rows([(1, "een"), (2, "twee")], {1: (Outcome.NIET, "geld")})
    qtmodeltester.check(outcomes)


def test_register_model_reads_lazily(demo_service) -> None:  # type: ignore[no-untyped-def]
    model = RegisterTableModel(demo_service, lambda: TODAY)
    model.BLOCK = 4
    model.reload()
    assert model.rowCount() == 13
    assert model._rows == {}
    model.data(model.index(0, 0))
    assert 0 < len(model._rows) <= 4


def test_register_model_reads_a_screenful_first(demo_service) -> None:  # type: ignore[no-untyped-def]
    """The first paint reads what it shows (FIRST_BLOCK rows), later reads a whole block."""
    model = RegisterTableModel(demo_service, lambda: TODAY)
    model.FIRST_BLOCK, model.BLOCK = 3, 6
    model.reload()
    model.data(model.index(0, 0))
    assert len(model._rows) == 3
    model.data(model.index(5, 0))
    assert len(model._rows) == 3 + 6
    assert model.data(model.index(8, 0)) == model.register_row(8).number


def test_a_new_list_reads_a_screenful_of_rows_not_read_before(demo_service) -> None:  # type: ignore[no-untyped-def]
    """A keystroke in the search field makes a new list: its first paint reads a screenful
    (FIRST_BLOCK rows), not a whole block, and none of the rows read before."""
    model = RegisterTableModel(demo_service, lambda: TODAY)
    model.FIRST_BLOCK, model.BLOCK = 3, 6
    model.reload()
    model.data(model.index(0, 0))
    model.data(model.index(5, 0))  # scrolled on: a whole block
    known = set(model._rows)
    reads: list[list[int]] = []
    reader = demo_service.register_rows

    def counted(ids: list[int]) -> object:
        reads.append(list(ids))
        return reader(ids)

    demo_service.register_rows = counted
    model.set_order(RegisterOrder(SortKey.NUMBER, descending=False))  # the oldest first
    shown = model.ids()[:3]
    assert set(shown) - known  # the new first screen holds rows not read yet
    for row in range(3):
        assert model.data(model.index(row, 0)) == model.register_row(row).number
    assert len(reads) == 1
    assert len(reads[0]) <= 3
    assert not set(reads[0]) & known


def test_waste_basket_says_when_each_advice_was_deleted(qtmodeltester, demo_service) -> None:  # type: ignore[no-untyped-def]
    ids = demo_service.register_ids(RegisterFilter(), RegisterOrder())[:3]
    for advice_id in ids:
        demo_service.delete_advice(advice_id)
    model = RegisterTableModel(demo_service, lambda: TODAY, deleted=True)
    model.reload()
    qtmodeltester.check(model)
    assert model.headers[-1] == "Verwijderd op"
    assert model.rowCount() == 3
    shown = model.data(model.index(0, len(model.headers) - 1))
    assert shown.startswith(format_short(date.today())) and len(shown) == len("12-08-2024 14:05")
    moments = [model.register_row(row).deleted_at for row in range(3)]
    assert moments == sorted(moments, reverse=True)  # the last deleted first
    assert "Verwijderd op" not in RegisterTableModel(demo_service).headers


def test_status_warns_about_the_councils_own_term(service) -> None:  # type: ignore[no-untyped-def]
    service.create_advice(
        Advice(kind=AdviceKind.GEVRAAGD, title="Armoedebeleid", request_received=date(2026, 9, 1))
    )
    model = RegisterTableModel(service, lambda: date(2027, 1, 4))
    model.reload()
    status = [key for key, _ in model.columns].index(SortKey.STATUS)
    index = model.index(0, status)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole).startswith("Advies uiterlijk ")
    assert "te laat" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    early = RegisterTableModel(service, lambda: date(2026, 9, 2))
    early.reload()
    assert early.data(early.index(0, status), Qt.ItemDataRole.BackgroundRole) is None


def test_every_sort_order_can_be_described() -> None:
    for key in SortKey:
        for descending in (False, True):
            assert order_text(RegisterOrder(key, descending))


#: What Qt's item delegate asks for each painted cell (in one ``multiData`` call), and the
#: roles asked one at a time (tooltips, screen readers, the id of a row).
_DELEGATE_ROLES = (
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
)
_OTHER_ROLES = (
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.SizeHintRole,
    ID_ROLE,
)


_ASKED: dict[int, QModelRoleData] = {}


def _multi(index: QModelIndex, role: int) -> object:
    """What ``multiData`` answers, asked as Qt's delegate asks: with the same role data
    for every cell, so an answer left over from the cell before would show."""
    item = _ASKED.setdefault(role, QModelRoleData(role))
    index.multiData(QModelRoleDataSpan(item))
    return _comparable(item.data())


def _comparable(value: object) -> object:
    """Icons have no ``==``: the same icon has the same cache key."""
    return value.cacheKey() if isinstance(value, QIcon) else value


class _Delegate(QStyledItemDelegate):
    def option(self, index: QModelIndex) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initStyleOption(option, index)
        return option


def _compare_cells(
    model: QAbstractItemModel,
    delegate: _Delegate,
    also: Callable[[QStyleOptionViewItem, QModelIndex], None] | None = None,
) -> dict[int, int]:
    """Every cell's answer to each role through ``multiData`` is ``data()``'s, and the
    delegate paints its text; how many cells answered each role (``also``: more checks of
    the delegate's option per cell)."""
    shown: dict[int, int] = {}
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in _DELEGATE_ROLES + _OTHER_ROLES:
                expected = _comparable(model.data(index, role))
                assert _multi(index, role) == expected, (row, column, role)
                if expected is not None:
                    shown[role] = shown.get(role, 0) + 1
            option = delegate.option(index)
            assert option.text == model.data(index)
            if also is not None:
                also(option, index)
    return shown


def _painted_like_data(option: QStyleOptionViewItem, index: QModelIndex) -> None:
    """The register's background and icon as the delegate paints them."""
    model = index.model()
    background = model.data(index, Qt.ItemDataRole.BackgroundRole)
    assert option.backgroundBrush == (QBrush() if background is None else QBrush(background))
    icon = model.data(index, Qt.ItemDataRole.DecorationRole)
    assert option.icon.isNull() == (icon is None)


def test_register_cells_paint_what_data_says(qapp, demo_service) -> None:  # type: ignore[no-untyped-def]
    """The register answers a painted cell's roles at once (``multiData``); every answer is
    the one ``data()`` gives, also while searching, and the delegate paints it."""
    model = RegisterTableModel(demo_service, lambda: TODAY)
    delegate = _Delegate()
    for search in ("", "werk"):
        model.set_filter(RegisterFilter(search=search))
        model.reload()
        assert model.rowCount() > 0
        shown = _compare_cells(model, delegate, _painted_like_data)
        # The demo register has terms that passed, so colours and icons are compared too.
        assert shown[Qt.ItemDataRole.BackgroundRole] and shown[Qt.ItemDataRole.DecorationRole]
        assert shown[Qt.ItemDataRole.ForegroundRole] and shown[ID_ROLE]
        assert Qt.ItemDataRole.FontRole not in shown
    left_over = QModelRoleData(Qt.ItemDataRole.DisplayRole)
    left_over.setData("2024-01")
    model.multiData(QModelIndex(), QModelRoleDataSpan(left_over))
    assert left_over.data() is None


def test_deadline_cells_paint_what_data_says(qapp, demo_service) -> None:  # type: ignore[no-untyped-def]
    """Termijnen answers a painted cell's roles at once too, each as ``data()`` gives it, also
    after a load as of another day (a row's texts are worked out once per load)."""
    model = DeadlinesModel(demo_service)
    delegate = _Delegate()
    days: list[list[str]] = []
    for day in (TODAY, date(2027, 1, 4)):
        model.load(day)
        assert model.rowCount() > 0
        shown = _compare_cells(model, delegate)
        days.append([model.data(model.index(row, 1)) for row in range(model.rowCount())])
        # overdue terms in the demo register: bold days, colours and icons compared too
        assert shown[Qt.ItemDataRole.FontRole] and shown[Qt.ItemDataRole.DecorationRole]
        assert shown[Qt.ItemDataRole.BackgroundRole] and shown[ID_ROLE]
    assert days[0] != days[1]  # the days left, counted again as of the other day
