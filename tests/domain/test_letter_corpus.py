"""Letters as they really come: the corpus of public letters, and the reading rules it needs.

The corpus (``tests/fixtures/letters``, sources in its README) is read whole and held to the
issue's target: no field wrong, at least 95 % right. The other tests pin one layout or phrase
each, so that a change that breaks it says which.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from adviesraad_app.domain.letter_fields import LetterType
from adviesraad_app.domain.letter_header import (
    assign_column,
    find_place_date,
    label_prefix,
    split_by_kind,
    split_label_words,
)
from adviesraad_app.domain.letter_labels import (
    HeaderField,
    label_field,
    looks_like_reference,
    parse_letter_date,
    repair_ocr_digits,
)
from adviesraad_app.domain.letters import parse_letter
from tests.support.letters import REQUEST_LINES

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_letters", ROOT / "benchmarks" / "bench_letters.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_letters"] = module
    spec.loader.exec_module(module)
    return module


def test_corpus_has_25_letters_with_sources() -> None:
    bench = _bench()
    letters = bench.read_corpus()
    assert len(letters) >= 25
    readme = (bench.CORPUS / "README.md").read_text(encoding="utf-8")
    for name, _text, meta in letters:
        assert meta["source"].startswith("http")
        assert meta["source"] in readme and name in readme


# What the reader does not find (yet): a reference and a date glued into one line with a
# court's "No.", and a request named only in the first sentence ("Bij Kabinetsmissive van
# 7 juli 2022, no.2020001361"). When the reader learns one, take it out of this list.
KNOWN_MISSES = {
    ("15_raad_van_state_2022", "your_letter_date"),
    ("15_raad_van_state_2022", "your_reference"),
    ("15_raad_van_state_2022", "our_reference"),
    ("24_cbb_2005", "date"),
    ("24_cbb_2005", "case_number"),
}


def test_corpus_is_read_without_a_wrong_field() -> None:
    result = _bench().score_corpus()
    wrong = [p for p in result["problems"] if p["verdict"] == "wrong"]
    assert wrong == []
    assert result["right_pct"] >= 95.0


def test_corpus_misses_only_the_known_fields() -> None:
    problems = _bench().score_corpus()["problems"]
    assert {(p["letter"], p["field"]) for p in problems} == KNOWN_MISSES


# ---------------------------------------------------------------------- layouts


def test_place_and_date_line_is_the_letters_date_and_a_header() -> None:
    fields = parse_letter("Veenendaal, 5 juli 2013\n\nGeachte leden van de adviesraad,\n\nTekst.\n")
    assert fields.has_header
    assert fields.date == date(2013, 7, 5)


def test_place_and_date_at_the_end_of_a_line_and_with_s_gravenhage() -> None:
    assert find_place_date(["RAADNo.W12.22.0116/III 's-Gravenhage, 21 september 2022"]) == date(
        2022, 9, 21
    )
    assert find_place_date(["Capelle aan den IJssel, 1-1-2015"]) == date(2015, 1, 1)


def test_a_sentence_with_a_comma_and_a_date_is_no_place_and_date_line() -> None:
    assert find_place_date(["Het college heeft, 12 mei 2020"]) is None
    assert find_place_date(["In reactie op uw brief, zoals besproken op 12 mei 2020."]) is None


def test_ocr_damaged_year_is_repaired_only_in_numbers() -> None:
    assert repair_ocr_digits("07 januari 20L4") == "07 januari 2014"
    assert repair_ocr_digits("O5-11-2O24") == "05-11-2024"
    assert repair_ocr_digits("Lo en Il") == "Lo en Il"
    assert parse_letter_date("07 januari 20L4.") == date(2014, 1, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09/01/2012", date(2012, 1, 9)),
        ("1-1-2015", date(2015, 1, 1)),
        ("d.d. 14 juli 2005", date(2005, 7, 14)),
        ("30/04/2019", date(2019, 4, 30)),
    ],
)
def test_date_forms(text: str, expected: date) -> None:
    assert parse_letter_date(text) == expected


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Betr.:", HeaderField.SUBJECT),
        ("Onderwerp :", HeaderField.SUBJECT),
        ("Kenmerk:", HeaderField.OUR_REFERENCE),
        ("Zaaknummer(s):", HeaderField.CASE_NUMBER),
        ("Uw adviesverzoek van", HeaderField.YOUR_LETTER_DATE),
        ("Uw nr.", HeaderField.YOUR_REFERENCE),
        ("Ledenbrief nummer", HeaderField.OUR_REFERENCE),
        ("RvA no.", HeaderField.OUR_REFERENCE),
        ("Datum uitspraak", HeaderField.DATE),
    ],
)
def test_label_families(label: str, field: HeaderField) -> None:
    assert label_field(label) == (True, field)


@pytest.mark.parametrize(
    "label",
    [
        "Telefoon nummer",
        "Datum publicatie",
        "Publicatie datum",
        "Uw brief Ons kenmerk",
        "uw advies",
    ],
)
def test_labels_that_name_no_field_of_ours(label: str) -> None:
    assert label_field(label)[1] is None


def test_a_label_with_its_value_is_not_a_label_alone() -> None:
    assert label_field("Datum: binnenkort") == (False, None)


def test_reference_shape() -> None:
    assert looks_like_reference("UIT - 24117125")
    assert looks_like_reference("Intercom/2005/64668")
    assert not looks_like_reference("Reactie op uw advies")
    assert not looks_like_reference("25 september 2014")
    assert not looks_like_reference("Dit is een zin met 1 getal en veel meer woorden erin.")


def test_row_of_labels_with_single_spaces_and_a_value_row_split_by_kind() -> None:
    assert split_label_words("Onderwerp Datum") == ["Onderwerp", "Datum"]
    assert split_label_words("Uw brief Ons kenmerk") == ["Uw brief", "Ons kenmerk"]
    assert split_label_words("Onderwerp van dit advies") is None
    assert split_by_kind(
        ["Onderwerp", "Datum"], "Verzamelbrief juli/augustus 2005 30 augustus 2005"
    ) == {1: "30 augustus 2005", 0: "Verzamelbrief juli/augustus 2005"}
    # A reference under "Uw brief  Ons kenmerk" is no date: it goes to the reference.
    assert split_by_kind(["Uw brief", "Ons kenmerk"], "Intercom/2005/64668") == {
        1: "Intercom/2005/64668"
    }


def test_one_line_with_two_labelled_values() -> None:
    fields = parse_letter(
        "Almelo, 3 mei 2022\nUw kenmerk 362684 / Uw brief van 23 maart 2022\n"
        "Betr.:      Reactie op uw advies\n\nGeachte leden,\n\nTekst.\n"
    )
    assert fields.your_reference == "362684"
    assert fields.your_letter_date == date(2022, 3, 23)
    assert fields.subject == "Reactie op uw advies"


def test_label_and_value_after_one_space_and_glued() -> None:
    assert label_prefix("Ons kenmerk F/2008014684") == ("Ons kenmerk", "F/2008014684")
    assert label_prefix("Datum uitspraak2006-04-03") == ("Datum uitspraak", "2006-04-03")
    assert label_prefix("ZaaknummersAWB 04/1554") == ("Zaaknummers", "AWB 04/1554")
    fields = parse_letter("Ons kenmerk Reactie zonder nummer\nDatum 12 mei 2024\n")
    assert fields.our_reference is None  # no reference shape: nothing rather than a guess
    assert fields.date == date(2024, 5, 12)


def test_column_of_labels_with_fewer_values_goes_by_kind() -> None:
    labels = ["Agendapunt", "Raadsvergadering", "Informatie op te vragen bij", "Zaaknummer"]
    assert assign_column(labels, ["25 september 2014", "G. Knopert", "RAAD140135"]) == {
        1: "25 september 2014",
        2: "G. Knopert",
        3: "RAAD140135",
    }
    # A value that fits no label left: the block is not read rather than read wrong.
    assert assign_column(labels[:2], ["Geralien Knopert", "iets"]) is None


def test_label_alone_does_not_take_the_next_label_line() -> None:
    fields = parse_letter("Datum: 05-12-2022\nOnderwerp:\nBeslissingen: Klacht ongegrond\n")
    assert fields.date == date(2022, 12, 5)
    assert fields.subject is None


def test_your_letter_date_from_the_text() -> None:
    fields = parse_letter(
        "Ons kenmerk: K-12\nDatum: 1 juni 2019\n\nGeachte raad,\n\nMet verwijzing naar uw "
        "spoedadviesverzoek d.d. 13 maart 2019 bericht de raad u als volgt.\n"
    )
    assert fields.your_letter_date == date(2019, 3, 13)


# ---------------------------------------------------------------------- the council's own letters


COUNCIL_LETTER = """Aan het College van Burgemeester en Wethouders
Postbus 1

