"""The Windows version resource is made from the package version (and PyInstaller reads it)."""

from __future__ import annotations

import importlib
import sys
import types
from pathlib import Path

import pytest

import adviesraad_app
from tests.support.packaging_scripts import packaging_module

version_info = packaging_module("version_info")


def test_the_version_is_read_from_the_package_without_importing_it(tmp_path: Path) -> None:
    assert version_info.read_version() == adviesraad_app.__version__
    init = tmp_path / "__init__.py"
    init.write_text('"""Doc."""\nimport sys\n__version__ = "2.5.0rc1"\nAPP_NAME = "x"\n')
    assert version_info.read_version(init) == "2.5.0rc1"
    init.write_text("VERSION = '1.0'\n")
    with pytest.raises(ValueError, match="__version__"):
        version_info.read_version(init)


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("2026.11", (2026, 11, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("3", (3, 0, 0, 0)),
    ],
)
def test_windows_gets_four_numbers(version: str, numbers: tuple[int, int, int, int]) -> None:
    assert version_info.numeric_version(version) == numbers
    assert version_info.dotted(numbers).count(".") == 3


@pytest.mark.parametrize("version", ["v1.0", "", "70000.1"])
def test_versions_windows_cannot_hold_are_refused(version: str) -> None:
    with pytest.raises(ValueError):
        version_info.numeric_version(version)


@pytest.fixture
def pyinstaller_versioninfo(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """PyInstaller's own reader of version files, importable on Linux.

    It imports ``pefile`` and ``win32api`` (Windows-only) at the top but does not need them
    to read a file; stand-ins let the real parser judge what we write.
    """
    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    module = importlib.import_module("PyInstaller.utils.win32.versioninfo")
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo")
    return module


def test_pyinstaller_reads_the_version_resource(
    tmp_path: Path, pyinstaller_versioninfo: types.ModuleType
) -> None:
    path = version_info.write_version_file(
        tmp_path / "sub" / "version.txt", "1.4.2rc1", "adviesraad-cli.exe"
    )
    info = pyinstaller_versioninfo.load_version_info_from_text_file(str(path))

    assert info.ffi.fileVersionMS == (1 << 16) | 4
    assert info.ffi.fileVersionLS == 2 << 16
    assert info.ffi.productVersionMS == info.ffi.fileVersionMS
    table = info.kids[0].kids[0]
    assert table.name == "041304B0"  # Dutch, Unicode
    strings = {s.name: s.val for s in table.kids}
    assert strings["ProductVersion"] == "1.4.2rc1"
    assert strings["FileVersion"] == "1.4.2rc1"
    assert strings["OriginalFilename"] == "adviesraad-cli.exe"
    assert strings["InternalName"] == "adviesraad-cli"
    assert strings["ProductName"] == "Adviesraad"
    assert info.kids[1].kids[0].kids == [0x0413, 1200]


def test_the_default_resource_carries_the_package_version(
    tmp_path: Path, pyinstaller_versioninfo: types.ModuleType
) -> None:
    path = version_info.write_version_file(tmp_path / "version.txt")
    info = pyinstaller_versioninfo.load_version_info_from_text_file(str(path))
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == adviesraad_app.__version__
