"""The letter-reading rules one by one, at their edges (written against the mutants that
mutation testing left alive: each test fails when a rule is bent)."""

from __future__ import annotations

from datetime import date

import pytest

from adviesraad_app.domain.letter_deadline import find_relative_deadline
from adviesraad_app.domain.letter_header import (
    _label_kind,
    assign_column,
    parse_header,
    split_by_kind,
)
from adviesraad_app.domain.letter_labels import (
    HeaderField,
    looks_like_date,
    looks_like_name,
    value_fits,
)
from adviesraad_app.domain.letter_sender import council_words, is_from_council

LETTER_DATE = date(2024, 12, 2)  # a Monday


# ---------------------------------------------------------------------- deadlines


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("binnen één week", date(2024, 12, 9)),
        ("binnen 1 week", date(2024, 12, 9)),
        ("binnen een termijn van 8 weken", date(2025, 1, 27)),
        ("binnen 52 weken", date(2025, 12, 1)),
        ("binnen 30 dagen", date(2025, 1, 2)),  # 1 January is a holiday: not the 1st
        ("binnen 1 dag", date(2024, 12, 3)),
        ("binnen twee maanden", date(2025, 2, 3)),  # 2 February 2025 is a Sunday
        ("binnen drie maanden", date(2025, 3, 3)),  # 2 March 2025 is a Sunday
    ],
)
def test_relative_deadlines(sentence: str, due: date) -> None:
    found = find_relative_deadline(f"Wij vragen uw advies {sentence}.", LETTER_DATE)
    assert found is not None
    assert found.due == due
    assert found.phrase == sentence
    assert found.computed


def test_a_month_term_ends_on_the_last_day_of_a_shorter_month() -> None:
    found = find_relative_deadline("binnen 1 maand", date(2025, 1, 31), False)
    assert found is not None and found.due == date(2025, 2, 28)
    found = find_relative_deadline("binnen twaalf maanden", date(2024, 2, 29), False)
    assert found is not None and found.due == date(2025, 2, 28)


def test_without_the_termijnenwet_a_term_may_end_on_a_sunday() -> None:
    assert find_relative_deadline("binnen twee maanden", LETTER_DATE, False).due == date(  # type: ignore[union-attr]
        2025, 2, 2
    )
    assert find_relative_deadline("binnen 26 dagen", LETTER_DATE, False).due == date(  # type: ignore[union-attr]
        2024, 12, 28
    )
    assert find_relative_deadline("binnen 26 dagen", LETTER_DATE).due == date(  # type: ignore[union-attr]
        2024, 12, 30
    )
    # 6 weeks from 1 November 2024 is Friday 13 December either way; from 14 November it is
    # Thursday 26 December (a holiday), and Friday 27 December 2024 is equated by Royal Decree:
    # Monday 30 December with the Atw, else the 26th.
    assert find_relative_deadline("binnen 6 weken", date(2024, 11, 14)).due == date(  # type: ignore[union-attr]
        2024, 12, 30
    )
    assert find_relative_deadline("binnen 6 weken", date(2024, 11, 14), False).due == date(  # type: ignore[union-attr]
        2024, 12, 26
    )


@pytest.mark.parametrize("sentence", ["binnen 0 weken", "binnen 53 weken", "binnen korte tijd"])
def test_no_relative_deadline(sentence: str) -> None:
    assert find_relative_deadline(sentence, LETTER_DATE) is None


def test_no_relative_deadline_without_a_letter_date() -> None:
    assert find_relative_deadline("binnen zes weken", None) is None


# ---------------------------------------------------------------------- shapes and kinds


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Datum", "date"),
        ("Raadsvergadering", "date"),
        ("Ons kenmerk", "ref"),
        ("Zaaknummer", "ref"),
        ("Agendapunt", "ref"),
        ("Behandeld door", "name"),
        ("Naam opsteller", "name"),
        ("Portefeuillehouder", "name"),
        ("Onderwerp", "text"),
        ("Bijlagen", "text"),
    ],
)
def test_label_kinds(label: str, kind: str) -> None:
    assert _label_kind(label) == kind


def test_names() -> None:
    assert looks_like_name("M. van Brink")
    assert looks_like_name("Anna van der Berg de Vries")  # six words
    assert not looks_like_name("een naam van zeven woorden lang hier")
    assert not looks_like_name("")
    assert not looks_like_name("RAAD140135")


