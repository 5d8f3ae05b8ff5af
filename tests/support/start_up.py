"""Running the app's start in a fresh interpreter, as the start-up tests do: a demo register
made by the CLI, then a Python snippet (offscreen Qt) whose printed lines say what it saw."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def demo_register(folder: Path) -> Path:
    """A register with the demo data, made by ``adviesraad demo`` in ``folder``."""
    db = folder / "r.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "adviesraad_app", "--db", str(db), "demo"],
        check=True,
        capture_output=True,
    )
    return db


def run_snippet(code: str, *args: str, config: Path | None = None) -> list[str]:
    """The lines ``python -c code args`` prints (offscreen Qt; ``config``: a fresh folder for
    the app's settings)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if config is not None:
        env["XDG_CONFIG_HOME"] = str(config)
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return result.stdout.strip().splitlines()
