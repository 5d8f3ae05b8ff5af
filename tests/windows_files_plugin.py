"""Run any part of the suite with Windows' file-sharing rules simulated for every test.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -p tests.windows_files_plugin -m "not slow"

``os.replace``/``os.rename``/``os.unlink``/``os.remove`` then refuse, as Windows does, a file
that a handle of this process holds (SQLite connections, viewers) and a read-only file
(``tests/windows_sim.py``). Linux only (it reads ``/proc/self/fd``). The suite passes under
it; the defects of issue 21 needed tests of their own (``tests/services/safety/test_windows.py``,
``tests/gui/test_windows_gui.py``), so this is a guard for later changes to how files are
replaced or removed, not a proof.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.windows_sim import WindowsFiles


@pytest.fixture(autouse=True)
def _windows_file_sharing(monkeypatch: pytest.MonkeyPatch) -> None:
    if Path("/proc/self/fd").is_dir():
        WindowsFiles(monkeypatch).install()
