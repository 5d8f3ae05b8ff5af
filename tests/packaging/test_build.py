"""build.py's decisions that can be checked without Windows: Inno Setup's command line,
the completeness check of a bundle, finding the tools."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.packaging_scripts import ROOT, packaging_module

build = packaging_module("build")
smoke = packaging_module("smoke")


def test_inno_setup_gets_the_version_and_folders_classic_syntax(tmp_path: Path) -> None:
    command = build.iscc_command(
        Path("ISCC.exe"), "1.2.0rc1", tmp_path / "bundel", tmp_path / "uit", None
    )
    assert command[0] == "ISCC.exe"
    assert command[-1] == str(build.ISS)
    assert "/DAppVersion=1.2.0rc1" in command
    assert "/DAppVersionNumeric=1.2.0.0" in command
    assert f"/DSourceDir={tmp_path / 'bundel'}" in command
    assert f"/DOutputDir={tmp_path / 'uit'}" in command
    assert not [c for c in command if c.startswith("/S") or "SignToolName" in c]


def test_inno_setup_signs_through_sign_py_when_signing(tmp_path: Path) -> None:
    sign_command = build.inno_sign_command()
    assert sign_command.endswith("sign.py$q $f")  # $f: each file Inno Setup signs
    classic = build.iscc_command(Path("ISCC.exe"), "1.0", tmp_path, tmp_path, sign_command)
    assert f"/S{build.SIGN_TOOL_NAME}={sign_command}" in classic
    assert f"/DSignToolName={build.SIGN_TOOL_NAME}" in classic
    modern = build.iscc_command(Path("ISCC.exe"), "1.0", tmp_path, tmp_path, sign_command, True)
    assert f"--signtool={build.SIGN_TOOL_NAME}={sign_command}" in modern
    assert f"--define=SignToolName={build.SIGN_TOOL_NAME}" in modern
    assert "--define=AppVersionNumeric=1.0.0.0" in modern


def test_iscc_is_found_where_configured(tmp_path: Path) -> None:
    iscc = tmp_path / "ISCC.exe"
    assert build.find_iscc({build.ENV_ISCC: str(iscc)}) is None
    iscc.write_bytes(b"MZ")
    assert build.find_iscc({build.ENV_ISCC: str(iscc)}) == iscc


def _fake_bundle(root: Path) -> Path:
    bundle = root / "adviesraad"
    for name in (smoke.WINDOWED, smoke.CONSOLE):
        smoke.exe_path(bundle, name).parent.mkdir(parents=True, exist_ok=True)
        smoke.exe_path(bundle, name).write_bytes(b"")
    shutil.copytree(ROOT / "resources", bundle / "_internal" / "resources")
    return bundle


def test_a_complete_bundle_passes_the_check(tmp_path: Path) -> None:
    build.check_bundle(_fake_bundle(tmp_path))


def test_a_bundle_without_a_resource_file_fails_the_check(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    (bundle / "_internal" / "resources" / "icons" / "adviesraad.ico").unlink()
    with pytest.raises(build.BuildError, match=r"adviesraad\.ico"):
        build.check_bundle(bundle)


def test_a_bundle_without_the_console_program_fails_the_check(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    smoke.exe_path(bundle, smoke.CONSOLE).unlink()
    with pytest.raises(build.BuildError, match="adviesraad-cli"):
        build.check_bundle(bundle)


def test_steps_are_numbered_and_timed() -> None:
    said: list[str] = []
    steps = build.Steps(said.append)
    with steps.step("Eerste"):
        pass
    with steps.step("Tweede"):
        pass
    assert [line for line in said if line.startswith("\n==>")] == [
        "\n==> [1] Eerste",
        "\n==> [2] Tweede",
    ]
    assert [title for title, _ in steps.timings] == ["Eerste", "Tweede"]
