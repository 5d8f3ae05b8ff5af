"""Where and how the exports (xlsx, csv, ics) write their file: no folders made, the usual
permissions, the right extension, Dutch messages for every refusal."""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from adviesraad_app.services.calendar_export import export_calendar
from adviesraad_app.services.io_files import ExportTargetError, file_error, write_atomically
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.sheets.register_export import export_register
from tests.support.register import CliRunner

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


# ---------------------------------------------------------------------- missing folders


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "ics"])
def test_export_refuses_a_missing_folder_and_makes_none(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner, fmt: str
) -> None:
    target = tmp_path / "bestaat-niet" / "sub" / f"register.{fmt}"
    code, out, err = cli("export", fmt, "--output", str(target))
    assert code == 1 and out == ""
    assert "De map" in err and "bestaat niet" in err and "Traceback" not in err
    assert not (tmp_path / "bestaat-niet").exists()


def test_services_refuse_a_missing_folder(tmp_path: Path, demo_service: RegisterService) -> None:
    with pytest.raises(ExportTargetError, match="bestaat niet"):
        export_register(demo_service, tmp_path / "nee" / "r.xlsx")
    with pytest.raises(ExportTargetError, match="bestaat niet"):
        export_calendar(demo_service, tmp_path / "nee" / "t.ics")
    assert not (tmp_path / "nee").exists()


# ---------------------------------------------------------------------- permissions


@posix_only
@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_a_new_export_gets_the_permissions_the_umask_gives(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        write_atomically(tmp_path / "nieuw.csv", lambda p: p.write_text("a;b\n"))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "nieuw.csv").stat().st_mode) == 0o666 & ~umask


@posix_only
def test_an_overwritten_export_keeps_its_permissions(
    tmp_path: Path, demo_service: RegisterService
) -> None:
    (tmp_path / "uit").mkdir()
    target = tmp_path / "uit" / "register.xlsx"
    target.write_bytes(b"oud")
    target.chmod(0o640)
    export_register(demo_service, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_bytes().startswith(b"PK")
    assert [p.name for p in target.parent.iterdir()] == ["register.xlsx"]  # no temporary left


# ---------------------------------------------------------------------- extensions


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("xlsx", "register.csv"),
        ("csv", "register.xlsx"),
        ("ics", "termijnen.pdf"),
        ("xlsx", "register.xlsm"),
        ("csv", "register.txt"),
    ],
)
def test_export_refuses_another_extension(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner, fmt: str, name: str
) -> None:
    code, out, err = cli("export", fmt, "--output", str(tmp_path / name))
    assert code == 1 and out == ""
    suffix = Path(name).suffix
    assert f"eindigt op {suffix}" in err and f".{fmt}" in err and "Traceback" not in err
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "ics"])
def test_export_adds_the_extension_when_none_is_given(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner, fmt: str
) -> None:
    code, out, err = cli("export", fmt, "--output", str(tmp_path / "register 2024"), "--json")
    assert code == 0, err
    written = tmp_path / f"register 2024.{fmt}"
    assert written.is_file() and not (tmp_path / "register 2024").exists()
    assert json.loads(out)["file"] == str(written)


def test_export_extension_in_capitals_and_dots_in_the_name(
    tmp_path: Path, demo_service: RegisterService
) -> None:
    export_register(demo_service, tmp_path / "REGISTER.XLSX", fmt="xlsx")
    assert (tmp_path / "REGISTER.XLSX").is_file()
    export_register(demo_service, tmp_path / "register.2024", fmt="csv")
    assert (tmp_path / "register.2024.csv").is_file()
    export_calendar(demo_service, tmp_path / "versie 1.2 definitief")
    assert (tmp_path / "versie 1.2 definitief.ics").is_file()


def test_export_to_a_folder_is_refused(tmp_path: Path, demo_service: RegisterService) -> None:
    with pytest.raises(ExportTargetError, match="is een map"):
        export_register(demo_service, tmp_path, fmt="xlsx")
    with pytest.raises(ExportTargetError, match="is een map"):
        export_calendar(demo_service, tmp_path)


# ---------------------------------------------------------------------- system errors in Dutch

ENGLISH = (
    "Permission denied",
    "No space left",
    "Not a directory",
    "Is a directory",
    "File name too long",
    "Input/output error",
    "Device or resource busy",
    "Invalid argument",
    "No such file",
    "Read-only file system",
    "Stale file handle",
)


@pytest.mark.parametrize(
    "code",
    [
        errno.EACCES,
        errno.EPERM,
        errno.ENOSPC,
        errno.ENOTDIR,
        errno.EISDIR,
        errno.ENAMETOOLONG,
        errno.EIO,
        errno.EBUSY,
        errno.EINVAL,
        errno.ENOENT,
        errno.EROFS,
        errno.ESTALE,
    ],
)
@pytest.mark.parametrize("writing", [False, True])
def test_file_errors_are_dutch_and_name_the_file(tmp_path: Path, code: int, writing: bool) -> None:
    path = tmp_path / "register.xlsx"
    exc = OSError(code, os.strerror(code), str(path))
    message = file_error(exc, path, writing=writing).message
    assert str(path) in message or str(path.parent) in message
    assert not any(text.lower() in message.lower() for text in ENGLISH), message
    assert os.strerror(code) not in message


