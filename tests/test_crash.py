"""Crash logs, the next-start offer, and a windowed build without stdout/stderr."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from adviesraad_app import crash
from adviesraad_app.cli.main import main
from adviesraad_app.cli.support import CommandContext, Failure, run_command
from tests.support.world import child_env


def test_crash_log_offered_until_seen(tmp_path: Path) -> None:
    try:
        raise ValueError("kapot")
    except ValueError:
        text, path = crash.handle_exception(*sys.exc_info())  # type: ignore[arg-type]
    assert path is not None and path.parent == crash.crash_dir()
    assert "ValueError: kapot" in text and "Adviesraad" in text
    assert crash.read_crash_log(path) == text
    assert crash.unseen_crash_logs() == [path]
    assert crash.unseen_crash_logs() == [path]  # still offered at the next start
    crash.mark_seen(path)
    assert crash.unseen_crash_logs() == []
    assert path.exists()  # seen, not deleted


def test_only_seen_logs_are_pruned() -> None:
    paths = [crash.write_crash_log(f"log {i}\n") for i in range(6)]
    assert all(p is not None for p in paths)
    for p in paths[:4]:
        assert p is not None
        crash.mark_seen(p)
    crash.prune_crash_logs(keep=1)
    left = sorted(crash.crash_dir().glob("crash-*.txt"))
    assert left == sorted(p for p in paths[3:] if p is not None)
    assert crash.unseen_crash_logs() == [paths[4], paths[5]]


def test_no_crash_folder_means_no_logs() -> None:
    assert crash.unseen_crash_logs() == []


def test_unwritable_crash_folder_does_not_raise() -> None:
    crash.crash_dir().parent.mkdir(parents=True, exist_ok=True)
    crash.crash_dir().write_text("een bestand, geen map")
    assert crash.write_crash_log("tekst") is None
    assert crash.unseen_crash_logs() == []


def test_excepthooks_write_a_log_and_call_the_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, Path | None]] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install_excepthooks(lambda text, path: shown.append((text, path)))
    try:
        raise RuntimeError("in de hoofdlus")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    worker = threading.Thread(target=lambda: 1 / 0, name="achtergrond")
    worker.start()
    worker.join()
    assert len(shown) == 2
    assert "RuntimeError: in de hoofdlus" in shown[0][0]
    assert "ZeroDivisionError" in shown[1][0] and "thread achtergrond" in shown[1][0]
    assert [p for _, p in shown] == crash.unseen_crash_logs()


def test_an_environment_error_is_explained_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    """A locked or damaged register met where no code caught it: its Dutch message, no crash
    dialog, no crash log. A real bug still gets both."""
    from adviesraad_app.storage.errors import DatabaseLockedError

    shown: list[str] = []
    explained: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install_excepthooks(lambda text, _path: shown.append(text), explained.append)
    try:
        raise DatabaseLockedError("De database is bezet door een ander programma.")
    except DatabaseLockedError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert explained == ["De database is bezet door een ander programma."]
    assert shown == [] and crash.unseen_crash_logs() == []
    try:
        raise KeyError("fout in de code")
    except KeyError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1 and len(crash.unseen_crash_logs()) == 1


@pytest.mark.skipif(
    sys.platform == "win32", reason="os.kill(pid, 11) terminates a Windows process: no SIGSEGV"
)
def test_a_hard_crash_is_offered_at_the_next_start(tmp_path: Path) -> None:
    """A crash in C code (no Python exception): faulthandler's file survives the process."""
    code = (
        "import ctypes, os\n"
        "from adviesraad_app import crash\n"
        "print(crash.start_fault_log(), flush=True)\n"
        "os.kill(os.getpid(), 11)\n"
    )
    env = child_env()
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == -signal.SIGSEGV
    logs = crash.unseen_crash_logs()
    assert len(logs) == 1 and "fatal" in logs[0].name
    assert "Fatal Python error" in crash.read_crash_log(logs[0])


def test_a_clean_exit_leaves_no_fault_log() -> None:
    path = crash.start_fault_log()
    assert path is not None and path.exists()
    assert crash.unseen_crash_logs() == []  # its own empty file is not offered
    crash.stop_fault_log()
    assert not path.exists()


def _no_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)


