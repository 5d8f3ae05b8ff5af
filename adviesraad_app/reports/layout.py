"""What every document shares: page template, styles, tagged flowables and the build.

A document builder (``overview.py`` and friends) gets a :class:`Build` and returns its story:

    def story(build: Build) -> list[Flowable]:
        body = [build.h2("Samenvatting"), build.p("..."), build.table(...)]
        return [build.title(), *build.contents(), *body]

:func:`build_pdf` draws it on A4 with the council's name and municipality, the title (or what
a :class:`RunningHeader` names), the date it was made and "pagina X van Y" on every page (and
"VERTROUWELIJK" when asked), writes the metadata (title, subject, author = the council,
language nl-NL, title shown in the viewer's title bar, the PDF/UA-1 claim in XMP; bookmarks
open with the document) and the tagged structure. Type is set for paper: 10 pt text, 9.5 pt
tables, nothing but the 8 pt footer under 9 pt; :func:`fitted_columns` sizes table columns
from their content. A document with a table of contents is built twice: the
first pass finds the page of every section.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.lib.rl_accel import escapePDF  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import getFont  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import TableRenderCB  # type: ignore[import-untyped]

from adviesraad_app import __version__
from adviesraad_app.domain.dates import format_long
from adviesraad_app.i18n import translate
from adviesraad_app.reports.columns import fitted_columns
from adviesraad_app.reports.fonts import (
    BOLD,
    OBLIQUE,
    REGULAR,
    markup,
    register_fonts,
    safe_text,
    wrap_lines,
)
from adviesraad_app.reports.page import RunningHeader, attach_metadata, define_total, draw_page
from adviesraad_app.reports.style import (
    BODY_FONT_SIZE,
    CELL_FONT_SIZE,
    CELL_LEADING,
    CELL_PAD_X,
    CELL_PAD_Y,
    CONFIDENTIAL_PADDING,
    CONFIDENTIAL_RED,
    CONTENTS_MIN_SECTIONS,
    HEADER_FILL,
    INK,
    KEEP_TOGETHER_HEIGHT,
    KEEP_TOGETHER_ROWS,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MARGIN_X_LANDSCAPE,
    MAX_CELL_LINES,
    MUTED,
    RULE,
    ZEBRA,
)
from adviesraad_app.reports.tagging import StructNode, TaggedCanvas, Tagger, marked, tagger_of


class ExportCancelled(Exception):
    """The progress callback asked to stop."""


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    """What a document is: shown on every page and written into its metadata."""

    title: str  # "Adviezenoverzicht 2024"
    subject: str  # one sentence for the metadata
    council: str
    municipality: str
    made_on: date
    landscape: bool = False
    confidential: bool = False
    subtitle: str = ""  # under the title on page 1: selection, reference date
    keywords: tuple[str, ...] = ()
    reference_date: date | None = None  # the peildatum: the register as of this date
    selection: str = ""  # what was selected, in words (the colophon)

    @property
    def metadata_title(self) -> str:
        """The title a viewer's title bar and a file list show: it says VERTROUWELIJK when
        confidential content is included, so the file is not taken for a public one."""
        if not self.confidential:
            return self.title
        return translate("Reports", "{title} (VERTROUWELIJK)").format(title=self.title)

    @property
    def pagesize(self) -> tuple[float, float]:
        size: tuple[float, float] = landscape(A4) if self.landscape else A4
        return size

    @property
    def frame_width(self) -> float:
        return float(self.pagesize[0] - 2 * self.margin_x)

    @property
    def margin_x(self) -> float:
        return float(MARGIN_X_LANDSCAPE if self.landscape else MARGIN_X)

    @property
    def frame_height(self) -> float:
        return float(self.pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM)


def _heading_style(
    name: str, base: ParagraphStyle, *, size: float, leading: float, before: float, after: float
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        parent=base,
        fontName=BOLD,
        fontSize=size,
        leading=leading,
        spaceBefore=before,
        spaceAfter=after,
        keepWithNext=1,
    )


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=BODY_FONT_SIZE,
        leading=14,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=5,
    )
    return {
        "body": base,
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=20, leading=24, spaceAfter=4
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, textColor=MUTED, spaceAfter=10),
        # three steps that read as three levels on paper: 20 / 15 / 12 pt bold over 10 pt text
        "h2": _heading_style("h2", base, size=15, leading=19, before=14, after=6),
        "h3": _heading_style("h3", base, size=12, leading=15, before=10, after=4),
        "indent": ParagraphStyle("indent", parent=base, leftIndent=14, spaceAfter=3),
        "note": ParagraphStyle(
            "note",
            parent=base,
            fontName=OBLIQUE,
            fontSize=9,
            leading=12.5,
            textColor=MUTED,
            spaceBefore=3,
        ),
        "confidential": ParagraphStyle(
            "confidential",
            parent=base,
            fontName=BOLD,
            textColor=CONFIDENTIAL_RED,
            borderColor=CONFIDENTIAL_RED,
            borderWidth=0.8,
            borderPadding=CONFIDENTIAL_PADDING,
            # the border is drawn outside the text by its padding: indent the text by as much,
            # so the box stays within the text column
            leftIndent=CONFIDENTIAL_PADDING,
            rightIndent=CONFIDENTIAL_PADDING,
            spaceBefore=4 + CONFIDENTIAL_PADDING,
            spaceAfter=12 + CONFIDENTIAL_PADDING,
        ),
    }


# --------------------------------------------------------------------------- tagged text

PIECE = 2500  # characters: longer free text is set as several paragraphs


def text_pieces(text: str, size: int = PIECE) -> list[str]:
    """``text`` in pieces of at most about ``size`` characters, cut at a line break or after a
    sentence (at a space when a sentence is longer still); nothing is lost."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if len(text) <= size:
        return [text]
    pieces: list[str] = []
    current = ""
    for full_line in text.split("\n"):
        line = full_line
        while len(line) > size:
            cut = line.rfind(". ", 0, size)
            cut = cut + 1 if cut > size // 4 else line.rfind(" ", 0, size)
            cut = cut if cut > 0 else size
            head, line = line[:cut].rstrip(), line[cut:].lstrip()
            if current:
                pieces.append(current)
                current = ""
            pieces.append(head)
        if current and len(current) + 1 + len(line) > size:
            pieces.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        pieces.append(current)
    return pieces


class TaggedParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph drawn as one structure element (``P`` unless a subclass says otherwise).

    Parts of a paragraph split across pages keep their class (reportlab splits with
    ``self.__class__``), so each part is tagged; they become two ``P`` elements.
    """

    struct_tag = "P"

    def drawOn(self, canv: Any, x: float, y: float, _sW: float = 0) -> None:
        tagger = tagger_of(canv)
        node = tagger.add(self.struct_tag) if tagger is not None else None
        with marked(canv, node):
            super().drawOn(canv, x, y, _sW)

    def draw(self) -> None:
        """Draw with a space at the end of every wrapped line.

        reportlab drops the space where it breaks a line, so text taken from the structure
        tree (what a screen reader reads) would run "te" and "laat" together as "telaat".
        The space is invisible (paragraphs here are left-aligned).
        """
        para = getattr(self, "blPara", None)
        original = getattr(para, "lines", None)
        if para is None or not original or len(original) < 2:
            super().draw()
            return
        para.lines = [_with_trailing_space(line, para.kind) for line in original[:-1]]
        para.lines.append(original[-1])
        try:
            super().draw()
        finally:
            para.lines = original


def _with_trailing_space(line: Any, kind: int) -> Any:
    if kind == 0:  # (extra space, [words]): drawn as " ".join(words)
        extra, words = line
        return (extra, [*words, ""]) if words and words[-1] else line
    words = list(getattr(line, "words", ()))
    if not words or hasattr(words[-1], "cbDefn") or not hasattr(words[-1], "text"):
        return line
    last = words[-1]
    if last.text.endswith(" "):
        return line
    words[-1] = last.clone(text=last.text + " ")
    return line.clone(words=words)


class Heading(TaggedParagraph):
    """A heading: tagged H1/H2/H3, bookmarked in the outline, listed in the contents."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        struct_tag: str,
        build: Build,
        outline_level: int | None,
        in_contents: bool,
    ) -> None:
        super().__init__(markup(text), style)
        self.struct_tag = struct_tag
        self.plain = safe_text(text)
        self.build = build
        self.outline_level = outline_level
        self.key = build.next_key()
        self.in_contents = in_contents
        if in_contents:
            build.sections.append((self.key, self.plain))

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        return []  # a heading is never split: it moves to the next page whole

    def drawOn(self, canv: Any, x: float, y: float, _sW: float = 0) -> None:
        super().drawOn(canv, x, y, _sW)
        page = canv.getPageNumber()
        self.build.pages[self.key] = page
        if self.outline_level is not None:
            canv.bookmarkHorizontal(self.key, x, y + self.height)
            canv.addOutlineEntry(self.plain, self.key, level=self.outline_level, closed=True)


