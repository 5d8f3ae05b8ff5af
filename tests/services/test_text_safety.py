"""Text that could act: a formula in a spreadsheet cell, query syntax in a search, an escape
sequence in a terminal. Each is kept as the text it is and never acts."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.io_files import NothingToExportError
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.sheets.formula_guard import csv_text, from_csv_text
from adviesraad_app.services.sheets.register_export import export_register
from adviesraad_app.services.sheets.register_import import apply_import, prepare_import
from adviesraad_app.storage.search_query import TOKENIZER, fts_query
from tests.support.attacks import ESCAPE_TITLE, FORMULA_TITLE
from tests.support.register import CliRunner

FORMULAS = [FORMULA_TITLE, "+31 6 1234", "-x", "@SUM(A1)", "\tTab", "\rCR", "'=al een apostrof"]


def _add(service: RegisterService, title: str, **fields: object) -> Advice:
    return service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title=title, sent_date=date(2024, 8, 12), **fields)  # type: ignore[arg-type]
    )


# ------------------------------------------------------------------ formula injection


@given(st.text(max_size=20))
def test_csv_escaping_round_trips_every_text(text: str) -> None:
    written = csv_text(text)
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert from_csv_text(written) == text


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_formula_titles_are_exported_as_text_and_import_back(
    fmt: str, service: RegisterService, tmp_path: Path
) -> None:
    for title in FORMULAS:
        _add(service, title)
    target = tmp_path / f"register.{fmt}"
    export_register(service, target, RegisterFilter(include_confidential=True))
    if fmt == "xlsx":
        with zipfile.ZipFile(target) as archive:
            sheet = archive.read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in sheet and "<f " not in sheet  # not one formula cell
    else:
        text = target.read_text("utf-8-sig")
        assert "'=HYPERLINK" in text and "'+31" in text and "'@SUM" in text
        for line in text.splitlines()[1:]:
            for cell in line.split(";"):
                assert not cell.lstrip('"').startswith(("=", "+", "-", "@"))
    other = RegisterService.open(tmp_path / "ander.sqlite3")
    try:
        plan = prepare_import(other, target)
        assert plan.ok, [p.text() for p in plan.problems]
        apply_import(other, plan)
        titles = sorted(r.title for r in other.register(RegisterFilter()))
    finally:
        other.close()
    expected = sorted(" ".join(t.split()) if fmt == "xlsx" else t.strip() for t in FORMULAS)
    assert sorted(" ".join(t.split()) for t in titles) == sorted(
        " ".join(t.split()) for t in expected
    )
    assert FORMULA_TITLE in titles


def test_import_never_stores_a_formula_from_a_sheet(
    service: RegisterService, tmp_path: Path
) -> None:
    """A formula cell gives its computed value (or a row problem), never its formula."""
    from tests.support.letters import write_xlsx

    path = write_xlsx(
        tmp_path / "f.xlsx",
        [
            ["Onderwerp", "Soort", "Datum advies"],
            ['=HYPERLINK("http://x","klik")', "ongevraagd", "12-08-2024"],
        ],
        cached={"A2": "42"},
    )
    plan = prepare_import(service, path)
    apply_import(service, plan)
    assert [r.title for r in service.register(RegisterFilter())] == ["42"]


# ------------------------------------------------------------------ search


def _matches(query: str, tokenize: str = TOKENIZER) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        f"CREATE VIRTUAL TABLE t USING fts5 (title, body, content='', tokenize='{tokenize}', "
        "detail=none, prefix='2 3 4')"
    )
    conn.execute("SELECT rowid FROM t WHERE t MATCH ?", [query]).fetchall()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec=None), max_size=40))
def test_any_search_text_gives_a_valid_query_of_quoted_terms(text: str) -> None:
    query = fts_query(text)
    if query is None:
        return
    assert re.fullmatch(r'"[^"]+"\*( AND "[^"]+"\*)*', query), query
    _matches(query)  # never an OperationalError, whatever was typed


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        min_size=1,
        max_size=30,
    )
)
def test_an_advice_is_found_by_its_own_title(service: RegisterService, text: str) -> None:
    title = text.strip() or "x"
    advice = _add(service, title)
    try:
        if fts_query(title) is not None:
            found = [r.id for r in service.register(RegisterFilter(search=title))]
            assert advice.id in found
    finally:
        service.delete_advice(advice.id)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "words",
    [
        "werk_plein",
        "-x",
        "-werk",
        'werk"',
        "NEAR(werk plein)",
        "werk:",
        "a*b",
        "^werk",
        "{title}: werk",
        "werk OR plein",
    ],
)
def test_search_syntax_in_the_cli_is_just_words(cli: CliRunner, words: str, tmp_path: Path) -> None:
    assert cli("add-advice", "--kind", "ongevraagd", "--title", "Werk_plein en werkplein")[0] == 0
    code, _out, err = cli("list", f"--search={words}")
    assert code == 0, err
    assert "onverwachts" not in err
    target = tmp_path / "x.csv"
    code, _out, err = cli("export", "csv", f"--search={words}", "--output", str(target))
    assert "onverwachts" not in err and "Error" not in err
    assert code == 0 or "geen adviezen" in err


def test_internal_notes_are_not_searched_nor_select_an_export(
    service: RegisterService, tmp_path: Path
) -> None:
    _add(service, "Werk en inkomen", internal_notes="geheimwoord over een inwoner")
    _add(service, "Jeugdhulp", summary="openbaar geheimwoordje niet")
    assert service.count(RegisterFilter(search="geheimwoord")) == 1
    hits = service.register(RegisterFilter(search="geheimwoord"))
    assert [r.title for r in hits] == ["Jeugdhulp"]
    target = tmp_path / "x.csv"
    with pytest.raises(NothingToExportError):
        export_register(service, target, RegisterFilter(search="inwoner"))
    assert not target.exists()


# ------------------------------------------------------------------ terminal escapes


def test_control_characters_are_not_printed_but_kept(
    cli: CliRunner, service: RegisterService
) -> None:
    _add(service, ESCAPE_TITLE)
    code, out, _err = cli("list")
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "Wissen[2J[31mrood en gnipmuw" in out
    code, out, _err = cli("show", "1")
    assert "\x1b" not in out and "Wissen" in out
    assert service.get_advice(1).title == ESCAPE_TITLE  # the data keeps them
    code, out, _err = cli("list", "--json")
    assert ESCAPE_TITLE in out or "\\u001b" in out  # JSON escapes them itself


def test_control_characters_in_a_title_do_not_break_an_xlsx_export(
    service: RegisterService, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    _add(service, ESCAPE_TITLE)
    target = tmp_path / "register.xlsx"
    export_register(service, target, RegisterFilter())
    titles = [row[1] for row in load_workbook(target).active.iter_rows(min_row=2, values_only=True)]
    assert titles == ["Wissen[2J[31mrood en \u202egnipmuw"]
