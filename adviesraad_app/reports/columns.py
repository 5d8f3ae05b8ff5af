"""Table columns as wide as their content (type for paper: no word is ever broken)."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence

from adviesraad_app.reports.fonts import BOLD, REGULAR, register_fonts, text_width, wrap_lines
from adviesraad_app.reports.style import CELL_FONT_SIZE, CELL_PAD_X


def _widths(header: str, values: Iterable[str]) -> tuple[float, float, float]:
    """Of a column's content: its longest word (bold for the header), the width that holds
    every value on at most two lines, and the width that holds every value on one line."""
    register_fonts()
    word = max((text_width(w, BOLD, CELL_FONT_SIZE) for w in header.split()), default=0.0)
    two = one = 0.0
    for value in set(values):  # a column holds few distinct values ("afgerond", "op tijd")
        words = value.split()
        sizes = [text_width(w, REGULAR, CELL_FONT_SIZE) for w in words]
        space = text_width(" ", REGULAR, CELL_FONT_SIZE)
        word = max(word, *sizes) if sizes else word
        whole = sum(sizes) + space * max(0, len(sizes) - 1)
        one = max(one, whole)
        best = whole
        for cut in range(1, len(sizes)):
            head = sum(sizes[:cut]) + space * (cut - 1)
            best = min(best, max(head, whole - head - space))
        two = max(two, best)
    return word, max(word, two), max(word, one)


def _cell(width: float) -> float:
    return float(math.ceil(width + 2 * CELL_PAD_X))


def fitted_columns(
    width: float,
    columns: Sequence[tuple[str, list[str], bool]],
    *,
    fill: int,
    min_fill: float = 120.0,
) -> list[float]:
    """Widths for a table's columns from their content, the column ``fill`` (free text that
    wraps: a subject) taking the rest of ``width``.

    ``columns``: (header, the column's values, flexible). A fixed column holds its longest
    value on one line. A flexible one (a status, "43 dagen te laat") may also be given the
    width of its longest word or of two lines; of those choices the one that makes the
    table shortest (the fewest lines in its rows) is taken. No word is ever broken.
    """
    choices: list[tuple[float, ...]] = []
    for index, (header, values, flexible) in enumerate(columns):
        if index == fill:
            choices.append((0.0,))
            continue
        word, two, one = _widths(header, values)
        options = sorted({_cell(word), _cell(two), _cell(one)}) if flexible else [_cell(one)]
        # a column never takes more than a third of the table (an extremely long word in a
        # theme is then broken, as wrap_lines breaks what cannot fit)
        cap = math.floor(width / 3)
        choices.append(tuple(sorted({min(option, cap) for option in options})))
    # the rows to measure with: all of a short table, an even sample of a long one
    count = max((len(values) for _h, values, _f in columns), default=0)
    step = max(1, count // 300)
    sample = range(0, count, step)

    def lines(text: str, room: float) -> int:
        return len(wrap_lines(text, REGULAR, CELL_FONT_SIZE, room - 2 * CELL_PAD_X))

    best: tuple[float, list[float]] | None = None
    for combination in itertools.product(*choices):
        rest = width - sum(combination)
        if rest < min_fill and best is not None:
            continue
        widths = [rest if i == fill else w for i, w in enumerate(combination)]
        height = sum(
            max(
                lines(values[row], widths[i]) if len(values) > row else 1
                for i, (_h, values, flexible) in enumerate(columns)
                if flexible or i == fill
            )
            for row in sample
        )
        # ties: the widest text column
        key = height - rest / 10_000
        if best is None or key < best[0]:
            best = (key, widths)
    assert best is not None
    widths = best[1]
    rest = widths[fill]
    if rest < min_fill:
        # even the narrowest choice leaves the free text too little: narrow the others alike
        others = sum(w for i, w in enumerate(widths) if i != fill)
        factor = max(0.0, width - min_fill) / others if others else 1.0
        widths = [min_fill if i == fill else w * factor for i, w in enumerate(widths)]
    return widths
