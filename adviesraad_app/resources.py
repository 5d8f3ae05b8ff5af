"""Where the application's own files (fonts, icons, translations) are, also when frozen.

From a source checkout they are in ``resources/`` at the repository root; in a PyInstaller
bundle they are unpacked under ``sys._MEIPASS/resources``. Code never builds these paths
itself: it asks :func:`resource_path`.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path


@functools.cache
def _checkout_resources() -> Path:
    """``resources/`` beside the package, found once (the window asks for about ten icons at
    its start, and resolving the path is a file-system walk: ~0.1 ms each)."""
    return Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    if base is not None:
        return Path(base) / "resources"
    return _checkout_resources()


def resource_path(*parts: str) -> Path:
    """``resource_path("fonts", "DejaVuSans.ttf")`` -> the file, wherever the app runs from."""
    return resources_dir().joinpath(*parts)


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
