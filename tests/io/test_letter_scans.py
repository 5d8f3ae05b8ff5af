"""Scanned letters: a PDF of page images is read with OCR where the machine has Tesseract with
its Dutch model; the analysis says the text came from OCR; without OCR the clear refusal stays.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from adviesraad_app.domain.letters import LetterType
from adviesraad_app.services import letter_ocr
from adviesraad_app.services.letters import LetterReadError, analyse_letter, read_letter
from adviesraad_app.services.register import RegisterService

from .helpers import REQUEST_LINES
from .scan_helpers import write_scan

ENGINE = letter_ocr.find_engine()
needs_ocr = pytest.mark.skipif(
    ENGINE is None, reason="Tesseract with the Dutch model (tesseract-ocr-nld) is not installed"
)
SCAN_LINES = [
    "Gemeente Almelo",
    "",
    "Ons kenmerk: UIT-24130077",
    "Verzonden: 2-12-2024",
    "Behandeld door: L. Brinkman",
    "Betreft: Adviesaanvraag Verordening jeugdhulp 2025",
    "",
    "Geachte leden van de adviesraad,",
    "",
    "Hierbij vragen wij u om advies over de concept-Verordening jeugdhulp 2025.",
    "Wij vragen u binnen zes weken advies uit te brengen over de gevolgen",
    "voor gezinnen, de privacy van cliënten en de coördinatie met de scholen.",
    "",
    "Met vriendelijke groet,",
]
assert SCAN_LINES[2:6] == REQUEST_LINES[2:6]  # the same request as the digital one


@needs_ocr
def test_a_blurred_slightly_turned_scan_is_read_with_ocr(
    tmp_path: Path, service: RegisterService
) -> None:
    scan = write_scan(tmp_path / "aanvraag-scan.pdf", SCAN_LINES, blur=0.8, angle=1.2)
    analysis = analyse_letter(service, scan)
    assert analysis.source.ocr is not None and "tesseract" in analysis.source.ocr
    f = analysis.fields
    assert f.letter_type == LetterType.REQUEST
    assert f.date == date(2024, 12, 2)
    assert f.our_reference == "UIT-24130077"
    assert f.handled_by == "L. Brinkman"
    assert f.subject == "Adviesaanvraag Verordening jeugdhulp 2025"
    # 2-12-2024 + 6 weeks, computed and said so.
    assert f.requested_deadline == date(2025, 1, 13)
    assert f.requested_deadline_computed
    assert any(
        "tekstherkenning (OCR)" in w and "Controleer elk veld" in w for w in analysis.warnings
    )


@needs_ocr
def test_ocr_keeps_dutch_diacritics(tmp_path: Path) -> None:
    scan = write_scan(tmp_path / "scan.pdf", SCAN_LINES, blur=0.8, angle=-1.0)
    text = read_letter(scan).text
    assert "cliënten" in text
    assert "coördinatie" in text


def test_without_ocr_a_scan_gets_the_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(letter_ocr, "find_engine", lambda: None)
    scan = write_scan(tmp_path / "scan.pdf", SCAN_LINES)
    with pytest.raises(LetterReadError) as raised:
        read_letter(scan)
    message = str(raised.value)
    assert "geen tekst, alleen afbeeldingen (een scan?)" in message
    assert "typ de gegevens over" in message


def test_a_missing_or_broken_tesseract_is_no_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    broken = tmp_path / "tesseract"
    broken.write_text("#!/bin/sh\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setenv("ADVIESRAAD_TESSERACT", str(broken))
    assert letter_ocr.find_engine() is None


@needs_ocr
def test_ocr_that_finds_no_text_says_so(tmp_path: Path) -> None:
    scan = write_scan(tmp_path / "leeg.pdf", [""])
    with pytest.raises(LetterReadError) as raised:
        read_letter(scan)
    assert "tekstherkenning (OCR)" in str(raised.value)
    assert "Typ de gegevens over" in str(raised.value)
