"""The command-line contract of issue 11: holidays, commitments, show/list/deadlines fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run


def _json(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> object:
    code, out, err = run(capsys, "--db", str(db), *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_holidays_json_by_source(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    days = _json(capsys, db_path, "holidays", "2025")
    assert isinstance(days, list)
    by_date = {d["date"]: d for d in days}
    assert by_date["2025-04-18"] == {"date": "2025-04-18", "name": "Goede Vrijdag", "source": "wet"}
    assert by_date["2025-05-30"]["source"] == "besluit"
    assert "2025-04-19" not in by_date  # weekends are not listed
    later = _json(capsys, db_path, "holidays", "2029")
    assert [d["date"] for d in later if d["source"] == "voorlopig"] == ["2029-05-11"]  # type: ignore[index]
    assert not db_path.exists()  # listing the law's days creates no register


def test_own_days_add_list_remove(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", str(db_path), "init")
    added = _json(
        capsys, db_path, "holidays", "--add", "22-04-2025", "--name", "Sluitingsdag gemeentehuis"
    )
    assert added == {"date": "2025-04-22", "name": "Sluitingsdag gemeentehuis", "source": "eigen"}
    days = _json(capsys, db_path, "holidays", "2025")
    assert {"date": "2025-04-22", "name": "Sluitingsdag gemeentehuis", "source": "eigen"} in days  # type: ignore[operator]
    code, out, _ = run(capsys, "--db", str(db_path), "holidays", "--remove", "2025-04-22")
    assert code == 0 and "verwijderd" in out
    assert all(d["source"] != "eigen" for d in _json(capsys, db_path, "holidays", "2025"))  # type: ignore[union-attr,index]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--add", "31-02-2025", "--name", "x"], "bestaat niet als datum"),
        (["--add", "gisteren", "--name", "x"], "is geen datum"),
        (["--add", "2025-04-26", "--name", "x"], "weekend"),
        (["--add", "2025-04-18", "--name", "x"], "al een feestdag: Goede Vrijdag"),
        (["--add", "2025-04-22"], "--name"),
        (["--remove", "2025-04-23"], "geen eigen vrije dag"),
        (["20x5"], "geen jaar"),
    ],
)
def test_bad_holiday_input_exit_1_nothing_changed(
    db_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    run(capsys, "--db", str(db_path), "init")
    code, _, err = run(capsys, "--db", str(db_path), "holidays", *args)
    assert code == 1 and message in err and "Traceback" not in err
    assert all(d["source"] != "eigen" for d in _json(capsys, db_path, "holidays", "2025"))  # type: ignore[union-attr,index]


def test_commitments_and_status_from_the_command_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    advice = _json(
        capsys,
        db_path,
        "add-advice",
        "--kind",
        "ongevraagd",
        "--title",
        "Werk- en Leercentrum",
        "--sent",
        "07-03-2025",
        "--confidential",
        "--recommendation",
        "Eerste",
        "--recommendation",
        "Tweede",
    )
    assert isinstance(advice, dict)
    assert advice["confidential"] is True
    assert [r["text"] for r in advice["recommendations"]] == ["Eerste", "Tweede"]
    assert [r["number"] for r in advice["recommendations"]] == [1, 2]
    number = advice["number"]
    # Reply term: Friday 18 April 2025 (Goede Vrijdag) -> Tuesday 22 April.
    term = advice["reply_term"]
    assert term["due"] == "2025-04-22" and term["shifted_from"] == "2025-04-18"
    assert term["shift_reasons"] == ["Goede Vrijdag", "weekend", "tweede Paasdag"]
    code, _, err = run(capsys, "--db", str(db_path), "add-commitment", number, "--text", "x")
    assert code == 1 and "nog geen reactie" in err
    run(capsys, "--db", str(db_path), "add-reply", number, "--date", "2025-04-25")
    shown = _json(capsys, db_path, "show", number, "--today", "2025-05-01")
    assert shown["status"] == "afgerond"  # type: ignore[index]
    assert shown["reply_term"]["state"] == "done"  # type: ignore[index]
    first = _json(capsys, db_path, "add-commitment", number, "--text", "Zo spoedig mogelijk")
    second = _json(
        capsys, db_path, "add-commitment", number, "--text", "Evaluatie", "--due", "2025-09-01"
    )
    assert first["due_date"] is None and second["due_date"] == "2025-09-01"  # type: ignore[index]
    shown = _json(capsys, db_path, "show", number)
    assert shown["status"] == "reactie_ontvangen"  # type: ignore[index]
    rows = _json(capsys, db_path, "list", "--status", "open")
    assert [r["number"] for r in rows] == [number]  # type: ignore[index,union-attr]
    items = _json(capsys, db_path, "deadlines", "--today", "2025-05-01")
    assert [(i["detail"], i["state"]) for i in items] == [  # type: ignore[index,union-attr]
        ("Evaluatie", "open"),
        ("Zo spoedig mogelijk", "no_date"),
    ]
    assert items[1]["due_date"] is None and items[1]["days_left"] is None  # type: ignore[index]
    code, _, err = run(
        capsys,
        "--db",
        str(db_path),
        "set-commitment",
        str(first["id"]),  # type: ignore[index]
        "--status",
        "nagekomen",
        "--date",
        "2025-04-01",
    )
    assert code == 1 and "vóór de reactie" in err
    done = _json(
        capsys,
        db_path,
        "set-commitment",
        str(first["id"]),  # type: ignore[index]
        "--status",
        "nagekomen",
        "--date",
        "2025-04-28",
        "--note",
        "brief van 28 april",
    )
    assert done["status"] == "done" and done["closed_on"] == "2025-04-28"  # type: ignore[index]
    assert done["closing_note"] == "brief van 28 april"  # type: ignore[index]
    _json(capsys, db_path, "set-commitment", str(second["id"]), "--status", "vervallen")  # type: ignore[index]
    shown = _json(capsys, db_path, "show", number)
    assert shown["status"] == "afgerond"  # type: ignore[index]
    closed = {c["text"]: c for c in shown["commitments"]}  # type: ignore[index]
    assert closed["Zo spoedig mogelijk"]["closed_on"] == "2025-04-28"
    assert "closing_note" in closed["Evaluatie"]
    assert _json(capsys, db_path, "list", "--status", "open") == []
    code, _, err = run(capsys, "--db", str(db_path), "set-commitment", "1", "--status", "klaar")
    assert code == 1 and "open, nagekomen, vervallen" in err


def test_show_json_term_states(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    asked = _json(
        capsys,
        db_path,
        "add-advice",
        "--kind",
        "gevraagd",
        "--title",
        "Gevraagd",
        "--received",
        "2024-08-12",
    )
    number = asked["number"]  # type: ignore[index]
    # Advice term: Monday 12 August 2024 + 6 weeks = Monday 23 September 2024.
    late = _json(capsys, db_path, "show", number, "--today", "2024-10-05")
    assert late["advice_term"]["state"] == "overdue"  # type: ignore[index]
    assert late["advice_term"]["days_left"] == -12  # type: ignore[index]
    soon = _json(capsys, db_path, "show", number, "--today", "2024-09-20")
    assert (soon["advice_term"]["state"], soon["advice_term"]["days_left"]) == ("due_soon", 3)  # type: ignore[index]
    far = _json(capsys, db_path, "show", number, "--today", "2024-08-13")
    assert far["advice_term"]["state"] == "open"  # type: ignore[index]
    _, out, _ = run(capsys, "--db", str(db_path), "show", number, "--today", "2024-10-05")
    assert "verstreken, 12 dagen te laat" in out