class Figure(Flowable):  # type: ignore[misc]
    """A chart (reportlab.graphics Drawing) tagged as ``Figure`` with its alternative text."""

    def __init__(self, drawing: Any, alt: str) -> None:
        super().__init__()
        self.drawing = drawing
        self.alt = alt
        self.width = drawing.width
        self.height = drawing.height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        tagger = tagger_of(canv)
        node = None
        if tagger is not None:
            x0, y0 = canv.absolutePosition(0, 0)
            x1, y1 = canv.absolutePosition(self.width, self.height)
            node = tagger.add(
                "Figure",
                attributes={
                    "O": "/Layout",
                    "BBox": f"[{x0:.1f} {y0:.1f} {x1:.1f} {y1:.1f}]",
                },
                alt=safe_text(self.alt),
            )
        with marked(canv, node):
            self.drawing.drawOn(canv, 0, 0)


class KeepHeadingWithStart(KeepTogether):  # type: ignore[misc]
    """Keeps a heading with the *start* of what follows it, not with all of it.

    reportlab's ``keepWithNext`` moves a heading and everything after it to a new page when
    the whole does not fit, which leaves most of a page empty before a long table. Here the
    heading stays where it is when the first part of what follows fits under it (a few lines,
    a table header and one row, or a short table whole) and moves otherwise.
    """

    def split(self, aW: float, aH: float) -> list[Any]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = list(self._content)
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        *heads, body = content
        head_height = sum(f.wrap(aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in heads)
        if not at_top and head_height + _start_height(body, aW, aH) > aH:
            content.insert(0, self.FrameBreak())
        return content


def _start_height(flowable: Any, aW: float, aH: float) -> float:
    """How much of ``flowable`` must fit for it to start on this page."""
    start = getattr(flowable, "start_height", None)
    if start is not None:
        return float(start())
    height = float(flowable.wrap(aW, aH)[1])
    leading = getattr(getattr(flowable, "style", None), "leading", None)
    return min(height, 2 * leading) if leading else height


# --------------------------------------------------------------------------- tables


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


# --------------------------------------------------------------------------- contents


class Contents(RowsTable):
    """The table of contents: one row per section with its page (from the previous pass)."""

    def __init__(self, build: Build) -> None:
        width = build.spec.frame_width
        columns = [
            Column(translate("Reports", "Onderdeel"), width - 60),
            Column(translate("Reports", "Pagina"), 60, align="RIGHT"),
        ]
        previous = build.previous_pages or {}
        rows = [[text, str(previous.get(key, "…"))] for key, text in build.sections]
        super().__init__(
            columns,
            rows,
            header=False,
            zebra=False,
            tagger=TableTagger(header_rows=0, table_tag="TOC", row_tag="TOCI", cell_tag="P"),
        )


# --------------------------------------------------------------------------- the build


@dataclass
class Build:
    """One pass of building a document: the spec, styles, and what the pass learns."""

    spec: DocumentSpec
    previous_pages: dict[str, int] | None = None
    styles: dict[str, ParagraphStyle] = field(default_factory=_styles)
    sections: list[tuple[str, str]] = field(default_factory=list)  # (key, text) in order
    pages: dict[str, int] = field(default_factory=dict)  # key -> page where drawn
    has_contents: bool = False
    _counter: int = 0

    def next_key(self) -> str:
        self._counter += 1
        return f"s{self._counter}"

    @property
    def width(self) -> float:
        return self.spec.frame_width

    @property
    def max_cell_lines(self) -> int:
        """Lines a table cell may have: the row, with a header row, must fit on one page."""
        return int((self.spec.frame_height - 60) / CELL_LEADING)

    # -- text
    def title(self) -> list[Flowable]:
        """The document title (H1), the subtitle and, when confidential, the warning."""
        parts: list[Flowable] = [
            Heading(
                self.spec.title,
                self.styles["title"],
                struct_tag="H1",
                build=self,
                outline_level=None,
                in_contents=False,
            )
        ]
        if self.spec.subtitle:
            parts.append(self.p(self.spec.subtitle, "subtitle"))
        if self.spec.confidential:
            parts.append(
                self.p(
                    translate(
                        "Reports",
                        "VERTROUWELIJK — dit document bevat vertrouwelijke adviezen en interne "
                        "notities. Niet openbaar maken of doorsturen.",
                    ),
                    "confidential",
                )
            )
        return parts

    def h2(self, text: str, *, in_contents: bool = True) -> Heading:
        return Heading(
            text,
            self.styles["h2"],
            struct_tag="H2",
            build=self,
            outline_level=0,
            in_contents=in_contents,
        )

    def h3(self, text: str) -> Heading:
        return Heading(
            text,
            self.styles["h3"],
            struct_tag="H3",
            build=self,
            outline_level=1,
            in_contents=False,
        )

    def p(self, text: str, style: str = "body") -> TaggedParagraph:
        return TaggedParagraph(markup(text), self.styles[style])

    def labelled(self, label: str, text: str, style: str = "body") -> TaggedParagraph:
        """``<b>Label:</b> text`` as one paragraph."""
        return TaggedParagraph(f"<b>{markup(label)}</b> {markup(text)}", self.styles[style])

    def text(self, text: str, style: str = "body", label: str = "") -> list[Flowable]:
        """Free text someone typed (a summary, reasons, notes), of any length.

        reportlab re-wraps the rest of a paragraph at every page break, so a text of 100,000
        characters as one paragraph takes minutes. Long texts are set as consecutive pieces
        (cut at line breaks or after a sentence) that read as one text.
        """
        pieces = text_pieces(text)
        base = self.styles[style]
        joined = ParagraphStyle(f"{base.name}-joined", parent=base, spaceAfter=0)
        result: list[Flowable] = []
        for index, piece in enumerate(pieces):
            body = markup(piece)
            if index == 0 and label:
                body = f"<b>{markup(label)}</b> {body}"
            last = index == len(pieces) - 1
            result.append(TaggedParagraph(body, base if last else joined))
        return result

    # -- tables
    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        *,
        outlines: Sequence[tuple[str, str] | None] | None = None,
    ) -> RowsTable:
        return RowsTable(columns, rows, outlines=outlines, max_lines=self.max_cell_lines)

    def fitted_table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        fill: int,
        flexible: Iterable[int] = (),
        align: dict[int, str] | None = None,
        measure: Sequence[Sequence[str]] | None = None,
    ) -> RowsTable:
        """A table whose columns are as wide as their content (:func:`fitted_columns`); the
        column ``fill`` takes the rest; ``flexible`` columns may wrap between words.
        ``measure``: the rows to fit to (default ``rows``), so that tables that belong
        together (both lists of the termijnenlijst) get the same columns."""
        wrap = set(flexible)
        fitted_to = rows if measure is None else measure
        spec = [
            (header, [str(row[i]) for row in fitted_to], i in wrap)
            for i, header in enumerate(headers)
        ]
        widths = fitted_columns(self.width, spec, fill=fill)
        columns = [
            Column(header, width, align=(align or {}).get(i, "LEFT"))
            for i, (header, width) in enumerate(zip(headers, widths, strict=True))
        ]
        return self.table(columns, rows)

    def facts(self, rows: Sequence[tuple[str, str]], label_width: float = 150) -> RowsTable:
        """A label/value table (the labels are row headers)."""
        columns = [
            Column(translate("Reports", "Gegeven"), label_width),
            Column(translate("Reports", "Waarde"), self.width - label_width),
        ]
        return RowsTable(
            columns,
            [[label, value] for label, value in rows],
            header=False,
            row_headers=True,
            zebra=True,
            max_lines=self.max_cell_lines,
        )

    # -- other
    def contents(self) -> list[Flowable]:
        """The table of contents, when there are more than a few sections; call it after the
        rest of the story has been made (it lists the sections made so far)."""
        if len(self.sections) < CONTENTS_MIN_SECTIONS:
            return []
        self.has_contents = True
        return [
            self.h2(translate("Reports", "Inhoud"), in_contents=False),
            Contents(self),
            Spacer(1, 6),
        ]

    def colophon(self) -> list[Flowable]:
        """The colophon at the end: the peildatum, what was selected, whether confidential
        advices are in it, when and with what the PDF was made."""
        spec = self.spec
        parts = [translate("Reports", "Colofon.")]
        if spec.reference_date is not None:
            parts.append(
                translate("Reports", "Peildatum {date}.").format(
                    date=format_long(spec.reference_date)
                )
            )
        if spec.selection:
            parts.append(
                translate("Reports", "Selectie: {selection}.").format(selection=spec.selection)
            )
        parts.append(
            translate("Reports", "Vertrouwelijke adviezen en interne notities: opgenomen.")
            if spec.confidential
            else translate(
                "Reports", "Vertrouwelijke adviezen en interne notities: niet opgenomen."
            )
        )
        parts.append(
            translate("Reports", "Opgesteld met Adviesraad {version} op {date}.").format(
                date=format_long(spec.made_on), version=__version__
            )
        )
        return [Spacer(1, 10), self.p(" ".join(parts), "note")]

    @staticmethod
    def running(text: str) -> RunningHeader:
        """From here on, the page header names ``text`` (see :class:`RunningHeader`)."""
        return RunningHeader(text)

    def figure(self, drawing: Any, alt: str) -> Figure:
        return Figure(drawing, alt)

    @staticmethod
    def space(height: float = 6) -> Spacer:
        return Spacer(1, height)

    @staticmethod
    def page_break() -> PageBreak:
        return PageBreak()

    @staticmethod
    def keep_room(height: float) -> CondPageBreak:
        return CondPageBreak(height)


