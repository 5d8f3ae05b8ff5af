"""cli/meetings.py in words (tests/cli/test_meetings_cli.py holds the JSON contract): what the
secretary reads after each meeting command, and the refusals of values argparse lets through."""

from __future__ import annotations

from datetime import date

from adviesraad_app.cli.meetings import meeting_fields
from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.meetings import Meeting, Purpose
from adviesraad_app.services.meetings.schedule import MeetingService
from adviesraad_app.services.register import RegisterService
from tests.support.register import CliRunner


def test_add_meeting_and_the_schedule_in_words(cli: CliRunner) -> None:
    code, out, err = cli("add-meeting", "--date", "9-3-2026", "--time", "19:30")
    assert (code, err) == (0, "")
    assert out.strip() == "Vergadering van 09-03-2026 opgeslagen (id 1)."
    cli("add-meeting", "--date", "2026-04-13", "--place", "Raadzaal", "--kind", "Werkgroep")
    cli("add-meeting", "--date", "2027-01-11")

    code, out, _ = cli("meetings", "--year", "2026")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].split() == ["Id", "Datum", "Tijd", "Soort", "Plaats"]
    assert any("09-03-2026" in line and "19:30" in line and "plenair" in line for line in lines)
    assert any(
        "13-04-2026" in line and "werkgroep" in line and "Raadzaal" in line for line in lines
    )
    assert not any("2027" in line for line in lines)
    assert lines[-1] == "2 vergadering(en)."


def test_agenda_in_words_with_postlijst_and_actions(cli: CliRunner) -> None:
    cli("add-meeting", "--date", "2026-02-09")
    cli("add-meeting", "--date", "2026-03-09")
    code, out, err = cli(
        "add-action", "1", "--text", "Wethouder uitnodigen", "--who", "Els", "--due", "1-4-2026"
    )
    assert code == 0, err
    assert out.strip() == "Actie opgeslagen (id 1): Wethouder uitnodigen"

    code, out, _ = cli("agenda", "2", "--add-item", "Jaarplan 2027")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Vergadering van 9 maart 2026"
    assert "  5. Jaarplan 2027" in lines
    assert "Postlijst (09-02-2026 tot en met 09-03-2026):" in lines
    assert "  (niets binnengekomen)" in lines
    assert "  [1] Wethouder uitnodigen (Els), uiterlijk 01-04-2026: open" in lines

    code, out, _ = cli("set-action", "1", "--status", "Gedaan", "--date", "2026-03-01")
    assert (code, out.strip()) == (0, "Actie 1: gedaan.")
    code, out, _ = cli("agenda", "2")
    assert "  [1] Wethouder uitnodigen (Els), uiterlijk 01-04-2026: gedaan" in out.splitlines()
    cli("add-meeting", "--date", "2026-04-13")
    code, out, _ = cli("agenda", "3")  # done before this meeting's window: off the list
    assert out.splitlines()[-1] == "  (geen openstaande acties)"


def test_an_adopted_advice_is_marked_on_the_agenda(
    cli: CliRunner, service: RegisterService
) -> None:
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.GEVRAAGD,
            title="Armoedebeleid",
            request_received=date(2026, 2, 20),
            requested_deadline=date(2026, 4, 30),
        )
    )
    cli("add-meeting", "--date", "2026-02-09")
    cli("add-meeting", "--date", "2026-03-09")
    code, out, err = cli("agenda", "2", "--add-advice", advice.number, "--purpose", "vaststellen")
    assert code == 0, err
    code, out, err = cli("agenda", "2", "--adopt", advice.number)
    assert code == 0, err
    assert f"  5. {advice.number} Armoedebeleid (vaststellen) [vastgesteld]" in out.splitlines()
    assert f"  1. 20-02-2026  adviesaanvraag: {advice.number} Armoedebeleid" in out.splitlines()


def test_wrong_values_are_refused_in_dutch_with_the_choices(cli: CliRunner) -> None:
    cases = [
        (
            ("add-meeting", "--date", "2026-03-09", "--kind", "commissie"),
            "--kind: onbekende waarde ‘commissie’. Kies uit: plenair, werkgroep.",
        ),
        (("add-meeting", "--date", "2026-03-09", "--time", "half acht"), "--time: "),
        (
            (
                "agenda",
                "een",
            ),
            "‘een’ is geen vergadering: geef het id (een getal).",
        ),
        (("agenda", "1", "--purpose", "bespreken"), "--purpose hoort bij --add-advice."),
        (("set-action", "x", "--status", "open"), "‘x’ is geen actie: geef het id."),
        (("set-action", "1", "--status", "klaar"), "Kies uit: open, gedaan, vervallen."),
    ]
    cli("add-meeting", "--date", "2026-02-09")
    for args, message in cases:
        code, out, err = cli(*args)
        assert code == 1, args
        assert message in err, (args, err)
        assert "Traceback" not in err
    code, out, _ = cli("meetings")
    assert out.strip().splitlines()[-1] == "1 vergadering(en)."


def test_meeting_fields_for_show_json(service: RegisterService) -> None:
    advice = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Mantelzorg"))
    assert advice.id is not None
    assert meeting_fields(service, advice.id, date(2026, 4, 1)) == {
        "last_meeting_before_due": None,
        "adopted_in": None,
    }
    meetings = MeetingService(service)
    early = meetings.add_meeting(Meeting(date=date(2026, 3, 9)))
    meetings.add_meeting(Meeting(date=date(2026, 4, 13)))
    assert early.id is not None
    meetings.add_advice(early.id, advice.id, Purpose.VASTSTELLEN)
    meetings.adopt(early.id, advice.id)
    assert meeting_fields(service, advice.id, date(2026, 4, 1)) == {
        "last_meeting_before_due": "2026-03-09",
        "adopted_in": "2026-03-09",
    }
    assert meeting_fields(service, advice.id, None)["last_meeting_before_due"] is None
