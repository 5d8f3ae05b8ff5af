"""The vocabulary of letter headers: the fields, the labels that name them, the shapes of
their values, and dates as letters (and OCR) write them. Pure functions over text.

A label is recognised exactly (``LABELS``) or by its family: a plural (``Zaaknummers``),
``Uw …`` + a word for a letter (``Uw adviesverzoek van``) or a reference (``Uw nr.``), and
any other ``Datum …`` / ``… datum`` (a date we do not use, so a row of labels is still seen as
one). A value is only taken when its shape fits the field (:func:`value_fits`): a date for a
date field, something with a digit for a reference. A field that does not fit stays empty:
a wrong reference is worse than none.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from adviesraad_app.domain.dates import MONTHS, date_in_text, find_dates, month_number, parse_date
from adviesraad_app.domain.errors import DateParseError


class HeaderField(StrEnum):
    DATE = "date"
    YOUR_LETTER_DATE = "your_letter_date"
    YOUR_REFERENCE = "your_reference"
    OUR_REFERENCE = "our_reference"
    CASE_NUMBER = "case_number"
    HANDLED_BY = "handled_by"
    SUBJECT = "subject"
    REQUESTED_DEADLINE = "requested_deadline"


DATE_FIELDS = frozenset(
    {HeaderField.DATE, HeaderField.YOUR_LETTER_DATE, HeaderField.REQUESTED_DEADLINE}
)
# Fields whose presence makes a header block recognisable (a subject alone does not).
HEADER_EVIDENCE = frozenset(
    {
        HeaderField.DATE,
        HeaderField.YOUR_LETTER_DATE,
        HeaderField.YOUR_REFERENCE,
        HeaderField.OUR_REFERENCE,
        HeaderField.CASE_NUMBER,
    }
)

# Labels as written on letters, normalised by :func:`normalize_label`. ``None``: a label we
# know (so a row of labels is recognised as one) but whose value we do not use.
LABELS: dict[str, HeaderField | None] = {}
_LABEL_TEXTS: dict[HeaderField | None, tuple[str, ...]] = {
    HeaderField.DATE: (
        "datum",
        "verzonden",
        "verzonden op",
        "verzenddatum",
        "datum verzending",
        "datum verzonden",
        "dagtekening",
        "datum brief",
        "datum uitspraak",
        "datum besluit",
        "datum ondertekening",
        "uitgebracht op",
    ),
    HeaderField.YOUR_LETTER_DATE: (
        "uw brief",
        "uw brief van",
        "uw brief dd",
        "uw brief datum",
        "datum uw brief",
        "uw schrijven",
        "uw schrijven van",
        "uw advies van",
        "uw email van",
        "uw email",
        "uw mail van",
        "uw verzoek van",
        "uw aanvraag van",
        "uw adviesaanvraag van",
        "uw adviesverzoek van",
    ),
    HeaderField.YOUR_REFERENCE: ("uw kenmerk", "uw referentie", "uw ref", "uw nummer"),
    HeaderField.OUR_REFERENCE: (
        "ons kenmerk",
        "onze referentie",
        "ons ref",
        "ons nummer",
        "kenmerk",
        "referentie",
        "briefnummer",
        "ledenbrief nummer",
        "registratienummer",
        "ons nr",
    ),
    HeaderField.CASE_NUMBER: (
        "zaaknummer",
        "zaaknr",
        "zaak nr",
        "zaak",
        "zaakkenmerk",
        "dossiernummer",
        "zaaknummers",
    ),
    HeaderField.HANDLED_BY: (
        "behandeld door",
        "behandelaar",
        "contactpersoon",
        "inlichtingen",
        "inlichtingen bij",
        "informatie bij",
        "informatie op te vragen bij",
        "behandelend ambtenaar",
    ),
    HeaderField.SUBJECT: ("onderwerp", "betreft", "betr", "inzake"),
    HeaderField.REQUESTED_DEADLINE: (
        "uiterste datum",
        "uiterste datum advies",
        "advies uiterlijk",
        "advies gevraagd voor",
        "gevraagde adviesdatum",
    ),
    None: (
        "bijlagen",
        "bijlage",
        "aantal bijlagen",
        "doorkiesnummer",
        "doorkies",
        "telefoon",
        "telefoonnummer",
        "tel",
        "email",
        "afdeling",
        "team",
        "cluster",
        "sector",
        "kopie aan",
        "verzendwijze",
        "pagina",
        "blad",
        "telefax",
        "fax",
        "datum publicatie",
        "publicatiedatum",
        "datum gepubliceerd",
        "raadsvergadering",
        "datum raadsvergadering",
        "agendapunt",
        "voorstelnummer",
        "naam opsteller",
        "opsteller",
        "portefeuillehouder",
        "portefeuillehouders",
    ),
}
for _field, _texts in _LABEL_TEXTS.items():
    for _text in _texts:
        LABELS[_text] = _field

REFERENCE_FIELDS = frozenset(
    {HeaderField.YOUR_REFERENCE, HeaderField.OUR_REFERENCE, HeaderField.CASE_NUMBER}
)
_NON_LABEL_CHARS = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_MARKUP = re.compile(r"\*\*|__")
_VALUE_AFTER_COLON = re.compile(r":\s*\S")
_LETTER_WORDS = ("brief", "schrijven", "mail", "verzoek", "aanvraag", "advies")
_REFERENCE_WORDS = frozenset({"kenmerk", "referentie", "ref", "nummer", "nr", "no"})
# "Raadsbrief nummer", "Besluit kenmerk": a document's own reference.
_DOCUMENT_WORDS = frozenset(
    (
        "brief",
        "ledenbrief",
        "raadsbrief",
        "raadsinformatiebrief",
        "besluit",
        "advies",
        "dossier",
        "document",
    )
)
# "Telefoon nummer", "Uw nr." and the like: a number, but not a reference of a letter.
_NOT_REFERENCE = frozenset(
    """
    uw ons onze telefoon tel fax telefax mobiel kvk iban bsn huis postbus klant relatie
    debiteur factuur btw bank rekening pagina blad bijlage bijlagen agenda voorstel
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def normalize_label(text: str) -> str:
    """``'Bijlage(n):'`` -> ``'bijlagen'``; ``'Uw brief d.d.'`` -> ``'uw brief dd'``."""
    lowered = text.lower().replace("-", "").replace("é", "e")
    return _SPACES.sub(" ", _NON_LABEL_CHARS.sub("", lowered)).strip()


