"""reports/deadlines.py: the Termijnenlijst as the council reads it: overdue, due soon and
undated sections with their counts, each row's state and kind in words (extended, shifted by
the Algemene termijnenwet, a commitment's text, confidential), and the words for empty lists."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adviesraad_app.domain.deadline_items import DeadlineItem
from adviesraad_app.domain.kinds import DeadlineState, DeadlineType
from adviesraad_app.reports.deadlines import headers
from adviesraad_app.services.pdf.content import DeadlineContent, PdfKind
from tests.support.reports import heading, rendered

UNTIL = date(2026, 12, 6)


def _item(number: str, title: str, **fields: object) -> DeadlineItem:
    values: dict[str, object] = {
        "advice_id": 1,
        "number": number,
        "title": title,
        "type": DeadlineType.REPLY_DUE,
        "due_date": date(2026, 11, 2),
        "days_left": -20,
        "state": DeadlineState.OVERDUE,
    }
    values.update(fields)
    return DeadlineItem(**values)  # type: ignore[arg-type]


def _content(
    overdue: list[DeadlineItem],
    due_soon: list[DeadlineItem],
    no_date: list[DeadlineItem] | None = None,
    left_out: int = 0,
) -> DeadlineContent:
    return DeadlineContent(
        heading=heading(PdfKind.TERMIJNEN, "Termijnenlijst", left_out=left_out),
        within_days=14,
        until=UNTIL,
        overdue=overdue,
        due_soon=due_soon,
        no_date=no_date or [],
    )


def test_headers_name_the_columns_in_dutch() -> None:
    assert headers() == ["Uiterlijk", "Stand", "Soort termijn", "Nr.", "Advies of toezegging"]


def test_empty_lists_are_said_in_words(tmp_path: Path) -> None:
    pdf, pages = rendered(_content([], []), tmp_path)
    assert pages >= 1
    assert "Te laat (0)" in pdf.flat
    assert "Er is niets te laat." in pdf.flat
    assert "Binnenkort: tot en met 6 december 2026 (0)" in pdf.flat
    assert "Er lopen geen termijnen af tot en met 6 december 2026." in pdf.flat
    assert "Open, zonder termijn" not in pdf.flat
    assert "Termijnen volgen de Algemene termijnenwet." in pdf.flat


def test_rows_say_state_kind_and_what_in_words(tmp_path: Path) -> None:
    overdue = [
        _item(
            "2026-03",
            "Inkoop jeugdhulp",
            original_date=date(2026, 10, 19),
        )
    ]
    soon = [
        _item(
            "2026-05",
            "Armoedebeleid",
            type=DeadlineType.COMMITMENT_DUE,
            due_date=date(2026, 11, 30),
            days_left=8,
            state=DeadlineState.DUE_SOON,
            detail="Evaluatie voor de zomer",
            confidential=True,
        )
    ]
    undated = [
        _item(
            "2026-07",
            "Mantelzorg",
            type=DeadlineType.COMMITMENT_DUE,
            due_date=None,
            days_left=None,
            state=DeadlineState.NO_DATE,
            detail="Werkbezoek",
        )
    ]
    pdf, _ = rendered(_content(overdue, soon, undated, left_out=2), tmp_path)
    text = pdf.flat
    assert "Te laat (1)" in text and "Binnenkort: tot en met 6 december 2026 (1)" in text
    assert "Open, zonder termijn (1)" in text
    assert "02-11-2026" in text and "20 dagen te laat" in text
    assert "(verdaagd; oorspronkelijk 19-10-2026)" in text
    assert "nog 8 dagen" in text
    assert "Armoedebeleid. Toezegging: Evaluatie voor de zomer (vertrouwelijk)" in text
    assert "geen datum" in text and "zonder termijn" in text
    assert "Mantelzorg. Toezegging: Werkbezoek" in text
    assert text.index("Inkoop jeugdhulp") < text.index("Armoedebeleid") < text.index("Werkbezoek")
    assert "2 termijnen van vertrouwelijke adviezen zijn niet opgenomen." in text


def test_a_date_moved_by_the_termijnenwet_says_why(tmp_path: Path) -> None:
    moved = _item(
        "2026-09",
        "Wmo-verordening",
        due_date=date(2026, 12, 28),
        days_left=36,
        state=DeadlineState.DUE_SOON,
        shifted_from=date(2026, 12, 26),
        shift_reasons=("Tweede Kerstdag",),
    )
    pdf, _ = rendered(_content([], [moved]), tmp_path)
    assert "verschoven van" in pdf.flat
    assert "Tweede Kerstdag" in pdf.flat
