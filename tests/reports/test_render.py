"""reports/render.py: each kind of content becomes its own document: the right builder, paper
(the overview landscape, the others portrait), and the heading carried into the metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, cast

import pytest

from adviesraad_app.domain.filters import RegisterOrder
from adviesraad_app.reports.render import render, spec_for
from adviesraad_app.services.pdf.content import (
    DeadlineContent,
    OverviewContent,
    PdfContent,
    PdfKind,
)
from tests.support.reports import heading, rendered


def _orientation(pdf: Any) -> list[str]:
    shapes = []
    for page in pdf.reader.pages:
        box = page.mediabox
        shapes.append("landscape" if box.width > box.height else "portrait")
    return shapes


def test_spec_for_carries_the_heading() -> None:
    head = heading(PdfKind.TERMIJNEN, "Termijnenlijst", subtitle="peildatum 22 november 2026")
    spec = spec_for(head)
    assert spec.title == "Termijnenlijst"
    assert spec.subtitle == "peildatum 22 november 2026"
    assert spec.council == "Adviesraad Sociaal Domein Almelo"
    assert spec.municipality == "Almelo"
    assert spec.reference_date == head.today
    assert spec.keywords == ("Termijnenlijst", "Adviesraad Sociaal Domein Almelo", "Almelo")
    assert spec.landscape is False and spec.confidential is False
    assert spec_for(head, landscape=True).landscape is True
    secret = spec_for(heading(PdfKind.DOSSIER, "Dossier", include_confidential=True))
    assert secret.metadata_title == "Dossier (VERTROUWELIJK)"


def test_the_overview_is_landscape_the_termijnenlijst_portrait(tmp_path: Path) -> None:
    overview = OverviewContent(
        heading=heading(PdfKind.OVERZICHT, "Adviezenoverzicht 2026"),
        rows=[],
        order=RegisterOrder(),
    )
    deadlines = DeadlineContent(
        heading=heading(PdfKind.TERMIJNEN, "Termijnenlijst"),
        within_days=14,
        until=date(2026, 12, 6),
        overdue=[],
        due_soon=[],
    )
    wide, wide_pages = rendered(overview, tmp_path, "overzicht.pdf")
    tall, tall_pages = rendered(deadlines, tmp_path, "termijnen.pdf")
    assert set(_orientation(wide)) == {"landscape"}
    assert set(_orientation(tall)) == {"portrait"}
    assert wide_pages == len(wide.reader.pages) and tall_pages == len(tall.reader.pages)
    assert wide.reader.metadata is not None and tall.reader.metadata is not None
    assert wide.reader.metadata.title == "Adviezenoverzicht 2026"
    assert tall.reader.metadata.title == "Termijnenlijst"
    assert "Er is niets te laat." in tall.flat and "Er is niets te laat." not in wide.flat


def test_content_it_does_not_know_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match="no PDF for str"):
        render(cast(PdfContent, "geen inhoud"))