def _family(key: str) -> tuple[bool, HeaderField | None]:
    """A label not in the table, recognised by the family it belongs to."""
    if key.endswith("s") and key[:-1] in LABELS:
        return True, LABELS[key[:-1]]
    words = key.split()
    if 2 <= len(words) <= 3 and words[0] == "uw" and not {"ons", "onze"} & set(words):
        if any(w in _REFERENCE_WORDS for w in words[1:]):
            return True, HeaderField.YOUR_REFERENCE
        letter_word = any(part in words[1] for part in _LETTER_WORDS)
        dated = words[-1] in ("van", "dd") or (len(words) == 2 and "advies" not in words[1])
        if letter_word and dated:  # "Uw adviesverzoek van", "Uw mail"; not "uw advies"
            return True, HeaderField.YOUR_LETTER_DATE
    if len(words) > 3 or not all(w.isalpha() for w in words):
        return False, None
    if words[0] == "datum" or (words[-1].endswith("datum") and words[0] not in LABELS):
        return True, None
    own_reference = len(words) == 2 and words[0] not in _NOT_REFERENCE
    if own_reference and (
        words[1] in ("no", "nr")
        or (words[1] in ("kenmerk", "nummer") and words[0] in _DOCUMENT_WORDS)
    ):
        return True, HeaderField.OUR_REFERENCE
    return False, None


def label_field(text: str) -> tuple[bool, HeaderField | None]:
    """(is a known label, the field it names)."""
    key = normalize_label(text)
    if not key or len(key) > 40:
        return False, None
    if key in LABELS:
        return True, LABELS[key]
    if _VALUE_AFTER_COLON.search(text):
        return False, None  # "Datum: binnenkort" is a label with its value, not a label
    return _family(key)


def is_label(text: str) -> bool:
    return label_field(text)[0]


def clean_value(text: str) -> str:
    return _SPACES.sub(" ", _MARKUP.sub("", text)).strip(" \t:;,")


