"""Deadlines to the calendar: the .ics a secretary imports into Outlook."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.extensions import TermKind
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.calendar_export import export_calendar
from adviesraad_app.services.register import RegisterService
from tests.support.register import CliRunner

TODAY = date(2026, 11, 22)


def _events(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_one_all_day_event_per_open_deadline_with_reminder(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner
) -> None:
    path = tmp_path / "termijnen.ics"
    code, out, err = cli("export", "ics", "--output", str(path), "--today", "22-11-2026")
    assert code == 0, err
    deadlines = [i for i in demo_service.deadlines(TODAY, include_confidential=False) if i.due_date]
    events = {uid: e for uid, e in _events(path).items() if not uid.startswith("vergadering-")}
    assert len(events) == len(deadlines) > 0
    calendar = Calendar.from_ical(path.read_bytes())
    assert str(calendar["VERSION"]) == "2.0" and "PRODID" in calendar
    for item in deadlines:
        event = next(e for e in events.values() if item.number in str(e["SUMMARY"]))  # type: ignore[index]
        start = event["DTSTART"].dt  # type: ignore[index]
        end = event["DTEND"].dt  # type: ignore[index]
        assert type(start) is date and end == start + timedelta(days=1)  # all day
        alarm = event.walk("VALARM")[0]  # type: ignore[attr-defined]
        assert alarm["TRIGGER"].dt == timedelta(days=-3)
        assert str(alarm["ACTION"]) == "DISPLAY"
    werk = [e for e in events.values() if "Werkplein" in str(e["SUMMARY"])]  # type: ignore[index]
    assert len(werk) == 1
    assert str(werk[0]["SUMMARY"]).startswith("Reactie college uiterlijk: ")  # type: ignore[index]
    assert "Outlook" not in out and "; herinnering 3 dagen vooraf." in out


def test_reminder_follows_the_setting(tmp_path: Path, demo_service: RegisterService) -> None:
    demo_service.save_settings(replace(demo_service.settings, reminder_days=7))
    path = tmp_path / "t.ics"
    export_calendar(demo_service, path, today=TODAY)
    for event in _events(path).values():
        assert event.walk("VALARM")[0]["TRIGGER"].dt == timedelta(days=-7)  # type: ignore[attr-defined]


def test_uids_are_stable_and_an_extension_moves_the_event(
    tmp_path: Path, service: RegisterService
) -> None:
    advice = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Vervoer", sent_date=date(2026, 11, 2))
    )
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    export_calendar(service, first, today=TODAY, now=datetime(2026, 11, 22, 9, 0))
    assert advice.id is not None
    service.extend_term(advice.id, TermKind.REPLY, date(2027, 1, 15), "Meer tijd", "wethouder")
    export_calendar(service, second, today=TODAY, now=datetime(2026, 11, 23, 9, 0))
    a, b = _events(first), _events(second)
    assert list(a) == list(b) and len(a) == 1
    uid = next(iter(a))
    assert a[uid]["DTSTART"].dt == date(2026, 12, 14)  # type: ignore[index]
    assert b[uid]["DTSTART"].dt == date(2027, 1, 15)  # type: ignore[index]
    assert int(b[uid]["SEQUENCE"]) > int(a[uid]["SEQUENCE"])  # type: ignore[index]
    assert "Verdaagd" in str(b[uid]["DESCRIPTION"])  # type: ignore[index]


def test_confidential_deadlines_only_when_asked(
    tmp_path: Path, service: RegisterService, cli: CliRunner
) -> None:
    service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Geheime kwestie",
            sent_date=date(2026, 11, 2),
            confidential=True,
        )
    )
    service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Openbaar", sent_date=date(2026, 11, 2))
    )
    public, full = tmp_path / "p.ics", tmp_path / "f.ics"
    assert cli("export", "ics", "--output", str(public))[0] == 0
    assert cli("export", "ics", "--output", str(full), "--include-confidential")[0] == 0
    assert b"Geheime kwestie" not in public.read_bytes()
    events = _events(full)
    secret = next(e for e in events.values() if "Geheime" in str(e["SUMMARY"]))  # type: ignore[index]
    assert str(secret["CLASS"]) == "CONFIDENTIAL"  # type: ignore[index]


def test_bad_options_give_exit_code_1(
    tmp_path: Path, service: RegisterService, cli: CliRunner
) -> None:
    code, _, err = cli("export", "ics", "--output", str(tmp_path / "x.ics"), "--today", "morgen")
    assert code == 1 and "--today" in err
    code, _, err = cli("export", "ics", "--output", str(tmp_path / "x.ics"), "--within", "-1")
    assert code == 1
    assert not (tmp_path / "x.ics").exists()


def test_io_modules_do_not_load_heavy_libraries_at_import() -> None:
    code = (
        "import sys\n"
        "import adviesraad_app.cli.main, adviesraad_app.cli.io, adviesraad_app.cli.io_export\n"
        "import adviesraad_app.services.letters.reading\n"
        "import adviesraad_app.services.sheets.register_import\n"
        "import adviesraad_app.services.sheets.register_export\n"
        "import adviesraad_app.services.calendar_export\n"
        "adviesraad_app.cli.main.build_parser()\n"
        "roots = ('PySide6', 'reportlab', 'openpyxl', 'pypdf', 'docx', 'icalendar')\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in roots)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
