#!/usr/bin/env python3
"""One command for developers, on a fresh machine with only Python 3.11+ and pip.

    python3 dev.py app [--demo] [ADVIESRAAD ARGUMENTS...]   start the desktop app
    python3 dev.py test [PYTEST ARGUMENTS...]               run the whole test suite
    python3 dev.py lint                                     ruff, mypy --strict, import contracts
    python3 dev.py adviesraad ARGUMENTS...                  the command line
    python3 dev.py setup                                    only create .venv and install

The first run creates ``.venv`` beside this file and installs the locked dependencies
(``requirements-dev.lock``, with hashes) and the package itself; later runs reuse it and
reinstall only when the lock file changed. Standard library only: this runs before anything
else is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("ADVIESRAAD_VENV", ROOT / ".venv"))
LOCK = ROOT / "requirements-dev.lock"
STAMP = VENV / ".adviesraad-lock-sha256"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


COMMANDS = ("app", "adviesraad", "test", "lint", "setup")


def run(*args: str | Path, env: dict[str, str] | None = None, cwd: Path = ROOT) -> int:
    return subprocess.call([str(a) for a in args], cwd=cwd, env=env)


def ensure_environment() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - runs before the version is known
        sys.exit(
            "Adviesraad heeft Python 3.11 of nieuwer nodig (gevonden: %s)." % sys.version.split()[0]
        )
    python = venv_python()
    if not python.exists():
        print(f"Virtuele omgeving aanmaken in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256(LOCK.read_bytes() + (ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Afhankelijkheden installeren (eenmalig) ...", flush=True)
        quiet = [] if os.environ.get("CI") else ["-q"]
        if run(python, "-m", "pip", "install", *quiet, "--require-hashes", "-r", LOCK) != 0:
            sys.exit("Installeren van de afhankelijkheden is mislukt (zie hierboven).")
        if run(python, "-m", "pip", "install", *quiet, "--no-deps", "-e", ROOT) != 0:
            sys.exit("Installeren van Adviesraad zelf is mislukt (zie hierboven).")
        STAMP.write_text(wanted)
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    if command not in COMMANDS:
        # answered before anything is created or installed
        print(f"Onbekende opdracht: {command}\n{__doc__}", file=sys.stderr)
        return 2
    python = ensure_environment()
    if command in ("app", "adviesraad"):
        # relative paths (--db, --output, files to import) mean where the user stands
        return run(python, "-m", "adviesraad_app", *rest, cwd=Path.cwd())
    if command == "test":
        return run(python, "-m", "pytest", *rest)
    if command == "lint":
        code = run(python, "-m", "ruff", "check", ".")
        code |= run(python, "-m", "ruff", "format", "--check", ".")
        code |= run(python, "-m", "mypy")
        # the walls between the layers: import-linter's contracts in pyproject.toml
        code |= run(python.parent / "lint-imports")
        return code
    return 0  # setup: the environment is ready


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
