"""services/pdf/saving.py: a PDF is written whole or not at all: the target is checked before
anything is drawn, an existing PDF is replaced only by a complete one, and every failure of
the operating system is told in Dutch without leaving a partial file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from adviesraad_app.services.pdf import saving
from adviesraad_app.services.pdf.content import PdfWriteError
from adviesraad_app.services.pdf.saving import check_target, save_pdf


def test_the_target_is_checked_before_drawing(tmp_path: Path) -> None:
    with pytest.raises(PdfWriteError, match="is een map; geef een bestandsnaam op"):
        check_target(tmp_path)
    with pytest.raises(PdfWriteError, match="bestaat niet"):
        check_target(tmp_path / "weg" / "overzicht.pdf")
    with pytest.raises(PdfWriteError, match="Geef een bestandsnaam op voor de PDF"):
        check_target(tmp_path / " . ")
    check_target(tmp_path / "overzicht.pdf")  # fine


def test_a_pdf_is_written_whole_and_replaces_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "overzicht.pdf"
    target.write_bytes(b"oud")
    save_pdf(b"%PDF-1.4 nieuw", target)
    assert target.read_bytes() == b"%PDF-1.4 nieuw"
    assert [p.name for p in tmp_path.iterdir()] == ["overzicht.pdf"]  # no .part left


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.ENOSPC, "De schijf is vol"),
        (errno.EACCES, "kan niet worden overschreven: het bestand is geopend"),
        (errno.EIO, "kon niet worden opgeslagen (systeemfout EIO)"),
    ],
)
def test_a_failure_is_dutch_and_leaves_the_old_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, message: str
) -> None:
    target = tmp_path / "overzicht.pdf"
    target.write_bytes(b"oud")

    def fail(*args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(saving, "replace_file", fail)
    with pytest.raises(PdfWriteError) as caught:
        save_pdf(b"%PDF-1.4 nieuw", target)
    assert message in str(caught.value)
    assert os.strerror(code) not in str(caught.value)
    assert target.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["overzicht.pdf"]


def test_no_rights_in_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(saving.tempfile, "mkstemp", refuse)
    with pytest.raises(PdfWriteError, match="Geen schrijfrechten in de map"):
        save_pdf(b"%PDF", tmp_path / "nieuw.pdf")
