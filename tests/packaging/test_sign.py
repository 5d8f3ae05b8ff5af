"""Signing decides from the environment: sign, skip with a clear notice, or fail. Never silent."""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from tests.support.packaging_scripts import packaging_module

sign = packaging_module("sign")
Action = sign.Action
THUMB = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"


def plan(
    env: Mapping[str, str], platform: str = "win32", signtool: str | None = r"C:\sdk\signtool.exe"
) -> Any:
    return sign.plan_signing(env, platform=platform, locate=lambda _env: signtool)


def test_without_a_certificate_signing_is_skipped_with_a_notice() -> None:
    decision = plan({})
    assert decision.action is Action.SKIP
    assert "NIET ONDERTEKEND" in decision.message
    assert sign.ENV_CERT in decision.message


def test_a_release_build_can_require_a_signature() -> None:
    decision = plan({sign.ENV_REQUIRED: "1"})
    assert decision.action is Action.FAIL
    assert sign.ENV_CERT in decision.message


def test_a_configured_certificate_cannot_be_used_outside_windows() -> None:
    decision = plan({sign.ENV_CERT: THUMB}, platform="linux")
    assert decision.action is Action.FAIL
    assert "Windows" in decision.message


def test_a_configured_certificate_without_signtool_fails() -> None:
    decision = plan({sign.ENV_CERT: THUMB}, signtool=None)
    assert decision.action is Action.FAIL
    assert "signtool" in decision.message and sign.ENV_SIGNTOOL in decision.message


def test_a_thumbprint_signs_from_the_certificate_store_with_sha256_and_a_timestamp() -> None:
    # as the certificate dialog shows it: pairs separated by spaces
    spaced = " ".join(THUMB[i : i + 2] for i in range(0, 40, 2))
    decision = plan({sign.ENV_CERT: spaced})
    assert decision.action is Action.SIGN
    assert decision.signtool == r"C:\sdk\signtool.exe"
    assert decision.command == (
        "sign",
        "/fd",
        "SHA256",
        "/tr",
        sign.DEFAULT_TIMESTAMP_URL,
        "/td",
        "SHA256",
        "/d",
        "Adviesraad",
        "/sha1",
        THUMB.upper(),
    )


def test_a_pfx_file_signs_with_its_password_which_never_shows(tmp_path: Path) -> None:
    pfx = tmp_path / "gemeente.pfx"
    pfx.write_bytes(b"not really a certificate")
    env = {
        sign.ENV_CERT: str(pfx),
        sign.ENV_PASSWORD: "geheim-wachtwoord",
        sign.ENV_TIMESTAMP: "http://timestamp.sectigo.com",
    }
    decision = plan(env)
    assert decision.action is Action.SIGN
    assert decision.command[decision.command.index("/f") + 1] == str(pfx)
    assert decision.command[decision.command.index("/p") + 1] == "geheim-wachtwoord"
    assert decision.command[decision.command.index("/tr") + 1] == "http://timestamp.sectigo.com"
    shown = decision.printable(["adviesraad.exe"])
    assert "geheim-wachtwoord" not in shown
    assert shown.endswith("/p **** adviesraad.exe")


def test_a_pfx_without_password_passes_no_password(tmp_path: Path) -> None:
    pfx = tmp_path / "token.p12"
    pfx.write_bytes(b"x")
    decision = plan({sign.ENV_CERT: str(pfx)})
    assert decision.action is Action.SIGN
    assert "/p" not in decision.command


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({sign.ENV_CERT: r"C:\bestaat\niet.pfx"}, "geen bestaand certificaatbestand"),
        ({sign.ENV_CERT: THUMB, sign.ENV_TIMESTAMP: "timestamp.digicert.com"}, "http(s)"),
    ],
)
def test_a_wrong_configuration_fails_and_says_why(env: dict[str, str], expected: str) -> None:
    decision = plan(env)
    assert decision.action is Action.FAIL
    assert expected in decision.message


class FakeSigntool:
    """Records calls; answers with the given exit codes, then 0."""

    def __init__(self, *codes: int) -> None:
        self.codes = list(codes)
        self.calls: list[list[str]] = []

    def __call__(self, command: list[str]) -> subprocess.CompletedProcess[str]:
        self.calls.append(command)
        code = self.codes.pop(0) if self.codes else 0
        return subprocess.CompletedProcess(command, code, "SignTool Error: geheim-wachtwoord", "")