class _Template(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, target: Any, spec: DocumentSpec, **kwargs: Any) -> None:
        super().__init__(target, **kwargs)
        frame = Frame(
            spec.margin_x,
            MARGIN_BOTTOM,
            spec.frame_width,
            spec.frame_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates(
            [PageTemplate(id="page", frames=[frame], onPageEnd=partial(draw_page, spec=spec))]
        )


Progress = Callable[[int, int], object]


def build_pdf(
    spec: DocumentSpec,
    make_story: Callable[[Build], list[Flowable]],
    progress: Progress | None = None,
) -> tuple[bytes, int]:
    """Draw the document; returns the PDF bytes and the number of pages.

    ``progress(done, total)`` is called as the story is laid out (``total`` is the number of
    top-level parts); when it returns ``False`` the build stops with :class:`ExportCancelled`.
    """
    register_fonts()
    # reportlab writes a comment line before every object by default; with ~100,000 structure
    # elements in a large register that is megabytes of nothing.
    rl_config.pdfComments = 0
    # Page streams are compressed (Flate); ASCII85 on top only makes them 25% larger and slower.
    rl_config.useA85 = 0
    previous: dict[str, int] | None = None
    for _attempt in range(4):
        build = Build(spec, previous_pages=previous)
        story = make_story(build)
        # The first pass of a document with contents only finds the sections' pages: it is
        # laid out but not written (writing is a third of the time).
        first_of_two = build.has_contents and previous is None
        data, pages = _one_pass(spec, story, None if first_of_two else progress, first_of_two)
        if not build.has_contents or build.pages == previous:
            return data, pages
        previous = dict(build.pages)
    return data, pages


def _one_pass(
    spec: DocumentSpec, story: list[Flowable], progress: Progress | None, dry: bool = False
) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    tagger = Tagger()
    doc = _Template(
        buffer,
        spec,
        pagesize=spec.pagesize,
        leftMargin=spec.margin_x,
        rightMargin=spec.margin_x,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=safe_text(spec.metadata_title),
        author=safe_text(spec.council),
        subject=safe_text(spec.subject),
        creator=f"Adviesraad {__version__}",
        keywords=[safe_text(k) for k in spec.keywords],
        lang="nl-NL",
        displayDocTitle=True,
        initialFontName=REGULAR,
        initialFontSize=BODY_FONT_SIZE,
        pageCompression=1,
        keepTogetherClass=KeepHeadingWithStart,
    )
    total = max(1, len(story))

    def on_progress(kind: str, value: int) -> None:
        if progress is None:
            return
        if kind == "PROGRESS" and progress(min(value, total), total) is False:
            raise ExportCancelled

    doc.setProgressCallBack(on_progress)

    def make_canvas(*args: Any, **kwargs: Any) -> TaggedCanvas:
        # PDF 1.7 (ISO 32000-1), the base of PDF/UA; reportlab's default header says 1.4
        canv = TaggedCanvas(*args, tagger=tagger, pdfVersion=(1, 7), **kwargs)
        canv.before_save.append(define_total)
        canv.before_save.append(partial(attach_metadata, spec=spec))
        canv.setPageCompression(1)
        canv.showOutline()  # /PageMode /UseOutlines: the bookmarks panel opens with the PDF
        return canv

    if dry:
        doc._doSave = 0  # reportlab's switch: lay out every page, write nothing
    doc.build(story, canvasmaker=make_canvas)
    return buffer.getvalue(), doc.page
