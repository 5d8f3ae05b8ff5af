"""Content for one report module at a time: a heading and a rendered PDF read back, without a
register behind it (the services that gather content have tests of their own)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adviesraad_app.domain.settings import Settings
from adviesraad_app.services.pdf.content import PdfContent, PdfHeading, PdfKind, make_heading
from tests.conftest import TODAY
from tests.support.pdf import Pdf, read_pdf


def heading(
    kind: PdfKind,
    title: str = "Proefdocument",
    *,
    subtitle: str = "",
    include_confidential: bool = False,
    left_out: int = 0,
    today: date = TODAY,
) -> PdfHeading:
    settings = Settings(council_name="Adviesraad Sociaal Domein Almelo", municipality="Almelo")
    return make_heading(
        settings, kind, title, subtitle, "Onderwerp", today, include_confidential, left_out
    )


def rendered(content: PdfContent, folder: Path, name: str = "proef.pdf") -> tuple[Pdf, int]:
    """The PDF of ``content`` written to ``folder/name`` and read back, with its page count."""
    from adviesraad_app.reports.render import render

    data, pages = render(content)
    path = folder / name
    path.write_bytes(data)
    return read_pdf(path), pages
