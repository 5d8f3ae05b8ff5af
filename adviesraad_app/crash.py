"""Crash logs and the log file: a bug is written down, never lost, never a bare traceback.

No Qt here: the CLI uses it too. Where things go (``data_dir()`` is the local app-data folder,
``%LOCALAPPDATA%\\Adviesraad`` on Windows):

* ``crashlogs/crash-<time>.txt``: one file per unexpected error (:func:`write_crash_log`,
  :func:`handle_exception`). The GUI shows it in its crash dialog.
* ``crashlogs/fault-<pid>.open``: where :mod:`faulthandler` writes when the process dies in
  C code (a Qt crash) — there is no Python exception then. Empty while all is well; removed
  at a clean exit (:func:`stop_fault_log`), also when Windows made it write exceptions it
  handled itself; at the next start an empty one (a killed session) is removed and a written
  one becomes ``crash-<time>-fatal-<pid>.txt``.
* ``logs/adviesraad.log``: the ordinary log (:func:`configure_logging`), rotated.

At the next start :func:`unseen_crash_logs` lists the crash logs the user has not seen yet
(also the non-empty fatal logs of a session that died); the GUI offers them and calls
:func:`mark_seen`. A log stays "unseen" until then, so a crash while the dialog could not be
shown is offered again.

A windowed Windows build has ``sys.stderr = None`` and ``sys.stdout = None``: nothing here
writes to them unless they exist.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from adviesraad_app import __version__
from adviesraad_app.services.safety.location import data_dir

SEEN_SUFFIX = ".gezien"
KEEP_CRASH_LOGS = 50
LOG_FILE_NAME = "adviesraad.log"
LOG_MAX_BYTES = 512 * 1024  # then rotated, keeping LOG_BACKUPS older files
LOG_BACKUPS = 3

log = logging.getLogger("adviesraad")

CrashHandler = Callable[[str, Path | None], object]
#: Shows the Dutch message of an environment error (locked, damaged, disk full) that no code
#: caught: not a bug, so no crash dialog and no crash log.
MessageHandler = Callable[[str], object]

_fault_file: IO[str] | None = None
_fault_path: Path | None = None
_log_handlers: list[logging.Handler] = []


def crash_dir() -> Path:
    return data_dir() / "crashlogs"


def log_dir() -> Path:
    return data_dir() / "logs"


def format_crash(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    context: str = "",
) -> str:
    import platform  # here: only a crash needs it, the app's start does not

    lines = [
        f"Adviesraad {__version__} - {datetime.now().isoformat(timespec='seconds')}",
        f"Python {sys.version.split()[0]} op {platform.platform()}",
        f"Frozen: {getattr(sys, 'frozen', False)}",
    ]
    if context:
        lines.append(f"Context: {context}")
    lines.append("")
    lines.extend(traceback.format_exception(exc_type, exc, tb))
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def _new_log_path(tag: str = "") -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return crash_dir() / f"crash-{stamp}{tag}.txt"


def write_crash_log(text: str) -> Path | None:
    """Write ``text`` to a new file in the crash folder; ``None`` if even that fails."""
    with contextlib.suppress(OSError):
        crash_dir().mkdir(parents=True, exist_ok=True)
        path = _new_log_path()
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
        prune_crash_logs()
        return path
    return None


def handle_exception(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    context: str = "",
) -> tuple[str, Path | None]:
    """Write the crash log for an unexpected error and log it; returns (text, log path)."""
    text = format_crash(exc_type, exc, tb, context)
    path = write_crash_log(text)
    with contextlib.suppress(Exception):
        log.error("Onverwachte fout, crashlog: %s\n%s", path, text)
    return text, path


def install_excepthooks(
    show: CrashHandler | None = None, explain: MessageHandler | None = None
) -> None:
    """Catch every uncaught exception (main thread and others): crash log, then ``show``.

    ``show(text, log_path)`` is the GUI's crash dialog; without it the message goes to
    stderr when there is one. ``explain(message)`` gets the errors that carry a message for
    the user (:class:`UserError`: a locked, damaged or full disk met where no code expected
    it); they are logged, not treated as crashes. Ctrl+C keeps its normal behaviour.
    """
    from adviesraad_app.domain.errors import UserError

    def report(
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        context: str,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if explain is not None and issubclass(exc_type, OSError):
            # The environment (a name too long, a folder given as a file), not a bug.
            from adviesraad_app.services.io_files import environment_error

            with contextlib.suppress(Exception):
                explain(environment_error(exc).message)  # type: ignore[arg-type]
                return
        if explain is not None and issubclass(exc_type, UserError):
            with contextlib.suppress(Exception):
                log.warning("Niet opgevangen melding: %s", exc, exc_info=(exc_type, exc, tb))
            with contextlib.suppress(Exception):
                explain(str(exc))
                return
        text, path = handle_exception(exc_type, exc, tb, context)
        if show is not None:
            with contextlib.suppress(Exception):
                show(text, path)
                return
        if sys.stderr is not None:
            with contextlib.suppress(Exception):
                print(text, file=sys.stderr)

    def excepthook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        report(exc_type, exc, tb, "")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        report(args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}")

    sys.excepthook = excepthook
    threading.excepthook = thread_hook


FAULT_PREFIX = "fault-"
FAULT_SUFFIX = ".open"


def _alive(pid: int) -> bool:
    """Whether process ``pid`` still runs. On Windows an open fault file cannot be removed,
    which is test enough (signal 0 would end the process there)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def collect_fault_logs() -> list[Path]:
    """Turn the fault files of sessions that died into crash logs; remove the empty ones.

    A fault file is ``fault-<pid>.open`` while its session runs: a killed session (or a
    power cut) leaves it empty, and an empty file is no crash. Only one that :mod:`faulthandler`
    wrote into becomes ``crash-<time>-fatal-<pid>.txt``. Returns the crash logs made.
    """
    made = []
    with contextlib.suppress(OSError):
        for path in crash_dir().glob(f"{FAULT_PREFIX}*{FAULT_SUFFIX}"):
            pid_text = path.name[len(FAULT_PREFIX) : -len(FAULT_SUFFIX)]
            if not pid_text.isdigit() or _alive(int(pid_text)):
                continue
            with contextlib.suppress(OSError):
                info = path.stat()
                if info.st_size == 0:
                    path.unlink()
                    continue
                stamp = datetime.fromtimestamp(info.st_mtime).strftime("%Y%m%d-%H%M%S-%f")
                target = crash_dir() / f"crash-{stamp}-fatal-{pid_text}.txt"
                os.replace(path, target)
                made.append(target)
    return made


