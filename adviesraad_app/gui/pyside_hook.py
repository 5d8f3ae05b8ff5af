"""PySide6's import hook, made cheap.

Once PySide6 is imported, every module imported after it passes through PySide's
``__feature__`` hook (``shibokensupport.feature.feature_imported``), which notes in
``pyside_feature_dict`` whether the module "uses PySide": ``0`` if the text "PySide6" occurs in
its source (read whole through ``inspect.getsource``, about 0.1 ms a module, and kept in
``linecache``), ``-1`` otherwise. ``0`` is the select id of PySide's default API (no
``from __feature__ import snake_case, true_property``); ``-1`` means "ignore this module":
when it looks up an attribute of a Qt class, PySide keeps the selection of the module that
looked last. A module only changes that id with ``from __feature__ import``, which the
app's own modules never do (a test reads every one of them).

So the answer is given here without opening a file where it is known:

* the app's own modules by their layer: those of ``gui`` and ``i18n`` (the only ones that
  look up Qt's attributes; the import contracts keep Qt out of the others) are written for
  PySide's default API, so ``0`` is right for them; every other module of ours never touches
  a Qt class, so ``-1``. That is PySide's own answer wherever it matters: PySide answers by
  whether the text "PySide6" occurs in the file, so a few gui modules that name no Qt class
  would get ``-1`` from it and ``cli/main.py``, which names PySide6 in a comment, ``0``; with
  no feature selected anywhere both ids behave the same;
* the standard library's modules (a file in its folder, not in site-packages) never name
  PySide6: ``-1``, PySide's answer;
* any other module with a ``.py`` file: whether "PySide6" occurs in the file's bytes (the
  same answer as PySide's, without ``inspect`` and ``linecache``);
* the rest (built-in and compiled modules): PySide's own answer.

Nothing else of PySide's changes; when its hook is not there (another PySide6 version),
nothing is done.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

#: The module of PySide6 that holds the hook's question (``_mod_uses_pyside``).
HOOK_MODULE = "shibokensupport.feature"
_MARK = "_adviesraad_fast"
_APP = "adviesraad_app"
#: The app's modules that look up Qt's attributes: the GUI layer and the translations.
_APP_QT = (f"{_APP}.gui.", f"{_APP}.i18n")
#: The standard library's folder (that of ``os``, always loaded), with a separator; ``None``
#: where ``os`` has no file of its own (a frozen build may keep it in an archive).
_OS_FILE = getattr(os, "__file__", None)
_STDLIB = os.path.dirname(_OS_FILE) + os.sep if isinstance(_OS_FILE, str) else None


def app_uses_pyside(name: str) -> bool | None:
    """PySide's answer for the app's module ``name`` by its layer; ``None``: not ours."""
    if name != _APP and not name.startswith(f"{_APP}."):
        return None
    return name.startswith(_APP_QT)


def _in_stdlib(path: str) -> bool:
    if _STDLIB is None or not path.startswith(_STDLIB):
        return False
    first = path[len(_STDLIB) :].split(os.sep, 1)[0]
    return first not in ("site-packages", "dist-packages")


def fast_uses_pyside(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide's question ``original``, answered by the module's name or from its source
    file's bytes where that is possible."""

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", None)
        if isinstance(name, str):
            ours = app_uses_pyside(name)
            if ours is not None:
                return ours
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            if _in_stdlib(path):
                return False
            try:
                with open(path, "rb") as handle:
                    return b"PySide6" in handle.read()
            except OSError:
                pass
        return bool(original(module))

    setattr(uses_pyside, _MARK, True)
    return uses_pyside


def speed_up_import_hook() -> bool:
    """Answer PySide's hook the quick way from now on. ``False``: nothing to do (PySide6 not
    imported yet, a version without the hook, or done already)."""
    feature = sys.modules.get(HOOK_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, _MARK, False):
        return False
    feature._mod_uses_pyside = fast_uses_pyside(original)  # type: ignore[attr-defined]
    return True