def test_run_command_without_stdout_and_stderr(
    monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    """A windowed Windows build: ``sys.stdout`` and ``sys.stderr`` are None."""
    _no_streams(monkeypatch)

    def failing(ctx: CommandContext) -> int:
        raise Failure("Dit gaat mis.")

    def buggy(ctx: CommandContext) -> int:
        raise KeyError("bug")

    assert run_command(argparse.Namespace(handler=failing)) == 1
    assert run_command(argparse.Namespace(handler=buggy)) == 1
    logs = crash.unseen_crash_logs()
    assert len(logs) == 1 and "KeyError" in crash.read_crash_log(logs[0])
    # Real commands, including the data-safety ones, print nothing and still work.
    assert main(["--db", str(db_path), "demo"]) == 0
    assert main(["--db", str(db_path), "backup"]) == 0
    assert main(["--db", str(db_path), "backups", "--json"]) == 0
    assert main(["--db", str(db_path), "check", "--repair"]) == 0
    assert main(["--db", str(db_path), "list"]) == 0
    assert main(["--db", str(db_path / "x"), "list"]) == 1


def test_logging_without_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_streams(monkeypatch)
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])
    monkeypatch.setattr(logging, "lastResort", logging.lastResort)
    path = crash.configure_logging()
    try:
        assert path is not None
        logging.getLogger("adviesraad.test").warning("waarschuwing zonder stderr")
        try:
            raise OSError("schijf")
        except OSError:
            logging.getLogger("adviesraad.test").exception("met traceback")
        for handler in root.handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
        assert "waarschuwing zonder stderr" in text and "OSError: schijf" in text
        # Even with no handler at all, logging must not touch the missing stderr.
        root.handlers = []
        logging.getLogger("adviesraad.test").error("nergens heen")
    finally:
        for handler in list(crash._log_handlers):
            root.removeHandler(handler)
            handler.close()
        crash._log_handlers.clear()


def test_the_log_file_is_rotated_from_its_first_record(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(crash, "LOG_MAX_BYTES", 2000)
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])
    path = crash.configure_logging()
    try:
        assert path is not None and path.exists()  # it can be written: checked at once
        for n in range(60):
            logging.getLogger("adviesraad.test").warning("regel %d %s", n, "x" * 60)
        older = sorted(p.name for p in path.parent.glob(crash.LOG_FILE_NAME + ".*"))
        assert older == [f"{crash.LOG_FILE_NAME}.{n}" for n in (1, 2, 3)]  # LOG_BACKUPS kept
        assert "regel 59" in path.read_text(encoding="utf-8")
        assert path.stat().st_size <= 2000
    finally:
        for handler in list(crash._log_handlers):
            root.removeHandler(handler)
            handler.close()
        crash._log_handlers.clear()


def test_the_start_loads_no_log_rotation_until_something_is_logged() -> None:
    """``logging.handlers`` (with socket, pickle, queue) loads with the first record, not at
    every start (issue 14)."""
    code = (
        "import sys, logging\n"
        "from adviesraad_app import crash\n"
        "path = crash.configure_logging()\n"
        "print('logging.handlers' in sys.modules, 'socket' in sys.modules)\n"
        "logging.getLogger('adviesraad').warning('eerste regel')\n"
        "print('logging.handlers' in sys.modules, 'eerste regel' in path.read_text())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=child_env(), capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False", "True", "True"]


def test_python_without_stderr_in_a_child(tmp_path: Path) -> None:
    """The same in a real interpreter whose stdio is closed, as pythonw.exe starts it."""
    db = tmp_path / "register.sqlite3"
    code = (
        "import sys\n"
        "sys.stdout = None\n"
        "sys.stderr = None\n"
        "from adviesraad_app import crash\n"
        "crash.configure_logging()\n"
        "crash.start_fault_log()\n"
        "from adviesraad_app.cli.main import main\n"
        f"codes = [main(['--db', {str(db)!r}, a]) for a in ('demo', 'backup', 'check')]\n"
        "import logging; logging.getLogger('x').error('geen stderr')\n"
        "crash.stop_fault_log()\n"
        f"open({str(tmp_path / 'codes.txt')!r}, 'w').write(repr(codes))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=child_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=120,
    )
    assert result.returncode == 0 and result.stderr == b""
    assert (tmp_path / "codes.txt").read_text() == "[0, 0, 0]"
    assert os.listdir(tmp_path / "backups")