def start_fault_log() -> Path | None:
    """Let :mod:`faulthandler` write a hard crash (in C code) to a file for the next start.

    ``faulthandler.enable()`` without a file needs ``sys.stderr``, which a windowed build does
    not have; a file always works. The file is ``fault-<pid>.open`` (not a crash log) until a
    next start finds it non-empty (:func:`collect_fault_logs`).
    """
    global _fault_file, _fault_path
    if _fault_file is not None:
        return _fault_path
    try:
        crash_dir().mkdir(parents=True, exist_ok=True)
        collect_fault_logs()
        path = crash_dir() / f"{FAULT_PREFIX}{os.getpid()}{FAULT_SUFFIX}"
        handle = path.open("w", encoding="utf-8")
    except OSError:
        return None
    try:
        faulthandler.enable(handle, all_threads=True)
    except (RuntimeError, ValueError, OSError):
        handle.close()
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    _fault_file, _fault_path = handle, path
    return path


def stop_fault_log() -> None:
    """At a clean exit: stop :mod:`faulthandler` and remove its file, also when it is not
    empty.

    On Windows :mod:`faulthandler` also writes down exceptions that Windows raises and
    handles itself (COM and RPC errors of native file dialogs, Outlook's drag and drop): the
    session went on and ended normally, so they are no crash to offer at the next start. What
    they said goes to the ordinary log. Only the file of a session that did not get here (it
    died) is offered.
    """
    global _fault_file, _fault_path
    if _fault_file is None:
        return
    with contextlib.suppress(Exception):
        faulthandler.disable()
    with contextlib.suppress(OSError):
        _fault_file.close()
    if _fault_path is not None:
        with contextlib.suppress(OSError):
            if _fault_path.stat().st_size > 0:
                handled = _fault_path.read_text(encoding="utf-8", errors="replace")
                with contextlib.suppress(Exception):
                    log.info("Door Windows afgehandelde uitzonderingen (geen crash):\n%s", handled)
        with contextlib.suppress(OSError):
            _fault_path.unlink()
    _fault_file, _fault_path = None, None


