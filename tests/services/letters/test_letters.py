"""Importing a letter: what the secretary sees and what ends up in the register."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.documents import DocumentKind
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.letter_fields import LetterType
from adviesraad_app.domain.letters import parse_letter
from adviesraad_app.services.letters.model import LetterReadError
from adviesraad_app.services.letters.reading import (
    LetterNotApplied,
    analyse_letter,
    apply_letter,
    read_letter,
    reply_draft,
    save_reply_from_letter,
)
from adviesraad_app.services.register import RegisterService
from tests.support.letters import (
    RAADSBRIEVEN,
    REQUEST_LINES,
    SEED_REPLY,
    reply_text,
    write_docx,
    write_pdf,
    write_txt,
)
from tests.support.register import CliRunner, table_snapshot

CONTRACT_KEYS = {
    "letter_type",
    "date",
    "your_letter_date",
    "your_reference",
    "our_reference",
    "case_number",
    "handled_by",
    "subject",
    "advice_kind",
    "requested_deadline",
    "commitments",
    "match",
}


# ---------------------------------------------------------------------- the seed letter


def test_seed_reply_header_fields_commitment_and_match(
    seeds: Path, service: RegisterService, werk_advice: Advice, cli: CliRunner
) -> None:
    code, out, err = cli("import-letter", str(seeds / SEED_REPLY), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data.keys() >= CONTRACT_KEYS
    assert data["letter_type"] == "reply"
    assert data["date"] == "2024-11-05"
    assert data["your_letter_date"] == "2024-08-12"
    assert data["your_reference"] is None
    assert data["our_reference"] == "UIT - 24117125"
    assert data["case_number"] == "DCS - 2490169"
    assert data["handled_by"] == "M. van Brink"
    assert data["subject"] == "Reactie op ongevraagd advies Werk- en Leercentrum"
    assert data["advice_kind"] == "ongevraagd"
    assert data["requested_deadline"] is None
    assert len(data["commitments"]) == 1
    assert data["commitments"][0].startswith("Afgesproken is dat de gemeente")
    assert "Dimence" in data["commitments"][0]
    assert data["match"]["advice_id"] == werk_advice.id
    assert data["match"]["confidence"] >= 0.6
    assert data["match"]["unambiguous"] is True
    # the other advice sent on 12-08-2024 is offered, but well below
    assert all(a["confidence"] < data["match"]["confidence"] - 0.15 for a in data["alternatives"])
    # analysing saved nothing
    assert service.dossier(werk_advice.id or 0).reply is None


def test_seed_reply_apply_saves_reply_commitment_and_letter(
    seeds: Path, service: RegisterService, werk_advice: Advice, cli: CliRunner
) -> None:
    code, out, err = cli("import-letter", str(seeds / SEED_REPLY), "--apply")
    assert code == 0, err
    assert "43 dagen te laat" in out
    dossier = service.dossier(werk_advice.id or 0)
    assert dossier.reply is not None
    assert dossier.reply.date == date(2024, 11, 5)
    assert dossier.reply.our_reference == "UIT - 24117125"
    assert dossier.reply.case_number == "DCS - 2490169"
    assert dossier.reply.handled_by == "M. van Brink"
    assert dossier.reply.signatories == "J.H. Dijkstra, R.T.A. Korteland"
    assert dossier.reply_days_late == 43
    assert [c.text[:28] for c in dossier.commitments] == ["Afgesproken is dat de gemeen"]
    assert [(d.kind, d.original_name) for d in dossier.documents] == [
        (DocumentKind.REPLY, SEED_REPLY)
    ]
    stored = service.document_path(dossier.documents[0])
    assert stored.read_bytes() == (seeds / SEED_REPLY).read_bytes()
    # the dossier as the user reads it
    code, out, _ = cli("show", str(werk_advice.number))
    assert code == 0 and "43" in out


def test_apply_refused_when_the_advice_already_has_a_reply(
    seeds: Path, demo_service: RegisterService, cli: CliRunner
) -> None:
    before = table_snapshot(demo_service)
    code, out, err = cli("import-letter", str(seeds / SEED_REPLY), "--apply", "--json")
    assert code == 1
    data = json.loads(out)
    assert data["match"]["has_reply"] is True
    assert data["applied"] is None
    assert "heeft al een reactie" in err and "niets opgeslagen" in err
    assert table_snapshot(demo_service) == before


@pytest.mark.parametrize("name", RAADSBRIEVEN)
def test_raadsbrieven_are_reported_as_without_header(
    seeds: Path, name: str, service: RegisterService, cli: CliRunner
) -> None:
    code, out, _ = cli("import-letter", str(seeds / name), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["letter_type"] == "other"
    assert data["has_header"] is False
    for key in CONTRACT_KEYS - {"letter_type", "commitments"}:
        assert data[key] is None, key
    assert data["commitments"] == []
    assert "Geen briefhoofd herkend" in data["warnings"][0]
    code, _, err = cli("import-letter", str(seeds / name), "--apply")
    assert code == 1 and "geen briefhoofd" in err
    assert service.count() == 0


# ---------------------------------------------------------------------- our own letters


@pytest.mark.parametrize("kind", ["pdf", "docx", "txt-cp1252", "txt-utf8"])
def test_reply_letters_in_every_format(
    tmp_path: Path, kind: str, service: RegisterService, werk_advice: Advice
) -> None:
    if kind == "pdf":
        path = write_pdf(tmp_path / "reactie.pdf")
    elif kind == "docx":
        path = write_docx(tmp_path / "reactie.docx")
    else:
        encoding = "cp1252" if kind == "txt-cp1252" else "utf-8"
        path = write_txt(tmp_path / "reactie.txt", reply_text(), encoding)
    analysis = analyse_letter(service, path)
    f = analysis.fields
    assert f.letter_type == LetterType.REPLY
    assert (f.date, f.your_letter_date) == (date(2024, 11, 5), date(2024, 8, 12))
    assert f.our_reference == "UIT - 24117125"
    assert f.case_number == "DCS - 2490169"
    assert f.handled_by == "M. van Brink"
    assert f.your_reference is None  # the empty cell stays empty
    assert f.subject == "Reactie op ongevraagd advies Werk- en Leercentrum"
    texts = [c.text for c in f.commitments]
    assert len(texts) == 3, texts
    assert texts[0].startswith("Wij zeggen u toe")
    assert texts[1].startswith("Wij zullen u uiterlijk 1 maart 2025 informeren")
    assert f.commitments[1].due_date == date(2025, 3, 1)
    assert any("geïnformeerd" in t for t in texts)  # accents survive every format
    assert analysis.match is not None and analysis.match.advice_id == werk_advice.id
    assert analysis.unambiguous


def test_cp1252_text_is_decoded_as_windows_text(tmp_path: Path) -> None:
    path = write_txt(tmp_path / "brief.txt", reply_text(), "cp1252")
    letter = read_letter(path)
    assert letter.encoding == "cp1252"
    assert "geïnformeerd" in letter.text


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_request_letter_creates_a_solicited_advice(
    tmp_path: Path, fmt: str, service: RegisterService, cli: CliRunner
) -> None:
    if fmt == "txt":
        path = write_txt(tmp_path / "aanvraag.txt", "\n".join(REQUEST_LINES), "cp1252")
    elif fmt == "docx":
        path = write_docx(tmp_path / "aanvraag.docx", request=True)
    else:
        path = write_pdf(tmp_path / "aanvraag.pdf", request=True)
    code, out, err = cli("import-letter", str(path), "--json", "--apply")
    assert code == 0, err
    data = json.loads(out)
    assert data["letter_type"] == "request"
    assert data["date"] == "2024-12-02"
    assert data["our_reference"] == "UIT-24130077"
    assert data["handled_by"] == "L. Brinkman"
    assert data["subject"] == "Adviesaanvraag Verordening jeugdhulp 2025"
    assert data["requested_deadline"] == "2025-01-15"
    assert data["advice_kind"] is None and data["commitments"] == []
    assert data["match"] is None
    applied = data["applied"]
    assert applied["created_advice"] is True
    dossier = service.dossier(applied["advice_id"])
    advice = dossier.advice
    assert advice.kind == AdviceKind.GEVRAAGD
    assert advice.title == "Verordening jeugdhulp 2025"
    assert advice.request_received == date(2024, 12, 2)
    assert advice.requested_deadline == date(2025, 1, 15)
    assert advice.request_reference == "UIT-24130077"
    assert dossier.advice_term is not None and dossier.advice_term.due == date(2025, 1, 15)
    assert [d.kind for d in dossier.documents] == [DocumentKind.REQUEST]
    # the same request again is recognised, not registered twice
    code, out, err = cli("import-letter", str(path), "--json", "--apply")
    assert code == 1 and "staat al in het register" in err
    assert json.loads(out)["match"]["advice_id"] == applied["advice_id"]
    assert service.count() == 1


def test_label_value_layout_with_verzonden_and_date_without_year() -> None:
    text = "\n".join(
        [
            "Gemeente Wierden",
            "Uw brief van: 3-9-2024",
            "Uw kenmerk: ASD 2024-031",
            "Ons kenmerk: WIE/2024/1234    Zaaknummer: Z-2024-88",
            "Verzonden: 14 okt. 2024",
            "Contactpersoon: mevrouw A. de Vries",
            "Onderwerp: **Reactie op uw gevraagd advies over beschermd wonen**",
            "",
            "Geachte leden van de adviesraad,",
            "",
            "Wij komen hier voor 1 december op terug. Wij houden u op de hoogte van de",
            "uitvoering.",
            "",
            "Met vriendelijke groet,",
        ]
    )
    fields = parse_letter(text)
    assert fields.letter_type == LetterType.REPLY
    assert fields.your_letter_date == date(2024, 9, 3)
    assert fields.your_reference == "ASD 2024-031"
    assert fields.our_reference == "WIE/2024/1234"
    assert fields.case_number == "Z-2024-88"
    assert fields.date == date(2024, 10, 14)
    assert fields.handled_by == "mevrouw A. de Vries"
    assert fields.subject == "Reactie op uw gevraagd advies over beschermd wonen"
    assert fields.advice_kind == AdviceKind.GEVRAAGD
    assert [c.due_date for c in fields.commitments] == [date(2024, 12, 1), None]
    assert fields.commitments[1].text.endswith("van de uitvoering.")


def test_header_label_over_value_with_wide_gaps_as_pdf_layout_text() -> None:
    text = "\n".join(
        [
            "Uw brief          Uw kenmerk       Ons kenmerk        Datum",
            "12-8-2024                          UIT - 1            5-11-2024",
            "Betreft           Reactie op ongevraagd advies Werk- en Leercentrum",
            "Geachte raad,",
            "Tekst.",
        ]
    )
    fields = parse_letter(text)
    assert fields.your_letter_date == date(2024, 8, 12)
    assert fields.your_reference is None
    assert fields.our_reference == "UIT - 1"
    assert fields.date == date(2024, 11, 5)
    assert fields.subject == "Reactie op ongevraagd advies Werk- en Leercentrum"


def test_letter_with_header_but_neither_reply_nor_request_is_other() -> None:
    fields = parse_letter(
        "Datum: 1 februari 2025\nOns kenmerk: X-1\nOnderwerp: Uitnodiging nieuwjaarsreceptie\n"
        "Geachte leden,\nGraag nodigen wij u uit voor de receptie.\n"
    )
    assert fields.has_header and fields.letter_type == LetterType.OTHER
    assert fields.date == date(2025, 2, 1)
    assert any("geen herkenbare reactie" in w for w in fields.warnings)


def test_unreadable_header_date_is_a_warning_not_a_guess() -> None:
    fields = parse_letter("Datum: binnenkort\nOns kenmerk: K-9\nOnderwerp: Reactie op uw advies\n")
    assert fields.date is None
    assert any("‘binnenkort’ bij Datum is geen datum" in w for w in fields.warnings)


# ---------------------------------------------------------------------- matching and applying


def test_ambiguous_match_is_not_applied(
    tmp_path: Path, service: RegisterService, cli: CliRunner
) -> None:
    for title in ("Werk- en Leercentrum Almelo", "Werk- en Leercentrum Wierden"):
        service.create_advice(
            Advice(kind=AdviceKind.ONGEVRAAGD, title=title, sent_date=date(2024, 8, 12))
        )
    path = write_txt(tmp_path / "reactie.txt", reply_text())
    before = table_snapshot(service)
    code, out, err = cli("import-letter", str(path), "--apply", "--json")
    assert code == 1
    assert "Niet eenduidig" in err
    data = json.loads(out)
    assert data["match"]["unambiguous"] is False and len(data["alternatives"]) == 1
    assert table_snapshot(service) == before
    # the certainty as a percentage, as the output without --apply shows it
    percent = f"{data['match']['confidence']:.0%}"
    assert f"(zekerheid {percent})" in err and not re.search(r"zekerheid [01]\.\d", err)
    assert data["not_applied_reason"] in err


def test_a_match_not_sure_enough_gives_its_certainty_as_a_percentage(
    tmp_path: Path, service: RegisterService
) -> None:
    from adviesraad_app.services.letters.reading import refusal

    service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD, title="Werk- en Leercentrum", sent_date=date(2024, 8, 12)
        )
    )
    analysis = analyse_letter(service, write_txt(tmp_path / "reactie.txt", reply_text()))
    assert analysis.match is not None
    unsure = replace(
        analysis,
        candidates=(replace(analysis.match, confidence=0.5),),
        unambiguous=False,
    )
    message = refusal(unsure, service)
    assert message is not None and "niet zeker genoeg (zekerheid 50%)" in message


def test_no_matching_advice_is_reported(
    tmp_path: Path, service: RegisterService, cli: CliRunner
) -> None:
    service.create_advice(
        Advice(kind=AdviceKind.GEVRAAGD, title="Armoedebeleid", sent_date=date(2023, 1, 9))
    )
    path = write_txt(tmp_path / "reactie.txt", reply_text())
    code, out, err = cli("import-letter", str(path), "--apply", "--json")
    assert code == 1 and "Er is geen advies gevonden" in err
    assert json.loads(out)["match"] is None
    assert service.dossier(1).reply is None


def test_reference_alone_identifies_the_advice(tmp_path: Path, service: RegisterService) -> None:
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Iets heel anders",
            sent_date=date(2024, 8, 10),
            reference="ASD 2024-031",
        )
    )
    text = reply_text().replace("12 augustus 2024\t\t", "12 augustus 2024\tASD-2024-031\t")
    analysis = analyse_letter(service, write_txt(tmp_path / "r.txt", text))
    assert analysis.fields.your_reference == "ASD-2024-031"
    assert analysis.match is not None and analysis.match.advice_id == advice.id
    assert analysis.unambiguous


def test_gui_flow_draft_corrected_then_saved(
    tmp_path: Path, service: RegisterService, werk_advice: Advice
) -> None:
    """What the dialog does: analyse, let the user pick and correct, then save."""
    path = write_docx(tmp_path / "reactie.docx")
    analysis = analyse_letter(service, path)
    assert werk_advice.id is not None
    draft = reply_draft(analysis, werk_advice.id)
    corrected = replace(draft, summary="Het college neemt het advies over.")
    saved = save_reply_from_letter(service, corrected, analysis.fields.commitments[:1], path)
    dossier = service.dossier(werk_advice.id)
    assert (
        dossier.reply is not None and dossier.reply.summary == "Het college neemt het advies over."
    )
    assert len(dossier.commitments) == 1 and saved.commitment_ids == (dossier.commitments[0].id,)
    assert dossier.documents[0].original_name == "reactie.docx"


def test_failure_while_saving_leaves_the_register_unchanged(
    tmp_path: Path,
    service: RegisterService,
    werk_advice: Advice,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_txt(tmp_path / "reactie.txt", reply_text())
    analysis = analyse_letter(service, path)
    before = table_snapshot(service)

    def broken(*args: object, **kwargs: object) -> None:
        raise LetterNotApplied("schijf kapot")

    monkeypatch.setattr(service, "add_document", broken)
    with pytest.raises(LetterNotApplied):
        apply_letter(service, analysis)
    assert table_snapshot(service) == before


# ---------------------------------------------------------------------- bad files


def _encrypted_pdf(tmp_path: Path) -> Path:
    from pypdf import PdfWriter

    plain = write_pdf(tmp_path / "plain.pdf")
    writer = PdfWriter(clone_from=str(plain))
    writer.encrypt(user_password="geheim", algorithm="RC4-128")
    target = tmp_path / "beveiligd.pdf"
    with target.open("wb") as handle:
        writer.write(handle)
    return target


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_encrypted_pdf, "wachtwoord"),
        (lambda p: write_pdf(p / "scan.pdf", image_only=True), "geen tekst"),
        (lambda p: write_txt(p / "leeg.pdf", ""), "leeg"),
        (lambda p: write_txt(p / "kapot.pdf", "%PDF-1.4\n1 0 obj <<\n garbage"), "beschadigd"),
        (lambda p: write_txt(p / "tekst.pdf", "gewone tekst"), "geen PDF-bestand"),
        (lambda p: write_pdf(p / "brief.docx"), "PDF-bestand"),
        (lambda p: write_txt(p / "oud.docx", "\xd0\xcf\x11\xe0 oud", "latin-1"), ".doc"),
        (lambda p: write_txt(p / "kapot.docx", "PK\x03\x04 niet echt", "latin-1"), "beschadigd"),
        (lambda p: write_txt(p / "binair.txt", "a\x00b\x00c"), "geen tekstbestand"),
        (lambda p: write_txt(p / "leeg.txt", "   \n"), "geen tekst"),
        (lambda p: write_txt(p / "brief.odt", "tekst"), "bestandstype (.odt)"),
        (lambda p: p / "bestaat-niet.txt", "bestaat niet"),
    ],
)
def test_bad_letter_files_get_a_dutch_message_naming_the_file(
    tmp_path: Path, make: object, expected: str, service: RegisterService, cli: CliRunner
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(LetterReadError) as info:
        read_letter(path)
    assert path.name in str(info.value) and expected in str(info.value)
    before = table_snapshot(service)
    code, _out, err = cli("import-letter", str(path), "--apply")
    assert code == 1 and path.name in err and "Traceback" not in err
    assert table_snapshot(service) == before


def test_huge_letter_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from adviesraad_app.services.letters import files as letters

    monkeypatch.setattr(letters, "MAX_LETTER_BYTES", 1000)
    path = write_txt(tmp_path / "groot.txt", "x" * 2000)
    with pytest.raises(LetterReadError, match="te groot"):
        read_letter(path)


def test_docx_header_in_the_page_header_is_read(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = "Ons kenmerk: HDR-1\tDatum: 3 maart 2025"
    document.add_paragraph("Onderwerp: Reactie op ongevraagd advies mantelzorg")
    document.add_paragraph("Geachte leden,")
    document.add_paragraph("Wij zullen u informeren.")
    path = tmp_path / "kop.docx"
    document.save(str(path))
    fields = parse_letter(read_letter(path).text)
    assert fields.our_reference == "HDR-1"
    assert fields.date == date(2025, 3, 3)
    assert fields.letter_type == LetterType.REPLY


def test_a_damaged_pdf_gives_only_our_dutch_message(
    tmp_path: Path, db_path: Path, service: RegisterService
) -> None:
    """pypdf's own English warnings ("EOF marker not found") stay off stderr. A real process:
    under pytest a log handler would catch them anyway."""
    data = write_pdf(tmp_path / "goed.pdf").read_bytes()
    truncated = tmp_path / "afgebroken.pdf"
    truncated.write_bytes(data[: len(data) // 2])
    no_eof = tmp_path / "zonder-eind.pdf"
    no_eof.write_bytes(data.replace(b"%%EOF", b""))
    for path in (truncated, no_eof):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "adviesraad_app",
                "--db",
                str(db_path),
                "import-letter",
                str(path),
            ],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
        assert result.returncode == 1
        err = result.stderr
        assert "beschadigd" in err and path.name in err, err
        assert "EOF" not in err and "startxref" not in err and "CAUTION" not in err, err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"%PDF-1.4", "houdt halverwege op"),  # truncated right after the header
        (b"%PDF-1.4\n1 0 obj <<\n garbage", "houdt halverwege op"),
        (b"%PDF-1.4\n" + b"x" * 2000 + b"\n%%EOF\n", "opbouw van het bestand klopt niet"),
        ({"word/document.xml": "<w:document"}, "ontbreekt een onderdeel"),
        (
            {"[Content_Types].xml": "<Types", "word/document.xml": "<w:document"},
            "tekst in het document is beschadigd",
        ),
    ],
)
def test_a_damaged_file_is_described_in_dutch_without_class_names(
    tmp_path: Path,
    content: bytes | dict[str, str],
    expected: str,
    service: RegisterService,
    cli: CliRunner,
) -> None:
    import zipfile

    if isinstance(content, dict):  # a zip that looks like a Word document
        path = tmp_path / "kapot.docx"
        with zipfile.ZipFile(path, "w") as archive:
            for name, text in content.items():
                archive.writestr(name, text)
    else:
        path = tmp_path / "kapot.pdf"
        path.write_bytes(content)
    with pytest.raises(LetterReadError) as info:
        read_letter(path)
    message = str(info.value)
    assert "beschadigd of onleesbaar: " in message and expected in message, message
    # no Python or library names: PdfStreamError, BadZipFile, KeyError, ...
    assert not re.search(r"[a-z][A-Z]|Error|Exception|\(\w+\)", message), message
    code, _out, err = cli("import-letter", str(path))
    assert code == 1 and expected in err and "Error" not in err, err


def test_quiet_library_hides_warnings_and_log_records_then_restores() -> None:
    import logging
    import warnings

    from adviesraad_app.services.io_files import quiet_library

    logger = logging.getLogger("pypdf._reader")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with quiet_library("pypdf"):
            assert not logger.isEnabledFor(logging.ERROR)
            warnings.warn("Workbook contains no default style", UserWarning, stacklevel=1)
        assert caught == []
    assert logger.isEnabledFor(logging.WARNING)


def test_json_failures_answer_on_stdout_too(
    tmp_path: Path, seeds: Path, service: RegisterService, cli: CliRunner, db_path: Path
) -> None:
    # an unreadable letter: no result, so only ok/error
    missing = tmp_path / "bestaat-niet.pdf"
    code, out, err = cli("import-letter", str(missing), "--json")
    assert code == 1
    data = json.loads(out)
    assert data == {"ok": False, "error": data["error"]}
    assert "bestaat-niet.pdf" in data["error"] and data["error"] in err
    broken = write_txt(tmp_path / "kapot.docx", "PK\x03\x04 niet echt", "latin-1")
    code, out, _ = cli("import-letter", str(broken), "--json", "--apply")
    assert code == 1 and json.loads(out)["ok"] is False
    # a register that does not exist
    code, out, err = cli(
        "--db", str(tmp_path / "geen.sqlite3"), "import-letter", str(missing), "--json"
    )
    assert code == 1 and json.loads(out)["ok"] is False and "Traceback" not in err
    assert "geen.sqlite3" in json.loads(out)["error"]
    # a result: the existing fields, plus ok/error
    code, out, _ = cli("import-letter", str(seeds / SEED_REPLY), "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"] is True and data["error"] is None
    assert data.keys() >= CONTRACT_KEYS
    # a refusal that has a result: both
    code, out, err = cli("import-letter", str(seeds / RAADSBRIEVEN[0]), "--json", "--apply")
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    assert data["error"] == data["not_applied_reason"] and data["error"] in err
    assert data["letter_type"] == "other"
    assert out.count("{\n") == 1  # one JSON document, not two


# ---------------------------------------------------------------------- one letter, one advice


def test_the_same_letter_cannot_answer_a_second_advice(
    seeds: Path, service: RegisterService, werk_advice: Advice, cli: CliRunner
) -> None:
    other = service.register()[-1]  # "Inkoop jeugdhulp 2025", sent the same day
    assert other.id != werk_advice.id
    from adviesraad_app.domain.replies import Reply

    service.save_reply(
        Reply(advice_id=other.id, date=date(2024, 11, 5), our_reference="UIT-24117125")
    )
    before = table_snapshot(service)
    code, out, err = cli("import-letter", str(seeds / SEED_REPLY), "--json")
    assert code == 0, err
    assert json.loads(out)["duplicate_of"] == other.number
    assert any(f"al de reactie op advies {other.number}" in w for w in json.loads(out)["warnings"])
    code, out, err = cli("import-letter", str(seeds / SEED_REPLY), "--apply")
    assert code == 1
    assert f"al de reactie op advies {other.number}" in err and "niets opgeslagen" in err
    assert table_snapshot(service) == before
    # The same rule holds when the reply is typed in: same Zaaknummer and date.
    from adviesraad_app.domain.errors import UserError

    existing = service.dossier(other.id).reply
    assert existing is not None
    service.save_reply(replace(existing, case_number="DCS - 2490169"))
    with pytest.raises(UserError) as info:
        service.save_reply(
            Reply(advice_id=werk_advice.id or 0, date=date(2024, 11, 5), case_number="dcs-2490169")
        )
    assert f"al de reactie op advies {other.number}" in str(info.value)
    # Another date with the same Zaaknummer is another letter.
    service.save_reply(
        Reply(advice_id=werk_advice.id or 0, date=date(2024, 11, 6), case_number="DCS - 2490169")
    )


def test_seed_letter_on_the_advice_that_has_it_is_no_duplicate_of_another(
    seeds: Path, demo_service: RegisterService, cli: CliRunner
) -> None:
    code, out, _ = cli("import-letter", str(seeds / SEED_REPLY), "--json")
    data = json.loads(out)
    assert code == 0 and data["duplicate_of"] == data["match"]["number"]
