"""services/document_files.py: a document's stored copy is named by its content (one copy per
content, the extension kept when it is one), refusals are Dutch; a viewing copy carries the
document's own name (made safe for Windows), is read-only and is made again when it changed."""

from __future__ import annotations

import stat
import tempfile
from pathlib import Path

import pytest

from adviesraad_app.domain.documents import Document, DocumentKind
from adviesraad_app.domain.errors import UserError
from adviesraad_app.services import document_files
from adviesraad_app.services.document_files import (
    file_sha256,
    store_copy,
    stored_suffix,
    viewing_copy,
    windows_safe_name,
)


def test_the_extension_kept_on_a_stored_copy() -> None:
    assert stored_suffix("Advies.PDF") == ".pdf"
    assert stored_suffix("archief.7z") == ".7z"
    assert stored_suffix("Advies 12.2024 versie definitief") == ""
    assert stored_suffix("zonder") == ""


def test_names_windows_accepts() -> None:
    assert windows_safe_name('Advies: "zorg"?.pdf') == "Advies_ _zorg__.pdf"
    assert windows_safe_name("brief. ") == "brief"
    assert windows_safe_name("NUL.pdf") == "_NUL.pdf"
    assert windows_safe_name("com1") == "_com1"
    assert windows_safe_name("...") == "document"
    assert windows_safe_name("console.pdf") == "console.pdf"


def test_one_stored_copy_per_content(tmp_path: Path) -> None:
    folder = tmp_path / "register-documenten"
    first = tmp_path / "advies.PDF"
    first.write_bytes(b"%PDF-1.4 inhoud")
    same = tmp_path / "kopie van advies.pdf"
    same.write_bytes(b"%PDF-1.4 inhoud")
    name, sha, size = store_copy(first, folder)
    assert name == f"{sha[:2]}/{sha}.pdf"
    assert sha == file_sha256(first) and size == len(b"%PDF-1.4 inhoud")
    assert store_copy(same, folder)[0] == name
    assert (folder / name).read_bytes() == b"%PDF-1.4 inhoud"
    assert [p.name for p in folder.rglob("*") if p.is_file()] == [f"{sha}.pdf"]  # no .part


def test_refusals_are_dutch_and_store_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "docs"
    with pytest.raises(UserError, match="is geen bestand"):
        store_copy(tmp_path, folder)
    big = tmp_path / "groot.pdf"
    big.write_bytes(b"x" * 3 * 1024 * 1024)
    monkeypatch.setattr(document_files, "MAX_DOCUMENT_BYTES", 2 * 1024 * 1024)
    with pytest.raises(UserError) as caught:
        store_copy(big, folder)
    assert str(caught.value) == "groot.pdf is te groot om toe te voegen (3 MB; maximaal 2 MB)."
    assert not folder.exists()


def test_a_viewing_copy_is_read_only_under_its_own_name_and_renewed_when_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    source = tmp_path / "opslag.pdf"
    source.write_bytes(b"origineel")
    document = Document(
        advice_id=1,
        kind=DocumentKind.ADVICE,
        original_name="Advies: definitief.pdf",
        stored_name="ab/ab.pdf",
        sha256=file_sha256(source),
        size=source.stat().st_size,
        id=7,
    )
    copy = viewing_copy(source, document)
    assert copy.name == "Advies_ definitief.pdf"
    assert copy.parent.name == "document-7"
    assert copy.read_bytes() == b"origineel"
    assert not copy.stat().st_mode & stat.S_IWUSR
    copies: list[object] = []
    real_copy = document_files.shutil.copyfile
    monkeypatch.setattr(
        document_files.shutil, "copyfile", lambda *a: copies.append(a) or real_copy(*a)
    )
    assert viewing_copy(source, document) == copy
    assert copies == []  # intact: used again, not copied (a viewer may hold it open)

    copy.chmod(stat.S_IWUSR | stat.S_IRUSR)
    copy.write_bytes(b"door de viewer gewijzigd")
    again = viewing_copy(source, document)
    assert again.read_bytes() == b"origineel"