def test_dates_as_values() -> None:
    assert looks_like_date("dinsdag 25 september 2014")
    assert not looks_like_date("Dit is een zin die op 25 september 2014 eindigt")
    assert not looks_like_date("Jan Mesu")


def test_value_fits_its_field() -> None:
    assert value_fits(None, "wat dan ook")
    assert value_fits(HeaderField.DATE, "12 mei 2024")
    assert not value_fits(HeaderField.DATE, "binnenkort")
    assert value_fits(HeaderField.CASE_NUMBER, "DCS - 2490169")
    assert not value_fits(HeaderField.OUR_REFERENCE, "Reactie op uw advies")
    assert value_fits(HeaderField.SUBJECT, "Reactie op uw advies")
    assert not value_fits(HeaderField.SUBJECT, " : ")


def test_a_value_row_with_the_date_first_or_in_the_middle() -> None:
    assert split_by_kind(["Onderwerp", "Datum"], "30 augustus 2005 Verzamelbrief") == {
        1: "30 augustus 2005",
        0: "Verzamelbrief",
    }
    # A date inside the subject is part of the subject, not the letter's date.
    assert split_by_kind(["Onderwerp", "Datum"], "Raad van 30 augustus 2005 verslag") == {
        0: "Raad van 30 augustus 2005 verslag"
    }
    # Two dates: the one at the end is the letter's.
    assert split_by_kind(["Onderwerp", "Datum"], "Brief 1 mei 2005 over 30 augustus 2005") == {
        1: "30 augustus 2005",
        0: "Brief 1 mei 2005 over",
    }


# ---------------------------------------------------------------------- a column of labels

RAADSVOORSTEL = [
    "Agendapunt",
    "Raadsvergadering",
    "Naam opsteller:",
    "Informatie op te vragen bij",
    "Zaaknummer",
    "",
    ":",
    ":",
    "",
    ":",
    ":",
    ":",
    "25 september 2014",
    "Geralien Knopert",
    ": G. Knopert",
    "RAAD140135",
]


def test_column_of_labels_colons_and_values() -> None:
    found = parse_header([*RAADSVOORSTEL, "Onderwerp: Vaststelling WMO-verordening"])
    assert found == {
        HeaderField.HANDLED_BY: "G. Knopert",
        HeaderField.CASE_NUMBER: "RAAD140135",
        HeaderField.SUBJECT: "Vaststelling WMO-verordening",
    }


def test_column_block_at_the_very_end_of_the_text() -> None:
    assert parse_header(RAADSVOORSTEL)[HeaderField.CASE_NUMBER] == "RAAD140135"
    assert parse_header(RAADSVOORSTEL[:12]) == {}  # labels and colons, no values


def test_column_values_stop_at_a_labelled_line_and_at_as_many_values_as_labels() -> None:
    lines = ["Agendapunt", "Raadsvergadering", "Zaaknummer", "12", "3 mei 2024", "Z-1", "Z-2"]
    assert parse_header(lines) == {HeaderField.CASE_NUMBER: "Z-1"}
    lines = ["Agendapunt", "Raadsvergadering", "Zaaknummer", "12", "Betreft: Wmo", "Z-9"]
    assert parse_header(lines) == {HeaderField.SUBJECT: "Wmo"}


def test_two_labels_alone_are_no_column() -> None:
    # Two lone labels: the first takes nothing (the next line is a label), the second its value.
    assert parse_header(["Zaaknummer", "Ons kenmerk", "K-12"]) == {
        HeaderField.OUR_REFERENCE: "K-12"
    }


def test_a_name_field_takes_no_date() -> None:
    lines = ["Ons kenmerk      Datum", "Zaaknummer", "Behandeld door", "K-1   3 mei 2024"]
    found = parse_header(lines)
    assert HeaderField.HANDLED_BY not in found


def test_assign_column_keeps_the_order() -> None:
    labels = ["Zaaknummer", "Behandeld door", "Ons kenmerk"]
    assert assign_column(labels, ["Z-1", "K-2"]) == {0: "Z-1", 2: "K-2"}
    assert assign_column(labels, ["M. Jansen", "K-2"]) == {1: "M. Jansen", 2: "K-2"}
    assert assign_column(labels, ["M. Jansen", "P. Jansen"]) is None  # one name label only


# ---------------------------------------------------------------------- the council's own


