"""``adviesraad export pdf``: the contract of the issue (options, exit codes, Dutch messages)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adviesraad_app.cli.main import main
from adviesraad_app.domain.filters import SortKey
from adviesraad_app.services.register import RegisterService
from tests.support.pdf import TODAY, confidential_ids, read_pdf


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def pdf(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    """``adviesraad --db DB export pdf ARGS...``"""
    return run(capsys, "--db", db, "export", "pdf", *args)


@pytest.fixture
def secret_id(demo_service: RegisterService) -> int:
    return confidential_ids(demo_service)[0]


@pytest.fixture
def demo_db(demo_service: RegisterService, secret_id: int, db_path: Path) -> str:
    """The demo register's file; the fixture's connection is closed so the CLI opens its own."""
    demo_service.close()
    return str(db_path)


@pytest.mark.parametrize(
    ("kind", "extra", "title"),
    [
        ("overzicht", [], "Adviezenoverzicht"),
        ("dossier", ["--ids", "1,3"], "Dossiers"),
        ("jaaroverzicht", ["--year", str(TODAY.year - 1)], f"Jaaroverzicht {TODAY.year - 1}"),
        ("termijnen", [], "Termijnenlijst 22 november 2026"),
    ],
)
def test_each_kind_writes_its_pdf(
    capsys: pytest.CaptureFixture[str],
    demo_db: str,
    tmp_path: Path,
    kind: str,
    extra: list[str],
    title: str,
) -> None:
    target = tmp_path / f"{kind}.pdf"
    code, out, err = pdf(
        capsys,
        demo_db,
        "--kind",
        kind,
        "--output",
        str(target),
        "--today",
        "22-11-2026",
        *extra,
    )
    assert (code, err) == (0, "")
    assert "PDF opgeslagen" in out and str(target) in out
    assert read_pdf(target).reader.metadata.title == title  # type: ignore[union-attr]


def test_json_result(capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path) -> None:
    target = tmp_path / "o.pdf"
    code, out, _ = run(
        capsys,
        "export",
        "pdf",
        "--db",
        demo_db,
        "--kind",
        "overzicht",
        "--output",
        str(target),
        "--year",
        "2024",
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert data["path"] == str(target)
    assert data["kind"] == "overzicht"
    assert data["count"] == 3 and data["pages"] == 1
    assert data["include_confidential"] is False and data["left_out_confidential"] == 1
    assert set(data) >= {"title", "size_bytes"}


def test_include_confidential(
    capsys: pytest.CaptureFixture[str], demo_db: str, secret_id: int, tmp_path: Path
) -> None:
    secret = str(secret_id)
    target = tmp_path / "d.pdf"
    code, _, err = pdf(
        capsys,
        demo_db,
        "--kind",
        "dossier",
        "--ids",
        secret,
        "--output",
        str(target),
    )
    assert code == 1 and "vertrouwelijk" in err and not target.exists()
    code, out, _ = pdf(
        capsys,
        demo_db,
        "--kind",
        "dossier",
        "--ids",
        secret,
        "--output",
        str(target),
        "--include-confidential",
    )
    assert code == 0 and "VERTROUWELIJK" in out
    assert "VERTROUWELIJK" in read_pdf(target).text


def test_selection_options_and_order(
    capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path
) -> None:
    target = tmp_path / "o.pdf"
    code, _, err = pdf(
        capsys,
        demo_db,
        "--kind",
        "overzicht",
        "--output",
        str(target),
        "--advice-kind",
        "gevraagd",
        "--status",
        "open",
        "--order",
        "nummer",
    )
    assert (code, err) == (0, "")
    text = read_pdf(target).flat
    assert "gevraagd advies, alleen open adviezen" in text
    assert "op nummer, oplopend" in text
    assert "ongevraagd" not in text.split("Uitkomst", 1)[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "jaaroverzicht"], "Geef met --year aan"),
        (["--kind", "jaaroverzicht", "--year", "2019"], "Er zijn geen adviezen uit 2019"),
        (["--kind", "jaaroverzicht", "--year", "2024", "--ids", "1"], "heel jaar"),
        (["--kind", "overzicht", "--year", "2019"], "Er zijn geen adviezen in deze selectie"),
        (["--kind", "overzicht", "--today", "31-02-2026"], "bestaat niet als datum"),
        (["--kind", "overzicht", "--order", "kleur"], "Onbekende volgorde"),
        (["--kind", "overzicht", "--ids", "a,b"], "--ids verwacht getallen"),
        (["--kind", "dossier", "--ids", "999"], "Advies 999 bestaat niet"),
        (["--kind", "termijnen", "--within", "-3"], "--within moet 0 of meer"),
        (["--kind", "termijnen", "--year", "1990"], "Er zijn geen adviezen in deze selectie"),
    ],
)
def test_bad_input_is_exit_1_with_a_dutch_message(
    capsys: pytest.CaptureFixture[str],
    demo_db: str,
    tmp_path: Path,
    args: list[str],
    message: str,
) -> None:
    target = tmp_path / "x.pdf"
    code, out, err = pdf(capsys, demo_db, "--output", str(target), *args)
    assert code == 1, (out, err)
    assert err.startswith("Fout: ") and message in err
    assert "Traceback" not in err
    assert not target.exists()


def test_unknown_document_kind_is_wrong_usage(
    capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path
) -> None:
    target = tmp_path / "x.pdf"
    code, _, err = pdf(capsys, demo_db, "--output", str(target), "--kind", "boek")
    assert code == 2
    assert "Onbekend soort PDF: ‘boek’" in err and "Traceback" not in err
    assert not target.exists()
    code, _, _ = pdf(capsys, demo_db, "--output", str(target), "--kind", " Overzicht ")
    assert code == 0 and target.exists()


def test_unwritable_output(
    capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path
) -> None:
    code, _, err = pdf(
        capsys,
        demo_db,
        "--kind",
        "overzicht",
        "--output",
        str(tmp_path / "geen-map" / "o.pdf"),
    )
    assert code == 1 and "bestaat niet" in err


def test_kind_and_output_are_required(capsys: pytest.CaptureFixture[str], demo_db: str) -> None:
    code, _, err = pdf(capsys, demo_db, "--kind", "overzicht")
    assert code == 2 and "--output" in err


def test_characters_the_fonts_lack_are_a_warning(
    capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        demo_db,
        "add-advice",
        "--kind",
        "signaal",
        "--title",
        "Wachtlijst 👍 jeugdhulp",
        "--number",
        "2026-99",
    )
    assert code == 0, out
    target = tmp_path / "o.pdf"
    code, out, err = pdf(
        capsys, demo_db, "--kind", "overzicht", "--output", str(target), "--search", "Wachtlijst"
    )
    assert (code, err) == (0, "")
    assert "Let op: Deze tekens staan niet in het lettertype" in out
    assert "👍 (U+1F44D)" in out and "advies 2026-99" in out
    code, out, _ = pdf(
        capsys,
        demo_db,
        "--kind",
        "overzicht",
        "--output",
        str(target),
        "--search",
        "Wachtlijst",
        "--json",
    )
    (warning,) = json.loads(out)["warnings"]
    assert warning["kind"] == "missing_characters"
    assert warning["characters"] == ["👍"] and warning["advices"] == ["2026-99"]
    assert target.exists()


def test_help_and_error_list_the_same_order_keys(
    capsys: pytest.CaptureFixture[str],
    demo_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from adviesraad_app.cli.pdf import ORDER_KEYS, ORDER_WORDS

    dutch = list(ORDER_WORDS)
    assert {"urgentie", "nummer", "status", "te-laat"} <= set(dutch)  # "status" is English too
    assert set(ORDER_WORDS.values()) == set(ORDER_KEYS.values()) - {SortKey.DELETED}
    monkeypatch.setenv("COLUMNS", "400")  # one line per option: no word broken at a hyphen
    code, help_text, _ = run(capsys, "export", "pdf", "--help")
    assert code == 0
    (line,) = [li for li in help_text.splitlines() if "volgorde van het overzicht" in li]
    assert line.split("volgorde van het overzicht: ", 1)[1] == (
        ", ".join(dutch) + " (standaard: urgentie)"
    )
    code, _, err = pdf(
        capsys, demo_db, "--kind", "overzicht", "--output", str(tmp_path / "o.pdf"), "--order", "x"
    )
    assert code == 1 and err.strip().endswith("Kies uit: " + ", ".join(dutch) + ".")
    # every key listed is accepted
    for key in dutch:
        code, _, err = pdf(
            capsys,
            demo_db,
            "--kind",
            "overzicht",
            "--output",
            str(tmp_path / "o.pdf"),
            "--order",
            key,
        )
        assert (code, err) == (0, ""), key


@pytest.mark.parametrize("name", ["out.txt", "overzicht.docx", "rapport.PDF.txt"])
def test_output_with_another_extension_is_refused(
    capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path, name: str
) -> None:
    code, out, err = pdf(capsys, demo_db, "--kind", "overzicht", "--output", str(tmp_path / name))
    assert code == 1, out
    assert err.startswith("Fout: --output moet een PDF-bestand zijn")
    assert f"‘{name}’" in err and Path(name).stem + ".pdf" in err
    assert list(tmp_path.glob(Path(name).stem + "*")) == []


@pytest.mark.parametrize(
    ("name", "saved"),
    [
        ("overzicht", "overzicht.pdf"),
        ("Termijnenlijst 22.11.2026", "Termijnenlijst 22.11.2026.pdf"),  # a date is no extension
        ("OVERZICHT.PDF", "OVERZICHT.PDF"),
    ],
)
def test_output_without_an_extension_gets_pdf(
    capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path, name: str, saved: str
) -> None:
    code, out, err = pdf(
        capsys, demo_db, "--kind", "overzicht", "--output", str(tmp_path / name), "--json"
    )
    assert (code, err) == (0, "")
    assert json.loads(out)["path"] == str(tmp_path / saved)
    assert [p.name for p in tmp_path.iterdir() if p.suffix.lower() == ".pdf"] == [saved]
