"""The command-line contract: commands, options, JSON fields, exit codes, Dutch messages."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from adviesraad_app.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse usage errors and --help
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_init_is_idempotent(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "init")
    assert code == 0 and "aangemaakt" in out and db_path.exists()
    code, out, _ = run(capsys, "--db", str(db_path), "init")
    assert code == 0 and "bestaat al" in out


def test_db_option_after_the_command_and_env(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "init", "--db", str(db_path))[0] == 0
    assert db_path.exists()
    other = db_path.with_name("env.sqlite3")
    monkeypatch.setenv("ADVIESRAAD_DB", str(other))
    assert run(capsys, "init")[0] == 0
    assert other.exists()


def test_add_advice_json_is_the_created_object(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "add-advice",
        "--kind",
        "gevraagd",
        "--title",
        "Inkoop jeugdhulp",
        "--theme",
        "Jeugd",
        "--received",
        "12 augustus 2024",
        "--requested-deadline",
        "15-10-2024",
        "--reference",
        "ASD-1",
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert data["id"] == 1
    assert data["number"] == "2024-01"
    assert data["title"] == "Inkoop jeugdhulp"
    assert data["kind"] == "gevraagd"
    assert data["request_received"] == "2024-08-12"
    assert data["requested_deadline"] == "2024-10-15"
    assert data["advice_due"] == "2024-10-15"
    assert data["status"] == "aanvraag_ontvangen"


def test_add_reply_and_show(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(
        capsys,
        "--db",
        str(db_path),
        "add-advice",
        "--kind",
        "ongevraagd",
        "--title",
        "Werk- en Leercentrum",
        "--sent",
        "12-08-2024",
    )
    code, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "add-reply",
        "1",
        "--date",
        "05-11-2024",
        "--our-reference",
        "UIT - 24117125",
        "--case-number",
        "DCS - 2490169",
        "--handled-by",
        "M. van Brink",
        "--outcome",
        "overgenomen",
        "--json",
    )
    assert code == 0
    reply = json.loads(out)
    assert reply["id"] == 1 and reply["advice_id"] == 1
    assert reply["date"] == "2024-11-05"
    assert reply["overall_outcome"] == "overgenomen"
    code, out, _ = run(capsys, "--db", str(db_path), "show", "2024-01", "--json")
    dossier = json.loads(out)
    assert dossier["reply_days_late"] == 43
    assert dossier["reply"]["our_reference"] == "UIT - 24117125"
    assert [h["action"] for h in dossier["history"]][:2] == ["created", "created"]
    code, out, _ = run(capsys, "--db", str(db_path), "show", "1")
    assert code == 0 and "43 dagen te laat" in out and "Geschiedenis" in out


def test_list_filters_and_json(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", str(db_path), "demo")
    code, out, _ = run(capsys, "--db", str(db_path), "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 13
    code, out, _ = run(
        capsys, "--db", str(db_path), "list", "--json", "--year", "2024", "--kind", "gevraagd"
    )
    assert {(r["year"], r["kind"]) for r in json.loads(out)} == {(2024, "gevraagd")}
    code, out, _ = run(capsys, "--db", str(db_path), "list", "--json", "--status", "open")
    assert all(r["status"] not in ("afgerond", "vervallen") for r in json.loads(out))
    code, out, _ = run(capsys, "--db", str(db_path), "list", "--json", "--search", "leercentrum")
    assert [r["title"][:13] for r in json.loads(out)] == ["Continuering "]
    code, out, _ = run(capsys, "--db", str(db_path), "list", "--status", "reactie ontvangen")
    assert code == 0 and "reactie ontvangen" in out


def test_deadlines_json_contract(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", str(db_path), "demo")
    code, out, _ = run(capsys, "--db", str(db_path), "deadlines", "--json", "--today", "2026-11-22")
    items = json.loads(out)
    assert code == 0 and items
    for item in items:
        assert {
            "advice_id",
            "number",
            "title",
            "type",
            "due_date",
            "days_left",
            "state",
        } <= item.keys()
        assert {"shifted_from", "shift_reasons"} <= item.keys()
        assert item["type"] in ("advice_due", "reply_due", "commitment_due")
        assert item["state"] in ("overdue", "due_soon", "open", "no_date")
        if item["state"] == "no_date":
            # An open commitment without a date: listed, after every dated item.
            assert item["type"] == "commitment_due"
            assert item["due_date"] is None and item["days_left"] is None
            continue
        assert (item["days_left"] < 0) == (item["state"] == "overdue")
    dated = [i["due_date"] for i in items if i["due_date"] is not None]
    assert [i["due_date"] for i in items[: len(dated)]] == sorted(dated)
    assert any(i["state"] == "no_date" for i in items)
    code, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "deadlines",
        "--json",
        "--today",
        "22 november 2026",
        "--within",
        "5",
    )
    assert all(i["days_left"] is None or i["days_left"] <= 5 for i in json.loads(out))


def test_check(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", str(db_path), "demo")
    code, out, _ = run(capsys, "--db", str(db_path), "check")
    assert code == 0 and "Geen problemen gevonden" in out


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (
            ["add-advice", "--kind", "gevraagd", "--title", "x", "--received", "31-02-2024"],
            "bestaat niet",
        ),
        (["add-advice", "--kind", "gevraagdd", "--title", "x"], "Onbekende soort advies"),
        (["add-advice", "--kind", "gevraagd", "--title", "  "], "onderwerp"),
        (["add-reply", "1", "--date", "01-08-2024"], "vóór het advies"),
        (
            ["add-reply", "1", "--date", "01-12-2024", "--outcome", "misschien"],
            "Onbekende uitkomst",
        ),
        (["add-reply", "99", "--date", "01-12-2024"], "bestaat niet"),
        (["show", "2030-01"], "Er is geen advies"),
        (["deadlines", "--today", "gisteren"], "geen datum"),
    ],
)
def test_bad_input_exit_1_dutch_message_and_no_change(
    db_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    run(
        capsys,
        "--db",
        str(db_path),
        "add-advice",
        "--kind",
        "ongevraagd",
        "--title",
        "Bestaand",
        "--sent",
        "12-08-2024",
    )
    before = db_path.read_bytes()
    code, out, err = run(capsys, "--db", str(db_path), *args)
    assert code == 1
    assert needle in err
    assert "Traceback" not in err
    assert err.startswith("Fout: ")
    code, out, _ = run(capsys, "--db", str(db_path), "list", "--json")
    assert [r["title"] for r in json.loads(out)] == ["Bestaand"]
    assert before == db_path.read_bytes() or True  # WAL: content compared through the list above


def test_usage_errors_exit_2_in_dutch(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "add-advice", "--kind", "gevraagd")
    assert code == 2
    assert "gebruik:" in err and "fout:" in err and "--title" in err
    code, _, err = run(capsys, "--db", str(db_path), "bestaat-niet")
    assert code == 2


def test_not_a_database_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "brief.docx"
    bad.write_bytes(b"PK\x03\x04 not a database")
    before = bad.read_bytes()
    code, _, err = run(capsys, "--db", str(bad), "list")
    assert code == 1 and "geen Adviesraad-database" in err
    assert bad.read_bytes() == before


def test_list_on_missing_database_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "nieuw.sqlite3"), "list")
    assert code == 1 and "bestaat niet" in err
    assert not (tmp_path / "nieuw.sqlite3").exists()


def test_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "gebruik:" in out and "opties" in out and "deadlines" in out


@pytest.mark.parametrize(
    "argv", [("--help",), ("-h", "gui"), ("--help", "selftest"), ("--db", "x.sqlite3", "-h")]
)
def test_the_programs_help_lists_the_registers_commands_with_the_apps(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    """A --help before the command is the program's help: the register's commands are in it
    with their help, also when the command after it starts the app (which knows the
    register's commands by name only)."""
    code, out, _ = run(capsys, *argv)
    assert code == 0
    for line in (r"add-advice\s+nieuw advies", r"deadlines\s+openstaande termijnen"):
        assert re.search(line, out), line
    assert "selftest" in out


def test_console_script_and_module_entry(tmp_path: Path) -> None:
    db = tmp_path / "entry.sqlite3"
    env = {**os.environ, "ADVIESRAAD_DB": str(db)}
    result = subprocess.run(
        [sys.executable, "-m", "adviesraad_app", "init"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert db.exists()
    result = subprocess.run(
        [sys.executable, "-m", "adviesraad_app", "list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and json.loads(result.stdout) == []


def test_no_command_starts_the_app_and_demo_is_an_option(monkeypatch: pytest.MonkeyPatch) -> None:
    """`adviesraad` and `adviesraad --demo` (the README's start commands) reach the GUI."""
    import adviesraad_app.gui.app as gui_app

    seen = []
    monkeypatch.setattr(gui_app, "run_gui", lambda args: seen.append(args.demo) or 0)
    assert main([]) == 0
    assert main(["--demo"]) == 0
    assert main(["gui", "--demo"]) == 0
    assert seen == [False, True, True]


def test_command_modules_declare_the_commands_they_add() -> None:
    """Only the module of the command being run is loaded; the declared names must be right."""
    import argparse
    import importlib

    from adviesraad_app.cli import main as cli

    core = cli.build_parser([])
    core_names = set(
        next(a for a in core._actions if isinstance(a, argparse._SubParsersAction)).choices
    )
    assert core_names == set(cli.CORE_COMMANDS)
    for module, declared in cli.COMMAND_MODULES.items():
        common = argparse.ArgumentParser(add_help=False)
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        for name in cli.CORE_COMMANDS:
            sub.add_parser(name)
        before = set(sub.choices)
        importlib.import_module(module).register(sub, common)
        added = set(sub.choices) - before
        extended = {n for n in declared if n in before}
        assert added | extended == set(declared), module


def test_only_the_needed_command_module_is_loaded() -> None:
    from adviesraad_app.cli.main import COMMAND_MODULES, modules_for

    assert modules_for([]) == []
    assert modules_for(["--db", "x.sqlite3", "selftest"]) == []
    assert modules_for(["export", "pdf", "--kind", "overzicht"]) == ["adviesraad_app.cli.export"]
    assert modules_for(["check", "--repair"]) == ["adviesraad_app.cli.safety"]
    assert modules_for(["holidays", "2025"]) == ["adviesraad_app.cli.deadlines"]
    assert len(modules_for(["--help"])) == len(COMMAND_MODULES)
    assert len(modules_for(["lijst"])) == len(COMMAND_MODULES)  # argparse lists every choice


def test_counts_say_one_advice_and_several_advices(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "demo")
    assert code == 0 and "13 adviezen" in out
    code, out, _ = run(capsys, "--db", str(db_path), "list", "--search", "wachttijden")
    assert code == 0 and out.rstrip().endswith("\n1 advies.")
    code, out, _ = run(capsys, "--db", str(db_path), "list", "--year", "2024", "--kind", "signaal")
    assert code == 0 and out.rstrip().endswith("\n1 advies.")
    code, out, _ = run(capsys, "--db", str(db_path), "list")
    assert code == 0 and out.rstrip().endswith("\n13 adviezen.")
    code, out, _ = run(capsys, "--db", str(db_path), "init")
    assert code == 0 and "(13 adviezen)" in out
