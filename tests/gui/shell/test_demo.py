"""gui/shell/demo.py: the demo register is a file of its own in the application-data folder,
filled once with sample data, never the user's own register."""

from __future__ import annotations

from pathlib import Path

from adviesraad_app.gui.shell.demo import (
    DEMO_DB_NAME,
    demo_register_path,
    is_demo_register,
    open_demo_register,
)
from adviesraad_app.services.safety.location import data_dir


def test_the_demo_lives_beside_the_own_register_under_its_own_name(db_path: Path) -> None:
    assert demo_register_path() == data_dir() / DEMO_DB_NAME
    assert is_demo_register(demo_register_path())
    assert not is_demo_register(db_path)
    assert not is_demo_register(data_dir() / "adviesraad.sqlite3")


def test_the_demo_is_filled_once_and_kept() -> None:
    service = open_demo_register()
    try:
        count = service.count()
        assert count > 0
        first = service.register()[0]
        service.delete_advice(first.id)
    finally:
        service.close()
    again = open_demo_register()
    try:
        assert again.count() == count - 1  # not refilled: the demo keeps what was done in it
        assert again.path == demo_register_path()
    finally:
        again.close()
