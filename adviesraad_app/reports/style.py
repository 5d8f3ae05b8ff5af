"""Measures and colours every document shares: margins, type sizes (set for paper), inks."""

from __future__ import annotations

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]

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
