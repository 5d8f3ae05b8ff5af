"""Import the scripts in ``packaging/`` (plain scripts, not a package: a package named
``packaging`` would shadow the PyPA library of that name)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def packaging_module(name: str) -> ModuleType:
    """``packaging_module("sign")`` -> ``packaging/sign.py`` (which imports its siblings)."""
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))
    module = importlib.import_module(name)
    if Path(module.__file__ or "").resolve().parent != PACKAGING:
        raise ImportError(f"{name} resolved to {module.__file__}, not to packaging/")
    return module
