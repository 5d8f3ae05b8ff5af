from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adviesraad_app.domain.dates import (
    MONTHS,
    find_dates,
    format_long,
    format_short,
    parse_date,
    parse_optional_date,
)
from adviesraad_app.domain.errors import DateParseError


@pytest.mark.parametrize(
    "text",
    [
        "2024-08-12",
        "12-08-2024",
        "12-8-2024",
        "12/8/2024",
        "12.08.2024",
        "12 augustus 2024",
        "12 Augustus 2024",
        "12 aug. 2024",
        "12 aug 2024",
        "maandag 12 augustus 2024",
        "  12   augustus   2024 ",
        "12-08-24",
        "12-8-24",
    ],
)
def test_accepted_forms(text: str) -> None:
    assert parse_date(text) == date(2024, 8, 12)


def test_leading_zero_day_as_in_letters() -> None:
    assert parse_date("05 november 2024") == date(2024, 11, 5)


@pytest.mark.parametrize("text", ["31-02-2024", "2024-13-01", "30 februari 2024", "0-1-2024"])
def test_impossible_dates_say_so_in_dutch(text: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(text)
    assert "bestaat niet als datum" in str(info.value)
    assert text in str(info.value)


@pytest.mark.parametrize("text", ["morgen", "12 smarch 2024", "2024/08", "12-08", "abc"])
def test_nonsense_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(text)
    assert "geen" in str(info.value)


def test_empty_is_an_error_but_optional_empty_is_none() -> None:
    with pytest.raises(DateParseError):
        parse_date("   ")
    assert parse_optional_date("") is None
    assert parse_optional_date(None) is None


def test_formats() -> None:
    assert format_long(date(2024, 8, 12)) == "12 augustus 2024"
    assert format_short(date(2024, 8, 12)) == "12-08-2024"
    assert format_long(None) == "" and format_short(None) == ""


def test_find_dates_in_running_text() -> None:
    text = "Graag ontvangen wij uw advies uiterlijk 15 januari 2025, of anders op 3-2-2025."
    assert find_dates(text) == [date(2025, 1, 15), date(2025, 2, 3)]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_every_written_form_round_trips(value: date) -> None:
    assert parse_date(format_long(value)) == value
    assert parse_date(format_short(value)) == value
    assert parse_date(value.isoformat()) == value
    assert parse_date(f"{value.day}-{value.month}-{value.year}") == value
    assert parse_date(f"{value.day} {MONTHS[value.month - 1][:3]}. {value.year}") == value


@given(st.text(max_size=40))
def test_parse_never_crashes_with_anything_but_a_dutch_error(text: str) -> None:
    try:
        result = parse_date(text)
    except DateParseError as exc:
        assert exc.message
    else:
        assert isinstance(result, date)


def test_years_must_be_plausible() -> None:
    with pytest.raises(DateParseError) as info:
        parse_date("20-12-9999")
    assert "te ver" in str(info.value)
    with pytest.raises(DateParseError):
        parse_date("1-1-1850")
    assert parse_date("1-1-99") == date(1999, 1, 1)
    assert parse_date("5-11-24") == date(2024, 11, 5)
