"""What every document looks like: margins, type sizes (set for paper), inks, and the paragraph
styles (:func:`paragraph_styles`) built from them."""

from __future__ import annotations

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]

from adviesraad_app.reports.fonts import BOLD, OBLIQUE, REGULAR, register_fonts

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


def paragraph_styles() -> dict[str, ParagraphStyle]:
    """The named paragraph styles a :class:`~adviesraad_app.reports.build.Build` offers: body,
    title, subtitle, h2, h3, indent, note, confidential."""
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
