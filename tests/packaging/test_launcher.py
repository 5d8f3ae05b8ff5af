"""The frozen entry point: the CLI as usual, and a Dutch report instead of a silent death."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import adviesraad_app
import adviesraad_app.cli.main
from adviesraad_app.crash import crash_dir
from tests.support.packaging_scripts import packaging_module

launcher = packaging_module("launcher")


@pytest.fixture(autouse=True)
def _crash_logs_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # On Windows platformdirs ignores LOCALAPPDATA (which the shared fixtures set) and asks
    # the shell; WIN_PD_OVERRIDE_LOCAL_APPDATA is its override.
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", str(tmp_path / "local"))


def test_it_runs_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        launcher.run(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"Adviesraad {adviesraad_app.__version__}"
    db = tmp_path / "r.sqlite3"
    assert launcher.run(["--db", str(db), "init"]) == 0
    assert db.is_file()


def _explode(argv: object = None) -> int:
    raise RuntimeError("kapot in de bundel")


def test_a_failure_outside_the_commands_is_logged_and_reported_in_dutch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(adviesraad_app.cli.main, "main", _explode)

    assert launcher.run(["list"]) == 1

    err = capsys.readouterr().err
    assert "Adviesraad kon niet starten of stopte onverwacht (RuntimeError)" in err
    assert "Traceback" not in err
    logs = list(crash_dir().glob("crash-*.txt"))
    assert len(logs) == 1
    assert str(logs[0]) in err
    assert "kapot in de bundel" in logs[0].read_text(encoding="utf-8")


def test_a_module_missing_from_the_bundle_is_reported(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "adviesraad_app.cli.main", None)  # import fails

    assert launcher.run(["list"]) == 1

    assert "(ModuleNotFoundError)" in capsys.readouterr().err
    assert "adviesraad_app.cli.main" in next(crash_dir().glob("crash-*.txt")).read_text("utf-8")


def test_without_stderr_the_windowed_exe_shows_a_message_box(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(adviesraad_app.cli.main, "main", _explode)
    monkeypatch.setattr(launcher, "_show_message_box", lambda t, m: shown.append((t, m)))
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)

    assert launcher.run([]) == 1

    assert len(shown) == 1
    title, message = shown[0]
    assert title == "Adviesraad"
    assert "stuur dat bestand naar de beheerder" in message


def test_the_message_box_is_harmless_off_windows() -> None:
    if sys.platform == "win32":
        pytest.skip("would open a real message box")
    launcher._show_message_box("Adviesraad", "test")  # returns without doing anything
