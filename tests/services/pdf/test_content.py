"""services/pdf/content.py: the vocabulary of the PDFs: a heading made for the council named
in the settings, each kind's Dutch name, what each content counts, and the JSON of a result
and its warnings (code points spelled out)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from adviesraad_app.domain.settings import Settings
from adviesraad_app.services.pdf.content import (
    DeadlineContent,
    ExportResult,
    PdfKind,
    PdfWarning,
    PdfWarningKind,
    make_heading,
)


def test_a_heading_for_the_council_of_the_settings() -> None:
    settings = Settings(council_name="Adviesraad Borne", municipality="Borne")
    heading = make_heading(
        settings,
        PdfKind.TERMIJNEN,
        "Termijnenlijst",
        "per 22-11",
        "Onderwerp",
        date(2026, 11, 22),
        False,
        2,
    )
    assert (heading.council, heading.municipality) == ("Adviesraad Borne", "Borne")
    assert heading.today == date(2026, 11, 22)
    assert heading.made_on == date.today()
    assert heading.left_out_confidential == 2 and not heading.include_confidential


def test_each_kind_has_a_dutch_name() -> None:
    assert [k.label for k in PdfKind] == [
        "Adviezenoverzicht",
        "Dossier",
        "Jaaroverzicht",
        "Termijnenlijst",
        "Agenda",
        "Vergaderstukken",
    ]


def test_counts_and_the_json_of_a_result() -> None:
    heading = make_heading(Settings(), PdfKind.TERMIJNEN, "T", "", "", date(2026, 11, 22), False, 0)
    empty = DeadlineContent(heading, 14, date(2026, 12, 6), [], [])
    assert empty.count == 0
    warning = PdfWarning(PdfWarningKind.RIGHT_TO_LEFT, ("ש",), ("2026-03",), "Let op.")
    result = ExportResult(
        path=Path("termijnen.pdf"),
        kind=PdfKind.TERMIJNEN,
        title="Termijnenlijst",
        pages=2,
        count=5,
        size_bytes=12345,
        include_confidential=False,
        left_out_confidential=1,
        warnings=(warning,),
    )
    data = json.loads(json.dumps(result.as_dict()))
    assert data["kind"] == "termijnen" and data["path"] == "termijnen.pdf"
    assert data["warnings"] == [
        {
            "kind": "right_to_left",
            "characters": ["ש"],
            "code_points": ["U+05E9"],
            "advices": ["2026-03"],
            "message": "Let op.",
        }
    ]
