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
    start = _readme_command("start the app on a separate demo register filled with sample data")
    assert start.split()[0] == test.split()[0] == "python3"


def test_readme_two_commands_section_has_two() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    block = section.split("```", 2)[1]
    commands = [line for line in block.splitlines() if line.strip()]
    assert len(commands) == 2, commands