def test_reading_without_permission_says_so(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    message = file_error(PermissionError(errno.EACCES, "Permission denied"), path).message
    assert "lezen" in message and "schrijfrechten" not in message


def test_an_export_that_fails_at_the_last_step_explains_it_in_dutch(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviesraad_app.services import io_files

    def broken(*_args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(io_files.os, "replace", broken)
    code, _out, err = cli("export", "csv", "--output", str(tmp_path / "register.csv"))
    assert code == 1 and "register.csv" in err and "systeemfout EIO" in err
    assert "Input/output" not in err and "Traceback" not in err
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".csv"] == []


def test_an_unreadable_letter_or_sheet_gets_a_dutch_message(
    tmp_path: Path, service: RegisterService, cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte leden,")
    sheet = tmp_path / "register.csv"
    sheet.write_text("Nr.;Onderwerp\n2024-01;Iets\n")
    real_open = Path.open

    def locked(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self in (letter, sheet):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", locked)
    for command, path in (("import-letter", letter), ("import-register", sheet)):
        code, _out, err = cli(command, str(path))
        assert code == 1 and str(path) in err and "lezen" in err, err
        assert "Permission denied" not in err and "Traceback" not in err


# ---------------------------------------------------------------------- what is selected


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "ics"])
def test_export_names_ids_that_do_not_exist(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner, fmt: str
) -> None:
    target = tmp_path / f"r.{fmt}"
    code, out, err = cli("export", fmt, "--output", str(target), "--ids", "1,999")
    assert code == 1 and out == ""
    assert "Er is geen advies met id 999" in err and "geen bestand gemaakt" in err
    code, _, err = cli("export", fmt, "--output", str(target), "--ids", "998,1,999")
    assert code == 1 and "Er zijn geen adviezen met id 998, 999" in err
    assert not target.exists()


def test_a_deleted_advice_counts_as_missing(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner
) -> None:
    demo_service.delete_advice(1)
    code, _, err = cli("export", "csv", "--output", str(tmp_path / "r.csv"), "--ids", "1")
    assert code == 1 and "id 1 (of het is verwijderd)" in err


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "ics"])
def test_export_of_an_empty_selection_is_refused_like_the_pdf(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner, fmt: str
) -> None:
    target = tmp_path / f"r.{fmt}"
    code, out, err = cli("export", fmt, "--output", str(target), "--year", "1990")
    assert code == 1 and out == ""
    assert "Er zijn geen adviezen in deze selectie (jaar 1990)" in err
    assert "geen bestand gemaakt" in err and not target.exists()


def test_an_empty_selection_mentions_the_confidential_advices_left_out(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner
) -> None:
    secret = next(r for r in demo_service.register() if r.confidential)
    target = tmp_path / "r.csv"
    code, _, err = cli("export", "csv", "--output", str(target), "--ids", str(secret.id))
    assert code == 1 and "1 vertrouwelijk advies" in err and not target.exists()
    code, _, err = cli(
        "export", "csv", "--output", str(target), "--ids", str(secret.id), "--include-confidential"
    )
    assert code == 0 and target.exists()


def test_a_selection_without_open_deadlines_still_gives_a_calendar(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner
) -> None:
    """Like the termijnenlijst: advices in the selection but nothing open is an empty agenda."""
    from adviesraad_app.domain.filters import RegisterFilter
    from adviesraad_app.services.calendar_export import calendar_items

    done = next(
        r
        for r in demo_service.register(RegisterFilter(include_confidential=False))
        if not calendar_items(demo_service, RegisterFilter(ids=(r.id,), include_confidential=False))
    )
    target = tmp_path / "t.ics"
    code, out, err = cli("export", "ics", "--output", str(target), "--ids", str(done.id), "--json")
    assert code == 0, err
    assert json.loads(out)["events"] == 0 and target.exists()


# ---------------------------------------------------------------------- what the CLI says


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_says_one_advice_or_several_advices(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner, fmt: str
) -> None:
    target = tmp_path / f"een.{fmt}"
    code, out, err = cli("export", fmt, "--output", str(target), "--ids", "1")
    assert code == 0, err
    assert out.strip() == f"1 advies geëxporteerd naar {target}."
    target = tmp_path / f"alle.{fmt}"
    code, out, err = cli("export", fmt, "--output", str(target))
    assert code == 0, err
    assert out.startswith("12 adviezen geëxporteerd naar ") and "/" not in out.split(" naar ")[0]


@pytest.mark.parametrize(
    ("days", "reminder"),
    [
        (0, "herinnering op de dag zelf."),
        (1, "herinnering 1 dag vooraf."),
        (3, "herinnering 3 dagen vooraf."),
    ],
)
def test_calendar_export_says_one_deadline_and_the_reminder_in_words(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner, days: int, reminder: str
) -> None:
    from dataclasses import replace

    from adviesraad_app.domain.filters import RegisterFilter
    from adviesraad_app.services.calendar_export import calendar_items

    demo_service.save_settings(replace(demo_service.settings, reminder_days=days))
    one = next(
        r
        for r in demo_service.register(RegisterFilter(include_confidential=False))
        if len(
            calendar_items(demo_service, RegisterFilter(ids=(r.id,), include_confidential=False))
        )
        == 1
    )
    target = tmp_path / "t.ics"
    code, out, err = cli("export", "ics", "--output", str(target), "--ids", str(one.id))
    assert code == 0, err
    assert out.strip() == f"1 termijn geëxporteerd naar {target}; {reminder}"
    code, out, err = cli("export", "ics", "--output", str(target))
    assert code == 0, err
    assert "termijnen geëxporteerd naar" in out and out.strip().endswith(reminder)
    assert "(en)" not in out
