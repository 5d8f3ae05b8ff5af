"""The frozen program works where Python is absent (issue 7). Slow: builds a real bundle.

The Linux one-folder bundle is built from the same spec as the Windows one, into a temporary
folder whose path has a space and an accent in it (as ``C:\\Users\\José van Dijk`` has), with
the test-only self-check ``adviesraad-probe``. Every command runs the way IT or a script runs
it: foreign working folder, no Python on PATH, no PYTHON* variables, app data redirected.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import adviesraad_app
from tests.support.packaging_scripts import ROOT, packaging_module

pytestmark = pytest.mark.slow

build = packaging_module("build")
smoke = packaging_module("smoke")
rules = packaging_module("bundle_rules")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("frozen") / "Adviesraad bouw é"
    return build.build_bundle(base / "dist", base / "work", probe=True)


@pytest.fixture
def app(bundle: Path, tmp_path: Path) -> Iterator[Any]:
    frozen = smoke.FrozenApp(bundle, tmp_path / "gebruiker")
    yield frozen
    assert frozen.crash_logs() == [], "the frozen program wrote a crash log"


@pytest.fixture
def demo_db(app: Any) -> Path:
    db = app.home / "register.sqlite3"
    app.ok("--db", str(db), "demo")
    return db


def _files(root: Path, folder: str) -> set[Path]:
    return {p.relative_to(root) for p in (root / folder).rglob("*") if p.is_file()}


def test_the_bundle_has_both_programs_and_our_resources(bundle: Path) -> None:
    assert smoke.exe_path(bundle, "adviesraad").is_file()
    assert smoke.exe_path(bundle, "adviesraad-cli").is_file()
    resources = bundle / "_internal" / "resources"
    assert (resources / "icons" / "adviesraad.svg").is_file()
    assert (resources / "icons" / "adviesraad.ico").is_file()
    for folder in ("fonts", "translations"):
        source = _files(ROOT / "resources", folder)
        assert source, folder
        assert source <= _files(resources, folder)
    assert not list(bundle.rglob("*.ui")), "forms are compiled; no .ui files at run time"


def test_qt_is_trimmed_to_what_the_app_uses(bundle: Path) -> None:
    qt = bundle / "_internal" / "PySide6"
    names = {p.name for p in qt.rglob("*") if p.is_file()}
    assert any(n.startswith("QtWidgets.") for n in names)
    assert any(n.startswith("QtNetwork.") for n in names)  # single instance (QLocalServer)
    for unused in ("Qml", "Quick", "WebEngine", "Pdf", "Designer", "Multimedia", "3D", "Charts"):
        assert not [n for n in names if f"Qt{unused}" in n or f"Qt6{unused}" in n], unused
    translations = sorted(p.name for p in qt.rglob("translations/*.qm"))
    assert translations == ["qt_nl.qm", "qtbase_nl.qm"]
    plugin_dirs = {p.parent.name for p in qt.rglob("plugins/*/*")}
    assert {"platforms", "iconengines", "imageformats"} <= plugin_dirs
    assert not plugin_dirs & {"tls", "networkinformation", "sqldrivers", "qmltooling", "generic"}


def test_the_version(app: Any) -> None:
    assert app.ok("--version").stdout.strip() == f"Adviesraad {adviesraad_app.__version__}"


def test_the_first_start_creates_the_register_in_the_app_data_folder(
    app: Any,
) -> None:
    assert not app.default_db.exists()
    result = app.ok("init")
    assert app.default_db.is_file()
    assert str(app.default_db) in result.stdout
    assert "bestaat al" in app.ok("init").stdout


def test_demo_list_and_check(app: Any, demo_db: Path) -> None:
    rows = json.loads(app.ok("--db", str(demo_db), "list", "--json").stdout)
    assert len(rows) >= 10
    assert {"number", "title", "status", "reply_due"} <= set(rows[0])
    assert "Geen problemen gevonden." in app.ok("--db", str(demo_db), "check").stdout


def test_errors_are_dutch_and_without_traceback(app: Any) -> None:
    missing = app.home / "bestaat-niet.sqlite3"
    result = app.run("--db", str(missing), "list")
    assert result.returncode == 1
    assert result.stderr.startswith("Fout: ")
    assert "Traceback" not in result.stderr
    usage = app.run("lijst")
    assert usage.returncode == 2
    assert "ongeldige keuze" in usage.stderr


def test_the_windowed_program_runs_a_command(app: Any, demo_db: Path) -> None:
    assert app.run("--db", str(demo_db), "check", exe="adviesraad").returncode == 0


def test_selftest_on_a_demo_database(app: Any, demo_db: Path) -> None:
    result = app.ok("--db", str(demo_db), "selftest")
    report = json.loads(result.stdout)
    assert report["rows_shown"] == report["advices"] > 0
    assert report["ms"] > 0


def test_export_pdf(app: Any, demo_db: Path) -> None:
    pdf = app.home / "register.pdf"
    app.ok("--db", str(demo_db), "export", "pdf", "--kind", "overzicht", "--output", str(pdf))
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"/FontFile2" in data  # an embedded TrueType font, not bare Helvetica


def test_the_libraries_and_qt_plugins_work_frozen(app: Any) -> None:
    result = app.run(exe="adviesraad-probe")
    checks = json.loads(result.stdout)["checks"]
    failed = {name: detail for name, detail in checks.items() if not detail.startswith("ok")}
    assert failed == {}
    assert result.returncode == 0
    assert "platform=offscreen" in checks["qt"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_DEBUG is glibc's")
def test_the_command_line_starts_without_loading_qt(app: Any, demo_db: Path) -> None:
    """As in tests/test_layering.py, now for the bundle (PyInstaller's own PySide6 hook would
    load Qt in every process; packaging/hooks replaces it). glibc lists each library it loads
    when LD_DEBUG=files; the probe, which does use Qt, is the control."""
    app.env["LD_DEBUG"] = "files"
    command = app.run("--db", str(demo_db), "list", "--json")
    assert command.returncode == 0
    assert "libQt6Core" not in command.stderr
    assert "libQt6Core" in app.run(exe="adviesraad-probe").stderr


def test_the_build_scripts_smoke_test_passes(bundle: Path, tmp_path: Path) -> None:
    checks = smoke.run_smoke(bundle, adviesraad_app.__version__, tmp_path / "rook")
    assert [c.name for c in checks][:2] == ["versie", "eerste start maakt de database"]


def test_a_hostile_python_environment_does_not_matter(app: Any) -> None:
    """No Python on PATH, and PYTHONHOME/PYTHONPATH pointing nowhere, as on a laptop with
    an unrelated Python: the bundle uses only its own interpreter and libraries."""
    app.env.update(
        {"PATH": str(app.home / "leeg"), "PYTHONHOME": "/nergens", "PYTHONPATH": "/nergens"}
    )
    assert app.ok("--version").stdout.strip() == f"Adviesraad {adviesraad_app.__version__}"
    app.ok("init")
    assert app.default_db.is_file()
