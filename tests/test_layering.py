"""The walls between the layers (GUIDE.md): domain, storage and services never load Qt."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.support.start_up import demo_register, run_snippet


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


def test_counting_the_overdue_deadlines_works_out_no_term(tmp_path: Path) -> None:
    """The window asks it before its first paint: the count comes from the deadlines cached
    with each advice, so the term rules and the advices' classes stay unloaded (issue 14)."""
    db = demo_register(tmp_path)
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from pathlib import Path\n"
        "from adviesraad_app.services.register import RegisterService\n"
        f"s = RegisterService.open(Path({str(db)!r}))\n"
        "s.overdue_count(date(2026, 11, 22))\n"
        "rules = ('derived', 'deadlines', 'advices', 'holidays')\n"
        "print([r for r in rules if 'adviesraad_app.domain.' + r in sys.modules])\n"
    )
    assert run_snippet(code) == ["[]"]


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


_WHO_IMPORTS_STORAGE = """
import builtins, sys
real_import = builtins.__import__
seen = set()

def recording_import(name, globals=None, locals=None, fromlist=(), level=0):
    importer = (globals or {}).get("__name__", "?")
    if level:
        package = (globals or {}).get("__package__") or importer
        base = package.rsplit(".", level - 1)[0] if level > 1 else package
        name = base + ("." + name if name else "")
    targets = [name] + [name + "." + item for item in fromlist or ()]
    if any(t.startswith("adviesraad_app.storage") for t in targets):
        seen.add(importer)
    return real_import(name if not level else name, globals, locals, fromlist, 0)

builtins.__import__ = recording_import
from adviesraad_app.cli.main import main
main(sys.argv[1:2] + ["deadlines"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
real_exec = QApplication.exec

def briefly(*_args):  # the window is shown, the event loop runs, then the app ends
    QTimer.singleShot(500, QApplication.quit)
    return real_exec()

QApplication.exec = briefly
main(sys.argv[1:2] + ["gui"])
print(",".join(sorted(seen)))
"""


def test_the_start_up_paths_go_through_services_only(tmp_path: Path) -> None:
    """Starting the desktop app (crash handling, one instance, the register opened, the window
    shown) and running a CLI command: the only modules that import storage/ are storage's and
    services' own (the start-up went down to storage/ from gui/app.py three times before)."""
    db = demo_register(tmp_path)
    importers = run_snippet(_WHO_IMPORTS_STORAGE, f"--db={db}")[-1].split(",")
    assert "adviesraad_app.services.register" in importers  # the hook saw the imports
    outside = [
        name
        for name in importers
        if not name.startswith(("adviesraad_app.storage", "adviesraad_app.services"))
    ]
    assert outside == []


_SQL = re.compile(
    r"^\s*(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA|REINDEX|VACUUM|"
    r"CREATE\s+(TABLE|INDEX|VIRTUAL)|DROP\s|ALTER\s+TABLE|BEGIN|SAVEPOINT|ATTACH)\b",
)  # keywords as this code writes them: upper case


_DATABASE_CALLS = {"connect", "execute", "executemany", "executescript"}


