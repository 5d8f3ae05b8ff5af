"""The PDF's layers: the services gather content and never import ``reports/``; the reports
draw it. Checked in the source, so an import inside a function counts too."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "adviesraad_app"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_services_never_import_reports() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name for name in _imports(path) if name.startswith("adviesraad_app.reports")
        )
        for path in sorted((PACKAGE / "services").rglob("*.py"))
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_pdf_content_imports_nothing_that_prepares_or_draws() -> None:
    names = _imports(PACKAGE / "services" / "pdf" / "content.py")
    ours = {n for n in names if n.startswith("adviesraad_app.")}
    assert not {n for n in ours if n.startswith(("adviesraad_app.reports", "adviesraad_app.gui"))}
    assert not {n for n in ours if n.startswith("adviesraad_app.services.pdf.export")}
    assert not {n for n in ours if n.startswith("adviesraad_app.services.pdf.agenda")}


def test_meetings_know_nothing_of_pdfs() -> None:
    """The agenda PDF reads the meetings (``services/pdf/agenda.py``); never the other way."""
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name for name in _imports(path) if name.startswith("adviesraad_app.services.pdf")
        )
        for path in sorted((PACKAGE / "services" / "meetings").rglob("*.py"))
    }
    assert {path: names for path, names in offenders.items() if names} == {}
