"""The build: a document's story drawn on A4 pages, in one pass or two.

A document builder (``overview.py`` and friends) gets a :class:`Build` and returns its story:

    def story(build: Build) -> list[Flowable]:
        body = [build.h2("Samenvatting"), build.p("..."), build.table(...)]
        return [build.title(), *build.contents(), *body]

:func:`build_pdf` draws it with the page decoration of ``page.py`` (council, municipality, the
title or what a ``RunningHeader`` names, the date it was made, "pagina X van Y", and
"VERTROUWELIJK" when asked), writes the metadata (title, subject, author = the council,
language nl-NL, title shown in the viewer's title bar, the PDF/UA-1 claim in XMP; bookmarks
open with the document) and the tagged structure. Type is set for paper (``style.py``); tables
are ``tables.py``'s, text and headings ``flowables.py``'s. A document with a table of contents
is built twice: the first pass finds the page of every section.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
)

from adviesraad_app import __version__
from adviesraad_app.domain.dates import format_long
from adviesraad_app.i18n import translate
from adviesraad_app.reports.columns import fitted_columns
from adviesraad_app.reports.flowables import (
    Figure,
    Heading,
    KeepHeadingWithStart,
    TaggedParagraph,
    text_pieces,
)
from adviesraad_app.reports.fonts import REGULAR, markup, register_fonts, safe_text
from adviesraad_app.reports.page import RunningHeader, attach_metadata, define_total, draw_page
from adviesraad_app.reports.spec import DocumentSpec
from adviesraad_app.reports.style import (
    BODY_FONT_SIZE,
    CELL_LEADING,
    CONTENTS_MIN_SECTIONS,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    paragraph_styles,
)
from adviesraad_app.reports.tables import Column, Contents, RowsTable
from adviesraad_app.reports.tagging import TaggedCanvas, Tagger


class ExportCancelled(Exception):
    """The progress callback asked to stop."""


@dataclass
class Build:
    """One pass of building a document: the spec, styles, and what the pass learns."""

    spec: DocumentSpec
    previous_pages: dict[str, int] | None = None
    styles: dict[str, ParagraphStyle] = field(default_factory=paragraph_styles)
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
            Contents(self.width, self.sections, self.previous_pages),
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
