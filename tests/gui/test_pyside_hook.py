"""PySide6's import hook, answered from the source files' bytes (``gui/pyside_hook.py``):
the same answers as PySide's own question, asked the cheap way, installed once."""

from __future__ import annotations

import json
import subprocess
import sys
from types import ModuleType

from adviesraad_app.gui import pyside_hook
from adviesraad_app.gui.common import widgets
from adviesraad_app.services import register


def _slow(module: ModuleType) -> bool:
    """PySide's way: the whole source, through ``inspect``."""
    import inspect

    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError):
        return False


def test_the_answer_is_pysides_for_every_kind_of_module() -> None:
    asked: list[str] = []

    def original(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return _slow(module)

    fast = pyside_hook.fast_uses_pyside(original)
    for module in (widgets, register, json, pyside_hook):  # ours with and without Qt, stdlib
        assert fast(module) is _slow(module)
    assert asked == []  # each had a source file: read as bytes, PySide's way not needed
    assert fast(widgets) is True
    assert fast(register) is False
    assert fast(sys) is _slow(sys)  # built in: PySide's own answer
    assert asked == ["sys"]


def test_a_source_file_that_cannot_be_read_gets_pysides_answer() -> None:
    gone = ModuleType("gone")
    gone.__file__ = "/nonexistent/gone.py"
    fast = pyside_hook.fast_uses_pyside(lambda module: True)
    assert fast(gone) is True


_INSTALLED = """
import sys
from adviesraad_app.gui import pyside_hook
before = pyside_hook.speed_up_import_hook()  # PySide6 not imported yet: nothing to do
import PySide6.QtCore
first = pyside_hook.speed_up_import_hook()
again = pyside_hook.speed_up_import_hook()  # once
feature = sys.modules[pyside_hook.HOOK_MODULE]
# through PySide's hook (which notes the module named in "from ... import"), the fast way
from adviesraad_app.gui.common.wrapping import know_children
from adviesraad_app.services.register_errors import duplicate_letter_message
print(before, first, again, hasattr(feature._mod_uses_pyside, "_adviesraad_fast"),
      feature.pyside_feature_dict["adviesraad_app.gui.common.wrapping"],
      feature.pyside_feature_dict["adviesraad_app.services.register_errors"])
"""


def test_installed_once_after_pyside6_is_imported() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _INSTALLED], capture_output=True, text=True, check=True
    ).stdout.split()
    # wrapping.py uses PySide6 (0: "uses PySide"); the service's errors do not (-1: "ignore").
    assert out == ["False", "True", "False", "True", "0", "-1"]


_CRASH_HOOK_FIRST = """
import sys
from adviesraad_app.gui.app import install_crash_handler
assert "PySide6" not in sys.modules
install_crash_handler()  # the app's first use of PySide6 (run_gui)
feature = sys.modules["shibokensupport.feature"]
print(hasattr(feature._mod_uses_pyside, "_adviesraad_fast"))
"""


def test_installed_with_the_crash_hook_the_apps_first_use_of_pyside6() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _CRASH_HOOK_FIRST], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["True"]
