"""Smoke test of a frozen bundle: the built program does its work where Python is absent.

Used by ``build.py`` (every build, Windows and Linux, before anything is packaged) and by
``tests/flows/test_frozen.py``. Each command runs the way IT or a script would run it:
from a foreign working folder, with a clean environment (no ``PYTHON*`` variables, no
virtualenv on ``PATH``) and the app-data folders redirected to a temporary folder, so a build
on a real workstation never touches its user's register.

    python packaging/smoke.py DIST/adviesraad
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

APP_DIR_NAME = "Adviesraad"  # storage.paths.APP_DIR_NAME, without importing the app
DB_FILE_NAME = "adviesraad.sqlite3"
IS_WINDOWS = sys.platform == "win32"
EXE_SUFFIX = ".exe" if IS_WINDOWS else ""
WINDOWED = "adviesraad"
CONSOLE = "adviesraad-cli"
TIMEOUT_S = 120


class SmokeError(AssertionError):
    """A smoke check failed; the message says what the frozen program did."""


def exe_path(bundle: Path, name: str) -> Path:
    return bundle / f"{name}{EXE_SUFFIX}"


def clean_environment(home: Path) -> dict[str, str]:
    """The environment of a user without Python, with app data under ``home``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "ADVIESRAAD_", "PYI", "_PYI", "WIN_PD_OVERRIDE_"))
        and k not in ("VIRTUAL_ENV", "CONDA_PREFIX", "LD_LIBRARY_PATH", "QT_PLUGIN_PATH")
    }
    venv = os.environ.get("VIRTUAL_ENV")
    paths = env.get("PATH", "").split(os.pathsep)
    executable_dir = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join(
        p for p in paths if p and p != executable_dir and not (venv and p.startswith(venv))
    )
    local = home / "local"
    env.update(
        {
            # Windows: platformdirs asks the shell for the known folder and ignores
            # LOCALAPPDATA; WIN_PD_OVERRIDE_* is its documented override.
            "LOCALAPPDATA": str(local),
            "WIN_PD_OVERRIDE_LOCAL_APPDATA": str(local),
            "XDG_DATA_HOME": str(local),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "QT_QPA_PLATFORM": "offscreen",
            "ADVIESRAAD_LANG": "nl",
        }
    )
    return env


@dataclass
class FrozenApp:
    """The frozen program in ``bundle``, run with app data in ``home``."""

    bundle: Path
    home: Path
    env: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        self.env = clean_environment(self.home)

    @property
    def data_dir(self) -> Path:
        return self.home / "local" / APP_DIR_NAME

    @property
    def default_db(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    def run(self, *args: str, exe: str = CONSOLE) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(exe_path(self.bundle, exe)), *args],
            cwd=self.home,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
            check=False,
        )

    def ok(self, *args: str, exe: str = CONSOLE) -> subprocess.CompletedProcess[str]:
        """Run and require exit code 0 and no crash log."""
        result = self.run(*args, exe=exe)
        if result.returncode != 0:
            raise SmokeError(
                f"{exe} {' '.join(args)}: afsluitcode {result.returncode}\n"
                f"uitvoer: {result.stdout.strip()}\nfouten: {result.stderr.strip()}"
            )
        logs = self.crash_logs()
        if logs:
            raise SmokeError(f"{exe} {' '.join(args)}: crashlog {logs[0]}:\n{logs[0].read_text()}")
        return result

    def crash_logs(self) -> list[Path]:
        folder = self.data_dir / "crashlogs"
        return sorted(folder.glob("crash-*.txt")) if folder.is_dir() else []


@dataclass
class Check:
    name: str
    detail: str

    def line(self) -> str:
        """``ok  name: detail``."""
        return f"ok  {self.name}: {self.detail}"


