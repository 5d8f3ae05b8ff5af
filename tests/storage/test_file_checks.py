"""storage/file_checks.py: a file is judged from outside before SQLite touches it (a folder, an
empty file, not SQLite, a truncated copy: each refused in Dutch, the file unchanged), and the
quick check's findings are counted in words with SQLite's own text kept for the details."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.errors import (
    CannotOpenError,
    CorruptDatabaseError,
    NotADatabaseError,
)
from adviesraad_app.storage.file_checks import (
    damaged_error,
    findings,
    quick_check_file,
    refuse_unless_database,
    structure_errors,
)


def test_a_sound_register_passes(db_path: Path) -> None:
    RegisterService.open(db_path).close()
    refuse_unless_database(db_path)
    assert quick_check_file(db_path) == []


def test_what_is_not_a_register_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    with pytest.raises(CannotOpenError, match="is een map, geen databasebestand"):
        refuse_unless_database(tmp_path)
    empty = tmp_path / "leeg.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(NotADatabaseError, match="is een leeg bestand"):
        refuse_unless_database(empty)
    text = tmp_path / "notities.sqlite3"
    text.write_text("Dit is een tekstbestand, geen database. " * 10)
    before = text.read_bytes()
    with pytest.raises(NotADatabaseError) as caught:
        refuse_unless_database(text)
    assert "geen SQLite-bestand" in str(caught.value)
    assert str(caught.value).endswith("Het bestand is niet gewijzigd.")
    assert text.read_bytes() == before


def test_a_truncated_copy_is_called_damaged(db_path: Path, tmp_path: Path) -> None:
    service = RegisterService.open(db_path)
    service.close()
    data = db_path.read_bytes()
    short = tmp_path / "afgebroken.sqlite3"
    short.write_bytes(data[: len(data) // 2 + 7])
    with pytest.raises(CorruptDatabaseError) as caught:
        refuse_unless_database(short)
    assert "korter dan het zou moeten zijn" in str(caught.value)


def test_findings_are_counted_in_words() -> None:
    rows = ["*** in database main ***\nPage 3: btreeInitPage() returns error code 11"]
    assert findings(rows) == ["Page 3: btreeInitPage() returns error code 11"]
    assert structure_errors(rows) == "1 fout"
    assert structure_errors(["a", "b", "c"]) == "3 fouten"
    assert structure_errors(["x"] * 20, limit=20) == "20 of meer fouten"


def test_the_damage_message_counts_and_keeps_the_details(tmp_path: Path) -> None:
    problems = ["row 7 missing from index idx_advices_year", "wrong # of entries"]
    error = damaged_error(tmp_path / "register.sqlite3", problems)
    message = str(error)
    assert "(2 fouten in de bestandsstructuur;" in message
    assert "idx_advices_year" not in message
    assert "Er is niets opgeslagen en het bestand is niet gewijzigd." in message
    assert error.details == problems
