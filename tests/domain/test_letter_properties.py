"""Property tests: whatever Dutch date format and header layout a municipality uses, the
fields come back as written."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adviesraad_app.domain.dates import MONTHS, WEEKDAYS
from adviesraad_app.domain.letter_fields import LetterType
from adviesraad_app.domain.letter_labels import parse_letter_date
from adviesraad_app.domain.letters import parse_letter

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

dates = st.dates(min_value=date(1995, 1, 1), max_value=date(2090, 12, 31))


def _formats(d: date) -> list[str]:
    month = MONTHS[d.month - 1]
    return [
        f"{d.day} {month} {d.year}",
        f"{d.day:02d} {month} {d.year}",
        f"{d.day} {month.capitalize()} {d.year}",
        f"{d.day} {month[:3]}. {d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day}/{d.month}/{d.year}",
        d.isoformat(),
        f"{WEEKDAYS[d.weekday()]} {d.day} {month} {d.year}",
        f"Almelo, {d.day} {month} {d.year}",
    ]


@SETTINGS
@given(dates, st.integers(min_value=0, max_value=10))
def test_every_dutch_date_format_reads_back(value: date, which: int) -> None:
    assert parse_letter_date(_formats(value)[which]) == value


@SETTINGS
@given(st.text(max_size=40))
def test_date_parsing_never_raises(text: str) -> None:
    result = parse_letter_date(text)
    assert result is None or isinstance(result, date)


# ---------------------------------------------------------------------- header layouts

references = st.from_regex(r"\A[A-Z]{2,4} ?- ?[0-9]{5,8}\Z")
names = st.builds(
    lambda initials, middle, surname: f"{initials} {middle}{surname}",
    st.sampled_from(["M.", "J.H.", "A.", "R.T.A.", "S."]),
    st.sampled_from(["", "van ", "de ", "van der ", "ter "]),
    st.sampled_from(["Brink", "Dijkstra", "Oude Wesselink", "Kamphuis", "Nijhuis"]),
)
subjects = st.builds(
    lambda kind, words: f"Reactie op {kind}advies {words}",
    st.sampled_from(["", "ongevraagd ", "gevraagd ", "uw "]),
    st.lists(
        st.sampled_from(
            ["Werk- en Leercentrum", "jeugdhulp", "Wmo", "armoede", "2025", "beschermd"]
        ),
        min_size=1,
        max_size=4,
    ).map(" ".join),
)

DATE_LABELS = {
    "date": ["Datum", "Verzonden", "Verzenddatum"],
    "your_letter_date": ["Uw brief", "Uw brief van"],
}
TEXT_LABELS = {
    "your_reference": ["Uw kenmerk"],
    "our_reference": ["Ons kenmerk", "Kenmerk"],
    "case_number": ["Zaaknummer"],
    "handled_by": ["Behandeld door", "Contactpersoon"],
}


@st.composite
def headers(draw: st.DrawFn) -> tuple[dict[str, object], list[tuple[str, str]], str]:
    """Fields, the (label, written value) cells, and the subject."""
    values: dict[str, object] = {"date": draw(dates)}
    if draw(st.booleans()):
        values["your_letter_date"] = draw(dates)
    for name, strategy in (
        ("your_reference", references),
        ("our_reference", references),
        ("case_number", references),
        ("handled_by", names),
    ):
        if draw(st.booleans()):
            values[name] = draw(strategy)
    cells: list[tuple[str, str]] = []
    for name, value in values.items():
        if isinstance(value, date):
            label = draw(st.sampled_from(DATE_LABELS[name]))
            written = _formats(value)[draw(st.integers(0, 9))]
        else:
            label = draw(st.sampled_from(TEXT_LABELS[name]))
            written = str(value)
        cells.append((label, written))
    # labels with empty values, as on real letters
    for label in draw(st.lists(st.sampled_from(["Bijlage(n)", "Doorkiesnummer"]), unique=True)):
        cells.append((label, ""))
    cells = draw(st.permutations(cells))
    return values, cells, draw(subjects)


def _tab_rows(cells: list[tuple[str, str]], subject: str, per_row: int) -> list[str]:
    lines: list[str] = []
    for start in range(0, len(cells), per_row):
        group = cells[start : start + per_row]
        lines.append("\t".join(label for label, _ in group))
        lines.append("\t".join(value for _, value in group))
    lines.append(f"Onderwerp\t{subject}\t\t")
    return lines


def _aligned_rows(cells: list[tuple[str, str]], subject: str, per_row: int, gap: int) -> list[str]:
    lines: list[str] = []
    for start in range(0, len(cells), per_row):
        group = cells[start : start + per_row]
        widths = [max(len(label), len(value)) + gap for label, value in group]
        lines.append(
            "".join(label.ljust(w) for (label, _), w in zip(group, widths, strict=True)).rstrip()
        )
        lines.append(
            "".join(value.ljust(w) for (_, value), w in zip(group, widths, strict=True)).rstrip()
        )
    lines.append("Onderwerp".ljust(12 + gap) + subject)
    return lines


def _label_value_lines(cells: list[tuple[str, str]], subject: str) -> list[str]:
    lines = [f"{label}: {value}" for label, value in cells]
    lines.append(f"Betreft: {subject}")
    return lines


@SETTINGS
@given(
    headers(),
    st.sampled_from(["tabs", "aligned", "label-value"]),
    st.integers(min_value=1, max_value=4),
    st.integers(min_value=2, max_value=8),
    st.booleans(),
)
def test_header_fields_read_back_in_every_layout(
    header: tuple[dict[str, object], list[tuple[str, str]], str],
    layout: str,
    per_row: int,
    gap: int,
    crlf: bool,
) -> None:
    values, cells, subject = header
    if layout == "tabs":
        block = _tab_rows(cells, subject, per_row)
    elif layout == "aligned":
        block = _aligned_rows(cells, subject, per_row, gap)
    else:
        block = _label_value_lines(cells, subject)
    lines = ["Gemeente Almelo", "Postbus 5100", "", *block, "", "Geachte leden van de adviesraad,"]
    lines += ["", "Wij danken u voor uw advies.", "", "Hoogachtend,"]
    text = ("\r\n" if crlf else "\n").join(lines)
    fields = parse_letter(text)
    assert fields.has_header
    for name in (
        "date",
        "your_letter_date",
        "your_reference",
        "our_reference",
        "case_number",
        "handled_by",
    ):
        assert getattr(fields, name) == values.get(name), (name, text)
    assert fields.subject == subject
    assert fields.letter_type == LetterType.REPLY


@SETTINGS
@given(st.text(max_size=600))
def test_any_text_gives_an_answer_not_an_exception(text: str) -> None:
    fields = parse_letter(text)
    assert fields.letter_type in LetterType
    if not fields.has_header:
        assert fields.letter_type == LetterType.OTHER and fields.subject is None


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["Dit is een zin.", "Nog een regel", "", "met tekst", "  "]), max_size=40
    )
)
def test_running_text_without_labels_has_no_header(lines: list[str]) -> None:
    fields = parse_letter("\n".join(lines))
    assert not fields.has_header
    assert fields.letter_type == LetterType.OTHER
