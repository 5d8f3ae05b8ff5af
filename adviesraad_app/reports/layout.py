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
import itertools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.lib.rl_accel import escapePDF  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfdoc  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth  # type: ignore[import-untyped]
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

from .fonts import (
    BOLD,
    OBLIQUE,
    REGULAR,
    markup,
    register_fonts,
    safe_text,
    text_width,
    wrap_lines,
)
from .tagging import StructNode, TaggedCanvas, Tagger, artifact, marked, tagger_of

MARGIN_X = 18 * mm
MARGIN_X_LANDSCAPE = 12 * mm  # the wide overzicht table: its room goes to the subject
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 17 * mm
BODY_FONT_SIZE = 10.0  # type for paper: body text 10 pt, tables 9.5 pt, nothing under 9 pt
CELL_FONT_SIZE = 9.5
CELL_LEADING = 12.0
CELL_PAD_X = 3.0
CELL_PAD_Y = 2.5
MAX_CELL_LINES = 30  # unless the table is told how many lines fit on its page
CONTENTS_MIN_SECTIONS = 4  # "more than a few sections": a table of contents from four on
KEEP_TOGETHER_ROWS = 8  # tables this short are never broken across pages ...
KEEP_TOGETHER_HEIGHT = 250.0  # ... when they are at most this high (a page holds 2-3 times that)

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
ZEBRA = colors.HexColor("#f1f1f1")
HEADER_FILL = colors.HexColor("#e2e6ea")
CONFIDENTIAL_RED = colors.HexColor("#a40000")
CONFIDENTIAL_PADDING = 5.0


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


def _widths(header: str, values: Iterable[str]) -> tuple[float, float, float]:
    """Of a column's content: its longest word (bold for the header), the width that holds
    every value on at most two lines, and the width that holds every value on one line."""
    register_fonts()
    word = max((text_width(w, BOLD, CELL_FONT_SIZE) for w in header.split()), default=0.0)
    two = one = 0.0
    for value in set(values):  # a column holds few distinct values ("afgerond", "op tijd")
        words = value.split()
        sizes = [text_width(w, REGULAR, CELL_FONT_SIZE) for w in words]
        space = text_width(" ", REGULAR, CELL_FONT_SIZE)
        word = max(word, *sizes) if sizes else word
        whole = sum(sizes) + space * max(0, len(sizes) - 1)
        one = max(one, whole)
        best = whole
        for cut in range(1, len(sizes)):
            head = sum(sizes[:cut]) + space * (cut - 1)
            best = min(best, max(head, whole - head - space))
        two = max(two, best)
    return word, max(word, two), max(word, one)


def _cell(width: float) -> float:
    return float(math.ceil(width + 2 * CELL_PAD_X))


def fitted_width(header: str, values: Iterable[str], *, most: float) -> float:
    """A column's width from its content: its longest value on one line when that takes at
    most ``most`` points, and never less than its longest word (of the values and of the bold
    header), so that no word is ever broken."""
    word, _two, one = _widths(header, values)
    return _cell(max(word, min(one, most)))


