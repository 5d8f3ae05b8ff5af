"""Issue 14, start-up: the window imports what its first page needs. The dossier (its form, its
dialog and the modules of its tabs) waits for the first dossier opened: not imported to build
the window, nor to close it when no dossier was ever opened."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.start_up import demo_register, run_snippet

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
    db = demo_register(tmp_path)
    lines = run_snippet(_START_AND_CLOSE, str(db), config=tmp_path)
    shown, closed = (line.split(",") for line in lines[-2:])
    assert "adviesraad_app.gui.register.register_view" in shown  # the hook saw the imports
    dossier = ("adviesraad_app.gui.dossier", "adviesraad_app.gui.forms.ui_dossier_dialog")
    assert [name for name in shown if name.startswith(dossier)] == []
    assert [name for name in closed if name.startswith(dossier)] == []


def _window_on(page: str, then: str) -> str:
    """A snippet that builds the main window on ``page`` (a ``PAGE_`` name of main_window) on
    the register ``sys.argv[1]``, shows and paints it, then runs ``then``."""
    return f"""
import sys
from pathlib import Path
from adviesraad_app.gui.app import create_application
from adviesraad_app.gui.main_window import {page}, MainWindow
from adviesraad_app.services.register import RegisterService

app = create_application()
service = RegisterService.open(Path(sys.argv[1]), create=False)
window = MainWindow(service, restore_state=False, initial_page={page})
window.show()
app.processEvents()
{then}"""


_START = _window_on(
    "PAGE_REGISTER",
    """import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
assert window.register_view.model.rowCount() > 0
made = [*vars(PySide6.QtCore), *vars(PySide6.QtGui), *vars(PySide6.QtWidgets)]  # when first used
print(",".join(sorted(sys.modules)))
print(",".join(sorted(name for name in made if name.startswith("Q"))))
""",
)

#: What the window's actions do is imported when an action is first used, not to show the
#: window: dialogs, exports, the PDF export's drawing thread, backups, the database check,
#: letters, settings, the manual, the other pages.
DEFERRED_MODULES = (
    "adviesraad_app.gui.pdf.writer",
    "adviesraad_app.gui.pdf.export_dialog",
    "adviesraad_app.gui.io.export_dialog",
    "adviesraad_app.gui.io.import_dialog",
    "adviesraad_app.gui.safety.dialogs",
    "adviesraad_app.gui.safety.check_dialog",
    "adviesraad_app.gui.common.background",
    "adviesraad_app.gui.common.manual",
    "adviesraad_app.gui.dossier",
    "adviesraad_app.gui.letters",
    "adviesraad_app.gui.settings",
    "adviesraad_app.gui.meetings.view",
    "adviesraad_app.gui.register.dashboard_view",
    "adviesraad_app.gui.shell.welcome",
    "adviesraad_app.gui.common.search_marks",  # a search's tooltip
    "adviesraad_app.services.safety.backups",
    "adviesraad_app.services.pdf",
    "adviesraad_app.services.letters",
    "adviesraad_app.services.sheets",
    "adviesraad_app.reports",
    "reportlab",
    "openpyxl",
    "pypdf",
    "docx",
    "html",  # rich text of a search's tooltip or a dialog
)

#: Qt classes only dialogs and exports use (PySide makes each with all its enums, a fraction
#: of a millisecond to several ms apiece): not made to show the window. The generated forms
#: import only what they use (tools/build_forms.py), and Qt's own widgets (a view's
#: viewport) reach Python without PySide trying every QWidget class (gui/common/wrapping.py).
DEFERRED_QT_CLASSES = (
    *("QThread", "QEventLoop", "QUrl", "QFont", "QFontDatabase", "QPainter"),
    *("QCalendarWidget", "QProgressDialog", "QWizard", "QMdiArea", "QGraphicsView"),
    *("QMessageBox", "QFileDialog", "QMetaMethod", "QTabWidget", "QAbstractSpinBox"),
    *("QBrush", "QGradient", "QTextCharFormat", "QTextCursor", "QTextEdit", "QPlainTextEdit"),
    # a dialog's form rows and result, the Fusion style for a dark system
    *("QFormLayout", "QDialog", "QStyleFactory", "QStyle"),
)


@pytest.mark.gui
def test_start_up_leaves_the_actions_work_for_later(tmp_path: Path) -> None:
    db = demo_register(tmp_path)
    lines = run_snippet(_START, str(db), config=tmp_path)
    modules, classes = (line.split(",") for line in lines[-2:])
    assert "adviesraad_app.gui.pdf.actions" in modules  # the features are installed
    assert "QObject" in classes and "QAction" in classes  # the hook sees the classes made
    assert [m for m in modules if m.startswith(DEFERRED_MODULES)] == []
    assert [name for name in DEFERRED_QT_CLASSES if name in classes] == []


_RUN_GUI = """
import sys
from PySide6.QtWidgets import QApplication
from adviesraad_app.cli.main import main

shown = []

def shown_then_quit(*_args):  # the window is shown and the event loop would start now
    shown.append(sorted(sys.modules))
    return 0

QApplication.exec = shown_then_quit
main(sys.argv[1:2] + ["gui"])
print(",".join(shown[0]))
"""

#: What the app's start needs only when something goes wrong: the crash dialog (the hook is
#: installed, the dialog waits for a crash), the dialogs that a register that does not open
#: calls for, and the notice banners (a restore at the start, a risky place, read-only).
ONLY_WHEN_NEEDED = (
    "adviesraad_app.gui.safety.banner",
    "adviesraad_app.gui.safety.crash_dialog",
    "adviesraad_app.gui.safety.open_problem",
    "adviesraad_app.gui.safety.dialogs",
)


@pytest.mark.gui
def test_starting_the_app_leaves_the_problem_dialogs_for_later(tmp_path: Path) -> None:
    db = demo_register(tmp_path)
    lines = run_snippet(_RUN_GUI, f"--db={db}", config=tmp_path)
    modules = lines[-1].split(",")
    assert "adviesraad_app.gui.safety.crash_hook" in modules  # crashes are caught
    assert "adviesraad_app.gui.main_window" in modules
    assert [m for m in modules if m.startswith(ONLY_WHEN_NEEDED)] == []
    # the single-instance name is hashed by Qt: hashlib (and OpenSSL) load with a backup
    assert "hashlib" not in modules


_TERMIJNEN = _window_on(
    "PAGE_DEADLINES",
    """from adviesraad_app.domain import dates
assert window.dashboard_view.model.rowCount() > 0
print(window.dashboard_view.as_of(), dates._formats.cache_info().currsize)
""",
)


@pytest.mark.gui
def test_termijnen_starts_without_reading_its_peildatum_back(tmp_path: Path) -> None:
    """The app's first page sets its peildatum (today) and counts from it without parsing
    the text it wrote: reading a date compiles the date patterns, not needed to start."""
    from datetime import date

    db = demo_register(tmp_path)
    lines = run_snippet(_TERMIJNEN, str(db), config=tmp_path)
    as_of, compiled = lines[-1].split()
    assert as_of == date.today().isoformat()
    assert compiled == "0"
