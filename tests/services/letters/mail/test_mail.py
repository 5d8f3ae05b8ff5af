"""Letters that arrive by e-mail (.eml, .msg): what import-letter reads, shows and saves."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.documents import DocumentKind
from adviesraad_app.services.letters.mail import MailReadError, read_mail_letter
from adviesraad_app.services.letters.reading import analyse_letter
from adviesraad_app.services.register import RegisterService
from tests.support.letters import write_docx
from tests.support.mails import (
    FROM,
    TO,
    attach_pdf,
    body_mail,
    html_mail,
    mail,
    outlook_sample,
    write_mail,
)
from tests.support.register import CliRunner, table_snapshot

SENT = datetime(2024, 11, 6, 9, 15, tzinfo=timezone(timedelta(hours=1)))  # mail_helpers.DATE


def test_eml_with_pdf_attachment_json_contract(
    tmp_path: Path, service: RegisterService, werk_advice: Advice, cli: CliRunner
) -> None:
    message = mail()
    message.set_content("Geachte secretaris,\n\nBijgaand onze reactie.\n")
    data = attach_pdf(message, tmp_path)
    path = write_mail(tmp_path / "reactie.eml", message)
    code, out, err = cli("import-letter", str(path), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["email"] == {
        "from": FROM,
        "to": TO,
        "date": "2024-11-06T09:15:00+01:00",
        "subject": "Reactie op ongevraagd advies Werk- en Leercentrum",
    }
    assert result["attachments"] == [{"name": "reactie.pdf", "size": len(data), "used": True}]
    assert result["letter_type"] == "reply"
    assert result["our_reference"] == "UIT - 24117125"
    assert result["match"]["advice_id"] == werk_advice.id


def test_pdf_letter_has_null_email_keys(
    tmp_path: Path, service: RegisterService, cli: CliRunner
) -> None:
    from tests.support.letters import write_pdf

    code, out, err = cli("import-letter", str(write_pdf(tmp_path / "brief.pdf")), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["email"] is None and result["attachments"] is None


def test_apply_stores_letter_and_original_mail(
    tmp_path: Path, service: RegisterService, werk_advice: Advice, cli: CliRunner
) -> None:
    message = mail()
    message.set_content("Zie bijlage.")
    data = attach_pdf(message, tmp_path)
    path = write_mail(tmp_path / "reactie.eml", message)
    code, _out, err = cli("import-letter", str(path), "--apply")
    assert code == 0, err
    dossier = service.dossier(werk_advice.id or 0)
    assert dossier.reply is not None and dossier.reply.our_reference == "UIT - 24117125"
    kinds = {d.original_name: d.kind for d in dossier.documents}
    assert kinds == {"reactie.pdf": DocumentKind.REPLY, "reactie.eml": DocumentKind.OTHER}
    stored = {d.original_name: service.document_path(d).read_bytes() for d in dossier.documents}
    assert stored["reactie.pdf"] == data
    assert stored["reactie.eml"] == path.read_bytes()


def test_body_only_mail_is_the_letter(
    tmp_path: Path, service: RegisterService, werk_advice: Advice, cli: CliRunner
) -> None:
    path = write_mail(tmp_path / "reactie.eml", body_mail())
    code, out, err = cli("import-letter", str(path), "--apply", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["attachments"] == []
    assert result["our_reference"] == "UIT - 24117125"
    names = sorted(d.original_name for d in service.dossier(werk_advice.id or 0).documents)
    assert names == ["Reactie op ongevraagd advies Werk- en Leercentrum.txt", "reactie.eml"]


def test_html_body_is_turned_into_text(tmp_path: Path, service: RegisterService) -> None:
    analysis = analyse_letter(service, write_mail(tmp_path / "html.eml", html_mail()))
    assert analysis.fields.our_reference == "UIT - 24117125"
    assert analysis.fields.handled_by == "M. van Brink"
    assert "alert" not in analysis.source.text and "color" not in analysis.source.text


def test_several_attachments_the_letter_is_chosen_the_others_listed(
    tmp_path: Path, service: RegisterService
) -> None:
    message = mail()
    message.set_content("Zie bijlagen.")
    message.add_attachment(
        b"Bijlage 1: tabel met cijfers\n1\t2\t3\n",
        maintype="text",
        subtype="plain",
        filename="cijfers.txt",
    )
    message.add_attachment(
        b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png", filename="logo.png"
    )
    docx = write_docx(tmp_path / "brief.docx").read_bytes()
    message.add_attachment(
        docx,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="Reactie college.docx",
    )
    analysis = analyse_letter(service, write_mail(tmp_path / "m.eml", message))
    assert analysis.mail is not None
    assert [(a.name, a.used) for a in analysis.mail.attachments] == [
        ("cijfers.txt", False),
        ("logo.png", False),
        ("Reactie college.docx", True),
    ]
    assert analysis.fields.our_reference == "UIT - 24117125"


def test_forwarded_mail_with_the_letter_inside(tmp_path: Path, service: RegisterService) -> None:
    inner = mail()
    inner.set_content("Bijgaand de reactie.")
    attach_pdf(inner, tmp_path)
    outer = mail("Fwd: Reactie op ongevraagd advies Werk- en Leercentrum")
    outer.replace_header("From", "Griffie <griffie@almelo.nl>")
    outer.set_content("Ter info doorgestuurd.")
    outer.add_attachment(inner)
    analysis = analyse_letter(service, write_mail(tmp_path / "fwd.eml", outer))
    assert analysis.mail is not None
    assert analysis.mail.facts.sender == "Griffie <griffie@almelo.nl>"
    assert [a.used for a in analysis.mail.attachments] == [True]
    assert analysis.fields.our_reference == "UIT - 24117125"


def test_broken_charset_is_read_as_windows_text(tmp_path: Path, service: RegisterService) -> None:
    raw = (
        "From: Gemeente <a@b.nl>\r\nSubject: Reactie\r\nDate: Wed, 06 Nov 2024 09:15:00 +0100\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=x-onbekend\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\nWij zijn verheugd over het advies, "
        "geïnformeerd door de raad.\r\n"
    ).encode("cp1252")
    path = tmp_path / "charset.eml"
    path.write_bytes(raw)
    analysis = analyse_letter(service, path)
    assert "geïnformeerd" in analysis.source.text


def _hostile(kind: str) -> bytes:
    head = (
        b"From: x@y.nl\r\nSubject: s\r\nDate: Wed, 06 Nov 2024 09:15:00 +0100\r\n"
        b"MIME-Version: 1.0\r\n"
    )
    if kind == "deep":
        parts = [head]
        for i in range(60):
            parts.append(
                f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode()
            )
        parts.append(b"Content-Type: text/plain\r\n\r\nx\r\n")
        parts += [f"--b{i}--\r\n".encode() for i in reversed(range(60))]
        return b"".join(parts)
    if kind == "many":
        body = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(5000))
        return head + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + body + b"--b--\r\n"
    if kind == "parts":
        body = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(300))
        return head + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + body + b"--b--\r\n"
    if kind == "not-mail":
        return b"\x00\x01 dit is geen mail"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["deep", "many", "parts", "not-mail"])
def test_hostile_mail_gets_a_dutch_message_and_saves_nothing(
    kind: str, tmp_path: Path, service: RegisterService, werk_advice: Advice, cli: CliRunner
) -> None:
    path = tmp_path / f"{kind}.eml"
    path.write_bytes(_hostile(kind))
    before = table_snapshot(service)
    code, _out, err = cli("import-letter", str(path), "--apply")
    assert code == 1
    assert f"{kind}.eml:" in err and "Er is niets opgeslagen." in err
    assert "Traceback" not in err and "Error" not in err
    assert table_snapshot(service) == before


def test_base64_bomb_is_bounded_by_the_decoded_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviesraad_app.services.letters.mail import model

    monkeypatch.setattr(model, "MAX_DECODED_BYTES", 1024 * 1024)  # where the budget is kept
    message = mail()
    message.set_content("x")
    message.add_attachment(
        bytes(3 * 1024 * 1024), maintype="application", subtype="pdf", filename="a.pdf"
    )
    path = write_mail(tmp_path / "bom.eml", message)
    assert b"AAAA" in path.read_bytes()  # base64, as it travels
    with pytest.raises(MailReadError, match="uitgepakt te groot"):
        read_mail_letter(path)
    assert base64  # the encoding the budget counts after


def test_mail_without_text_or_letter_attachment(tmp_path: Path) -> None:
    message = mail()
    message.add_attachment(
        b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png", filename="logo.png"
    )
    with pytest.raises(MailReadError, match="geen tekst en geen bijlage"):
        read_mail_letter(write_mail(tmp_path / "leeg.eml", message))


def test_a_text_file_named_msg_is_refused_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "bericht.msg"
    path.write_text("Dit is gewoon tekst, geen bericht.")
    with pytest.raises(MailReadError, match="geen Outlook-bericht"):
        read_mail_letter(path)


def test_real_outlook_msg_sample(tmp_path: Path, service: RegisterService, cli: CliRunner) -> None:
    """strangeDate.msg from extract-msg's own test files (GPL-3.0; not kept here)."""
    code, out, err = cli("import-letter", str(outlook_sample("strangeDate.msg")), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["email"]["subject"] == "MSG Test File"
    assert result["email"]["to"] == "time2talk@online-convert.com <time2talk@online-convert.com>"
    assert result["attachments"] == []
    assert result["has_header"] is False  # a sample, not a letter of the college


def test_damaged_msg_gets_a_dutch_message(tmp_path: Path) -> None:
    path = tmp_path / "kapot.msg"
    path.write_bytes((outlook_sample("strangeDate.msg")).read_bytes()[:4096])
    with pytest.raises(MailReadError, match="geen leesbaar Outlook-bericht"):
        read_mail_letter(path)


def test_cli_text_shows_the_mail_and_its_attachments(
    tmp_path: Path, service: RegisterService, werk_advice: Advice, cli: CliRunner
) -> None:
    message = mail()
    message.set_content("Zie bijlage.")
    attach_pdf(message, tmp_path)
    message.add_attachment(b"x", maintype="image", subtype="png", filename="logo.png")
    code, out, err = cli("import-letter", str(write_mail(tmp_path / "r.eml", message)))
    assert code == 0, err
    assert "E-mail van: Gemeente Almelo <post@almelo.nl>" in out
    local = SENT.astimezone()  # shown in the machine's own time, as the mail program does
    assert f"Verzonden: {local.day} november 2024 {local:%H:%M}" in out
    assert "Bijlage reactie.pdf" in out and "gelezen als de brief" in out
    assert "Bijlage logo.png (1 kB): niet gebruikt" in out


def test_a_huge_encoded_subject_is_cut_before_it_is_parsed(tmp_path: Path) -> None:
    """Parsing a Subject of a few MB of encoded words took gigabytes: it is cut first."""
    words = b" ".join(b"=?utf-8?q?w=C3=A9rk?=" for _ in range(100_000))
    path = tmp_path / "kop.eml"
    path.write_bytes(
        b"From: x@y.nl\r\nDate: Wed, 06 Nov 2024 09:15:00 +0100\r\nSubject: "
        + words
        + b"\r\n\r\nGeachte leden,\r\n"
    )
    letter = read_mail_letter(path)
    assert letter.facts.subject is not None
    assert letter.facts.subject.startswith("wérkwérk")  # encoded words joined
    assert len(letter.facts.subject) < 5000


def test_real_outlook_msg_with_attachments_lists_them(
    tmp_path: Path, service: RegisterService, cli: CliRunner
) -> None:
    """unicode.msg from extract-msg's test files: a text and two TIF attachments."""
    code, out, err = cli("import-letter", str(outlook_sample("unicode.msg")), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["email"] == {
        "from": "Brian Zhou <brizhou@gmail.com>",
        "to": "brianzhou@me.com",
        "date": "2013-11-18T08:26:24+00:00",
        "subject": "Test for TIF files",
    }
    assert result["attachments"] == [
        {"name": "import OleFileIO.tif", "size": 969674, "used": False},
        {"name": "raised value error.tif", "size": 1033142, "used": False},
    ]
    assert result["has_header"] is False  # the mail's own text was read: no letter in it


def test_inline_forward_reads_the_letter_not_the_forwarding_header(
    tmp_path: Path, service: RegisterService, werk_advice: Advice
) -> None:
    """Outlook's forwarding block has 'Verzonden:' and 'Onderwerp:' lines, which are letter
    labels too: the letter's own date and subject must win."""
    from tests.support.letters import reply_text

    message = mail("FW: Reactie op ongevraagd advies Werk- en Leercentrum")
    message.set_content(
        "Ter info, zie hieronder.\n\nGroet, Griffie\n\n"
        "________________________________\n"
        "Van: Gemeente Almelo <post@almelo.nl>\n"
        "Verzonden: donderdag 14 november 2024 10:02\n"
        "Aan: Griffie <griffie@almelo.nl>\n"
        "Onderwerp: Doorgestuurd bericht\n\n" + reply_text()
    )
    analysis = analyse_letter(service, write_mail(tmp_path / "fw.eml", message))
    assert analysis.fields.date is not None and analysis.fields.date.isoformat() == "2024-11-05"
    assert analysis.fields.subject == "Reactie op ongevraagd advies Werk- en Leercentrum"
    assert analysis.match is not None and analysis.match.advice_id == werk_advice.id


def test_forwarded_letter_keeps_a_body_without_forward() -> None:
    from adviesraad_app.services.letters.mail.forward import forwarded_letter

    text = "Geachte leden,\n\nOnderwerp: iets\nVan: iemand\n"
    assert forwarded_letter(text) == text
    forwarded = "-----Oorspronkelijk bericht-----\nFrom: a@b.nl\nSent: 1 Nov\nSubject: x\n\nBrief\n"
    assert forwarded_letter(forwarded) == "Brief"


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\x\\brief.docx", "brief.docx"),
        ("CON.pdf", "_CON.pdf"),
        ("a<b>:c?.txt", "a_b_c_.txt"),
        ("", "bijlage.pdf"),
        ("Reactie 2024.03", "Reactie 2024.03"),
    ],
)
def test_attachment_names_are_safe_file_names(name: str, safe: str) -> None:
    from adviesraad_app.services.letters.mail.choose import safe_name

    assert safe_name(name, "bijlage.pdf") == safe


