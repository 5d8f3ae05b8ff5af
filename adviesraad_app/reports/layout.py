"""The names ``reports.layout`` held before it was split, for code written against it.

The modules now: ``spec.py`` (:class:`DocumentSpec`), ``style.py`` (measures, inks, paragraph
styles), ``flowables.py`` (tagged text, headings, figures), ``tables.py`` (tables and the
contents), ``page.py`` (page decoration and metadata) and ``build.py`` (:class:`Build`,
:func:`build_pdf`). Import from those; this module goes once nothing uses it.
"""

from __future__ import annotations

from adviesraad_app.reports.build import Build, ExportCancelled, Progress, build_pdf
from adviesraad_app.reports.flowables import (
    PIECE,
    Figure,
    Heading,
    KeepHeadingWithStart,
    TaggedParagraph,
    text_pieces,
)
from adviesraad_app.reports.spec import DocumentSpec
from adviesraad_app.reports.style import paragraph_styles
from adviesraad_app.reports.tables import Column, Contents, RowsTable, TableTagger, TextTable

__all__ = [
    "PIECE",
    "Build",
    "Column",
    "Contents",
    "DocumentSpec",
    "ExportCancelled",
    "Figure",
    "Heading",
    "KeepHeadingWithStart",
    "Progress",
    "RowsTable",
    "TableTagger",
    "TaggedParagraph",
    "TextTable",
    "build_pdf",
    "paragraph_styles",
    "text_pieces",
]
