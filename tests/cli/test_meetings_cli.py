"""The meeting commands' contract: names, options, JSON fields, exit 1 with Dutch messages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from adviesraad_app.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


def test_prepare_a_meeting_from_the_command_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", str(db_path))
    advice = _json(
        capsys,
        *db,
        "add-advice",
        "--kind",
        "gevraagd",
        "--title",
        "Armoedebeleid",
        "--received",
        "2026-02-20",
        "--requested-deadline",
        "2026-04-30",
        "--json",
    )
    assert isinstance(advice, dict)
    first = _json(capsys, *db, "add-meeting", "--date", "2026-02-09", "--json")
    meeting = _json(
        capsys,
        *db,
        "add-meeting",
        "--date",
        "9-3-2026",
        "--time",
        "19:30",
        "--place",
        "Stadhuis",
        "--kind",
        "plenair",
        "--json",
    )
    assert meeting == {
        "id": 2,
        "date": "2026-03-09",
        "time": "19:30",
        "place": "Stadhuis",
        "kind": "plenair",
    }
    assert isinstance(first, dict)
    assert [m["date"] for m in _json(capsys, *db, "meetings", "--year", "2026", "--json")] == [
        "2026-02-09",
        "2026-03-09",
    ]
    number = advice["number"]
    agenda = _json(
        capsys, *db, "agenda", "2", "--add-advice", number, "--purpose", "vaststellen", "--json"
    )
    assert isinstance(agenda, dict)
    assert [i["kind"] for i in agenda["items"]] == [
        "opening",
        "verslag",
        "postlijst",
        "actielijst",
        "advies",
        "rondvraag",
        "sluiting",
    ]
    assert agenda["items"][4]["purpose"] == "vaststellen"
    assert [e["subject"] for e in agenda["postlijst"]["entries"]] == ["Armoedebeleid"]
    assert agenda["postlijst"]["entries"][0]["number"] == 1
    _json(capsys, *db, "agenda", "2", "--add-item", "Jaarplan 2027", "--json")
    action = _json(
        capsys, *db, "add-action", "1", "--text", "Brief sturen", "--who", "Anja", "--json"
    )
    assert isinstance(action, dict) and action["status"] == "open"
    agenda = _json(capsys, *db, "agenda", "2", "--adopt", number, "--json")
    assert isinstance(agenda, dict)
    assert [a["text"] for a in agenda["actions"]] == ["Brief sturen"]
    assert agenda["items"][4]["adopted"] is True
    assert agenda["items"][5]["title"] == "Jaarplan 2027"
    done = _json(
        capsys,
        *db,
        "set-action",
        str(action["id"]),
        "--status",
        "gedaan",
        "--date",
        "2026-03-01",
        "--json",
    )
    assert isinstance(done, dict)
    assert (done["status"], done["status_date"]) == ("gedaan", "2026-03-01")
    shown = _json(capsys, *db, "show", number, "--json")
    assert isinstance(shown, dict)
    assert shown["adopted_in"] == "2026-03-09"
    assert shown["last_meeting_before_due"] == "2026-03-09"
    code, out, _ = run(capsys, *db, "agenda", "2")
    assert code == 0 and "Vergadering van 9 maart 2026" in out and "Postlijst" in out
    code, out, _ = run(capsys, *db, "show", number)
    assert code == 0 and "Vastgesteld in de vergadering van maandag 9 maart 2026." in out


def test_refusals_exit_1_in_dutch_and_change_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", str(db_path))
    assert run(capsys, *db, "add-meeting", "--date", "2026-03-09")[0] == 0
    run(capsys, *db, "add-advice", "--kind", "ongevraagd", "--title", "Jeugd")
    assert run(capsys, *db, "agenda", "1", "--add-advice", "1")[0] == 0
    before = _json(capsys, *db, "agenda", "1", "--json")
    cases = [
        (("add-meeting", "--date", "2026-02-30"), "bestaat niet"),
        (("add-meeting", "--date", "2026-03-10", "--time", "25:00"), "geen tijd"),
        (("add-meeting", "--date", "2026-03-10", "--kind", "diner"), "onbekende waarde"),
        (("agenda", "7"), "geen vergadering"),
        (("agenda", "1", "--add-advice", "1"), "staat al op de agenda"),
        (("agenda", "1", "--add-advice", "1", "--purpose", "lezen"), "onbekende waarde"),
        (("agenda", "1", "--adopt", "99"), "bestaat niet"),
        (("add-action", "7", "--text", "Iets"), "geen vergadering"),
        (("add-action", "1", "--text", "Iets", "--due", "morgen"), "--due"),
        (("set-action", "5", "--status", "gedaan"), "geen actie"),
    ]
    for args, message in cases:
        code, _, err = run(capsys, *db, *args)
        assert code == 1, args
        assert message in err and "Traceback" not in err, (args, err)
    assert _json(capsys, *db, "agenda", "1", "--json") == before
    assert len(_json(capsys, *db, "meetings", "--json")) == 1


def test_agenda_as_docx(db_path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import docx

    db = ("--db", str(db_path))
    assert run(capsys, *db, "add-meeting", "--date", "2026-03-09", "--place", "Stadhuis")[0] == 0
    assert run(capsys, *db, "add-action", "1", "--text", "Notulen rondsturen")[0] == 0
    assert run(capsys, *db, "add-meeting", "--date", "2026-04-13")[0] == 0
    target = tmp_path / "agenda"
    code, _out, err = run(
        capsys, *db, "agenda", "2", "--add-item", "Jaarplan", "--docx", str(target)
    )
    assert code == 0, err
    document = docx.Document(str(tmp_path / "agenda.docx"))
    texts = [p.text for p in document.paragraphs]
    assert "Agenda vergadering 13 april 2026" in texts
    assert "5. Jaarplan" in texts
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "Notulen rondsturen" in cells
