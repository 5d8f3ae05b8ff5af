"""Scanned letters: a PDF of page images is read with OCR where the machine has Tesseract with
its Dutch model; the analysis says the text came from OCR; without OCR the clear refusal stays.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from adviesraad_app.domain.letter_fields import LetterType
from adviesraad_app.services.letters import ocr as letter_ocr
from adviesraad_app.services.letters.model import LetterReadError
from adviesraad_app.services.letters.reading import analyse_letter, read_letter
from adviesraad_app.services.register import RegisterService
from tests.support.letters import REQUEST_LINES
from tests.support.register import CliRunner
from tests.support.scans import write_scan

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


@needs_ocr
def test_cli_json_says_a_scan_was_read_with_ocr_and_the_deadline_was_computed(
    tmp_path: Path, cli: CliRunner, service: RegisterService
) -> None:
    scan = write_scan(tmp_path / "aanvraag-scan.pdf", SCAN_LINES)
    code, out, err = cli("import-letter", str(scan), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["ocr"].startswith("tesseract")
    assert data["letter_type"] == "request"
    assert data["requested_deadline"] == "2025-01-13"
    assert data["requested_deadline_computed"] is True
    assert data["requested_deadline_phrase"] == "binnen zes weken"
    assert any("tekstherkenning (OCR)" in w for w in data["warnings"])


def test_cli_apply_refuses_the_councils_own_letter(
    tmp_path: Path, cli: CliRunner, service: RegisterService
) -> None:
    letter = tmp_path / "ons-advies.txt"
    letter.write_text(
        "Aan het College van Burgemeester en Wethouders\n\nAlmelo, 3 juni 2024\n"
        "Betreft: advies armoedebeleid\n\nGeacht college,\n\nHierbij ontvangt u ons advies "
        "over het armoedebeleid.\n",
        encoding="utf-8",
    )
    code, out, err = cli("import-letter", str(letter), "--json")
    assert code == 0, err
    assert json.loads(out)["from_council"] is True
    code, _, err = cli("import-letter", str(letter), "--apply")
    assert code == 1
    assert "brief van de raad zelf" in err and "niets opgeslagen" in err


@needs_ocr
def test_a_black_and_white_fax_coded_scan_is_read(tmp_path: Path) -> None:
    scan = write_scan(tmp_path / "zw-scan.pdf", SCAN_LINES, black_white=True)
    assert b"/CCITTFaxDecode" in scan.read_bytes()
    source = read_letter(scan)
    assert source.ocr is not None
    assert "UIT-24130077" in source.text