def test_attachment_without_extension_is_recognised_by_its_content(
    tmp_path: Path, service: RegisterService
) -> None:
    message = mail()
    message.set_content("Zie bijlage.")
    attach_pdf(message, tmp_path, name="Reactie college")
    analysis = analyse_letter(service, write_mail(tmp_path / "m.eml", message))
    assert analysis.mail is not None
    assert [(a.name, a.used) for a in analysis.mail.attachments] == [("Reactie college", True)]
    assert analysis.mail.letter_name == "Reactie college.pdf"
    assert analysis.fields.our_reference == "UIT - 24117125"


def test_no_temporary_folder_is_a_dutch_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from adviesraad_app.domain.errors import UserError

    message = mail()
    message.set_content("Zie bijlage.")
    attach_pdf(message, tmp_path)
    path = write_mail(tmp_path / "m.eml", message)

    def refuse(*args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    with pytest.raises(UserError) as caught:
        read_mail_letter(path)
    assert "Permission" not in caught.value.message
    assert caught.value.message


def test_msg_with_too_many_attachments_is_refused_before_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviesraad_app.services.letters.mail import msg

    monkeypatch.setattr(msg, "MAX_PARTS", 1)  # the real sample has two attachments
    with pytest.raises(MailReadError, match="te ingewikkeld"):
        read_mail_letter(outlook_sample("unicode.msg"))


def test_a_docx_zip_bomb_attached_is_refused_as_a_letter_alone_would_be(
    tmp_path: Path, service: RegisterService, werk_advice: Advice, cli: CliRunner
) -> None:
    """A .docx whose zip headers say 1000 bytes but that unpacks to 300 MB: not read, listed,
    a warning; without a text the mail is refused, nothing saved."""
    from tests.support.attacks import lying_docx

    bomb = lying_docx(tmp_path / "brief.docx", 300 * 1024 * 1024)
    message = mail()
    message.add_attachment(
        bomb.read_bytes(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="brief.docx",
    )
    path = write_mail(tmp_path / "bom.eml", message)
    before = table_snapshot(service)
    code, _out, err = cli("import-letter", str(path), "--apply")
    assert code == 1
    assert "bom.eml:" in err and "Er is niets opgeslagen." in err
    assert table_snapshot(service) == before


def test_an_internet_mail_saved_as_msg_is_read_as_such(tmp_path: Path) -> None:
    """Some mail programs save a message as .msg in the internet format."""
    path = write_mail(tmp_path / "bericht.msg", body_mail())
    letter = read_mail_letter(path)
    assert letter.format == "eml"
    assert letter.facts.subject == "Reactie op ongevraagd advies Werk- en Leercentrum"