Almelo, 3 juni 2024
Betreft: advies armoedebeleid

Geacht college,

De Adviesraad Sociaal Domein Almelo geeft u hierbij ons advies over het armoedebeleid.
"""


def test_the_councils_own_letter_is_recognised_and_not_read_as_a_reply() -> None:
    fields = parse_letter(COUNCIL_LETTER, council_name="Adviesraad Sociaal Domein Almelo")
    assert fields.from_council
    assert fields.letter_type == LetterType.OTHER
    assert any("brief van de raad zelf" in w for w in fields.warnings)


def test_a_college_letter_to_the_council_is_not_the_councils_own() -> None:
    text = (
        "Aan de Adviesraad Sociaal Domein\n\nOns kenmerk: UIT-1\nDatum: 5 november 2024\n"
        "Onderwerp: Reactie op uw advies\n\nGeachte leden van de adviesraad,\n\n"
        "Naar aanleiding van uw advies reageren wij als volgt.\n"
    )
    assert not parse_letter(text, council_name="Adviesraad Sociaal Domein").from_council


def test_a_sentence_about_the_college_is_no_address() -> None:
    text = (
        "Ons kenmerk: 179326\n\nHet college van burgemeester en wethouders van de gemeente "
        "Zutphen,\n\ngelezen het advies van de Adviesraad Sociaal Domein;\n"
    )
    assert not parse_letter(text).from_council


# ---------------------------------------------------------------------- deadlines


def _request(sentence: str) -> list[str]:
    lines = list(REQUEST_LINES)
    lines[lines.index("Graag ontvangen wij uw advies uiterlijk 15 januari 2025.")] = sentence
    return lines


@pytest.mark.parametrize(
    ("sentence", "due", "computed"),
    [
        ("Graag ontvangen wij uw advies vóór 1 oktober.", date(2025, 10, 1), False),
        ("Wij ontvangen uw advies graag uiterlijk 29 juli aanstaande.", date(2025, 7, 29), False),
        # 2-12-2024 + 6 weeks = Monday 13 January 2025.
        ("Wij vragen u binnen zes weken advies uit te brengen.", date(2025, 1, 13), True),
        ("Graag ontvangen wij uw advies binnen 4 weken.", date(2024, 12, 30), True),
    ],
)
def test_requested_deadline_phrases(sentence: str, due: date, computed: bool) -> None:
    fields = parse_letter("\n".join(_request(sentence)))
    assert fields.letter_type == LetterType.REQUEST
    assert fields.requested_deadline == due
    assert fields.requested_deadline_computed is computed
    if computed:
        assert fields.requested_deadline_phrase is not None
        assert fields.requested_deadline_phrase in sentence
        assert any("berekend" in w for w in fields.warnings)


def test_a_computed_deadline_follows_the_termijnenwet_setting() -> None:
    # 2-12-2024 + 23 days = 25 December, Christmas; 26 December is the second Christmas day,
    # 27 December 2024 a day equated by Royal Decree, then a weekend: Monday 30 December.
    text = "\n".join(_request("Graag ontvangen wij uw advies binnen 23 dagen."))
    assert parse_letter(text).requested_deadline == date(2024, 12, 30)
    assert parse_letter(text, apply_termijnenwet=False).requested_deadline == date(2024, 12, 25)
