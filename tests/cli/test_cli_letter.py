"""``adviesraad letter``: the contract of issue 16 (options, JSON, refusals with exit 1)."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.services.letters.fixture import Letters, docx_text, make_letters, pdf_text


@pytest.fixture
def letters(db_path: Path) -> Letters:
    """The letters register, closed again: the command opens it itself."""
    made = make_letters(db_path)
    made.service.close()
    return made


def _letter(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), "letter", *args)


def test_a_reminder_recorded_with_a_draft(
    letters: Letters, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output, draft = tmp_path / "herinnering.pdf", tmp_path / "herinnering.eml"
    code, out, err = _letter(
        capsys, db_path, "herinnering", "2024-07", "--output", str(output),
        "--date", "1-10-2024", "--record", "--eml", str(draft), "--json",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert data["kind"] == "herinnering" and data["date"] == "2024-10-01"
    assert data["recorded"] is True and data["format"] == "pdf"
    assert "8 dagen verstreken" in " ".join(pdf_text(output).split())
    message = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    shown = json.loads(run(capsys, "--db", str(db_path), "show", "2024-07", "--json")[1])
    assert shown["reminders"] == [
        {"date": "2024-10-01", "kind": "herinnering", "commitment_id": None}
    ]
    assert shown["documents"][0]["kind"] == "council_letter"
    code, out, _ = run(capsys, "--db", str(db_path), "deadlines", "--today", "2024-10-02", "--json")
    [item] = [i for i in json.loads(out) if i["number"] == "2024-07"]
    assert item["reminders"] == [{"date": "2024-10-01", "kind": "herinnering"}]
    assert item["next_step"] == "tweede herinnering sturen vanaf 15 oktober 2024"


def test_an_advice_letter_as_word_with_a_commitment_reminder(
    letters: Letters, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "advies.docx"
    code, out, err = _letter(
        capsys, db_path, "advies", "2024-07", "--output", str(output), "--date", "2024-08-12"
    )
    assert code == 0, err and "Brief geschreven" in out
    assert "Wij doen u 3 aanbevelingen:" in docx_text(output)
    toezegging = tmp_path / "toezegging.docx"
    code, _, err = _letter(
        capsys, db_path, "herinnering", "2024-03", "--output", str(toezegging),
        "--commitment", str(letters.commitment), "--date", "2024-10-01",
    )  # fmt: skip
    assert code == 0, err
    assert "Wij informeren u over de evaluatie." in docx_text(toezegging)


def _bad_template(tmp_path: Path) -> Path:
    from docx import Document

    word = Document()
    word.add_paragraph("{{ advies.onderwrp }}")
    word.save(str(tmp_path / "fout.docx"))
    return tmp_path / "fout.docx"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["herinnering", "2024-07", "--date", "2024-09-23"], "niet te laat"),
        (["advies", "2024-09"], "geen aanbevelingen"),
        (["brief", "2024-07"], "Onbekende soort brief"),
        (["herinnering", "2024-07", "--date", "31-02-2024"], "bestaat niet als datum"),
        (["herinnering", "2024-07", "--template", "TEMPLATE"], "‘advies.onderwrp’"),
        (["herinnering", "2024-07", "--template", "NOT_WORD"], "geen Word-bestand"),
        (["herinnering", "2024-07", "--eml", "concept.txt"], ".eml"),
        (["herinnering", "2024-07", "--commitment", "x"], "--commitment"),
    ],
)
def test_refusals_exit_1_in_dutch_and_write_nothing(
    letters: Letters,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    not_word = tmp_path / "sjabloon.docx"
    not_word.write_text("geen Word")
    args = [
        {"TEMPLATE": str(_bad_template(tmp_path)), "NOT_WORD": str(not_word)}.get(a, a)
        for a in args
    ]
    output = tmp_path / "brief.pdf"
    code, _, err = (
        _letter(capsys, db_path, *args, "--output", str(output), "--record", "--date", "2024-10-01")
        if "--date" not in args
        else _letter(capsys, db_path, *args, "--output", str(output), "--record")
    )
    assert code == 1
    assert message in err and "Traceback" not in err
    assert not output.exists()
    shown = json.loads(run(capsys, "--db", str(db_path), "show", "2024-07", "--json")[1])
    assert shown["reminders"] == [] and shown["documents"] == []


def test_deadlines_as_text_name_the_next_step(
    letters: Letters, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _letter(
        capsys, db_path, "herinnering", "2024-07", "--output", str(tmp_path / "h.docx"),
        "--date", "2024-10-01", "--record",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run(capsys, "--db", str(db_path), "deadlines", "--today", "2024-10-20")
    assert code == 0
    assert "2024-07: Herinnerd op 1 oktober 2024; volgende stap: tweede herinnering sturen" in out
