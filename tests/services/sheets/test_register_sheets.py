"""Registers in and out of spreadsheets: what a secretary moving from Excel would notice."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.domain.kinds import AdviceKind, Outcome
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.check import check_database
from adviesraad_app.services.sheets.column_mapping import guess_mapping
from adviesraad_app.services.sheets.import_plan import plan_import
from adviesraad_app.services.sheets.register_export import export_register
from adviesraad_app.services.sheets.register_import import (
    ImportRefused,
    apply_import,
    prepare_import,
)
from adviesraad_app.services.sheets.register_sheet import Column
from adviesraad_app.services.sheets.sheet_reading import RegisterImportError, read_sheet
from adviesraad_app.storage.errors import StorageError
from tests.support.internals import repo_of
from tests.support.letters import REGISTER_HEADER as HEADER
from tests.support.letters import write_csv, write_txt, write_xlsx
from tests.support.register import CliRunner, table_snapshot

TITLE_ROWS = [["Register adviezen ASD Almelo"], ["Bijgewerkt tot november 2024"], []]


def good_rows() -> list[list[object]]:
    return [
        [
            "2024-07",
            "Continuering Werk- en Leercentrum",
            "Ongevraagd advies",
            "Wmo",
            "wethouder J. Smits",
            None,
            datetime(2024, 8, 12),
            "=DATE(2024,11,5)",  # a formula, as Excel saved it (with its value)
            "UIT - 24117125",
            "overgenomen",
            "Reactie kwam laat",
        ],
        [
            8,  # a bare sequence number: the year comes from the dates
            "Inkoop jeugdhulp",
            "gevraagd",
            "Jeugd",
            None,
            "3 juni 2024",
            45516,  # an Excel day number in a cell without date format: 12-08-2024
            None,
            None,
            None,
            None,
        ],
        [None] * 11,  # an empty row in the middle
        [
            None,
            "Signaal wachttijden",
            "signaal",
            "Jeugd",
            None,
            None,
            "5-9-2024",
            None,
            None,
            None,
            None,
        ],
        [
            datetime(2024, 9, 1),  # Excel turned a typed 2024-09 into 1 September 2024
            "Armoedebeleid",
            None,  # no kind: solicited, because there is a request date
            "Jeugd",  # merged downwards from the row above in the sheet below
            None,
            date(2024, 9, 2),
            None,
            None,
            None,
            None,
            None,
        ],
    ]


def _good_workbook(path: Path) -> Path:
    rows: list[list[object]] = [*TITLE_ROWS, HEADER, *good_rows()]
    # row numbers as Excel shows them: header in row 4, data from row 5
    return write_xlsx(path, rows, merged=["A1:K1", "D8:D9"], cached={"H5": "45601"})


def test_xlsx_with_title_rows_variants_merged_cells_formulas_and_excel_dates(
    tmp_path: Path, service: RegisterService, cli: CliRunner
) -> None:
    path = _good_workbook(tmp_path / "register.xlsx")
    code, out, err = cli("import-register", str(path), "--dry-run", "--json")
    assert code == 0, err
    plan = json.loads(out)
    assert plan["header_row"] == 4
    assert plan["dry_run"] is True and plan["imported"] == 0
    fields = {c["header"]: c["field"] for c in plan["columns"]}
    assert fields["Soort (advies)"] == "kind"
    assert fields["Datum reactie (college)"] == "reply_date"
    assert fields["Kenmerk (reactie)"] == "reply_reference"
    assert fields["Opmerkingen"] == "internal_notes"
    assert [r["row"] for r in plan["rows"]] == [5, 6, 8, 9]
    assert plan["empty_rows"] == 1 and plan["problems"] == []
    assert any("D8:D9" in w for w in plan["warnings"])
    assert service.count() == 0  # a dry run writes nothing

    code, out, err = cli("import-register", str(path))
    assert code == 0, err
    assert "Geïmporteerd: 4" in out
    rows = {r.number: r for r in service.register()}
    # 2024-08 from the bare 8; the signal without number gets the next free one
    assert set(rows) == {"2024-07", "2024-08", "2024-09", "2024-10"}
    assert rows["2024-10"].title == "Signaal wachttijden"
    werk = service.dossier(rows["2024-07"].id)
    assert werk.advice.kind == AdviceKind.ONGEVRAAGD
    assert werk.advice.sent_date == date(2024, 8, 12)
    assert werk.advice.internal_notes == "Reactie kwam laat"
    assert werk.reply is not None and werk.reply.date == date(2024, 11, 5)
    assert werk.reply.our_reference == "UIT - 24117125"
    assert werk.outcome == Outcome.OVERGENOMEN
    assert werk.reply_days_late == 43
    inkoop = rows["2024-08"]
    assert inkoop.title == "Inkoop jeugdhulp" and inkoop.kind == AdviceKind.GEVRAAGD
    assert inkoop.sent_date == date(2024, 8, 12)
    assert service.get_advice(inkoop.id).request_received == date(2024, 6, 3)
    armoede = service.get_advice(rows["2024-09"].id)
    assert armoede.title == "Armoedebeleid" and armoede.kind == AdviceKind.GEVRAAGD
    assert armoede.theme == "Jeugd"  # the merged cell's value
    signaal = rows["2024-10"]
    assert signaal.kind == AdviceKind.SIGNAAL and signaal.sent_date == date(2024, 9, 5)
    # the derived columns and search index written by the bulk import are consistent
    assert check_database(service).ok
    assert [r.number for r in service.register(RegisterFilter(search="leercentrum"))] == ["2024-07"]


def test_importing_the_same_file_twice_creates_no_duplicates(
    tmp_path: Path, service: RegisterService, cli: CliRunner
) -> None:
    path = _good_workbook(tmp_path / "register.xlsx")
    assert cli("import-register", str(path))[0] == 0
    before = table_snapshot(service)
    code, out, _ = cli("import-register", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["imported"] == 0 and len(data["existing"]) == 4
    assert all(e["same"] for e in data["existing"])
    assert table_snapshot(service) == before


BAD_ROWS = [
    ["2024-01", "Goed advies", "gevraagd", "3-1-2024", "20-2-2024", None, None],
    ["2024-02", "Onzindatum", "gevraagd", "31-02-2024", None, None, None],
    ["2024-03", "Tekst als datum", "ongevraagd", None, "gisteren", None, None],
    ["2024-04", "Verkeerde eeuw", "ongevraagd", None, "12-08-1024", None, None],
    ["2024-05", "Soort onbekend", "misschien", None, None, None, None],
    ["2024-06", "Reactie voor advies", "ongevraagd", None, "12-8-2024", "1-8-2024", None],
    ["2024-07", None, "ongevraagd", None, "12-8-2024", None, None],
    ["2024-01", "Dubbel nummer", "ongevraagd", None, None, None, None],
    ["2024-08", "Kenmerk zonder datum", "ongevraagd", None, "1-9-2024", None, "UIT-1"],
    ["2024-09", "Excel-fout", "ongevraagd", None, "#N/A", None, None],
    ["2024-10", "Ook goed", "ongevraagd", None, "2-2-2024", None, None],
]
BAD_HEADER = [
    "Nummer",
    "Titel",
    "Soort",
    "Datum adviesaanvraag",
    "Verzonden",
    "Datum reactie",
    "Kenmerk reactie",
]


def test_bad_rows_block_the_import_and_are_listed_with_row_numbers(
    tmp_path: Path, service: RegisterService, cli: CliRunner
) -> None:
    path = write_csv(tmp_path / "fouten.csv", [BAD_HEADER, *BAD_ROWS])
    before = table_snapshot(service)
    code, out, err = cli("import-register", str(path), "--json")
    assert code == 1
    data = json.loads(out)
    assert data["imported"] == 0
    assert data["invalid_rows"] == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    by_row = {p["row"]: p for p in data["problems"]}
    assert "bestaat niet als datum" in by_row[3]["message"]
    assert by_row[3]["column"] == "D (Datum adviesaanvraag)"
    assert "gisteren" in by_row[4]["message"]
    assert "te ver" in by_row[5]["message"] or "aannemelijke datum" in by_row[5]["message"]
    assert "misschien" in by_row[6]["message"]
    assert "vóór het advies" in by_row[7]["message"]
    assert "onderwerp" in by_row[8]["message"].lower()
    assert "ook in rij 2" in by_row[9]["message"]
    assert "datum van de reactie ontbreekt" in by_row[10]["message"]
    assert "#N/A" in by_row[11]["message"]
    assert "niets geïmporteerd" in err and "rij 3" in err
    assert table_snapshot(service) == before

    code, out, err = cli("import-register", str(path), "--skip-invalid", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert [c["number"] for c in data["created"]] == ["2024-01", "2024-10"]
    assert data["skipped_rows"] == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    assert sorted(r.number for r in service.register()) == ["2024-01", "2024-10"]


def test_formula_without_computed_value_is_a_problem(
    tmp_path: Path, service: RegisterService
) -> None:
    path = write_xlsx(
        tmp_path / "formules.xlsx",
        [["Nr.", "Onderwerp", "Datum advies"], ["2024-01", "Met formule", "=TODAY()-3"]],
    )
    plan = prepare_import(service, path)
    assert [(p.row, p.column) for p in plan.problems] == [(2, "C (Datum advies)")]
    assert "formule" in plan.problems[0].message
    with pytest.raises(ImportRefused):
        apply_import(service, plan)
    assert service.count() == 0


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(";", "utf-8-sig"), (",", "cp1252"), ("\t", "utf-8"), (";", "cp1252")],
)
def test_csv_with_semicolons_commas_tabs_and_windows_encoding(
    tmp_path: Path, delimiter: str, encoding: str, service: RegisterService
) -> None:
    rows = [
        ["Overzicht adviezen"],
        ["Nr.", "Onderwerp", "Datum advies", "Thema", "Opmerkingen"],
        ["2024-03", "Cliëntondersteuning, ook voor jongeren", "12 aug. 2024", "Wmo", "één"],
        ["2024-04", "Schuldhulp; vroegsignalering", "2024-09-30", "Schuldhulpverlening", ""],
    ]
    path = write_csv(tmp_path / "register.csv", rows, delimiter, encoding)
    plan = prepare_import(service, path)
    assert plan.table.delimiter == delimiter
    assert plan.mapping.header_row == 2 and plan.ok
    apply_import(service, plan)
    advices = {r.number: service.get_advice(r.id) for r in service.register()}
    assert advices["2024-03"].title == "Cliëntondersteuning, ook voor jongeren"
    assert advices["2024-03"].sent_date == date(2024, 8, 12)
    assert advices["2024-03"].internal_notes == "één"
    assert advices["2024-04"].title == "Schuldhulp; vroegsignalering"


def test_user_corrects_the_mapping_before_importing(
    tmp_path: Path, service: RegisterService
) -> None:
    path = write_xlsx(
        tmp_path / "eigen.xlsx",
        [
            ["Nr.", "Onderwerp", "Datum advies", "Afgehandeld op"],
            ["2024-01", "Vervoer", date(2024, 1, 8), date(2024, 2, 1)],
        ],
    )
    table = read_sheet(path)
    mapping = guess_mapping(table)
    assert mapping.columns == (Column.NUMBER, Column.TITLE, Column.SENT_DATE, None)
    assert plan_import(service, table, mapping).rows[0].reply is None
    corrected = mapping.with_column(3, Column.REPLY_DATE)
    plan = plan_import(service, table, corrected)
    assert plan.rows[0].reply is not None and plan.rows[0].reply.date == date(2024, 2, 1)
    apply_import(service, plan)
    assert service.register()[0].reply_date == date(2024, 2, 1)


def test_a_failure_halfway_leaves_nothing_behind(
    tmp_path: Path, service: RegisterService, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _good_workbook(tmp_path / "register.xlsx")
    plan = prepare_import(service, path)
    before = table_snapshot(service)
    calls = {"n": 0}
    original = repo_of(service).insert_reply

    def failing(reply):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:  # the first reply: its advice is already in
            raise OSError("schijf vol")
        return original(reply)

    monkeypatch.setattr(repo_of(service), "insert_reply", failing)
    with pytest.raises(StorageError, match="is mislukt"):  # a Dutch message, no traceback
        apply_import(service, plan)
    assert calls["n"] == 1
    assert table_snapshot(service) == before


def test_rows_without_number_are_recognised_by_subject_and_date(
    tmp_path: Path, service: RegisterService
) -> None:
    rows = [["Onderwerp", "Datum advies"], ["Mantelzorg", "1-10-2024"], ["Vervoer", ""]]
    path = write_csv(tmp_path / "zonder.csv", rows)
    first = apply_import(service, prepare_import(service, path))
    numbers = [c.number for c in first.created]
    assert numbers[0] == "2024-01"  # the year of its date
    assert numbers[1].startswith(f"{date.today().year}-")  # no date: this year
    second_plan = prepare_import(service, path)
    assert second_plan.rows == () and len(second_plan.existing) == 2


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: write_txt(p / "leeg.xlsx", ""), "leeg"),
        (lambda p: write_txt(p / "tekst.xlsx", "Nr.;Onderwerp\n1;x"), "geen Excel-werkmap"),
        (lambda p: write_txt(p / "kapot.xlsx", "PK\x03\x04rommel", "latin-1"), "beschadigd"),
        (lambda p: write_txt(p / "oud.xls", "\xd0\xcf\x11\xe0", "latin-1"), "bestandstype (.xls)"),
        (lambda p: write_txt(p / "binair.csv", "a\x00b"), "geen CSV-bestand"),
        (lambda p: write_csv(p / "geenkop.csv", [["a", "b"], ["1", "2"]]), "geen kopregel"),
        (lambda p: write_txt(p / "leeg.csv", "\r\n \r\n"), "geen gegevens"),
    ],
)
def test_bad_spreadsheet_files(
    tmp_path: Path, make: object, expected: str, service: RegisterService, cli: CliRunner
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(RegisterImportError) as info:
        prepare_import(service, path)
    assert path.name in str(info.value) and expected in str(info.value)
    code, _, err = cli("import-register", str(path))
    assert code == 1 and path.name in err and "Traceback" not in err
    assert service.count() == 0


def test_too_many_rows_is_refused(
    tmp_path: Path, service: RegisterService, monkeypatch: pytest.MonkeyPatch
) -> None:
    import adviesraad_app.services.sheets.sheet_reading as module

    monkeypatch.setattr(module, "MAX_ROWS", 5)
    rows = [["Nr.", "Onderwerp"]] + [[f"2024-{i:02d}", f"A{i}"] for i in range(1, 60)]
    with pytest.raises(RegisterImportError, match="hooguit 5"):
        read_sheet(write_csv(tmp_path / "groot.csv", rows))


# ---------------------------------------------------------------------- export


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("confidential", [False, True])
def test_export_imports_again_unchanged(
    tmp_path: Path, fmt: str, confidential: bool, demo_service: RegisterService, db_path: Path
) -> None:
    selection = RegisterFilter(include_confidential=confidential)
    first = tmp_path / f"eerste.{fmt}"
    count = export_register(demo_service, first, selection)
    assert count == demo_service.count(selection)
    other = RegisterService.open(tmp_path / "ander.sqlite3")
    try:
        plan = prepare_import(other, first)
        assert plan.ok, [p.text() for p in plan.problems]
        result = apply_import(other, plan)
        assert len(result.created) == count
        second = tmp_path / f"tweede.{fmt}"
        export_register(other, second, selection)
        assert _cells(first) == _cells(second)
        # and the register itself: same advices, dates, replies, outcomes, statuses
        a = [
            (r.number, r.title, r.status, r.sent_date, r.reply_date, r.outcome)
            for r in demo_service.register(selection)
        ]
        b = [
            (r.number, r.title, r.status, r.sent_date, r.reply_date, r.outcome)
            for r in other.register(selection)
        ]
        assert sorted(a, key=str) == sorted(b, key=str)
        # importing the export again changes nothing
        assert prepare_import(other, first).rows == ()
    finally:
        other.close()


def _cells(path: Path) -> list[list[object]]:
    if path.suffix == ".csv":
        return [line.split(";") for line in path.read_text("utf-8-sig").splitlines()]
    from openpyxl import load_workbook

    return [list(r) for r in load_workbook(path).active.iter_rows(values_only=True)]


def test_export_leaves_out_confidential_items_unless_asked(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner
) -> None:
    confidential = [r for r in demo_service.register() if r.confidential]
    assert confidential  # the demo has a confidential signal with internal notes
    path = tmp_path / "openbaar.csv"
    assert cli("export", "csv", "--output", str(path))[0] == 0
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the accents right
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0].split(";")
    assert header[:3] == ["Nr.", "Onderwerp", "Soort advies"] and "Opmerkingen" not in header
    assert confidential[0].title not in text
    assert "niet delen" not in text and "\r\n" in text
    full = tmp_path / "alles.csv"
    assert cli("export", "csv", "--output", str(full), "--include-confidential")[0] == 0
    text = full.read_text("utf-8-sig")
    assert confidential[0].title in text and "niet delen" in text
    assert "Opmerkingen" in text.splitlines()[0]


def test_export_of_a_filter_and_xlsx_cells(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner
) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "2024.xlsx"
    code, _out, _ = cli("export", "xlsx", "--output", str(path), "--year", "2024")
    assert code == 0
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    numbers = [r[0] for r in rows[1:]]
    assert numbers and all(str(n).startswith("2024-") for n in numbers)
    assert len(numbers) == demo_service.count(RegisterFilter(year=2024, include_confidential=False))
    werk = next(r for r in rows if r[1] and "Werk- en Leercentrum" in r[1])
    header = list(rows[0])
    assert werk[header.index("Datum advies")] == datetime(2024, 8, 12)  # a real date cell
    assert werk[header.index("Datum reactie (college)")] == datetime(2024, 11, 5)
    assert sheet.cell(2, header.index("Datum advies") + 1).number_format == "DD-MM-YYYY"
    assert sheet.freeze_panes == "C2"


def test_export_to_an_unknown_format_or_unwritable_place(
    tmp_path: Path, demo_service: RegisterService, cli: CliRunner
) -> None:
    code, _, err = cli(
        "export", "xlsx", "--output", str(tmp_path / "bestaat-niet" / "x" / "r.xlsx")
    )
    assert code == 1 and "bestaat niet" in err  # folders are never made
    assert not (tmp_path / "bestaat-niet").exists()
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    code, _, err = cli("export", "csv", "--output", str(blocker / "r.csv"))
    assert code == 1 and "Traceback" not in err
    assert list(tmp_path.glob(".r*")) == []


def test_rows_left_out_keep_their_numbers(service, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An unnumbered row is numbered after a skipped bad row's number, never given it."""
    from adviesraad_app.services.sheets.register_import import apply_import, prepare_import

    sheet = tmp_path / "register.csv"
    sheet.write_text(
        "Nr.;Onderwerp;Soort;Datum advies\n"
        "2023-03;Jeugdhulp dichtbij;ongevraagd;31-02-2023\n"
        ";Toegang tot de Wmo;ongevraagd;08-02-2023\n",
        encoding="utf-8",
    )
    plan = prepare_import(service, sheet)
    assert [p.row for p in plan.problems] == [2]
    result = apply_import(service, plan, skip_invalid=True)
    assert result is not None
    numbers = [r.number for r in service.register()]
    assert numbers == ["2023-04"]