def run_smoke(bundle: Path, version: str, home: Path | None = None) -> list[Check]:
    """Every check in order; raises :class:`SmokeError` at the first that fails."""
    with tempfile.TemporaryDirectory(prefix="adviesraad-smoke-") as temp:
        app = FrozenApp(bundle, home or Path(temp))
        db = app.home / "demo" / "register.sqlite3"
        db.parent.mkdir(parents=True, exist_ok=True)
        pdf = app.home / "demo" / "register.pdf"
        checks: list[tuple[str, Callable[[], str]]] = [
            ("versie", lambda: _check_version(app, version)),
            ("eerste start maakt de database", lambda: _check_first_start(app)),
            ("demogegevens", lambda: _last_line(app.ok("--db", str(db), "demo"))),
            ("list --json", lambda: _check_list(app, db)),
            ("check", lambda: _last_line(app.ok("--db", str(db), "check"))),
            ("programma zonder console voert een opdracht uit", lambda: _check_windowed(app, db)),
            ("selftest", lambda: _check_selftest(app, db)),
            ("export pdf", lambda: _check_export_pdf(app, db, pdf)),
            ("e-mail uit Outlook (.msg) inlezen", lambda: _check_outlook_mail(app, db)),
        ]
        return [Check(name, check()) for name, check in checks]


def _last_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stdout.strip().splitlines()
    return lines[-1] if lines else "afsluitcode 0"


def _check_version(app: FrozenApp, version: str) -> str:
    out = app.ok("--version").stdout.strip()
    if out != f"Adviesraad {version}":
        raise SmokeError(f"--version gaf {out!r}, verwacht 'Adviesraad {version}'")
    return out


def _check_first_start(app: FrozenApp) -> str:
    if app.default_db.exists():
        raise SmokeError(f"{app.default_db} bestaat al voor de eerste start")
    app.ok("init")
    if not app.default_db.is_file():
        raise SmokeError(f"init heeft {app.default_db} niet aangemaakt")
    again = app.ok("init").stdout
    if "bestaat al" not in again:
        raise SmokeError(f"een tweede init vond de database niet: {again!r}")
    return str(app.default_db)


def _check_list(app: FrozenApp, db: Path) -> str:
    rows = json.loads(app.ok("--db", str(db), "list", "--json").stdout)
    if not rows or not all("number" in row for row in rows):
        raise SmokeError(f"list --json gaf {rows!r}")
    return f"{len(rows)} adviezen"


def _check_windowed(app: FrozenApp, db: Path) -> str:
    # The windowed exe has no console on Windows (sys.stdout is None): it must still work.
    app.ok("--db", str(db), "check", exe=WINDOWED)
    return "afsluitcode 0"


def _check_selftest(app: FrozenApp, db: Path) -> str:
    result = json.loads(app.ok("--db", str(db), "selftest").stdout)
    if not result.get("rows_shown"):
        raise SmokeError(f"selftest toonde geen adviezen: {result!r}")
    return f"{result['rows_shown']} adviezen getoond na {result['ms']} ms"


def _check_export_pdf(app: FrozenApp, db: Path, pdf: Path) -> str:
    app.ok("--db", str(db), "export", "pdf", "--kind", "overzicht", "--output", str(pdf))
    if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-"):
        raise SmokeError(f"export pdf schreef geen PDF naar {pdf}")
    return f"{pdf.stat().st_size} bytes"


# A real Outlook message (extract-msg's test file, not kept in this repository: see
# tests/fixtures/mail/README.md), so the bundle proves it holds extract-msg.
OUTLOOK_SAMPLE = (
    Path(
        os.environ.get("ADVIESRAAD_MSG_SAMPLES", "")
        or Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "mail"
    )
    / "strangeDate.msg"
)


def _check_outlook_mail(app: FrozenApp, db: Path) -> str:
    if not OUTLOOK_SAMPLE.is_file():
        return f"overgeslagen: {OUTLOOK_SAMPLE.name} ontbreekt (geen bronmap)"
    data = json.loads(
        app.ok("--db", str(db), "import-letter", str(OUTLOOK_SAMPLE), "--json").stdout
    )
    subject = (data.get("email") or {}).get("subject")
    if subject != "MSG Test File":
        raise SmokeError(f"import-letter van {OUTLOOK_SAMPLE.name} gaf {data!r}")
    return f"onderwerp {subject!r}"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from version_info import read_version

    try:
        for check in run_smoke(Path(argv[0]), read_version()):
            print(f"  {check.line()}")
    except SmokeError as exc:
        print(f"MISLUKT: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
