"""A register with the situations letters are about (DOMAIN.md's worked example)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from adviesraad_app.domain.advices import Advice, Recommendation
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.register import RegisterService

# The unsolicited advice of Monday 12 August 2024: the 6-week reply term ends Monday
# 23 September 2024; on 1 October 2024 the reply is 8 days late.
SENT = date(2024, 8, 12)
REPLY_DUE = date(2024, 9, 23)
LATE_DAY = date(2024, 10, 1)


@dataclass
class Letters:
    service: RegisterService
    late: int  # sent, no reply, term passed on LATE_DAY
    requested: int  # a request for advice, received 2 September 2024
    replied: int  # replied, with an overdue commitment
    commitment: int
    bare: int  # sent, no recommendations


@pytest.fixture
def letters(db_path: Path) -> Iterator[Letters]:
    made = make_letters(db_path)
    yield made
    made.service.close()


def make_letters(db_path: Path) -> Letters:
    """The register (open; the caller closes it)."""
    return fill_letters(RegisterService.open(db_path))


def fill_letters(service: RegisterService) -> Letters:
    """The advices letters are about, in ``service``."""
    late = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Werk- en Leercentrum",
            number="2024-07",
            sent_date=SENT,
            summary="Het Werk- en Leercentrum moet blijven.",
            recommendations=(
                Recommendation(1, "Zet het Werk- en Leercentrum voort."),
                Recommendation(2, "Betrek ervaringsdeskundigen bij de evaluatie."),
                Recommendation(3, "Informeer de raad over nieuwe ontwikkelingen."),
            ),
        )
    )
    requested = service.create_advice(
        Advice(
            kind=AdviceKind.GEVRAAGD,
            title="Integrale ketenaanpak maatschappelijke opvang",
            number="2024-08",
            request_received=date(2024, 9, 2),
            request_reference="UIT - 24100001",
            recommendations=(Recommendation(1, "Betrek de woningcorporaties."),),
        )
    )
    replied = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Beschut werk",
            number="2024-03",
            sent_date=date(2024, 3, 4),
            recommendations=(Recommendation(1, "Meer plekken beschut werk."),),
        )
    )
    assert late.id and requested.id and replied.id
    service.save_reply(Reply(advice_id=replied.id, date=date(2024, 4, 1)))
    commitment = service.add_commitment(
        replied.id, "Wij informeren u over de evaluatie.", date(2024, 9, 1)
    )
    bare = service.create_advice(
        Advice(kind=AdviceKind.SIGNAAL, title="Wachtlijsten", number="2024-09", sent_date=SENT)
    )
    assert commitment.id and bare.id
    return Letters(service, late.id, requested.id, replied.id, commitment.id, bare.id)


def docx_text(path: Path) -> str:
    from docx import Document

    word = Document(str(path))
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
