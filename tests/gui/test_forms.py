"""The forms in ui/ are the source; the generated modules must be current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_form_has_a_generated_module() -> None:
    forms = {p.stem for p in (ROOT / "ui").glob("*.ui")}
    generated = {
        p.stem.removeprefix("ui_")
        for p in (ROOT / "adviesraad_app" / "gui" / "forms").glob("ui_*.py")
    }
    assert forms == generated
