"""The walls between the layers hold: import-linter's contracts (pyproject.toml) are kept."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def lint_imports() -> str:
    beside_python = Path(sys.executable).parent / "lint-imports"
    for candidate in (beside_python, beside_python.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("lint-imports")
    if found is None:
        pytest.skip("import-linter (lint-imports) is not installed")
    return found


def test_every_import_contract_is_kept() -> None:
    result = subprocess.run(
        [lint_imports(), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_contracts_name_every_layer() -> None:
    """A contract per wall of docs/DEVELOPING.md, and one per layer that must not load Qt."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = {c["id"]: c for c in config["tool"]["importlinter"]["contracts"]}
    for layer in ("domain", "storage", "services", "reports", "cli"):
        assert contracts[f"qt-{layer}"]["forbidden_modules"] == ["PySide6", "shiboken6"]
    assert "adviesraad_app.storage" in contracts["gui-cli-not-storage"]["forbidden_modules"]
    assert contracts["no-circles"]["type"] == "acyclic_siblings"
