"""Every document kind passes an independent PDF/UA-1 checker (PyPI ``pdfua``) with no findings.

``pdfua`` checks the machine-checkable part of PDF/UA-1 and WCAG 2.1 (structure tree, marked
content, artifacts, tables, language, title, fonts, the PDF/UA claim in the XMP metadata...).
It is run on the demo register, with and without confidential content (a different header, a
warning box, a different title), and on a generated register of 400 advices.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.reports.export import export_pdf
from adviesraad_app.services.pdf.content import PdfKind
from adviesraad_app.services.pdf.export import BY_NUMBER
from adviesraad_app.services.register import RegisterService
from tests.conftest import TODAY

pdfua = pytest.importorskip("pdfua")

ROOT = Path(__file__).resolve().parents[2]


def _options(service: RegisterService, kind: PdfKind) -> dict[str, Any]:
    """What each document needs to be made: a year, a few dossiers."""
    if kind == PdfKind.JAAROVERZICHT:
        years = service.years()
        return {"year": TODAY.year - 1 if TODAY.year - 1 in years else max(years)}
    if kind == PdfKind.DOSSIER:
        ids = service.register_ids(RegisterFilter(include_confidential=True), BY_NUMBER)
        return {"ids": list(ids)[:40]}
    if kind in (PdfKind.AGENDA, PdfKind.VERGADERSTUKKEN):
        from adviesraad_app.domain.meetings import Meeting
        from adviesraad_app.services.meetings.schedule import MeetingService

        meetings = MeetingService(service)
        upcoming = [m for m in meetings.meetings() if m.date >= TODAY]
        meeting = upcoming[0] if upcoming else meetings.add_meeting(Meeting(date=TODAY))
        return {"meeting": meeting.id}
    return {}


def _findings(path: Path) -> list[str]:
    report = pdfua.validate(str(path))
    return [f"{f.rule_id} {f.location.object_path}: {f.message}" for f in report.findings]


def _check_every_kind(
    service: RegisterService, folder: Path, variants: tuple[bool, ...] = (False, True)
) -> dict[str, int]:
    pages: dict[str, int] = {}
    for kind in PdfKind:
        for confidential in variants:
            path = folder / f"{kind.value}-{int(confidential)}.pdf"
            result = export_pdf(
                service,
                kind,
                path,
                today=TODAY,
                include_confidential=confidential,
                **_options(service, kind),
            )
            assert _findings(path) == [], (kind, confidential)
            pages[f"{kind.value}-{int(confidential)}"] = result.pages
    return pages


def test_the_demo_documents_pass_pdfua_with_no_findings(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    _check_every_kind(demo_service, tmp_path)


@pytest.fixture
def large_service(tmp_path: Path) -> Iterator[RegisterService]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from datagen import generate  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    path = generate(400, tmp_path / "register-400.sqlite3")
    service = RegisterService.open(path)
    yield service
    service.close()


def test_the_documents_of_a_large_register_pass_pdfua_with_no_findings(
    large_service: RegisterService, tmp_path: Path
) -> None:
    pages = _check_every_kind(large_service, tmp_path, (False,))
    assert pages["overzicht-0"] > 20  # a real multi-page table with repeated headers


def test_every_document_claims_pdfua_1_in_its_metadata(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    path = tmp_path / "overzicht.pdf"
    export_pdf(demo_service, "overzicht", path, today=TODAY)
    root: Any = PdfReader(str(path)).trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    # the extension schema that describes the pdfuaid namespace (as PDF/A asks of it)
    assert "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/" in xmp
    assert "<pdfaProperty:name>part</pdfaProperty:name>" in xmp
