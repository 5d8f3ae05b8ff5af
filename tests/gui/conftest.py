"""GUI fixtures: a main window on a temporary register, offscreen, with a fixed 'today'."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from adviesraad_app.services.register import RegisterService
from tests.conftest import TODAY


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _no_unexpected_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody answers would hang the run: make it fail the test instead.
    Tests that expect a question patch the function that asks it."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(self):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected message box: {self.text()}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def app(qapp):  # type: ignore[no-untyped-def]
    from adviesraad_app.gui.app import create_application

    return create_application()


@pytest.fixture
def window(app, qtbot, service: RegisterService) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from adviesraad_app.gui.main_window import MainWindow

    win = MainWindow(service, today=lambda: TODAY, restore_state=False)
    win.save_window = lambda: None  # keep the test's QSettings clean
    qtbot.addWidget(win)
    win.show()
    yield win
    for dialog in list(win.open_dossiers.values()):
        dialog._clean = dialog.snapshot()
        dialog.close()


@pytest.fixture
def demo_window(app, qtbot, demo_service: RegisterService) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from adviesraad_app.gui.main_window import MainWindow

    win = MainWindow(demo_service, today=lambda: TODAY, restore_state=False)
    win.save_window = lambda: None
    qtbot.addWidget(win)
    win.show()
    yield win
    for dialog in list(win.open_dossiers.values()):
        dialog._clean = dialog.snapshot()
        dialog.close()
