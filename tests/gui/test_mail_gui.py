"""Letters that arrive by e-mail, in the app: dropped as a file, dragged straight from
Outlook (virtual files, built here as Windows would offer them), chosen from the menu."""

from __future__ import annotations

import struct
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from adviesraad_app.domain.dates import format_moment
from adviesraad_app.domain.documents import DocumentKind
from adviesraad_app.domain.letter_fields import LetterType
from adviesraad_app.gui.io import actions as io_actions
from adviesraad_app.gui.letters.mail_drop import (
    CONTENTS_FORMAT,
    DESCRIPTOR_FORMAT,
    descriptor_names,
)
from adviesraad_app.services.register import RegisterService
from tests.gui.messages import patch_messages
from tests.gui.test_io_gui import drop, letter_dialogs
from tests.support import register as io_fixtures
from tests.support.mails import attach_pdf, mail, write_mail
from tests.support.register import table_snapshot

LEFT = Qt.MouseButton.LeftButton

werk_advice = io_fixtures.werk_advice


@pytest.fixture
def werk(window, werk_advice):  # type: ignore[no-untyped-def]
    """The Werk- en Leercentrum advice the built reply mails answer, in the window."""
    window.refresh()
    return werk_advice


def reply_mail(folder: Path) -> Path:
    message = mail()
    message.set_content("Geachte secretaris,\n\nBijgaand de reactie van het college.\n")
    attach_pdf(message, folder)
    message.add_attachment(
        b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png", filename="logo.png"
    )
    return write_mail(folder / "Reactie college.eml", message)


def file_group_descriptor(*names: str) -> bytes:
    """A FILEGROUPDESCRIPTORW as Outlook puts it on the clipboard: a count, then one
    592-byte FILEDESCRIPTORW per file (flags, clsid, sizel, pointl, attributes, three
    FILETIMEs, size high/low, then the name as 260 UTF-16 characters)."""
    records = b""
    for name in names:
        head = struct.pack("<I16s8s8sI24sII", 0x4040, b"", b"", b"", 0x80, b"", 0, 1234)
        records += head + name.encode("utf-16-le").ljust(520, b"\x00")
    return struct.pack("<I", len(names)) + records


def outlook_drop(window, mime: QMimeData) -> bool:  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(40, 40), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier
        )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(40, 40), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    return event.isAccepted()


def test_descriptor_records_are_592_bytes_with_the_name_at_72() -> None:
    data = file_group_descriptor("Reactie college.msg", "Tweede.msg")
    assert len(data) == 4 + 2 * 592
    assert descriptor_names(data) == ["Reactie college.msg", "Tweede.msg"]
    assert descriptor_names(b"\x05\x00") == []


def test_dropped_eml_shows_the_mail_and_saves_letter_and_mail(
    window, werk, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    service: RegisterService = window.service
    assert drop(window, reply_mail(tmp_path))
    (dialog,) = letter_dialogs(window)
    assert dialog.letterType.currentData() == LetterType.REPLY
    assert dialog.adviceCombo.currentData().advice_id == werk.id
    heading = dialog.heading.text()
    sent = format_moment(datetime(2024, 11, 6, 9, 15, tzinfo=timezone(timedelta(hours=1))))
    assert (
        "E-mail van Gemeente Almelo &lt;post@almelo.nl&gt; aan secretariaat@adviesraad-almelo.nl,"
        f" {sent}: Reactie op ongevraagd advies Werk- en Leercentrum" in heading
    )
    assert "Bijlagen: reactie.pdf (gelezen als de brief), logo.png." in heading
    qtbot.mouseClick(dialog.saveButton, LEFT)
    assert not dialog.isVisible()
    documents = service.dossier(werk.id).documents
    assert sorted((d.original_name, d.kind) for d in documents) == [
        ("Reactie college.eml", DocumentKind.OTHER),
        ("reactie.pdf", DocumentKind.REPLY),
    ]


def test_message_dragged_from_outlook_is_read(window, werk, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = reply_mail(tmp_path).read_bytes()
    mime = QMimeData()
    mime.setData(DESCRIPTOR_FORMAT, QByteArray(file_group_descriptor("Reactie college.eml")))
    mime.setData(CONTENTS_FORMAT, QByteArray(data))
    assert not mime.hasUrls()
    assert outlook_drop(window, mime)
    (dialog,) = letter_dialogs(window)
    assert dialog.analysis.path.name == "Reactie college.eml"
    assert dialog.analysis.mail is not None
    assert dialog.ourReference.text() == "UIT - 24117125"
    qtbot.mouseClick(dialog.saveButton, LEFT)
    names = sorted(d.original_name for d in window.service.dossier(werk.id).documents)
    assert names == ["Reactie college.eml", "reactie.pdf"]


def test_outlook_drop_without_contents_gets_a_dutch_message(window, werk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    patch_messages(monkeypatch, None, lambda parent, message, title=None: shown.append(message))
    before = table_snapshot(window.service)
    mime = QMimeData()
    mime.setData(DESCRIPTOR_FORMAT, QByteArray(file_group_descriptor("Bericht.msg")))
    assert outlook_drop(window, mime)
    assert len(shown) == 1 and "Opslaan als" in shown[0]
    assert letter_dialogs(window) == []
    assert table_snapshot(window.service) == before


def test_hostile_mail_dropped_is_refused_in_dutch(window, werk, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    patch_messages(
        monkeypatch, io_actions, lambda parent, message, title=None: shown.append(message)
    )
    before = table_snapshot(window.service)
    head = b"From: x@y.nl\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
    body = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(3000))
    path = tmp_path / "bom.eml"
    path.write_bytes(head + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + body)
    assert drop(window, path)
    assert len(shown) == 1 and shown[0].startswith("bom.eml:") and "niets opgeslagen" in shown[0]
    assert letter_dialogs(window) == []
    assert table_snapshot(window.service) == before


def test_menu_offers_mails(window, werk, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = reply_mail(tmp_path)
    monkeypatch.setattr(io_actions, "choose_letter", lambda parent: path)
    window.findChild(io_actions.IoActions).importLetter.trigger()
    (dialog,) = letter_dialogs(window)
    assert dialog.analysis.mail is not None
    dialog.close()


def test_real_outlook_message_dragged_as_virtual_file(window, werk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The bytes of a real .msg (extract-msg's test file), offered as Outlook offers them."""
    from tests.support.mails import outlook_sample

    sample = outlook_sample("unicode.msg")
    mime = QMimeData()
    mime.setData(DESCRIPTOR_FORMAT, QByteArray(file_group_descriptor("Test for TIF files.msg")))
    mime.setData(CONTENTS_FORMAT, QByteArray(sample.read_bytes()))
    assert outlook_drop(window, mime)
    (dialog,) = letter_dialogs(window)
    assert dialog.analysis.mail is not None
    assert dialog.analysis.mail.format == "msg"
    heading = dialog.heading.text()
    assert "E-mail van Brian Zhou" in heading and "Test for TIF files" in heading
    assert "Geen briefhoofd herkend" in heading
    dialog.close()
