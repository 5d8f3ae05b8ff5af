"""Each letter in both formats, read back; the council's own template; refusals; the draft."""

from __future__ import annotations

import email
import email.policy
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.reminders import LetterKind
from adviesraad_app.reports.letter import write_letter
from adviesraad_app.services.letters.eml_draft import write_draft
from adviesraad_app.services.letters.fields import LetterRequest, UnknownFieldError
from adviesraad_app.services.letters.writing import default_template
from tests.services.letters.fixture import LATE_DAY, Letters, docx_text, pdf_text


def _flat(text: str) -> str:
    return " ".join(text.split())


def _request(letters: Letters, kind: LetterKind) -> LetterRequest:
    if kind == LetterKind.ONTVANGSTBEVESTIGING:
        return LetterRequest(kind, letters.requested, date(2024, 9, 4))
    if kind == LetterKind.ADVIES:
        return LetterRequest(kind, letters.late, date(2024, 8, 12))
    return LetterRequest(kind, letters.late, LATE_DAY)


# What each letter must say (with the worked example's dates in words).
EXPECTED = {
    LetterKind.ONTVANGSTBEVESTIGING: [
        "Op 2 september 2024 ontvingen wij uw adviesaanvraag over Integrale ketenaanpak",
        "(uw kenmerk UIT - 24100001)",
        "uiterlijk 14 oktober 2024 uit",
        "onder nummer 2024-08",
    ],
    LetterKind.ADVIES: [
        "Hierbij brengen wij ons ongevraagd advies uit over Werk- en Leercentrum.",
        "Het Werk- en Leercentrum moet blijven.",
        "Wij doen u 3 aanbevelingen:",
        "1. Zet het Werk- en Leercentrum voort.",
        "3. Informeer de raad over nieuwe ontwikkelingen.",
        "binnen 6 weken schriftelijk",
        "uiterlijk 23 september 2024",
    ],
    LetterKind.HERINNERING: [
        "Op 12 augustus 2024 brachten wij ons advies 2024-07 over Werk- en Leercentrum uit.",
        "uiterlijk 23 september 2024",
        "Die termijn is 8 dagen verstreken",
        "uiterlijk 15 oktober 2024 te antwoorden",
    ],
    LetterKind.RAADSBERICHT: [
        "Aan de gemeenteraad van Almelo",
        "Die termijn is 8 dagen verstreken",
    ],
}


@pytest.mark.parametrize("kind", list(LetterKind))
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_each_letter_in_both_formats(
    letters: Letters, tmp_path: Path, kind: LetterKind, suffix: str
) -> None:
    target = tmp_path / f"{kind.value}{suffix}"
    written = write_letter(letters.service, _request(letters, kind), target)
    text = _flat(docx_text(target) if suffix == ".docx" else pdf_text(target))
    for expected in EXPECTED[kind]:
        assert expected in text, (expected, text)
    assert "{{" not in text and "{%" not in text
    assert "Adviesraad sociaal domein" in text
    assert written.document is None  # not recorded unless asked
    assert letters.service.dossier(_request(letters, kind).advice_id).documents == []


def test_a_recorded_letter_is_in_the_history_with_its_date(
    letters: Letters, tmp_path: Path
) -> None:
    from adviesraad_app.services.text.present import history_text

    for kind in (LetterKind.ONTVANGSTBEVESTIGING, LetterKind.ADVIES):
        request = _request(letters, kind)
        written = write_letter(letters.service, request, tmp_path / f"{kind}.pdf", record=True)
        assert written.document is not None
        assert written.document.description == written.subject
        assert letters.service.reminders(request.advice_id) == []  # no reminder
    lines = [history_text(h) for h in letters.service.dossier(letters.requested).history]
    assert "Ontvangstbevestiging verstuurd op 4 september 2024" in lines
    lines = [history_text(h) for h in letters.service.dossier(letters.late).history]
    assert "Adviesbrief verstuurd op 12 augustus 2024" in lines


def test_a_letter_pdf_is_tagged_and_passes_pdfua(letters: Letters, tmp_path: Path) -> None:
    pdfua = pytest.importorskip("pdfua")
    for kind in LetterKind:
        target = tmp_path / f"{kind.value}.pdf"
        write_letter(letters.service, _request(letters, kind), target)
        report = pdfua.validate(str(target))
        assert [f.rule_id for f in report.findings] == [], kind


