"""Issue 14, start-up: the window imports what its first page needs. The dossier (its form, its
dialog and the modules of its tabs) waits for the first dossier opened: not imported to build
the window, nor to close it when no dossier was ever opened."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

_START_AND_CLOSE = """
import sys
from pathlib import Path
from adviesraad_app.gui.app import create_application
from adviesraad_app.gui.main_window import PAGE_REGISTER, MainWindow
from adviesraad_app.services.register import RegisterService

app = create_application()
service = RegisterService.open(Path(sys.argv[1]), create=False)
window = MainWindow(service, restore_state=False, initial_page=PAGE_REGISTER)
window.save_window = lambda: None
window.show()
app.processEvents()
shown = sorted(m for m in sys.modules if m.startswith("adviesraad_app.gui"))
assert window.register_view.model.rowCount() > 0
window.close()
closed = sorted(m for m in sys.modules if m.startswith("adviesraad_app.gui"))
service.close()
print(",".join(shown))
print(",".join(closed))
"""


@pytest.mark.gui
def test_the_dossier_is_imported_when_first_opened(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "adviesraad_app", "--db", str(db), "demo"],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", _START_AND_CLOSE, str(db)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    shown, closed = (line.split(",") for line in result.stdout.strip().splitlines()[-2:])
    assert "adviesraad_app.gui.register.register_view" in shown  # the hook saw the imports
    dossier = ("adviesraad_app.gui.dossier", "adviesraad_app.gui.forms.ui_dossier_dialog")
    assert [name for name in shown if name.startswith(dossier)] == []
    assert [name for name in closed if name.startswith(dossier)] == []
