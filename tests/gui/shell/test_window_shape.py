"""Issue 15: the main window stays small. It builds the pages and composes its parts
(``gui/shell``); a job that grows gets a part of its own instead of growing the window."""

from __future__ import annotations

from pathlib import Path

import pytest

import adviesraad_app

GUI = Path(adviesraad_app.__file__).parent / "gui"
MAX_LINES = 500
WINDOW = [GUI / "main_window.py", *sorted((GUI / "shell").glob("*.py"))]


@pytest.mark.parametrize("path", WINDOW, ids=lambda p: str(p.relative_to(GUI)))
def test_the_window_and_its_parts_are_small(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{path.relative_to(GUI)}: {lines} lines"


def test_the_parts_know_the_window_as_its_frame() -> None:
    """A part imports ``shell.frame`` (or ``window_api``), never ``main_window``."""
    for path in sorted((GUI / "shell").glob("*.py")):
        assert "gui.main_window" not in path.read_text(encoding="utf-8"), path.name
