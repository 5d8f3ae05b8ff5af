"""What goes into the frozen bundle: our resources, the Qt we use, nothing we never use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.packaging_scripts import ROOT, packaging_module

rules = packaging_module("bundle_rules")


def test_every_resource_file_goes_into_the_bundle_where_the_app_looks(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    wanted = {
        "icons/adviesraad.svg": "resources/icons",
        "icons/adviesraad.ico": "resources/icons",
        "fonts/DejaVuSans.ttf": "resources/fonts",
        "fonts/LICENSE.txt": "resources/fonts",
        "translations/adviesraad_en.ts": "resources/translations",
        "translations/adviesraad_en.qm": "resources/translations",
        "extra/nested/deep.txt": "resources/extra/nested",
    }
    litter = [
        ".DS_Store",
        "icons/.gitkeep",
        "icons/Thumbs.db",
        "fonts/desktop.ini",
        "translations/__pycache__/x.pyc",
        "icons/adviesraad.svg~",
        ".git/config",
    ]
    for name in [*wanted, *litter]:
        (resources / name).parent.mkdir(parents=True, exist_ok=True)
        (resources / name).write_text("x")

    pairs = rules.resource_files(resources)

    found = {Path(src).relative_to(resources).as_posix(): dest for src, dest in pairs}
    assert found == wanted


def test_the_real_resources_include_the_icons() -> None:
    found = {Path(src).name for src, _ in rules.resource_files()}
    assert {"adviesraad.svg", "adviesraad.ico", "adviesraad-256.png"} <= found


@pytest.mark.parametrize(
    "destination",
    [
        # Linux/macOS layout (PySide6/Qt/...) and Windows layout (PySide6/...)
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/platforms/qoffscreen.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/plugins/iconengines/qsvgicon.dll",
        "PySide6/plugins/imageformats/qsvg.dll",
        "PySide6/plugins/imageformats/qico.dll",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/translations/qtbase_nl.qm",
        "PySide6/Qt/translations/qt_nl.qm",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt6Widgets.dll",
        "PySide6/QtCore.pyd",
        "resources/translations/adviesraad_en.qm",
        "resources/icons/adviesraad.svg",
        "python311.dll",
    ],
)
def test_what_a_widgets_app_needs_stays(destination: str) -> None:
    assert rules.keep_entry(destination)
    assert rules.keep_entry(destination.replace("/", "\\"))


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/plugins/platforms/qdirect2d.dll",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
        "PySide6/plugins/tls/qschannelbackend.dll",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/plugins/networkinformation/qnetworklistmanager.dll",
        "PySide6/plugins/imageformats/qjpeg.dll",
        "PySide6/plugins/imageformats/qpdf.dll",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/plugins/generic/qtuiotouchplugin.dll",
        "PySide6/plugins/sqldrivers/qsqlite.dll",
        "PySide6/plugins/qmltooling/qmldbg_tcp.dll",
        "PySide6/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_pt_BR.qm",
        "PySide6/translations/qt_help_nl.qm",
        "PySide6/translations/qtdeclarative_nl.qm",
        "PySide6/opengl32sw.dll",
        "PySide6/d3dcompiler_47.dll",
    ],
)
def test_what_the_app_never_uses_is_left_out(destination: str) -> None:
    assert not rules.keep_entry(destination)


def test_filter_toc_keeps_the_order_and_the_entries_it_keeps() -> None:
    toc = [
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "/src/tls.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/xcb.so", "BINARY"),
    ]
    assert rules.filter_toc(toc) == [toc[0], toc[2]]
    assert list(rules.dropped(toc)) == ["PySide6/Qt/plugins/tls/libqopensslbackend.so"]


def test_every_qt_module_we_do_not_use_is_excluded() -> None:
    available = ["QtCore", "QtGui", "QtWidgets", "QtQml", "QtQuick", "QtWebEngineCore", "QtSvg"]
    excluded = rules.qt_excluded_modules(available)
    assert excluded == ["PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore"]
    installed = rules.installed_qt_modules()
    assert set(rules.QT_MODULES_USED) <= set(installed)
    assert not set(rules.qt_hidden_imports()) & set(rules.qt_excluded_modules(installed))


def test_runtime_dependencies_become_hidden_imports_by_their_import_names() -> None:
    modules = rules.library_hidden_imports()
    assert {"docx", "reportlab", "openpyxl", "pypdf", "icalendar", "sqlite_utils"} <= set(modules)
    assert "tzdata" in modules  # zoneinfo on Windows
    assert not [m for m in modules if m.startswith(("PySide6", "Shiboken", "shiboken"))]


def test_runtime_dependencies_are_read_from_pyproject(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[project]\nname = "x"\ndependencies = ["python-docx>=1.1", "sqlite-utils >=4", '
        "\"pypdf[crypto]>=4; python_version>'3.10'\"]\n"
    )
    assert rules.runtime_dependencies(pyproject) == ["python-docx", "sqlite-utils", "pypdf"]
    assert rules.top_level_modules("Python_Docx") == ["docx"]
    with pytest.raises(LookupError):
        rules.top_level_modules("not-a-distribution-we-have")


def test_nothing_the_app_imports_is_excluded() -> None:
    """Import all of our package and the libraries in a fresh interpreter: none of it may
    need a module the spec leaves out (that would be an ImportError only in the bundle)."""
    code = (
        "import importlib, json, pkgutil, sys\n"
        "import adviesraad_app\n"
        "for m in pkgutil.walk_packages(adviesraad_app.__path__, 'adviesraad_app.'):\n"
        "    if m.name != 'adviesraad_app.__main__':\n"
        "        importlib.import_module(m.name)\n"
        f"for name in {rules.library_hidden_imports() + rules.qt_hidden_imports()!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    loaded = set(json.loads(result.stdout))
    excluded = set(rules.EXCLUDED_MODULES) | set(rules.OPTIONAL_MODULES_EXCLUDED)
    needed = sorted(m for m in loaded if m in excluded or m.split(".")[0] in excluded)
    assert needed == []