def test_council_words() -> None:
    assert council_words("Wmo-raad Moerdijk") == ["moerdijk"]
    assert council_words("Adviesraad Sociaal Domein Súdwest-Fryslân") == ["sudwest", "fryslan"]
    assert council_words("ASD Ede") == ["asd", "ede"]
    assert council_words("Wmo-raad De Bilt") == ["bilt"]  # short and generic words say nothing
    assert council_words(None) == []
    assert council_words("") == []


def test_the_councils_name_alone_recognises_its_letter() -> None:
    lines = [
        "College van burgemeester en wethouders",
        "Geacht college,",
        "Het Platform Gehandicaptenbeleid Súdwest-Fryslân vraagt aandacht voor de "
        "toegankelijkheid.",
    ]
    assert is_from_council(lines, "Platform Gehandicaptenbeleid Súdwest-Fryslân")
    assert is_from_council(lines, "platform gehandicaptenbeleid sudwest-fryslan")
    assert not is_from_council(lines, "Platform Gehandicaptenbeleid Leeuwarden")
    assert not is_from_council(lines, None)
    assert not is_from_council(lines[1:2], None)


def test_a_sentence_starting_with_a_label_word_is_no_field() -> None:
    found = parse_header(["Inzake de Wmo hebben wij 3 vragen.", "Onderwerp “Wmo 2025”"])
    assert found == {HeaderField.SUBJECT: "“Wmo 2025”"}
    assert parse_header(["Behandeld door de afdeling Zorg"]) == {}
    assert parse_header(["Behandeld door M. van Brink"]) == {HeaderField.HANDLED_BY: "M. van Brink"}


# ---------------------------------------------------------------------- more edges


@pytest.mark.parametrize(
    ("value", "fits"),
    [
        ("A" * 39 + "1", True),  # 40 characters
        ("A" * 40 + "1", False),  # 41
        ("K 1 2 3 4 5", True),  # six words
        ("K 1 2 3 4 5 6", False),  # seven
        ("K-12 van 12 mei 2024", False),  # a date inside
        ("12-5-24", False),  # a date with a two-digit year
        ("Datum 2024-001", False),  # the next label with its value
        ("Z-12.", False),  # a sentence's end
        ("W12.22.0116.", True),  # dots inside a reference
        ("", False),
    ],
)
def test_reference_edges(value: str, fits: bool) -> None:
    from adviesraad_app.domain.letter_labels import looks_like_reference

    assert looks_like_reference(value) is fits


def test_has_label_edges() -> None:
    from adviesraad_app.domain.letter_header import _has_label

    assert _has_label("\tOns kenmerk")  # an empty first cell
    assert _has_label("Ons kenmerk: K-1")
    assert not _has_label("Gemeente Almelo")
    assert not _has_label("Tekst: Ons kenmerk")  # a label after the colon is a value


def test_glued_short_labels_and_brackets() -> None:
    from adviesraad_app.domain.letter_header import label_prefix

    assert label_prefix("Tel0612345678") == ("Tel", "0612345678")
    assert label_prefix("Zaaknummer(s)AWB 04/1554") == ("Zaaknummer(s)", "AWB 04/1554")


def test_header_ends_at_the_salutation_and_the_body_starts_right_after() -> None:
    from adviesraad_app.domain.letters import parse_letter

    text = (
        "Ons kenmerk: K-1\nDatum: 2 december 2024\nBetreft: Adviesaanvraag Wmo\n"
        "Geachte leden,\nGraag ontvangen wij uw advies uiterlijk 15 januari 2025.\n"
    )
    assert parse_letter(text).requested_deadline == date(2025, 1, 15)


def test_without_a_salutation_only_the_first_80_lines_are_the_header() -> None:
    from adviesraad_app.domain.letters import parse_letter

    filler = ["Tekst zonder labels."] * 85
    fields = parse_letter("\n".join(["Datum: 2 december 2024", *filler, "Ons kenmerk: K-1"]))
    assert fields.date == date(2024, 12, 2)
    assert fields.our_reference is None
    closing = ["Datum: 2 december 2024", "Met vriendelijke groet,", "L. Brinkman"]
    assert parse_letter("\n".join(closing)).signatories is None  # no body without salutation


def test_column_with_an_odd_number_of_colons() -> None:
    lines = [
        "Datum",
        "Zaaknummer",
        "Behandeld door",
        ":",
        ":",
        ":",
        "3 mei 2024",
        "Z-1",
        "M. Jansen",
    ]
    assert parse_header(lines) == {
        HeaderField.DATE: "3 mei 2024",
        HeaderField.CASE_NUMBER: "Z-1",
        HeaderField.HANDLED_BY: "M. Jansen",
    }


