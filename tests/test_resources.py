"""adviesraad_app/resources.py: the application's own files are found from a checkout and from
a frozen bundle (PyInstaller's ``sys._MEIPASS``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from adviesraad_app.resources import is_frozen, resource_path, resources_dir


def test_from_a_checkout_the_files_are_there() -> None:
    assert resources_dir().name == "resources"
    assert resource_path("icons", "calendar.svg").is_file()
    assert not is_frozen()


def test_in_a_frozen_bundle_they_are_under_meipass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert resources_dir() == tmp_path / "resources"
    assert resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"
    assert is_frozen()
