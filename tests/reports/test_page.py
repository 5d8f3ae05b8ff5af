"""reports/page.py: what every page carries (council, municipality, the title or the advice
of the page, "pagina X van Y", the confidential stamp) and the XMP metadata with the PDF/UA
claim; a council name too long for the header is shortened, not drawn over the title."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from adviesraad_app.domain.deadline_items import DeadlineItem
from adviesraad_app.domain.kinds import DeadlineState, DeadlineType
from adviesraad_app.services.pdf.content import DeadlineContent, PdfHeading, PdfKind
from tests.support.pdf import Pdf
from tests.support.reports import heading, rendered


def _termijnen(head: PdfHeading, rows: int = 0) -> DeadlineContent:
    items = [
        DeadlineItem(
            i,
            f"2026-{i:03d}",
            f"Advies over onderwerp nummer {i}",
            DeadlineType.REPLY_DUE,
            date(2026, 11, 2),
            -20,
            DeadlineState.OVERDUE,
        )
        for i in range(1, rows + 1)
    ]
    return DeadlineContent(head, 14, date(2026, 12, 6), items, [])


def _metadata(pdf: Pdf) -> str:
    stream = pdf.catalog["/Metadata"].get_object()
    return bytes(stream.get_data()).decode("utf-8")


def test_every_page_has_header_and_page_x_of_y(tmp_path: Path) -> None:
    pdf, pages = rendered(_termijnen(heading(PdfKind.TERMIJNEN, "Termijnenlijst"), 120), tmp_path)
    assert pages >= 3
    for number in range(pages):
        page = pdf.page_flat(number)
        assert f"pagina {number + 1} van {pages}" in page
        assert "Adviesraad Sociaal Domein Almelo" in page
        assert "Gemeente Almelo" in page
        assert "Termijnenlijst" in page
        assert "VERTROUWELIJK" not in page


def test_a_confidential_document_says_so_on_every_page_and_in_its_title(
    tmp_path: Path,
) -> None:
    head = heading(PdfKind.TERMIJNEN, "Termijnenlijst", include_confidential=True)
    pdf, pages = rendered(_termijnen(head, 120), tmp_path)
    for number in range(pages):
        assert "VERTROUWELIJK — niet openbaar maken" in pdf.page_flat(number)
    xmp = _metadata(pdf)
    assert "Termijnenlijst (VERTROUWELIJK)" in xmp


def test_xmp_metadata_claims_pdfua_in_dutch_and_escapes_text(tmp_path: Path) -> None:
    head = replace(
        heading(PdfKind.TERMIJNEN, "Termijnen & toezeggingen"),
        council="Raad <Sociaal> & Zorg",
    )
    pdf, _ = rendered(_termijnen(head), tmp_path)
    xmp = _metadata(pdf)
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert "<rdf:li>nl-NL</rdf:li>" in xmp
    assert "Termijnen &amp; toezeggingen" in xmp
    assert "Raad &lt;Sociaal&gt; &amp; Zorg" in xmp
    assert "<dc:description>" in xmp and "Onderwerp" in xmp


def test_a_council_name_too_long_for_the_header_is_shortened(tmp_path: Path) -> None:
    long_name = "Adviesraad " + "Sociaal Domein en Participatie " * 8
    head = replace(heading(PdfKind.TERMIJNEN, "Termijnenlijst"), council=long_name.strip())
    pdf, _ = rendered(_termijnen(head), tmp_path)
    header = pdf.pages[0]
    shortened = [line for line in header.splitlines() if line.endswith("…")]
    assert shortened, header
    assert shortened[0].startswith("Adviesraad Sociaal Domein en Participatie")
    assert len(shortened[0]) < len(long_name.strip())
