"""PySide6's import hook, answered from the source files' bytes (``gui/pyside_hook.py``):
the same answers as PySide's own question, asked the cheap way, installed once."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
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


def _app_sources() -> dict[str, Path]:
    """Every module of the package by its dotted name."""
    root = Path(pyside_hook.__file__).resolve().parents[1]
    sources: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        sources[".".join(parts)] = path
    return sources


def _imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_no_module_of_ours_selects_a_pyside_feature() -> None:
    """The app's modules are answered by their layer, without reading them: that is only
    PySide's answer while none of them selects a feature (``from __feature__ import``)."""
    sources = _app_sources()
    assert len(sources) > 100
    selecting = [name for name, path in sources.items() if "__feature__" in _imported_names(path)]
    assert selecting == []


def test_the_apps_modules_are_answered_by_their_layer_without_reading() -> None:
    asked: list[str] = []
    fast = pyside_hook.fast_uses_pyside(lambda module: asked.append(module.__name__) or False)
    for name, path in _app_sources().items():
        module = ModuleType(name)
        module.__file__ = "/nonexistent/not-read.py"  # the answer does not open the file
        answer = fast(module)
        imports_qt = any(
            imported.split(".")[0] in ("PySide6", "shiboken6") for imported in _imported_names(path)
        )
        if imports_qt:  # every module that imports Qt is answered "uses PySide" (0)
            assert answer is True, name
        if not name.startswith("adviesraad_app.gui") and name != "adviesraad_app.i18n":
            assert answer is False, name  # never touches a Qt class: "ignore" (-1)
    assert fast(widgets) is True and fast(register) is False
    assert asked == []


def test_the_standard_librarys_modules_are_not_read_a_package_elsewhere_is(
    tmp_path: Path,
) -> None:
    asked: list[str] = []
    fast = pyside_hook.fast_uses_pyside(lambda module: asked.append(module.__name__) or True)
    unreadable = ModuleType("textwrap")
    unreadable.__file__ = str(Path(json.__file__).parent.parent / "textwrap_gone.py")
    assert fast(unreadable) is False  # in the standard library's folder: not opened
    for text, expected in (("import PySide6.QtCore\n", True), ("import json\n", False)):
        (tmp_path / "elsewhere.py").write_text(text, encoding="utf-8")
        elsewhere = ModuleType("elsewhere")
        elsewhere.__file__ = str(tmp_path / "elsewhere.py")
        assert fast(elsewhere) is expected
    site = ModuleType("site_package")  # site-packages beside the standard library: read
    site.__file__ = str(Path(json.__file__).parent.parent / "site-packages" / "gone.py")
    assert fast(site) is True
    assert asked == ["site_package"]
