"""Shared fixtures (registered in tests/conftest.py): a register with the Werk- en
Leercentrum advice of the seed letter (sent 12-08-2024, no reply yet), and a way to run the CLI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from adviesraad_app.cli.main import main
from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.schema import expected_tables
from tests.conftest import SEEDS
from tests.support.internals import store_of

CliRunner = Callable[..., tuple[int, str, str]]


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def werk_advice(service: RegisterService) -> Advice:
    """The unsolicited advice the seed reply answers, plus two others on the same day/subject
    words so that matching has something to choose from."""
    service.create_advice(
        Advice(
            kind=AdviceKind.GEVRAAGD,
            title="Inkoop jeugdhulp 2025",
            request_received=date(2024, 6, 3),
            sent_date=date(2024, 8, 12),
        )
    )
    service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Toegankelijkheid van het Werkplein",
            sent_date=date(2024, 3, 4),
        )
    )
    return service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Continuering van het Werk- en Leercentrum (Dimence)",
            theme="Wmo",
            sent_date=date(2024, 8, 12),
            reference="ASD 2024-031",
            recommendations=renumber(["Zet het Werk- en Leercentrum voort."]),
        )
    )


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], db_path: Path) -> CliRunner:
    """Run ``adviesraad --db <db_path> ARGS``: (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--db", str(db_path), *args])
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def table_snapshot(service: RegisterService) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: to prove that a refused import changed nothing."""
    tables = [t for t in expected_tables() if t != "advice_search"]  # FTS: no plain rows
    return {
        t: [tuple(r) for r in store_of(service).query(f"SELECT * FROM {t} ORDER BY 1")]
        for t in tables
    }


def unsolicited(service: RegisterService, title: str, **fields: object) -> Advice:
    """An unsolicited advice with ``title`` (and any other fields), saved in ``service``."""
    values: dict[str, object] = {"kind": AdviceKind.ONGEVRAAGD, "title": title, **fields}
    return service.create_advice(Advice(**values))  # type: ignore[arg-type]
