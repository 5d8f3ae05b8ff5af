"""reports/columns.py: table columns as wide as their content: a fixed column holds its
longest value on one line, the free-text column takes the rest of the page, no column takes
more than a third, and a crowded table still leaves the free text its minimum."""

from __future__ import annotations

import pytest

from adviesraad_app.reports.columns import fitted_columns
from adviesraad_app.reports.fonts import REGULAR, register_fonts, text_width
from adviesraad_app.reports.style import CELL_FONT_SIZE, CELL_PAD_X

WIDTH = 500.0


def test_the_widths_fill_the_page_and_dates_stay_on_one_line() -> None:
    register_fonts()
    dates = ["12-08-2024", "01-10-2026"]
    subjects = ["Continuering van het Werk- en Leercentrum (Dimence)", "Armoede"]
    widths = fitted_columns(
        WIDTH, [("Datum", dates, False), ("Onderwerp", subjects, False)], fill=1
    )
    assert abs(sum(widths) - WIDTH) < 0.01
    longest = max(text_width(d, REGULAR, CELL_FONT_SIZE) for d in dates)
    assert widths[0] >= longest + 2 * CELL_PAD_X  # one line
    assert widths[1] > widths[0]  # the free text takes the rest


def test_no_column_takes_more_than_a_third() -> None:
    long_words = ["Gezondheidszorgvoorzieningencoördinatieoverleg" * 3]
    widths = fitted_columns(
        WIDTH, [("Thema", long_words, False), ("Onderwerp", ["x"], False)], fill=1
    )
    assert widths[0] <= WIDTH // 3


@pytest.mark.timeout(60)
def test_a_crowded_table_leaves_the_free_text_its_minimum() -> None:
    """Fixed columns wider than the page left the free text a room below zero, in which
    ``fonts.wrap_lines`` used to loop forever."""
    columns = [(f"Kolom {i}", ["een tamelijk lange waarde"], False) for i in range(6)]
    columns.append(("Onderwerp", ["tekst"], False))
    widths = fitted_columns(WIDTH, columns, fill=6, min_fill=120.0)
    assert widths[6] == 120.0
    assert abs(sum(widths) - WIDTH) < 0.01


def test_a_flexible_column_may_wrap_when_that_makes_the_table_shorter() -> None:
    states = ["43 dagen te laat", "op tijd"]
    subjects = ["Een onderwerp dat flink wat ruimte nodig heeft om niet te vaak af te breken"] * 2
    fixed = fitted_columns(
        300.0, [("Stand", states, False), ("Onderwerp", subjects, False)], fill=1
    )
    flexible = fitted_columns(
        300.0, [("Stand", states, True), ("Onderwerp", subjects, False)], fill=1
    )
    assert flexible[0] <= fixed[0]
    assert flexible[1] >= fixed[1]
