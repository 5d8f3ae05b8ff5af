"""The promises of installer.iss, checked on its text (Inno Setup itself runs only on Windows).

Above all: the installer and its uninstaller never touch the user's data, which lives in
%LOCALAPPDATA%\\Adviesraad, apart from the program in %LOCALAPPDATA%\\Programs\\Adviesraad.
"""

from __future__ import annotations

import re

import pytest

from adviesraad_app.storage.paths import APP_DIR_NAME
from tests.support.packaging_scripts import PACKAGING

ISS = (PACKAGING / "installer.iss").read_text(encoding="utf-8")
# Never change it: Windows identifies the installed program by it (upgrades in place).
APP_ID = "{{EFFC732C-FED9-4FEF-84B9-74C78E35D50C}"


def section(name: str) -> list[str]:
    """The non-comment lines of an [Section] of the script."""
    match = re.search(rf"^\[{re.escape(name)}\]\s*$(.*?)(?=^\[|\Z)", ISS, re.M | re.S)
    if match is None:
        return []
    return [
        line.strip()
        for line in match.group(1).splitlines()
        if line.strip() and not line.strip().startswith(";")
    ]


def setup() -> dict[str, str]:
    values = {}
    for line in section("Setup"):
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip()
    return values


def entries(name: str) -> list[dict[str, str]]:
    """Parameter lines (``Name: "x"; Flags: y``) as dictionaries."""
    found = []
    for line in section(name):
        params = {}
        for part in re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line):
            params[part[0]] = part[1].strip().strip('"')
        found.append(params)
    return found


def test_installs_per_user_without_admin_rights() -> None:
    values = setup()
    assert values["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in values  # no way to ask for admin
    assert values["DefaultDirName"] == r"{localappdata}\Programs\{#AppName}"
    assert re.search(r'#define AppName "Adviesraad"', ISS)


def test_the_appid_is_stable_so_a_new_version_upgrades_in_place() -> None:
    values = setup()
    assert values["AppId"] == APP_ID
    assert values["UsePreviousAppDir"] == "yes"


def test_the_data_folder_is_the_one_the_program_uses_and_differs_from_the_program_folder() -> None:
    assert APP_DIR_NAME == "Adviesraad"
    assert "ExpandConstant('{localappdata}\\{#AppName}')" in ISS  # DataDir() in [Code]
    assert setup()["DefaultDirName"] != r"{localappdata}\{#AppName}"
    # Setup refuses a program folder that overlaps the data folder (also with /DIR=).
    prepare = re.search(r"function PrepareToInstall.*?^end;", ISS, re.M | re.S)
    assert prepare is not None
    assert "IsSameOrInside(WizardDirValue, DataDir())" in prepare.group(0)
    assert "IsSameOrInside(DataDir(), WizardDirValue)" in prepare.group(0)


@pytest.mark.parametrize("name", ["InstallDelete", "UninstallDelete"])
def test_nothing_is_deleted_outside_the_program_folder(name: str) -> None:
    for entry in entries(name):
        target = entry["Name"]
        assert target.startswith("{app}\\") and ".." not in target, target
        assert "{localappdata}" not in target and "{userappdata}" not in target


def test_an_upgrade_replaces_the_old_program_files_completely() -> None:
    assert entries("InstallDelete") == [{"Type": "filesandordirs", "Name": r"{app}\_internal"}]
    assert entries("UninstallDelete") == []  # the uninstaller removes only what it installed


def test_files_go_only_into_the_program_folder_and_the_probe_never_ships() -> None:
    files = entries("Files")
    assert files and all(f["DestDir"] == "{app}" for f in files)
    assert all("adviesraad-probe*" in f.get("Excludes", "") for f in files)


def test_start_menu_shortcut_to_the_windowed_program_and_an_uninstaller() -> None:
    icons = entries("Icons")
    start_menu = [i for i in icons if i["Name"].startswith("{autoprograms}")]
    assert len(start_menu) == 1
    assert start_menu[0]["Filename"] == r"{app}\{#AppExe}"
    assert re.search(r'#define AppExe "adviesraad.exe"', ISS)
    assert setup()["UninstallDisplayIcon"] == r"{app}\{#AppExe}"
    assert "Uninstallable" not in setup()  # default yes: listed under Settings > Apps


def test_the_version_comes_from_the_build_and_is_required() -> None:
    values = setup()
    assert values["AppVersion"] == "{#AppVersion}"
    assert values["VersionInfoVersion"] == "{#AppVersionNumeric}"
    assert re.search(r"#ifndef AppVersion\s+#error", ISS)
    assert re.search(r"#ifndef AppVersionNumeric\s+#error", ISS)


def test_setup_and_uninstaller_are_signed_when_a_sign_tool_is_given() -> None:
    block = re.search(r"#ifdef SignToolName(.*?)#endif", ISS, re.S)
    assert block is not None
    assert "SignTool={#SignToolName}" in block.group(1)
    assert "SignedUninstaller=yes" in block.group(1)


def test_the_installer_speaks_dutch() -> None:
    assert entries("Languages") == [{"Name": "nl", "MessagesFile": r"compiler:Languages\Dutch.isl"}]
    messages = "\n".join(section("CustomMessages"))
    assert "nl.DataKept=" in messages and "bewaard" in messages