def test_import_register_json_failures_answer_on_stdout_too(
    tmp_path: Path, service: RegisterService, cli: CliRunner
) -> None:
    code, out, err = cli("import-register", str(tmp_path / "weg.xlsx"), "--json")
    assert code == 1
    data = json.loads(out)
    assert data == {"ok": False, "error": data["error"]}
    assert "weg.xlsx" in data["error"] and data["error"] in err
    wrong = write_txt(tmp_path / "register.xlsx", "gewoon tekst")
    code, out, _ = cli("import-register", str(wrong), "--json", "--dry-run")
    assert code == 1 and json.loads(out)["ok"] is False
    # problems in a dry run: the plan, and ok/error
    bad = write_csv(tmp_path / "fouten.csv", [BAD_HEADER, *BAD_ROWS])
    code, out, err = cli("import-register", str(bad), "--json", "--dry-run")
    data = json.loads(out)
    assert code == 1 and data["ok"] is False and data["error"] in err
    assert data["invalid_rows"] and data["dry_run"] is True
    # refused import: the same
    code, out, err = cli("import-register", str(bad), "--json")
    data = json.loads(out)
    assert code == 1 and data["ok"] is False and "niets geïmporteerd" in data["error"]
    # success
    good = write_csv(tmp_path / "goed.csv", [["Nr.", "Onderwerp"], ["2024-01", "Iets"]])
    code, out, err = cli("import-register", str(good), "--json")
    data = json.loads(out)
    assert code == 0, err
    assert data["ok"] is True and data["error"] is None and data["imported"] == 1


