"""A .docx or .xlsx is unpacked within a byte budget whatever its headers claim: an honest
archive is measured exactly, one that is too big or lies about a member's size is refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from adviesraad_app.services.zip_budget import (
    ZipBudgetExceeded,
    ZipSizeLie,
    check_unpacked_size,
)
from tests.support.attacks import lying_zip

TEXT = b"<w:document>Gemeente Almelo</w:document>" * 100  # 4,100 bytes, compresses well


def archive(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zipped:
        for name, data in members.items():
            zipped.writestr(name, data)
    return path


def test_an_honest_archive_is_measured_exactly(tmp_path: Path) -> None:
    path = archive(
        tmp_path / "brief.docx", {"word/document.xml": TEXT, "[Content_Types].xml": b"x"}
    )
    assert check_unpacked_size(path, budget=10_000) == len(TEXT) + 1


def test_stored_members_count_as_they_are(tmp_path: Path) -> None:
    path = archive(tmp_path / "brief.docx", {"a.xml": TEXT}, method=zipfile.ZIP_STORED)
    assert check_unpacked_size(path, budget=len(TEXT)) == len(TEXT)


def test_more_than_the_budget_is_refused_with_what_was_counted(tmp_path: Path) -> None:
    path = archive(tmp_path / "groot.xlsx", {"a.xml": TEXT, "b.xml": TEXT})
    with pytest.raises(ZipBudgetExceeded) as refused:
        check_unpacked_size(path, budget=len(TEXT) + 10)
    assert refused.value.unpacked > len(TEXT) + 10


def test_a_member_bigger_than_its_header_says_is_refused_early(tmp_path: Path) -> None:
    source = archive(tmp_path / "bron.docx", {"word/document.xml": TEXT, "z.xml": b"z"})
    lying = lying_zip(source, tmp_path / "liegt.docx", "word/document.xml", 50 * 1024 * 1024)
    with zipfile.ZipFile(lying) as zipped:
        assert zipped.getinfo("word/document.xml").file_size == 1000  # what it claims
    # within the budget, but not the size it claims
    with pytest.raises(ZipSizeLie):
        check_unpacked_size(lying, budget=100 * 1024 * 1024)
    # past the budget: stopped long before the 50 MB are unpacked
    with pytest.raises(ZipBudgetExceeded) as refused:
        check_unpacked_size(lying, budget=1024 * 1024)
    assert refused.value.unpacked < 2 * 1024 * 1024


def test_an_archive_that_is_no_zip_is_reported_as_such(tmp_path: Path) -> None:
    path = tmp_path / "kapot.docx"
    path.write_bytes(b"PK\x03\x04 niet echt een zip")
    with pytest.raises(zipfile.BadZipFile):
        check_unpacked_size(path, budget=1000)