_NAME = re.compile(r"^(?:[A-Z][a-z]?\.\s?)*[A-Za-zÀ-ÿ'’.() -]+$")
_DATE_ONLY = re.compile(
    r"^(?:[a-z]+dag\s+)?\d{1,2}(?:e)?[\s./-]+(?:[a-z]+\.?|\d{1,2})[\s./-]+\d{2,4}\.?$",
    re.IGNORECASE,
)


def looks_like_reference(text: str) -> bool:
    """A reference or case number: short, with a digit, not a date, not a sentence."""
    value = clean_value(text)
    if not value or len(value) > 40 or not any(c.isdigit() for c in value):
        return False
    if _DATE_ONLY.match(value) or len(value.split()) > 6 or date_in_text().search(value):
        return False
    if is_label(value.split()[0]):
        return False  # "Datum 12 mei 2024" is the next label with its value
    return not value.endswith(".") or value.count(".") > 1


def looks_like_name(text: str) -> bool:
    """A person's name (``M. van Brink``, ``Geralien Knopert``): words, no digits."""
    value = clean_value(text)
    return bool(value) and len(value.split()) <= 6 and bool(_NAME.match(value))


def looks_like_date(text: str) -> bool:
    """A value that is a date and little else (``25 september 2014``, ``30/04/2019``)."""
    value = clean_value(text)
    return len(value) <= 30 and parse_letter_date(value) is not None


def value_fits(name: HeaderField | None, text: str) -> bool:
    """Whether ``text`` has the shape of a value of field ``name``."""
    if name is None:
        return True
    if name in (HeaderField.DATE, HeaderField.YOUR_LETTER_DATE, HeaderField.REQUESTED_DEADLINE):
        return parse_letter_date(text) is not None
    if name in REFERENCE_FIELDS:
        return looks_like_reference(text)
    return bool(clean_value(text))


_OCR_DIGITS = {"O": "0", "o": "0", "I": "1", "l": "1", "L": "1", "|": "1"}
_DIGITISH = re.compile(r"\b[0-9OoIlL|]{2,4}\b")


def repair_ocr_digits(text: str) -> str:
    """Digits that OCR read as letters, inside number-like words: ``20L4`` -> ``2014``.

    Only words of two to four characters of which at least half are real digits are changed,
    so words (``Lo``, ``Il``) stay as they are."""

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        digits = sum(c.isdigit() for c in word)
        if digits and 2 * digits >= len(word):
            return "".join(_OCR_DIGITS.get(c, c) for c in word)
        return word

    return _DIGITISH.sub(fix, text)


def month_day_in_text(text: str, reference: date | None) -> list[date]:
    """Dates written without a year ("uiterlijk 15 januari"), placed on or after ``reference``."""
    if reference is None:
        return []
    result: list[date] = []
    for match in DAY_MONTH.finditer(text):
        month = month_number(match[2])
        if month is None:
            continue
        for year in (reference.year, reference.year + 1):
            try:
                candidate = date(year, month, int(match[1]))
            except ValueError:
                break
            if candidate >= reference:
                result.append(candidate)
                break
    return result


_MONTH_WORDS = "|".join(sorted((m for m in MONTHS), key=len, reverse=True))
DAY_MONTH = re.compile(
    r"\b(\d{1,2})\s+(" + _MONTH_WORDS + r"|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\b"
    r"\.?(?!\s*\d)",
    re.IGNORECASE,
)


def parse_letter_date(text: str) -> date | None:
    """A date as written in a header value: ``05 november 2024``, ``5-11-2024``,
    ``Almelo, 5 november 2024``, ``dinsdag 5 nov. 2024``; ``None`` when there is none."""
    cleaned = clean_value(text)
    if not cleaned:
        return None
    try:
        return parse_date(cleaned)
    except DateParseError:
        pass
    found = find_dates(cleaned)
    if found:
        return found[0]
    short_year = _SHORT_YEAR.search(cleaned)
    if short_year:
        try:
            return parse_date(f"{short_year[1]}-{short_year[2]}-20{short_year[3]}")
        except DateParseError:
            return None
    repaired = repair_ocr_digits(cleaned)
    if repaired != cleaned:
        return parse_letter_date(repaired)
    return None


_SHORT_YEAR = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.]'?(\d{2})\b")