def fitted_columns(
    width: float,
    columns: Sequence[tuple[str, list[str], bool]],
    *,
    fill: int,
    min_fill: float = 120.0,
) -> list[float]:
    """Widths for a table's columns from their content, the column ``fill`` (free text that
    wraps: a subject) taking the rest of ``width``.

    ``columns``: (header, the column's values, flexible). A fixed column holds its longest
    value on one line. A flexible one (a status, "43 dagen te laat") may also be given the
    width of its longest word or of two lines; of those choices the one that makes the
    table shortest (the fewest lines in its rows) is taken. No word is ever broken.
    """
    choices: list[tuple[float, ...]] = []
    for index, (header, values, flexible) in enumerate(columns):
        if index == fill:
            choices.append((0.0,))
            continue
        word, two, one = _widths(header, values)
        options = sorted({_cell(word), _cell(two), _cell(one)}) if flexible else [_cell(one)]
        choices.append(tuple(options))
    # the rows to measure with: all of a short table, an even sample of a long one
    count = max((len(values) for _h, values, _f in columns), default=0)
    step = max(1, count // 300)
    sample = range(0, count, step)

    def lines(text: str, room: float) -> int:
        return len(wrap_lines(text, REGULAR, CELL_FONT_SIZE, room - 2 * CELL_PAD_X))

    best: tuple[float, list[float]] | None = None
    for combination in itertools.product(*choices):
        rest = width - sum(combination)
        if rest < min_fill and best is not None:
            continue
        widths = [rest if i == fill else w for i, w in enumerate(combination)]
        height = sum(
            max(
                lines(values[row], widths[i]) if len(values) > row else 1
                for i, (_h, values, flexible) in enumerate(columns)
                if flexible or i == fill
            )
            for row in sample
        )
        # ties: the widest text column
        key = height - rest / 10_000
        if best is None or key < best[0]:
            best = (key, widths)
    assert best is not None
    return best[1]


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


# --------------------------------------------------------------------------- page furniture


TOTAL_FORM = "adviesraadPageTotal"
FOOTER_SIZE = 8.0
HEADER_SIZE = 9.0
RUNNING_ATTRIBUTE = "adviesraad_running_header"


class RunningHeader(Flowable):  # type: ignore[misc]
    """Takes no room; from the page where it is drawn on, the page header names ``text``
    (a dossier: "Dossier 2024-03: Werk- en Leercentrum") instead of the document title."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        setattr(self.canv, RUNNING_ATTRIBUTE, self.text)


def _draw_page(canv: Any, doc: Any, spec: DocumentSpec) -> None:
    """Header and footer of every page (artifacts: screen readers skip them).

    Drawn when the page is complete, so the header can name what the page holds (see
    :class:`RunningHeader`); a new section always starts on a new page.
    """
    width, height = spec.pagesize
    left, right = spec.margin_x, width - spec.margin_x
    top = height - 11 * mm
    stamp = stringWidth(translate("Reports", "VERTROUWELIJK"), BOLD, HEADER_SIZE) + 20
    with artifact(canv, "Pagination"):
        canv.saveState()
        canv.setFillColor(INK)
        canv.setFont(BOLD, HEADER_SIZE)
        council_room = right - left - (stamp if spec.confidential else 0)
        canv.drawString(left, top, _shorten(spec.council, BOLD, HEADER_SIZE, council_room))
        canv.setFont(REGULAR, HEADER_SIZE)
        canv.setFillColor(MUTED)
        municipality = _shorten(
            translate("Reports", "Gemeente {municipality}").format(municipality=spec.municipality),
            REGULAR,
            HEADER_SIZE,
            (right - left) / 3,
        )
        canv.drawString(left, top - 12, municipality)
        running = getattr(canv, RUNNING_ATTRIBUTE, None) or spec.title
        room = right - left - stringWidth(municipality, REGULAR, HEADER_SIZE) - 24
        canv.drawRightString(right, top - 12, _shorten(running, REGULAR, HEADER_SIZE, room))
        if spec.confidential:
            _confidential_stamp(canv, right, top)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, top - 17, right, top - 17)

        bottom = 9 * mm
        canv.line(left, bottom + 11, right, bottom + 11)
        canv.setFont(REGULAR, FOOTER_SIZE)
        canv.setFillColor(MUTED)
        made = translate("Reports", "Gemaakt op {date}").format(date=format_long(spec.made_on))
        page_text = translate("Reports", "pagina {page} van").format(page=canv.getPageNumber())
        line = f"{made}  ·  {page_text} "
        canv.drawString(left, bottom, line)
        canv.saveState()
        # a plain shift (canvas.translate would read as a translation call to lupdate's checks)
        canv.transform(1, 0, 0, 1, left + stringWidth(line, REGULAR, FOOTER_SIZE), bottom)
        canv.doForm(TOTAL_FORM)
        canv.restoreState()
        if spec.confidential:
            canv.setFont(BOLD, FOOTER_SIZE)
            canv.setFillColor(CONFIDENTIAL_RED)
            canv.drawRightString(
                right, bottom, translate("Reports", "VERTROUWELIJK — niet openbaar maken")
            )
        canv.restoreState()


def _shorten(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut with "…" to fit ``room`` points (page headers hold one line)."""
    text = safe_text(text)
    if stringWidth(text, font, size) <= room:
        return text
    while len(text) > 4 and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _confidential_stamp(canv: Any, right: float, top: float) -> None:
    """The boxed word in the page header; the box ends at the text column's right edge."""
    text = translate("Reports", "VERTROUWELIJK")
    canv.setFont(BOLD, HEADER_SIZE)
    text_width = stringWidth(text, BOLD, HEADER_SIZE)
    pad = 4.0
    line = 0.8
    x = right - line / 2 - pad - text_width
    canv.setFillColor(CONFIDENTIAL_RED)
    canv.setStrokeColor(CONFIDENTIAL_RED)
    canv.setLineWidth(line)
    # the stroke is centred on the rectangle: inset by half its width
    canv.rect(x - pad, top - 3, text_width + 2 * pad, HEADER_SIZE + 4, stroke=1, fill=0)
    canv.drawString(x, top, text)
    canv.setFillColor(MUTED)
    canv.setFont(REGULAR, 8)


def _define_total(canv: Any) -> None:
    """The "Y" of "pagina X van Y": a form drawn on every page, defined once the count is known."""
    total = len(canv._doc.Pages.pages)
    canv.beginForm(TOTAL_FORM, lowerx=0, lowery=-3, upperx=60, uppery=10)
    canv.setFont(REGULAR, FOOTER_SIZE)
    canv.setFillColor(MUTED)
    canv.drawString(0, 0, str(total))
    canv.endForm()


# The PDF/UA identification schema is not one of XMP's predefined schemas, so (as in PDF/A)
# the packet describes it in an extension schema; pdfuaid:part 1 claims PDF/UA-1 (ISO 14289-1).
_PDFUA_EXTENSION = """  <rdf:Description rdf:about=""
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>
  <rdf:Description rdf:about=""
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
"""  # noqa: E501


def _xmp(spec: DocumentSpec) -> bytes:
    from xml.sax.saxutils import escape

    def esc(text: str) -> str:
        return escape(safe_text(text))

    keywords = ", ".join(spec.keywords)
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{esc(spec.metadata_title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{esc(spec.council)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{esc(spec.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>{esc(keywords)}</pdf:Keywords>
   <xmp:CreateDate>{spec.made_on.isoformat()}</xmp:CreateDate>
   <xmp:CreatorTool>Adviesraad {__version__}</xmp:CreatorTool>
  </rdf:Description>
{_PDFUA_EXTENSION} </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""  # noqa: E501
    return packet.encode("utf-8")


def _attach_metadata(canv: Any, spec: DocumentSpec) -> None:
    stream = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary(
            {"Type": pdfdoc.PDFName("Metadata"), "Subtype": pdfdoc.PDFName("XML")}
        ),
        _xmp(spec),
        filters=[],
    )
    canv._doc.Catalog.Metadata = stream


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
            [PageTemplate(id="page", frames=[frame], onPageEnd=partial(_draw_page, spec=spec))]
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
        canv.before_save.append(_define_total)
        canv.before_save.append(partial(_attach_metadata, spec=spec))
        canv.setPageCompression(1)
        canv.showOutline()  # /PageMode /UseOutlines: the bookmarks panel opens with the PDF
        return canv

    if dry:
        doc._doSave = 0  # reportlab's switch: lay out every page, write nothing
    doc.build(story, canvasmaker=make_canvas)
    return buffer.getvalue(), doc.page