def test_one_college_letter_is_the_reply_to_one_advice(
    tmp_path: Path, service: RegisterService
) -> None:
    from adviesraad_app.domain.advices import Advice
    from adviesraad_app.domain.kinds import AdviceKind
    from adviesraad_app.domain.replies import Reply

    known = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Al in het register", sent_date=date(2024, 8, 1))
    )
    assert known.id is not None
    service.save_reply(Reply(advice_id=known.id, date=date(2024, 9, 1), our_reference="UIT-9"))
    header = ["Onderwerp", "Datum advies", "Datum reactie (college)", "Kenmerk (reactie)"]
    rows = [
        header,
        ["Eerste", "1-10-2024", "5-11-2024", "UIT - 1"],
        ["Tweede", "2-10-2024", "6-11-2024", "uit-1"],
        ["Derde", "3-10-2024", "7-11-2024", "uit - 9"],
        ["Vierde", "4-10-2024", "8-11-2024", "UIT-4"],
    ]
    plan = prepare_import(service, write_csv(tmp_path / "brieven.csv", rows))
    texts = [p.text() for p in plan.problems]
    assert len(texts) == 2
    assert "rij 3" in texts[0] and "ook de reactie in rij 2" in texts[0]
    assert "rij 4" in texts[1] and f"al de reactie op advies {known.number}" in texts[1]