def test_column_values_end_at_a_blank_line_or_a_label() -> None:
    labels = ["Agendapunt", "Onderwerp", "Zaaknummer", ":", ":", ":"]
    assert parse_header([*labels, "12", "", "Z-1"]) == {}
    assert parse_header(
        ["Agendapunt", "Raadsvergadering", "Zaaknummer", "12", "Onderwerp", "Z-1"]
    ) == {HeaderField.SUBJECT: "Z-1"}


def test_labels_without_values_at_the_end_of_the_text() -> None:
    assert parse_header(["Agendapunt", "Raadsvergadering", "Zaaknummer"]) == {}
    assert parse_header(["Agendapunt", "Raadsvergadering", "Zaaknummer", ":", ":"]) == {}


def test_a_month_term_over_the_end_of_the_year() -> None:
    found = find_relative_deadline("binnen 1 maand", date(2024, 12, 15), False)
    assert found is not None and found.due == date(2025, 1, 15)


def test_council_words_leave_out_two_letter_words() -> None:
    assert council_words("Adviesraad Ee") == []


def test_the_councils_name_over_two_lines() -> None:
    lines = [
        "College van burgemeester en wethouders",
        "Geacht college,",
        "Namens het Platform Gehandicaptenbeleid",
        "Leeuwarden vragen wij aandacht voor de toegankelijkheid.",
    ]
    assert is_from_council(lines, "Platform Gehandicaptenbeleid Leeuwarden")


def test_rows_of_labels_and_values_edges() -> None:
    # A second row of labels right under a first one (whose values are missing) is read.
    lines = ["Ons kenmerk   Datum", "Onderwerp   Datum", "Reactie   3 mei 2024"]
    assert parse_header(lines) == {
        HeaderField.SUBJECT: "Reactie",
        HeaderField.DATE: "3 mei 2024",
    }
    # "Onderwerp <tab> value <tab> more": the value is all the cells after the label.
    assert parse_header(["Onderwerp\tReactie\top uw advies"]) == {
        HeaderField.SUBJECT: "Reactie op uw advies"
    }
    # Two labels and then text: not a label with its value.
    assert parse_header(["Onderwerp\tDatum\tReactie"]) == {}


def test_space_aligned_values_go_under_their_label() -> None:
    lines = ["     Uw kenmerk     Datum", "K-12               3 mei 2024"]
    assert parse_header(lines) == {
        HeaderField.YOUR_REFERENCE: "K-12",
        HeaderField.DATE: "3 mei 2024",
    }
    # A value may start up to three characters before its label.
    lines = ["Uw kenmerk    Datum", "K-1        3 mei 2024"]
    assert parse_header(lines)[HeaderField.DATE] == "3 mei 2024"
    # Two cells under one label are one value.
    lines = ["Onderwerp                 Datum", "Reactie op  uw advies     3 mei 2024"]
    assert parse_header(lines)[HeaderField.SUBJECT] == "Reactie op uw advies"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Behandelaars", (True, HeaderField.HANDLED_BY)),  # a plural of a known label
        ("Uw verzoek", (True, HeaderField.YOUR_LETTER_DATE)),
        ("Uw verzoek dd", (True, HeaderField.YOUR_LETTER_DATE)),
        ("Uw adviesaanvraag van", (True, HeaderField.YOUR_LETTER_DATE)),
        ("Uw adviesaanvraag", (False, None)),  # "uw advies…" alone is text
        ("Uw brief van heden", (False, None)),  # four words
        ("Uw referentie nr", (True, HeaderField.YOUR_REFERENCE)),
        ("Datum ontvangst", (True, None)),
        ("Ontvangstdatum", (True, None)),
        ("Verzend datum", (True, None)),
        ("Onderwerp datum", (False, None)),  # two labels, not one
        ("Datum2024", (False, None)),
        ("Raadsbrief nummer", (True, HeaderField.OUR_REFERENCE)),
        ("Besluit kenmerk", (True, HeaderField.OUR_REFERENCE)),
        ("Dossier nr", (True, HeaderField.OUR_REFERENCE)),
        ("Kamer nummer", (False, None)),  # not a document's own number
        ("Telefoon nr", (False, None)),
        ("Pagina no", (False, None)),
        ("Raadsbrief referentie", (False, None)),
    ],
)
def test_label_family_rules(label: str, expected: tuple[bool, HeaderField | None]) -> None:
    from adviesraad_app.domain.letter_labels import label_field

    assert label_field(label) == expected
