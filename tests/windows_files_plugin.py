"""Run any part of the suite with Windows' file-sharing rules simulated for every test.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -p tests.windows_files_plugin -m "not slow"

``os.replace``/``os.rename``/``os.unlink``/``os.remove`` then refuse, as Windows does, a file
that a handle of this process holds (SQLite connections, viewers) and a read-only file
(``tests/windows_sim.py``). Linux only (it reads ``/proc/self/fd``). It found nothing left to
fix after issue 21; keep it that way when changing how files are replaced or removed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.windows_sim import WindowsFiles


@pytest.fixture(autouse=True)
def _windows_file_sharing(monkeypatch: pytest.MonkeyPatch) -> None:
    if Path("/proc/self/fd").is_dir():
        WindowsFiles(monkeypatch).install()