@pytest.fixture
def exes(tmp_path: Path) -> list[Path]:
    files = [tmp_path / "adviesraad.exe", tmp_path / "adviesraad-cli.exe"]
    for f in files:
        f.write_bytes(b"MZ")
    return files


def _sign(files: list[Path], decision: Any, runner: FakeSigntool, said: list[str]) -> bool:
    return sign.sign_files(files, decision, runner=runner, delay_s=0, say=said.append)


def test_skipping_runs_nothing_and_reports_not_signed(exes: list[Path]) -> None:
    runner, said = FakeSigntool(), []
    assert _sign(exes, plan({}), runner, said) is False
    assert runner.calls == []
    assert any("NIET ONDERTEKEND" in line for line in said)


def test_a_failed_plan_raises_instead_of_pretending(exes: list[Path]) -> None:
    runner = FakeSigntool()
    with pytest.raises(sign.SigningError, match="signtool"):
        _sign(exes, plan({sign.ENV_CERT: THUMB}, signtool=None), runner, [])
    assert runner.calls == []


def test_signing_signs_all_files_then_verifies_each(exes: list[Path]) -> None:
    runner, said = FakeSigntool(), []
    assert _sign(exes, plan({sign.ENV_CERT: THUMB}), runner, said) is True
    sign_call, *verify_calls = runner.calls
    assert sign_call[:2] == [r"C:\sdk\signtool.exe", "sign"]
    assert sign_call[-2:] == [str(exes[0]), str(exes[1])]
    assert verify_calls == [[r"C:\sdk\signtool.exe", "verify", "/pa", "/tw", str(f)] for f in exes]
    assert "Ondertekend en gecontroleerd" in said[-1]


def test_a_timestamp_hiccup_is_retried(exes: list[Path]) -> None:
    runner, said = FakeSigntool(1), []
    assert _sign(exes, plan({sign.ENV_CERT: THUMB}), runner, said) is True
    assert [c[1] for c in runner.calls] == ["sign", "sign", "verify", "verify"]


def test_signing_that_keeps_failing_raises_with_the_password_masked(
    exes: list[Path], tmp_path: Path
) -> None:
    pfx = tmp_path / "c.pfx"
    pfx.write_bytes(b"x")
    decision = plan({sign.ENV_CERT: str(pfx), sign.ENV_PASSWORD: "geheim-wachtwoord"})
    runner = FakeSigntool(1, 1, 1)
    with pytest.raises(sign.SigningError) as raised:
        _sign(exes, decision, runner, [])
    assert len(runner.calls) == sign.ATTEMPTS
    assert "geheim-wachtwoord" not in str(raised.value)


def test_an_invalid_signature_fails_the_build(exes: list[Path]) -> None:
    runner = FakeSigntool(0, 1)  # signing works, verification of the first file does not
    with pytest.raises(sign.SigningError, match="niet geldig"):
        _sign(exes, plan({sign.ENV_CERT: THUMB}), runner, [])


def test_missing_files_are_not_signed(tmp_path: Path) -> None:
    runner = FakeSigntool()
    with pytest.raises(sign.SigningError, match="ontbreken"):
        _sign([tmp_path / "weg.exe"], plan({sign.ENV_CERT: THUMB}), runner, [])
    assert runner.calls == []


def test_signtool_is_found_where_configured(tmp_path: Path) -> None:
    tool = tmp_path / "signtool.exe"
    assert sign.find_signtool({sign.ENV_SIGNTOOL: str(tool)}) is None
    tool.write_bytes(b"MZ")
    assert sign.find_signtool({sign.ENV_SIGNTOOL: str(tool)}) == str(tool)


def test_the_command_line_says_what_it_will_do(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(sign.ENV_CERT, raising=False)
    monkeypatch.delenv(sign.ENV_REQUIRED, raising=False)
    assert sign.main(["--plan"]) == 0
    assert "NIET ONDERTEKEND" in capsys.readouterr().out
    monkeypatch.setenv(sign.ENV_REQUIRED, "1")
    assert sign.main(["--plan"]) == 1
    assert sign.main(["--onbekend"]) == 2
