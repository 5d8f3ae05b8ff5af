"""CI runs the test command the README gives, word for word."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_command(purpose: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pattern = rf"^(\S.*?\S)\s+#\s*{re.escape(purpose)}\s*$"
    found = re.findall(pattern, readme, flags=re.MULTILINE)
    assert len(found) == 1, f"the README names one command to {purpose}: {found}"
    return str(found[0])


def test_ci_runs_the_readme_test_command() -> None:
    command = _readme_command("run the whole test suite")
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert command in lines, f"{command!r} is not a line of .ci/run"


def test_readme_start_commands_use_the_same_python_as_ci() -> None:
    test = _readme_command("run the whole test suite")
    start = _readme_command("start the app on your own register (created on first start)")
    assert start.split()[0] == test.split()[0] == "python3"