def _is_seen(path: Path) -> bool:
    return path.with_name(path.name + SEEN_SUFFIX).exists()


def unseen_crash_logs() -> list[Path]:
    """Crash logs not yet shown to the user, oldest first.

    Empty files are left out: they are the fault logs of sessions that are still running (or
    that ended without a crash but could not clean up).
    """
    folder = crash_dir()
    if not folder.is_dir():
        return []
    collect_fault_logs()
    found = []
    for path in folder.glob("crash-*.txt"):
        if _is_seen(path) or (_fault_path is not None and path == _fault_path):
            continue
        with contextlib.suppress(OSError):
            if path.stat().st_size > 0:
                found.append(path)
    return sorted(found)


def read_crash_log(path: Path) -> str:
    """The text of a crash log for the dialog ("" if it cannot be read)."""
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def mark_seen(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.with_name(path.name + SEEN_SUFFIX).touch()


def prune_crash_logs(keep: int = KEEP_CRASH_LOGS) -> None:
    """Keep the newest ``keep`` crash logs that were seen; unseen ones are never removed."""
    folder = crash_dir()
    with contextlib.suppress(OSError):
        seen = sorted(p for p in folder.glob("crash-*.txt") if _is_seen(p))
        for path in seen[: max(0, len(seen) - keep)]:
            with contextlib.suppress(OSError):
                path.unlink()
                path.with_name(path.name + SEEN_SUFFIX).unlink()


class _LogFile(logging.Handler):
    """The log file, rotated (:class:`logging.handlers.RotatingFileHandler`), opened when the
    first record comes: most sessions write none, and ``logging.handlers`` (which imports
    ``socket``, ``pickle`` and ``queue``) costs about 6 ms of the app's start (issue 14)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._file is None:
                import logging.handlers

                self._file = logging.handlers.RotatingFileHandler(
                    self.path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
                )
                self._file.setFormatter(self.formatter)
        except OSError:
            self.handleError(record)
            return
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Log to ``logs/adviesraad.log`` (rotated), and to stderr for warnings when it exists.

    Safe to call more than once; returns the log file, or ``None`` when it cannot be written
    (then only stderr, if any, is used — never an error).
    """
    root = logging.getLogger()
    for handler in _log_handlers:
        root.removeHandler(handler)
        with contextlib.suppress(Exception):
            handler.close()
    _log_handlers.clear()
    path = log_dir() / LOG_FILE_NAME
    written: Path | None = path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8"):  # it can be written (opened again when used)
            pass
        _log_handlers.append(_LogFile(path))
    except OSError:
        written = None
    if sys.stderr is not None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        _log_handlers.append(stream)
    for handler in _log_handlers:
        root.addHandler(handler)
    root.setLevel(level)
    # Without any handler, logging's last resort writes to sys.stderr (None when windowed);
    # keep that out of the way explicitly.
    if sys.stderr is None:
        logging.lastResort = logging.NullHandler()
    return written
