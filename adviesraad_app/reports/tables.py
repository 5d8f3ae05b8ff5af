"""Tables of plain text that break across pages in linear time and tag every cell
(``Table``/``TR``/``TH``/``TD``, header rows repeated on later pages as artifacts), and the
table of contents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.rl_accel import escapePDF  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import getFont  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Table, TableStyle  # type: ignore[import-untyped]
from reportlab.platypus.tables import TableRenderCB  # type: ignore[import-untyped]

from adviesraad_app.i18n import translate
from adviesraad_app.reports.fonts import BOLD, REGULAR, wrap_lines
from adviesraad_app.reports.style import (
    CELL_FONT_SIZE,
    CELL_LEADING,
    CELL_PAD_X,
    CELL_PAD_Y,
    HEADER_FILL,
    INK,
    KEEP_TOGETHER_HEIGHT,
    KEEP_TOGETHER_ROWS,
    MAX_CELL_LINES,
    RULE,
    ZEBRA,
)
from adviesraad_app.reports.tagging import StructNode, tagger_of


class TableTagger(TableRenderCB):  # type: ignore[misc]
    """Tags every cell of a table (and of the parts it is split into) as it is drawn.

    One ``Table`` element spans all parts. Header rows become ``TH`` (scope Column) the first
    time they are drawn; the copies repeated on later pages are artifacts. With
    ``row_headers`` the first column is ``TH`` with scope Row (label/value tables).
    """

    def __init__(
        self,
        *,
        header_rows: int = 1,
        row_headers: bool = False,
        table_tag: str = "Table",
        row_tag: str = "TR",
        cell_tag: str | None = None,
    ) -> None:
        self.header_rows = header_rows
        self.row_headers = row_headers
        self.table_tag = table_tag
        self.row_tag = row_tag
        self.cell_tag = cell_tag
        self.node: StructNode | None = None
        self._row: StructNode | None = None
        self._row_is_artifact = False
        self._cell_open = False
        self._drawn_parts = 0

    def startTable(self, T: Any) -> None:
        tagger = tagger_of(T.canv)
        if tagger is not None and self.node is None:
            self.node = tagger.add(self.table_tag)
        self._drawn_parts += 1

    def endTable(self, T: Any) -> None:
        pass

    def startBG(self, T: Any) -> None:
        self._begin_artifact(T)

    def endBG(self, T: Any) -> None:
        self._end(T)

    def startLines(self, T: Any) -> None:
        self._begin_artifact(T)

    def endLines(self, T: Any) -> None:
        self._end(T)

    def startRow(self, T: Any, rowNo: int) -> None:
        tagger = tagger_of(T.canv)
        repeated = self._drawn_parts > 1 and rowNo < getattr(T, "repeatRows", 0)
        self._row_is_artifact = repeated
        if tagger is None:
            return
        if repeated:
            tagger.begin_artifact(T.canv, "Pagination")
            self._row = None
        else:
            self._row = tagger.add(self.row_tag, parent=self.node)
        outlines = getattr(T, "outline_rows", None)
        if outlines:
            entry = outlines[rowNo] if rowNo < len(outlines) else None
            if entry is not None:
                key, title = entry
                T.canv.bookmarkHorizontal(key, 0, T._rowpositions[rowNo])
                T.canv.addOutlineEntry(title, key, level=0, closed=True)

    def endRow(self, T: Any) -> None:
        if self._row_is_artifact and tagger_of(T.canv) is not None:
            self._end(T)
        self._row = None

    def startCell(
        self,
        T: Any,
        rowNo: int,
        colNo: int,
        cellval: Any,
        cellstyle: Any,
        pos: Any,
        size: Any,
    ) -> None:
        tagger = tagger_of(T.canv)
        self._cell_open = False
        if tagger is None or self._row is None:
            return
        header = rowNo < self.header_rows and self._drawn_parts == 1
        if self.cell_tag is not None:
            tag, attributes = self.cell_tag, None
        elif header:
            tag, attributes = "TH", {"O": "/Table", "Scope": "/Column"}
        elif self.row_headers and colNo == 0:
            tag, attributes = "TH", {"O": "/Table", "Scope": "/Row"}
        else:
            tag, attributes = "TD", None
        node = tagger.add(tag, parent=self._row, attributes=attributes)
        if str(cellval).strip():
            tagger.begin(T.canv, node)
            self._cell_open = True

    def endCell(self, T: Any) -> None:
        if self._cell_open:
            self._end(T)
            self._cell_open = False

    def _begin_artifact(self, T: Any) -> None:
        tagger = tagger_of(T.canv)
        if tagger is not None:
            tagger.begin_artifact(T.canv)

    def _end(self, T: Any) -> None:
        tagger = tagger_of(T.canv)
        if tagger is not None:
            tagger.end(T.canv)


class TextTable(Table):  # type: ignore[misc]
    """A reportlab ``Table`` whose plain-text cells are set with one text object per line.

    reportlab's ``drawString`` builds a text object per line through several layers; for a
    10,000-row register that is most of the run time. This writes the same operators directly,
    the way reportlab documents text output for TrueType fonts (``splitString`` into subsets,
    ``getSubsetInternalName`` for their names). Anything that is not a plain string falls back
    to reportlab.
    """

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        if not isinstance(cellval, str) or cellstyle.alignment not in ("LEFT", "RIGHT"):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        canv = self.canv
        current: Any = getattr(self, "_curcellstyle", None)
        if current is not cellstyle:
            if current is None or cellstyle.color != current.color:
                canv.setFillColor(cellstyle.color)
            self._curcellstyle = cellstyle
        colpos, rowpos = pos
        colwidth, rowheight = size
        font = getFont(cellstyle.fontname)
        fontsize = cellstyle.fontsize
        y = rowpos + rowheight - cellstyle.topPadding - fontsize
        document = canv._doc
        code = canv._code
        for line in cellval.split("\n"):
            if line:
                if cellstyle.alignment == "LEFT":
                    x = colpos + cellstyle.leftPadding
                else:
                    x = colpos + colwidth - cellstyle.rightPadding
                    x -= font.stringWidth(line, fontsize)
                parts = [f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm"]
                for subset, chunk in font.splitString(line, document):
                    name = font.getSubsetInternalName(subset, document)
                    parts.append(f"{name} {fontsize:g} Tf ({escapePDF(chunk)}) Tj")
                parts.append("ET")
                code.append(" ".join(parts))
            y -= cellstyle.leading


@dataclass
class Column:
    """One table column: its header, width (points) and alignment."""

    header: str
    width: float
    align: str = "LEFT"  # LEFT, RIGHT, CENTRE
    bold: bool = False


class RowsTable(Flowable):  # type: ignore[misc]
    """A table of plain-text rows that breaks across pages in linear time.

    reportlab's own ``Table`` re-measures the remaining rows at every page break, which makes
    a 10,000-row register quadratic. Here every cell is wrapped once into lines (fonts.wrap_lines)
    and every row height is known beforehand; at a page break the rows that fit become one
    reportlab ``Table`` (header row first, so the header repeats on every page) and the rest
    stays a ``RowsTable``. All parts share one :class:`TableTagger`, so the structure tree holds
    one table. ``outlines`` (one per row, or ``None``) puts a bookmark per row in the outline.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        *,
        header: bool = True,
        row_headers: bool = False,
        outlines: Sequence[tuple[str, str] | None] | None = None,
        tagger: TableTagger | None = None,
        zebra: bool = True,
        max_lines: int = MAX_CELL_LINES,
        _prepared: tuple[list[list[str]], list[float], list[float]] | None = None,
        _start: int = 0,
    ) -> None:
        super().__init__()
        self.max_lines = max_lines
        self.columns = list(columns)
        self.header = header
        self.row_headers = row_headers
        self.outlines = outlines
        self.zebra = zebra
        self.tagger = tagger or TableTagger(header_rows=1 if header else 0, row_headers=row_headers)
        if _prepared is None:
            cells, heights = self._prepare(rows)
            _prepared = (cells, heights, self._suffix_sums(heights))
        self.cells, self.heights, self._suffix = _prepared
        self.start = _start
        self.head_cells = [self._wrap_cell(c.header, c, bold=True) for c in self.columns]
        self.head_height = self._row_height(self.head_cells) if header else 0.0
        self.width = sum(c.width for c in self.columns)

    # -- measuring
    def _wrap_cell(self, text: str, column: Column, *, bold: bool = False) -> str:
        font = BOLD if bold or column.bold else REGULAR
        lines = wrap_lines(text, font, CELL_FONT_SIZE, column.width - 2 * CELL_PAD_X)
        if len(lines) > self.max_lines:
            # a row must fit on one page: say so rather than run off it
            lines = [*lines[: self.max_lines - 1], translate("Reports", "… (ingekort)")]
        return "\n".join(lines)

    @staticmethod
    def _row_height(cells: Sequence[str]) -> float:
        lines = max((c.count("\n") + 1 for c in cells), default=1)
        return lines * CELL_LEADING + 2 * CELL_PAD_Y

    def _prepare(self, rows: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[float]]:
        cells = [
            [
                self._wrap_cell(str(value), column, bold=self.row_headers and i == 0)
                for i, (value, column) in enumerate(zip(row, self.columns, strict=True))
            ]
            for row in rows
        ]
        return cells, [self._row_height(row) for row in cells]

    @staticmethod
    def _suffix_sums(heights: list[float]) -> list[float]:
        sums = [0.0] * (len(heights) + 1)
        for i in range(len(heights) - 1, -1, -1):
            sums[i] = sums[i + 1] + heights[i]
        return sums

    def _remaining_height(self) -> float:
        return self.head_height + self._suffix[self.start]

    # -- flowable protocol
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self._remaining_height()

    @property
    def total_height(self) -> float:
        return self._remaining_height()

    def _keeps_together(self) -> bool:
        return (
            self.start == 0
            and len(self.heights) <= KEEP_TOGETHER_ROWS
            and self._remaining_height() <= KEEP_TOGETHER_HEIGHT
        )

    def start_height(self) -> float:
        """What must fit for the table to start on a page (see KeepHeadingWithStart)."""
        if self._keeps_together() or not self.heights:
            return self._remaining_height()
        return self.head_height + self.heights[self.start]

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        if self._keeps_together():
            return []  # a short table moves to the next page whole rather than break
        room = availHeight - self.head_height
        end = self.start
        used = 0.0
        while end < len(self.heights) and used + self.heights[end] <= room:
            used += self.heights[end]
            end += 1
        if end == self.start:
            return []  # not even one row fits: start on the next page
        first = self._part(self.start, end)
        if end >= len(self.heights):
            return [first]
        rest = RowsTable(
            self.columns,
            (),
            header=self.header,
            row_headers=self.row_headers,
            outlines=self.outlines,
            tagger=self.tagger,
            zebra=self.zebra,
            max_lines=self.max_lines,
            _prepared=(self.cells, self.heights, self._suffix),
            _start=end,
        )
        return [first, rest]

    def drawOn(self, canv: Any, x: float, y: float, _sW: float = 0) -> None:
        part = self._part(self.start, len(self.heights))
        part.wrapOn(canv, self.width, self._remaining_height())
        part.drawOn(canv, x, y, _sW)

    def _part(self, start: int, end: int) -> Table:
        data: list[list[str]] = []
        heights: list[float] = []
        outline_rows: list[tuple[str, str] | None] = []
        if self.header:
            data.append(self.head_cells)
            heights.append(self.head_height)
            outline_rows.append(None)
        data.extend(self.cells[start:end])
        heights.extend(self.heights[start:end])
        if self.outlines is not None:
            outline_rows.extend(self.outlines[start:end])
        table = TextTable(
            data,
            colWidths=[c.width for c in self.columns],
            rowHeights=heights,
            repeatRows=1 if self.header else 0,
            style=self._style(len(data), start),
            renderCB=self.tagger,
            hAlign="LEFT",
        )
        table.outline_rows = outline_rows if self.outlines is not None else None
        return table

    def _style(self, count: int, start: int) -> TableStyle:
        first_body = 1 if self.header else 0
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), REGULAR, CELL_FONT_SIZE, CELL_LEADING),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
            ("LINEBELOW", (0, first_body), (-1, -1), 0.25, RULE),
        ]
        if self.header:
            commands += [
                ("FONT", (0, 0), (-1, 0), BOLD, CELL_FONT_SIZE, CELL_LEADING),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ]
        if self.row_headers:
            commands.append(("FONT", (0, first_body), (0, -1), BOLD, CELL_FONT_SIZE, CELL_LEADING))
        for i, column in enumerate(self.columns):
            if column.align != "LEFT":
                commands.append(("ALIGN", (i, 0), (i, -1), column.align))
            if column.bold:
                commands.append(("FONT", (i, first_body), (i, -1), BOLD, CELL_FONT_SIZE))
        if self.zebra:
            for row in range(first_body, count):
                if (start + row - first_body) % 2 == 1:
                    commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
        return TableStyle(commands)


class Contents(RowsTable):
    """The table of contents: one row per section with its page (from the previous pass)."""

    def __init__(
        self,
        width: float,
        sections: Sequence[tuple[str, str]],
        previous_pages: dict[str, int] | None,
    ) -> None:
        columns = [
            Column(translate("Reports", "Onderdeel"), width - 60),
            Column(translate("Reports", "Pagina"), 60, align="RIGHT"),
        ]
        previous = previous_pages or {}
        rows = [[text, str(previous.get(key, "…"))] for key, text in sections]
        super().__init__(
            columns,
            rows,
            header=False,
            zebra=False,
            tagger=TableTagger(header_rows=0, table_tag="TOC", row_tag="TOCI", cell_tag="P"),
        )