def test_plurals_and_earlier_reminders(letters: Letters, tmp_path: Path) -> None:
    service = letters.service
    one_day = write_letter(
        service,
        LetterRequest(LetterKind.HERINNERING, letters.late, date(2024, 9, 24)),
        tmp_path / "een.docx",
        record=True,
    )
    text = _flat(docx_text(one_day.path))
    assert "Die termijn is 1 dag verstreken" in text
    assert "eerder" not in text
    second = write_letter(
        service,
        LetterRequest(LetterKind.HERINNERING, letters.late, date(2024, 10, 8)),
        tmp_path / "twee.docx",
    )
    text = _flat(docx_text(second.path))
    assert "15 dagen verstreken" in text
    assert "Wij herinnerden u hier eerder aan op 24 september 2024." in text
    council = write_letter(
        service,
        LetterRequest(LetterKind.RAADSBERICHT, letters.late, date(2024, 11, 20)),
        tmp_path / "raad.docx",
    )
    assert "herinnering van 24 september 2024" in _flat(docx_text(council.path))
    service.save_settings(replace(service.settings, reply_term_weeks=1))
    single = service.dossier(letters.bare)
    assert single.advice.recommendations == ()


def test_a_reminder_about_a_commitment(letters: Letters, tmp_path: Path) -> None:
    target = tmp_path / "toezegging.docx"
    write_letter(
        letters.service,
        LetterRequest(LetterKind.HERINNERING, letters.replied, LATE_DAY, letters.commitment),
        target,
        record=True,
    )
    text = _flat(docx_text(target))
    assert "Herinnering: toezegging bij advies 2024-03" in text
    assert "“Wij informeren u over de evaluatie.”" in text
    assert "na te komen uiterlijk 1 september 2024" in text and "30 dagen verstreken" in text
    reminders = letters.service.reminders(letters.replied)
    assert [(r.commitment_id, r.date) for r in reminders] == [(letters.commitment, LATE_DAY)]


def test_a_commitment_reminder_quotes_the_colleges_reference(
    letters: Letters, tmp_path: Path
) -> None:
    """*Uw kenmerk* of a reminder about a commitment is the college's reply (its letter with
    the promise), not the request: the college files the reminder with that letter."""
    service = letters.service
    reply = service.dossier(letters.replied).reply
    assert reply is not None
    service.save_reply(replace(reply, our_reference="UIT-2024-0815"))
    target = tmp_path / "toezegging.docx"
    write_letter(
        service,
        LetterRequest(LetterKind.HERINNERING, letters.replied, LATE_DAY, letters.commitment),
        target,
    )
    assert "Uw kenmerk UIT-2024-0815" in _flat(docx_text(target))


@pytest.mark.parametrize(
    ("kind", "advice", "on", "message"),
    [
        ("herinnering", "late", date(2024, 9, 23), "niet te laat"),
        ("raadsbericht", "late", date(2024, 9, 1), "niet te laat"),
        ("herinnering", "replied", LATE_DAY, "al een reactie"),
        ("advies", "bare", LATE_DAY, "geen aanbevelingen"),
        ("ontvangstbevestiging", "late", LATE_DAY, "niet gevraagd"),
    ],
)
def test_letters_that_do_not_fit_are_refused_and_nothing_is_written(
    letters: Letters, tmp_path: Path, kind: str, advice: str, on: date, message: str
) -> None:
    target = tmp_path / "brief.docx"
    request = LetterRequest(LetterKind(kind), getattr(letters, advice), on)
    with pytest.raises(UserError, match=message):
        write_letter(letters.service, request, target, record=True)
    assert not target.exists()
    assert letters.service.reminders(getattr(letters, advice)) == []


def _own_template(path: Path, *lines: str) -> Path:
    from docx import Document

    word = Document()
    word.add_paragraph("Briefpapier van de Adviesraad Twenterand", style="Title")
    for line in lines:
        word.add_paragraph(line)
    word.save(str(path))
    return path


def test_the_councils_own_template(letters: Letters, tmp_path: Path) -> None:
    template = _own_template(
        tmp_path / "eigen.docx",
        "Kenmerk {{ advies.nummer }}, {{ datum }}",
        "{{ dagen_te_laat }} dagen te laat ({{ dagen_te_laat_tekst }}).",
    )
    service = letters.service
    service.save_settings(replace(service.settings, template_herinnering=str(template)))
    target = tmp_path / "eigen-uit.docx"
    written = write_letter(
        service, LetterRequest(LetterKind.HERINNERING, letters.late, LATE_DAY), target
    )
    assert written.template == template
    text = docx_text(target)
    assert "Briefpapier van de Adviesraad Twenterand" in text
    assert "Kenmerk 2024-07, 1 oktober 2024" in text
    assert "8 dagen te laat (8 dagen)." in text
    pdf = tmp_path / "eigen-uit.pdf"
    write_letter(service, LetterRequest(LetterKind.HERINNERING, letters.late, LATE_DAY), pdf)
    assert "Briefpapier van de Adviesraad Twenterand" in pdf_text(pdf)
    # --template wins over the setting
    ours = tmp_path / "ons.docx"
    write_letter(
        service,
        LetterRequest(LetterKind.HERINNERING, letters.late, LATE_DAY),
        ours,
        template=default_template(LetterKind.HERINNERING),
    )
    assert "Twenterand" not in docx_text(ours)


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("{{ advies.onderwrp }}", "advies.onderwrp"),
        ("{{ handtekening }}", "handtekening"),
        ("{% for a in aanbevelingen %}{{ a.titel }}{% endfor %}", "aanbevelingen.titel"),
    ],
)
def test_an_unknown_field_is_named_and_nothing_is_written(
    letters: Letters, tmp_path: Path, line: str, field: str
) -> None:
    template = _own_template(tmp_path / "fout.docx", "Geacht college,", line)
    target = tmp_path / "brief.pdf"
    request = LetterRequest(LetterKind.ADVIES, letters.late, LATE_DAY)
    with pytest.raises(UnknownFieldError) as caught:
        write_letter(letters.service, request, target, template=template, record=True)
    assert caught.value.field == field
    assert f"‘{field}’" in str(caught.value)
    assert not target.exists()
    assert letters.service.dossier(letters.late).documents == []


