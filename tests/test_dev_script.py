"""``dev.py``, the newcomer's first command: typos answered at once, paths where the user stands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def dev(*args: str, cwd: Path, venv: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ADVIESRAAD_VENV": str(venv)}
    return subprocess.run(
        [sys.executable, str(ROOT / "dev.py"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_typo_is_answered_before_anything_is_installed(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    result = dev("tset", cwd=tmp_path, venv=venv)
    assert result.returncode == 2
    assert "Onbekende opdracht: tset" in result.stderr
    assert not venv.exists()


@pytest.mark.skipif(not (ROOT / ".venv").is_dir(), reason="needs the checkout's .venv")
def test_relative_paths_are_where_the_user_stands(tmp_path: Path) -> None:
    result = dev("adviesraad", "--db", "mijn.sqlite3", "init", cwd=tmp_path, venv=ROOT / ".venv")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "mijn.sqlite3").is_file()
    assert not (ROOT / "mijn.sqlite3").exists()
