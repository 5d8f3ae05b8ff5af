"""Files that lie or overreach: refused in Dutch, quickly, in little memory; and a register
on a read-only medium or with an unknown schema version."""

from __future__ import annotations

import shutil
import sqlite3
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.services.letters.reading import read_letter
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import make_backup
from adviesraad_app.services.sheets.sheet_reading import read_sheet
from adviesraad_app.storage.database import open_database
from adviesraad_app.storage.errors import DatabaseTooNewError
from tests.support.attacks import big_csv, hostile_xlsx, lying_docx, lying_xlsx, wide_field_csv
from tests.support.world import digest, read_only_view

__all__ = ["read_only_view"]

MB = 1024 * 1024


def _refused(call: Callable[[], Any]) -> tuple[str, int]:
    """The Dutch refusal of ``call`` and the peak of Python memory it took."""
    tracemalloc.start()
    try:
        with pytest.raises(UserError) as info:
            call()
        return str(info.value), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_far_away_cell_does_not_make_a_huge_sheet(tmp_path: Path) -> None:
    path = hostile_xlsx(tmp_path / "ver.xlsx")
    message, peak = _refused(lambda: read_sheet(path))
    assert "kolom XFD" in message and "hooguit" in message
    assert peak < 50 * MB


def test_a_far_away_row_is_refused_by_rows_present(tmp_path: Path) -> None:
    path = hostile_xlsx(tmp_path / "diep.xlsx", "B1048576")
    message, _ = _refused(lambda: read_sheet(path))
    assert "1048576 rijen" in message


@pytest.mark.parametrize("make, read", [(lying_docx, read_letter), (lying_xlsx, read_sheet)])
def test_a_zip_that_lies_about_its_size_is_unpacked_within_the_budget(
    tmp_path: Path, make: Callable[[Path, int], Path], read: Callable[[Path], Any]
) -> None:
    suffix = ".docx" if make is lying_docx else ".xlsx"
    path = make(tmp_path / f"bom{suffix}", 520 * MB)  # the headers say 1000 bytes
    message, peak = _refused(lambda: read(path))
    assert "uitgepakt te groot" in message
    assert peak < 20 * MB


def test_a_zip_member_that_is_larger_than_stated_is_damaged(tmp_path: Path) -> None:
    path = lying_docx(tmp_path / "klein.docx", 2 * MB)  # within the budget, but a lie
    message, _ = _refused(lambda: read_letter(path))
    assert "beschadigd" in message


def test_a_csv_with_too_many_rows_stops_at_the_limit(tmp_path: Path) -> None:
    path = big_csv(tmp_path / "lang.csv", 1_000_000)
    message, peak = _refused(lambda: read_sheet(path))
    assert "meer dan 100000 rijen" in message
    assert peak < 150 * MB


def test_a_csv_with_a_huge_cell_is_refused_in_dutch(tmp_path: Path) -> None:
    path = wide_field_csv(tmp_path / "breed.csv", 50 * MB)
    message, peak = _refused(lambda: read_sheet(path))
    assert "te lang" in message and "field" not in message
    assert peak < 40 * MB


def test_unknown_schema_version_is_refused_unchanged(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = -1")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNewError) as info:
        RegisterService.open(db_path)
    assert "niet kent" in str(info.value)
    assert digest(db_path) == before


def test_backup_of_a_register_in_a_read_only_folder(
    read_only_view: tuple[Path, Path], tmp_path: Path
) -> None:
    source, view = read_only_view
    service = RegisterService.open(source / "register.sqlite3")
    from tests.services.test_text_safety import _add

    _add(service, "Op de alleen-lezen stick")
    service.close()
    assert not (source / "register.sqlite3-wal").exists()
    target = tmp_path / "kopie"
    target.mkdir()
    entry = make_backup(view / "register.sqlite3", folder=target)
    assert entry.path.parent == target and entry.advices == 1
    readonly = RegisterService.open(view / "register.sqlite3")
    try:
        assert [r.title for r in readonly.register(RegisterFilter())] == [
            "Op de alleen-lezen stick"
        ]
    finally:
        readonly.close()
    assert sorted(p.name for p in source.iterdir()) == ["register.sqlite3"]
    shutil.rmtree(target)