def test_sql_is_spoken_only_in_storage() -> None:
    """No SQL text, no ``sqlite3.connect`` and no ``execute`` outside storage/."""
    offenders = []
    for path in _modules("domain", "services", "reports", "gui", "cli"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if _SQL.match(node.value):
                    offenders.append(f"{where} SQL {node.value[:40]!r}")
            elif isinstance(node, ast.Attribute) and node.attr in _DATABASE_CALLS:
                on_sqlite3 = isinstance(node.value, ast.Name) and node.value.id == "sqlite3"
                if node.attr != "connect" or on_sqlite3:
                    offenders.append(f"{where} .{node.attr}")
    assert offenders == []


_INSIDES = {"store", "repo", "queries", "_store", "_repo", "_queries"}
_SERVICE_ITSELF = {"register.py", "register_reads.py", "register_file.py"}


def test_the_register_service_is_the_only_way_in(service) -> None:  # type: ignore[no-untyped-def]
    """``RegisterService`` keeps its database, repository and queries to itself: nothing
    outside storage/ and the service reads ``.store``, ``.repo`` or ``.queries`` of anything."""
    assert not any(hasattr(service, name) for name in ("store", "repo", "queries"))
    offenders = []
    for path in _modules("domain", "services", "reports", "gui", "cli"):
        own = path.parent.name == "services" and path.name in _SERVICE_ITSELF
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in _INSIDES:
                on_self = isinstance(node.value, ast.Name) and node.value.id == "self"
                if not (own and on_self):
                    offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert offenders == []


#: Split along their seams for issue 15 (the other large modules have splits of their own).
_SPLIT = ("register*.py", "advice_numbers.py", "d*.py", "safety/*.py")


def test_no_service_module_outgrows_its_job() -> None:
    """The service, the database check and the demo stay small (about 500 lines)."""
    large = [
        f"{path.relative_to(PACKAGE)}: {lines}"
        for pattern in _SPLIT
        for path in (PACKAGE / "services").glob(pattern)
        if (lines := path.read_text(encoding="utf-8").count("\n")) > 500
    ]
    assert large == []


_START_UP_IMPORTS = """
import sys
import adviesraad_app.gui.app as app
real_create = app.create_application

def create_application():  # the window is built and shown, then the event loop: look there
    qt_app = real_create()
    from PySide6.QtWidgets import QApplication
    real_exec = QApplication.exec

    def record(*_args):
        print("MODULES " + ",".join(sys.modules))  # in the order the imports began
        return real_exec()

    QApplication.exec = record
    return qt_app

app.create_application = create_application
from adviesraad_app.cli.main import main
main(sys.argv[1:])
"""

#: What opening a register and showing its first rows does not need (issue 14): a dossier,
#: a term worked out, a write, a document or a backup loads them when used.
_NOT_AT_START_UP = (
    "uuid",
    "hashlib",
    "secrets",  # a backup's files (at closing)
    "glob",
    "shlex",  # the command that restores a backup, for a register that does not open
    "logging.handlers",  # the log's rotation: with the first line logged (and socket, pickle)
    "socket",
    "unicodedata",  # folding accents: a search's marks
    "adviesraad_app.services.document_files",
    "adviesraad_app.cli.advices",  # the register's commands: known by name only
    "adviesraad_app.domain.derived",  # the rules: a write, a dossier or the deadlines
    "adviesraad_app.domain.advices",  # an advice read whole: a dossier, a write
    "adviesraad_app.domain.replies",
    "adviesraad_app.domain.commitments",
    "adviesraad_app.domain.deadlines",  # a term worked out (the register's rows are cached)
    "adviesraad_app.domain.status",  # the status rules: a write
    "adviesraad_app.domain.commitment_rows",  # the Toezeggingen page, the deadlines
    "adviesraad_app.domain.dossier",
    "adviesraad_app.domain.deadline_items",  # the Termijnen page's rows
    "adviesraad_app.domain.documents",
    "adviesraad_app.domain.extensions",  # a term's extension: when one is asked for
    "adviesraad_app.domain.history",
    "adviesraad_app.domain.holidays",
    "adviesraad_app.domain.reminders",
)


def test_the_app_start_loads_only_what_the_first_screen_needs(tmp_path: Path) -> None:
    """``selftest`` (the app's start, timed): up to the window shown, none of the modules a
    first screen does not need are loaded, and the register's services load before Qt (once
    PySide6 is imported it reads the source of every module imported after it)."""
    db = demo_register(tmp_path)
    lines = run_snippet(_START_UP_IMPORTS, "--db", str(db), "selftest")
    line = next(line for line in lines if line.startswith("MODULES "))
    loaded = line.removeprefix("MODULES ").split(",")
    assert "adviesraad_app.gui.main_window" in loaded  # the window was built
    assert [name for name in _NOT_AT_START_UP if name in loaded] == []
    assert loaded.index("adviesraad_app.services.register") < loaded.index("PySide6")