def test_a_broken_field_and_a_file_that_is_not_word_are_refused(
    letters: Letters, tmp_path: Path
) -> None:
    request = LetterRequest(LetterKind.ADVIES, letters.late, LATE_DAY)
    broken = _own_template(tmp_path / "kapot.docx", "{{ advies.nummer ")
    with pytest.raises(UserError, match="niet af is of verkeerd geschreven"):
        write_letter(letters.service, request, tmp_path / "a.docx", template=broken)
    fake = tmp_path / "nep.docx"
    fake.write_text("Dit is geen Word-document.")
    text = tmp_path / "brief.txt"
    text.write_text("{{ advies.nummer }}")
    for template in (fake, text):
        with pytest.raises(UserError, match="geen Word-bestand"):
            write_letter(letters.service, request, tmp_path / "b.docx", template=template)
    with pytest.raises(UserError, match=r"\.docx-bestand .* of een \.pdf-bestand"):
        write_letter(letters.service, request, tmp_path / "brief.odt")
    assert not (tmp_path / "a.docx").exists() and not (tmp_path / "b.docx").exists()
    assert not (tmp_path / "brief.odt").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".brief-")]


def test_the_email_draft_parses_back(letters: Letters, tmp_path: Path) -> None:
    service = letters.service
    service.save_settings(replace(service.settings, college_email="college@almelo.nl"))
    written = write_letter(
        service,
        LetterRequest(LetterKind.HERINNERING, letters.late, LATE_DAY),
        tmp_path / "herinnering.pdf",
    )
    draft = write_draft(
        tmp_path / "herinnering.eml", written.subject, written.path, service.settings
    )
    message = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "college@almelo.nl"
    assert message["Subject"] == "Herinnering: reactie op advies 2024-07"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "Geacht college," in body.get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "herinnering.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == written.path.read_bytes()
    with pytest.raises(UserError, match=r"\.eml"):
        write_draft(tmp_path / "x.txt", written.subject, written.path, service.settings)


def test_a_template_is_tried_out_before_it_is_chosen(tmp_path: Path) -> None:
    from adviesraad_app.services.letters.writing import check_template

    for kind in LetterKind:
        check_template(default_template(kind))  # ours use only fields that exist
    bad = _own_template(tmp_path / "fout.docx", "{{ toezegging.datum }}")
    with pytest.raises(UnknownFieldError, match=r"‘toezegging\.datum’"):
        check_template(bad)
    loop = _own_template(
        tmp_path / "lus.docx", "{% for h in herinneringen %}{{ h.nummer }}{% endfor %}"
    )
    with pytest.raises(UnknownFieldError, match=r"‘herinneringen\.nummer’"):
        check_template(loop)


def test_every_field_is_documented_in_one_table_and_the_manual() -> None:
    from adviesraad_app.services.letters.fields import FIELDS

    root = Path(__file__).resolve().parents[3]
    for doc in (root / "docs" / "LETTERS.md", root / "resources" / "manual" / "brieven.md"):
        text = doc.read_text(encoding="utf-8")
        assert [f for f in FIELDS if f"`{f}`" not in text] == [], doc.name


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_text_with_ampersands_brackets_and_braces_stays_text(
    letters: Letters, tmp_path: Path, suffix: str
) -> None:
    service = letters.service
    advice = service.get_advice(letters.late)
    service.update_advice(
        replace(advice, title="Zorg & Welzijn <2024> {{ x }}", summary="Eén.\nTwee & drie.")
    )
    target = tmp_path / f"advies{suffix}"
    write_letter(service, LetterRequest(LetterKind.ADVIES, letters.late, LATE_DAY), target)
    text = _flat(docx_text(target) if suffix == ".docx" else pdf_text(target))
    assert "over Zorg & Welzijn <2024> {{ x }}." in text
    assert "Twee & drie." in text
