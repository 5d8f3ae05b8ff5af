"""services/mail/model.py: the scratch folder for a mail's parts and the Dutch refusals that
name the mail."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from adviesraad_app.domain.errors import UserError
from adviesraad_app.services.letters.mail.model import (
    MailReadError,
    mail_failure,
    scratch_folder,
    too_complex,
)


def test_scratch_folder_is_writable_and_gone_afterwards() -> None:
    with scratch_folder() as folder:
        (folder / "brief.pdf").write_bytes(b"%PDF-1.4")
        assert folder.is_dir()
        assert folder.name.startswith("adviesraad-mail-")
    assert not folder.exists()


def test_scratch_folder_is_removed_when_the_reading_fails() -> None:
    with pytest.raises(MailReadError), scratch_folder() as folder:
        (folder / "deel.bin").write_bytes(b"x")
        raise too_complex(Path("bericht.eml"))
    assert not folder.exists()


def test_a_temporary_folder_that_cannot_be_made_is_a_dutch_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryDirectory", refuse)
    with pytest.raises(UserError) as caught, scratch_folder():
        pass  # pragma: no cover - never reached
    message = str(caught.value)
    assert "Permission denied" not in message
    assert "PermissionError" not in message
    assert message  # a sentence for the user, naming where it tried


def test_mail_failure_names_the_file_and_says_nothing_was_saved() -> None:
    error = mail_failure(Path("/post/reactie.eml"), "het bestand is leeg.")
    assert isinstance(error, UserError)
    assert str(error) == "reactie.eml: het bestand is leeg. Er is niets opgeslagen."


def test_too_complex_tells_what_to_do_instead() -> None:
    message = str(too_complex(Path("doorgestuurd.msg")))
    assert message.startswith("doorgestuurd.msg: de e-mail is te ingewikkeld opgebouwd")
    assert "bewaar de bijlage met de brief apart" in message
    assert message.endswith("Er is niets opgeslagen.")
