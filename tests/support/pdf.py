"""Shared by the PDF tests: helpers to read the PDFs back (pypdf) and fixtures with registers
worth exporting (registered in tests/conftest.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject, IndirectObject

from adviesraad_app.domain.advices import Advice, Recommendation
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from tests.conftest import TODAY

DIACRITICS_TITLE = "Cliëntondersteuning: geïnformeerd café, één loket voor ouderen"


@dataclass
class Pdf:
    path: Path
    reader: PdfReader

    @cached_property
    def pages(self) -> list[str]:
        return [page.extract_text() or "" for page in self.reader.pages]

    @cached_property
    def text(self) -> str:
        return "\n".join(self.pages)

    @cached_property
    def flat(self) -> str:
        """All text with every run of whitespace as one space (line breaks vary)."""
        return " ".join(self.text.split())

    def page_flat(self, index: int) -> str:
        return " ".join(self.pages[index].split())

    @property
    def catalog(self) -> DictionaryObject:
        root = self.reader.trailer["/Root"]
        assert isinstance(root, DictionaryObject)
        return root

    def outline_titles(self) -> list[str]:
        titles: list[str] = []

        def walk(items: list[Any]) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item)
                else:
                    titles.append(str(item.title))

        walk(self.reader.outline)
        return titles


def read_pdf(path: Path) -> Pdf:
    return Pdf(path, PdfReader(str(path)))


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def fonts_of(reader: PdfReader) -> list[tuple[str, bool]]:
    """Every font used on any page or in any form: (base font name, embedded?)."""
    found: dict[str, bool] = {}
    seen: set[int] = set()

    def visit_resources(resources: Any) -> None:
        resources = _resolve(resources)
        if not resources:
            return
        for entry in _resolve(resources.get("/Font", {})).values():
            font = _resolve(entry)
            descriptor = _resolve(font.get("/FontDescriptor"))
            if font.get("/Subtype") == "/Type0":
                descendant = _resolve(font["/DescendantFonts"][0])
                descriptor = _resolve(descendant.get("/FontDescriptor"))
            embedded = bool(
                descriptor
                and any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            )
            found[str(font.get("/BaseFont"))] = embedded
        for entry in _resolve(resources.get("/XObject", {})).values():
            xobject = _resolve(entry)
            if id(xobject) in seen:
                continue
            seen.add(id(xobject))
            if xobject.get("/Subtype") == "/Form":
                visit_resources(xobject.get("/Resources"))

    for page in reader.pages:
        visit_resources(page.get("/Resources"))
    return sorted(found.items())


def marked_content_ids(reader: PdfReader) -> dict[int, list[int]]:
    """Per page: the MCIDs its content stream marks, in order."""
    result: dict[int, list[int]] = {}
    for index, page in enumerate(reader.pages):
        stream = ContentStream(page.get_contents(), reader)
        ids = []
        for operands, operator in stream.operations:
            if operator == b"BDC" and len(operands) == 2:
                props = operands[1]
                if isinstance(props, DictionaryObject) and "/MCID" in props:
                    ids.append(int(props["/MCID"]))
        result[index] = ids
    return result


def unmarked_operators(reader: PdfReader) -> list[tuple[int, str]]:
    """(page, operator) for every text or form drawn outside marked content (PDF/UA 7.1-3)."""
    drawing = {b"Tj", b"TJ", b"'", b'"', b"Do"}
    found: list[tuple[int, str]] = []
    for index, page in enumerate(reader.pages):
        depth = 0
        for _operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator in (b"BDC", b"BMC"):
                depth += 1
            elif operator == b"EMC":
                depth -= 1
            elif operator in drawing and depth == 0:
                found.append((index, operator.decode()))
        assert depth == 0, f"unbalanced marked content on page {index + 1}"
    return found


def struct_text(path: Path) -> str:
    """The structure tree with its text, as poppler reads it (``pdfinfo -struct-text``)."""
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    )
    return result.stdout


def struct_tags(path: Path) -> list[str]:
    """The structure element tags in reading order."""
    return re.findall(r"^\s*([A-Za-z0-9]+)(?: \(block\)| \(inline\)|:)?$", struct_text(path), re.M)


@pytest.fixture
def export(demo_service: RegisterService, tmp_path: Path) -> Iterator[Any]:
    """``export(kind, **options) -> Pdf``: a PDF of the demo register, read back."""
    from adviesraad_app.reports.export import export_pdf

    counter = iter(range(1000))

    def make(kind: str, **options: Any) -> Pdf:
        options.setdefault("today", TODAY)
        path = tmp_path / f"{kind}-{next(counter)}.pdf"
        export_pdf(demo_service, kind, path, **options)
        return read_pdf(path)

    yield make


def add_advices(service: RegisterService, count: int, *, title: str = "") -> list[int]:
    """``count`` sent advices with replies due, in one transaction (for long overviews)."""
    ids = []
    with service.all_or_nothing():
        for i in range(count):
            advice = service.create_advice(
                Advice(
                    kind=AdviceKind.ONGEVRAAGD,
                    title=title or f"Ondersteuning bij wonen en werk, onderwerp {i + 1}",
                    sent_date=TODAY - timedelta(days=10 + i),
                    recommendations=(Recommendation(1, "Doe wat nodig is."),),
                )
            )
            assert advice.id is not None
            ids.append(advice.id)
    return ids


def confidential_ids(service: RegisterService) -> list[int]:
    from adviesraad_app.domain.filters import RegisterFilter

    return [
        r.id for r in service.register(RegisterFilter(include_confidential=True)) if r.confidential
    ]


__all__ = [
    "DIACRITICS_TITLE",
    "TODAY",
    "Pdf",
    "add_advices",
    "confidential_ids",
    "date",
    "fonts_of",
    "marked_content_ids",
    "read_pdf",
    "struct_tags",
    "struct_text",
    "unmarked_operators",
]
