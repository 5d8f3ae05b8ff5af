"""PySide6's import hook, made cheap.

Once PySide6 is imported, every module imported after it passes through PySide's
``__feature__`` hook, which asks whether the module uses PySide6 by reading its whole source
with ``inspect.getsource`` (and keeps that text in ``linecache`` for the rest of the run):
about 0.1 ms a module, some 15 ms for the modules the main window imports. The answer is
only whether the text "PySide6" occurs in the module's source file, so it is read here
straight from the file, as bytes. A module without a ``.py`` file gets PySide's own answer.
Nothing else of PySide's changes; when its hook is not there (another PySide6 version),
nothing is done.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

#: The module of PySide6 that holds the hook's question (``_mod_uses_pyside``).
HOOK_MODULE = "shibokensupport.feature"
_MARK = "_adviesraad_fast"


def fast_uses_pyside(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide's question ``original``, answered from the source file's bytes where there is
    one."""

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as handle:
                    return b"PySide6" in handle.read()
            except OSError:
                pass
        return bool(original(module))

    setattr(uses_pyside, _MARK, True)
    return uses_pyside


def speed_up_import_hook() -> bool:
    """Answer PySide's hook from the source files' bytes from now on. ``False``: nothing to
    do (PySide6 not imported yet, a version without the hook, or done already)."""
    feature = sys.modules.get(HOOK_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, _MARK, False):
        return False
    feature._mod_uses_pyside = fast_uses_pyside(original)  # type: ignore[attr-defined]
    return True
