"""No hand-written module much over 500 lines in the domain, the command line and the letters
window (issue 15): a module that grows past it is split along the seams it already marks."""

from __future__ import annotations

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "adviesraad_app"
AREAS = ("domain", "cli", "gui/letters")
MAX_LINES = 500


def _modules() -> list[Path]:
    return sorted(path for area in AREAS for path in (PACKAGE / area).rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_is_small(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES + 50, f"{path.relative_to(PACKAGE)}: {lines} lines"


def test_domain_model_is_split_by_subject() -> None:
    """The register's objects live with their subject; no catch-all model module returns."""
    assert not (PACKAGE / "domain" / "model.py").exists()
