"""gui/features.py: every feature module is installed into the window, in the listed order,
through its ``install(window)``; a window built without features has none of their actions."""

from __future__ import annotations

import importlib
from types import SimpleNamespace
from typing import Any, cast

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from adviesraad_app.gui import features
from adviesraad_app.gui.common.window_api import FeatureWindow
from adviesraad_app.services.register import RegisterService
from tests.conftest import TODAY


def test_every_listed_module_has_an_install() -> None:
    for name in features.FEATURES:
        module = importlib.import_module(name)
        assert callable(getattr(module, "install", None)), name


def test_install_features_installs_each_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    installed: list[tuple[str, object]] = []
    window = cast(FeatureWindow, object())

    def fake_import(name: str) -> Any:
        return SimpleNamespace(install=lambda w: installed.append((name, w)))

    monkeypatch.setattr(features.importlib, "import_module", fake_import)
    features.install_features(window)
    assert installed == [(name, window) for name in features.FEATURES]


def test_the_window_has_what_the_features_add(window: Any) -> None:
    assert window.findChild(QObject, "safetyActions") is not None
    assert window.findChild(QObject, "deadlineActions") is not None
    assert window.findChild(QObject, "meetingLinks") is not None
    assert window.findChild(QObject, "pdfExporter") is not None
    assert window.findChild(QAction, "actionImportRegister") is not None


def test_a_window_without_features_has_none_of_them(
    app: Any, qtbot: Any, service: RegisterService
) -> None:
    from adviesraad_app.gui.main_window import MainWindow

    bare = MainWindow(service, today=lambda: TODAY, restore_state=False, install_features=False)
    bare.save_window = lambda: None  # type: ignore[method-assign]
    qtbot.addWidget(bare)
    for name in ("safetyActions", "deadlineActions", "meetingLinks", "pdfExporter"):
        assert bare.findChild(QObject, name) is None, name
    assert bare.findChild(QAction, "actionImportRegister") is None
