"""Shared fixtures: every test gets its own temporary database and data folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ADVIESRAAD_LANG", "nl")

from adviesraad_app.services.register import RegisterService

# Fixtures shared by tests in several folders (helpers without fixtures are imported directly
# from tests.support).
pytest_plugins = ("tests.support.register", "tests.support.world", "tests.support.pdf")

TODAY = date(2026, 11, 22)
# Copies of ../shared/seeds, so the tests need nothing outside the repository.
SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep tests away from the real app-data folder, settings and crash logs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "local"))
    monkeypatch.setenv("ADVIESRAAD_BUSY_TIMEOUT_MS", "300")
    monkeypatch.delenv("ADVIESRAAD_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite3"


@pytest.fixture
def service(db_path: Path) -> Iterator[RegisterService]:
    svc = RegisterService.open(db_path)
    yield svc
    svc.close()


@pytest.fixture
def demo_service(db_path: Path) -> Iterator[RegisterService]:
    from adviesraad_app.services.demo import load_demo

    svc = RegisterService.open(db_path)
    load_demo(svc, today=TODAY)
    yield svc
    svc.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    from tests.support.gui import mark_gui

    mark_gui(items)
