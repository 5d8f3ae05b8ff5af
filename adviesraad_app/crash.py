"""Crash logs: a bug is written down, never lost and never shown as a bare traceback.

No Qt here: the CLI uses it too. The GUI shows the log in its crash dialog and offers logs
that were not yet seen at the next start. A windowed Windows build has ``sys.stderr = None``;
nothing here depends on it.
"""

from __future__ import annotations

import contextlib
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from adviesraad_app import __version__
from adviesraad_app.storage.paths import data_dir

SEEN_SUFFIX = ".gezien"


def crash_dir() -> Path:
    return data_dir() / "crashlogs"


def format_crash(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    context: str = "",
) -> str:
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


def write_crash_log(text: str) -> Path | None:
    """Write ``text`` to a new file in the crash folder; ``None`` if even that fails."""
    with contextlib.suppress(OSError):
        folder = crash_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
        path.write_text(text, encoding="utf-8")
        return path
    return None


def unseen_crash_logs() -> list[Path]:
    """Crash logs not yet shown to the user, oldest first."""
    folder = crash_dir()
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.glob("crash-*.txt") if not p.with_name(p.name + SEEN_SUFFIX).exists()
    )


def mark_seen(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.with_name(path.name + SEEN_SUFFIX).touch()
