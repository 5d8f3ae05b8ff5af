"""The register's columns: as wide as their contents, the subject taking the room that is
left, less important columns giving way on a narrow window, a header menu to hide or show
them. Used by Adviezen and Verwijderd."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMenu, QTableView

from adviesraad_app.domain.filters import SortKey
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, Outcome
from adviesraad_app.gui.common.models import RegisterTableModel
from adviesraad_app.i18n import translate

SUBJECT_MIN = 200


def _column_samples() -> dict[SortKey, tuple[list[str], bool]]:
    """Per register column: the widest texts it shows, and whether a state icon goes with
    them. The widths follow from the font, so they fit on Windows and Linux alike."""
    a_date = "30-12-2026"
    return {
        SortKey.NUMBER: (["2026-100"], False),
        SortKey.KIND: ([kind.value for kind in AdviceKind], False),
        SortKey.THEME: (["Participatiewet"], False),
        SortKey.SENT: ([a_date], False),
        SortKey.REPLY_DUE: ([a_date], True),
        SortKey.REPLY_DATE: ([a_date], False),
        SortKey.DAYS_LATE: ([translate("Models", "{n} dagen").format(n=999)], True),
        SortKey.OUTCOME: ([outcome.label for outcome in Outcome], False),
        SortKey.STATUS: ([status.label for status in AdviceStatus], True),
        SortKey.DELETED: ([f"{a_date} 23:59"], False),
    }


def register_columns(table: QTableView, model: RegisterTableModel) -> None:
    """Columns as wide as their contents and header need; the subject takes the room that
    is left. A right click on the header hides or shows columns."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    cell = table.fontMetrics()
    head = header.fontMetrics()
    icon = table.iconSize().width() if table.iconSize().isValid() else 16
    samples = _column_samples()
    for column, (key, label) in enumerate(model.columns):
        texts, with_icon = samples.get(key, ([], False))
        contents = max((cell.horizontalAdvance(t) for t in texts), default=0)
        contents += 10 + (icon + 6 if with_icon else 0)
        heading = max(head.horizontalAdvance(line) for line in label.split("\n")) + 24
        if key != SortKey.TITLE:
            table.setColumnWidth(column, max(contents, heading))
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(
        lambda pos: column_menu(table, model).exec(header.mapToGlobal(pos))
    )
    SubjectFitter(table)


def column_menu(table: QTableView, model: RegisterTableModel) -> QMenu:
    """Kolommen tonen of verbergen; the number and the subject always stay."""
    header = table.horizontalHeader()
    menu = QMenu(table)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for column, (key, label) in enumerate(model.columns):
        if key in (SortKey.NUMBER, SortKey.TITLE):
            continue
        action = menu.addAction(label.replace("\n", " "))
        action.setCheckable(True)
        fitter = table.findChild(SubjectFitter, "subjectFitter")
        narrow = fitter.auto_hidden if fitter is not None else set()
        action.setChecked(not header.isSectionHidden(column) or column in narrow)
        action.toggled.connect(lambda shown, c=column: show_column(table, c, shown))
    return menu


def show_column(table: QTableView, column: int, shown: bool) -> None:
    fitter = table.findChild(SubjectFitter, "subjectFitter")
    if fitter is not None:
        fitter.auto_hidden.discard(column)
    table.horizontalHeader().setSectionHidden(column, not shown)
    fit_subject(table)


#: Columns that make room for the subject on a narrow window, first to go first. They come
#: back when the window is wide enough; the user's own choice (the header menu) is kept apart.
GIVE_WAY = (
    SortKey.REPLY_DATE,
    SortKey.THEME,
    SortKey.KIND,
    SortKey.OUTCOME,
    SortKey.SENT,
    SortKey.DAYS_LATE,
)
SUBJECT_READABLE = 300


class SubjectFitter(QObject):
    """Keeps the subject column as wide as the table allows when the table is resized; on a
    narrow table, less important columns give way before the subject gets too narrow."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.setObjectName("subjectFitter")
        self._table = table
        self.auto_hidden: set[int] = set()
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        table = self._table
        header = table.horizontalHeader()
        model = table.model()
        columns = getattr(model, "columns", [])
        for column in self.auto_hidden:
            header.setSectionHidden(column, False)
        self.auto_hidden.clear()

        def others() -> int:
            return sum(
                header.sectionSize(c)
                for c in range(header.count())
                if c != 1 and not header.isSectionHidden(c)
            )

        room = table.viewport().width()
        for key in GIVE_WAY:
            if room - others() >= SUBJECT_READABLE or room <= 0:
                break
            column = next((i for i, (k, _label) in enumerate(columns) if k == key), -1)
            if column >= 0 and not header.isSectionHidden(column):
                header.setSectionHidden(column, True)
                self.auto_hidden.add(column)
        table.setColumnWidth(1, max(SUBJECT_MIN, room - others()))


def fit_subject(table: QTableView) -> None:
    fitter = table.findChild(SubjectFitter, "subjectFitter")
    if fitter is not None:
        fitter.fit()
