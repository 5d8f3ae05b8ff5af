"""Every environment error gets a precise Dutch message: a catalogue of bad inputs is run
through the CLI and every message is scanned for English, class names and library text."""

from __future__ import annotations

import os
import re
from pathlib import Path

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from tests.support.attacks import hostile_xlsx, lying_docx, wide_field_csv
from tests.support.register import CliRunner

ENGLISH = re.compile(
    r"\b(\w*Error|\w*Exception|BadZipFile|Errno|Traceback|the|not|cannot|could|invalid|"
    r"failed|file|directory|denied|such|too|long|unable|larger|limit|field|found|"
    r"onverwachts)\b",
    re.IGNORECASE,
)


def _catalogue(tmp: Path) -> list[list[str]]:
    long = "x" * 300
    (tmp / "map.pdf").mkdir()
    (tmp / "map.csv").mkdir()
    (tmp / "map.sqlite3").mkdir()
    os.mkfifo(tmp / "pijp.pdf")
    os.mkfifo(tmp / "pijp.csv")
    os.mkfifo(tmp / "pijp.sqlite3")
    (tmp / "nul.docx").symlink_to("/dev/zero")
    (tmp / "kapot.xlsx").write_bytes(b"PK\x03\x04" + os.urandom(3000))
    (tmp / "kapot.docx").write_bytes(b"PK\x03\x04" + os.urandom(3000))
    hostile_xlsx(tmp / "ver.xlsx")
    lying_docx(tmp / "bom.docx", 3 * 1024 * 1024)
    wide_field_csv(tmp / "breed.csv", 2 * 1024 * 1024)
    (tmp / "open.csv").write_text('Onderwerp;Soort\n"nooit gesloten;gevraagd\n' + "x;y\n" * 10)
    return [
        ["export", "csv", "--output", str(tmp / f"{long}.csv")],
        ["export", "xlsx", "--output", str(tmp / f"{long}.xlsx")],
        ["export", "ics", "--output", str(tmp / f"{long}.ics")],
        ["export", "pdf", "--kind", "overzicht", "--output", str(tmp / f"{long}.pdf")],
        ["export", "csv", "--output", str(tmp / long / "x.csv")],
        ["import-letter", str(tmp / "map.pdf")],
        ["import-letter", str(tmp / "pijp.pdf")],
        ["import-letter", str(tmp / "nul.docx")],
        ["import-letter", str(tmp / f"{long}.pdf")],
        ["import-letter", str(tmp / "kapot.docx")],
        ["import-letter", str(tmp / "bom.docx")],
        ["import-register", str(tmp / "map.csv"), "--dry-run"],
        ["import-register", str(tmp / "pijp.csv"), "--dry-run"],
        ["import-register", str(tmp / "kapot.xlsx"), "--dry-run"],
        ["import-register", str(tmp / "ver.xlsx"), "--dry-run"],
        ["import-register", str(tmp / "breed.csv"), "--dry-run"],
        ["import-register", str(tmp / f"{long}.csv"), "--dry-run"],
        ["backup", "--to", str(tmp / f"{long}.sqlite3")],
        ["backup", "--to", str(tmp / long / "x.sqlite3")],
        ["backups", "--folder", str(tmp / long)],
        ["restore", str(tmp / "pijp.sqlite3")],
        ["restore", str(tmp / f"{long}.sqlite3")],
        ["--db", str(tmp / f"{long}.sqlite3"), "list"],
        ["--db", str(tmp / "map.sqlite3"), "list"],
        ["--db", str(tmp / "pijp.sqlite3"), "list"],
        ["--db", str(tmp / long / "r.sqlite3"), "init"],
    ]


def test_bad_inputs_get_dutch_messages_only(
    cli: CliRunner, service: RegisterService, tmp_path: Path
) -> None:
    service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Iets"))
    for args in _catalogue(tmp_path):
        code, out, err = cli(*args)
        shown = (out + err).replace("x" * 300, "LANG")
        assert code == 1, (args, shown)
        assert shown.startswith("Fout: "), (args, shown)
        text = re.sub(r"(/[^\s:]*)+", " ", shown)  # paths may hold any word
        assert not ENGLISH.search(text), (args[:2], shown)
        assert "bestaat niet" not in shown or "map" in args[-1] or "x" * 300 in args[-1], shown


def test_the_specific_refusals_say_what_the_thing_is(cli: CliRunner, tmp_path: Path) -> None:
    cli("init")
    catalogue = {tuple(a[:2]): a for a in _catalogue(tmp_path)}
    _, _, err = cli(*catalogue[("import-letter", str(tmp_path / "map.pdf"))])
    assert "een map, geen bestand" in err
    _, _, err = cli(*catalogue[("import-letter", str(tmp_path / "pijp.pdf"))])
    assert "pijp (FIFO)" in err
    _, _, err = cli("export", "csv", "--output", str(tmp_path / ("y" * 300 + ".csv")))
    assert "te lang" in err
