"""The walls between the layers (GUIDE.md): domain, storage and services never load Qt."""

from __future__ import annotations

import subprocess
import sys


def test_core_layers_do_not_import_qt_or_reportlab() -> None:
    code = (
        "import sys, pkgutil, importlib\n"
        "import adviesraad_app.domain, adviesraad_app.storage, adviesraad_app.services\n"
        "for pkg in (adviesraad_app.domain, adviesraad_app.storage, adviesraad_app.services):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "import adviesraad_app.cli.main\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_cli_start_up_does_not_import_heavy_modules() -> None:
    code = (
        "import sys\n"
        "from adviesraad_app.cli.main import build_parser\n"
        "build_parser()\n"
        "heavy_roots = ('PySide6', 'reportlab', 'openpyxl', 'pypdf', 'docx', 'sqlite_utils')\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in heavy_roots]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_opening_an_up_to_date_register_does_not_import_sqlite_utils(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """sqlite-utils costs as much to import as Qt: it is loaded for migrations only."""
    db = tmp_path / "r.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "adviesraad_app", "--db", str(db), "demo"],
        check=True,
        capture_output=True,
    )
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from adviesraad_app.services.register import RegisterService\n"
        f"s = RegisterService.open(Path({str(db)!r}))\n"
        "s.register(); s.deadlines(); s.dossier(1)\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
