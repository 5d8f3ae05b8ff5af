"""The walls between the layers (GUIDE.md): domain, storage and services never load Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path


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


PACKAGE = Path(__file__).resolve().parent.parent / "adviesraad_app"


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """Every module a file imports (also inside functions), as absolute names."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            yield node.lineno, base


def _modules(*folders: str) -> list[Path]:
    return sorted(
        path
        for folder in folders
        for path in (PACKAGE / folder).rglob("*.py")
        if "forms" not in path.relative_to(PACKAGE).parts
    )


def test_gui_and_cli_do_not_import_storage() -> None:
    """Errors, paths and backup names reach the GUI and the CLI through services/."""
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for path in _modules("gui", "cli")
        for line, name in _imports(path)
        if name == "adviesraad_app.storage" or name.startswith("adviesraad_app.storage.")
    ]
    assert offenders == []


def test_the_desktop_start_up_goes_through_services_only() -> None:
    """gui/app.py's own imports reach storage/ only by way of services/."""
    direct = [name for _line, name in _imports(PACKAGE / "gui" / "app.py")]
    assert not [name for name in direct if name.startswith("adviesraad_app.storage")]
    assert "adviesraad_app.services.safety.location" in direct
