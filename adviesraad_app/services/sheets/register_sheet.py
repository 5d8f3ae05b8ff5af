"""The register as a spreadsheet: its columns, their Dutch names and the variants recognised.

Shared by :mod:`register_import` and :mod:`register_export`, so that an export can be
imported again unchanged. Column names are matched after :func:`normalize_header`
(lower case, no accents or punctuation; a part in brackets may also be left out), so
``Datum reactie (college)``, ``datum reactie`` and ``DATUM REACTIE COLLEGE`` are one column.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from enum import StrEnum

from adviesraad_app.i18n import current_language, translate


class Column(StrEnum):
    """What a spreadsheet column holds (``IGNORED``: recognised, deliberately not imported)."""

    NUMBER = "number"
    TITLE = "title"
    KIND = "kind"
    THEME = "theme"
    PORTFOLIO_HOLDER = "portfolio_holder"
    CIVIL_SERVANT = "civil_servant"
    WORKING_GROUP = "working_group"
    REQUEST_RECEIVED = "request_received"
    REQUEST_REFERENCE = "request_reference"
    REQUESTED_DEADLINE = "requested_deadline"
    SENT_DATE = "sent_date"
    REFERENCE = "reference"
    SUMMARY = "summary"
    RECOMMENDATIONS = "recommendations"
    REPLY_DATE = "reply_date"
    REPLY_REFERENCE = "reply_reference"
    CASE_NUMBER = "case_number"
    OUTCOME = "outcome"
    STATUS = "status"
    CONFIDENTIAL = "confidential"
    NOTES = "internal_notes"
    IGNORED = "ignored"

    @property
    def label(self) -> str:
        """The Dutch column name as the export writes it (and the GUI offers it)."""
        return {
            Column.NUMBER: translate("Sheet", "Nr."),
            Column.TITLE: translate("Sheet", "Onderwerp"),
            Column.KIND: translate("Sheet", "Soort advies"),
            Column.THEME: translate("Sheet", "Thema"),
            Column.PORTFOLIO_HOLDER: translate("Sheet", "Portefeuillehouder"),
            Column.CIVIL_SERVANT: translate("Sheet", "Behandelend ambtenaar"),
            Column.WORKING_GROUP: translate("Sheet", "Werkgroep"),
            Column.REQUEST_RECEIVED: translate("Sheet", "Datum aanvraag"),
            Column.REQUEST_REFERENCE: translate("Sheet", "Kenmerk aanvraag"),
            Column.REQUESTED_DEADLINE: translate("Sheet", "Advies gevraagd uiterlijk"),
            Column.SENT_DATE: translate("Sheet", "Datum advies"),
            Column.REFERENCE: translate("Sheet", "Kenmerk advies"),
            Column.SUMMARY: translate("Sheet", "Samenvatting"),
            Column.RECOMMENDATIONS: translate("Sheet", "Aanbevelingen"),
            Column.REPLY_DATE: translate("Sheet", "Datum reactie (college)"),
            Column.REPLY_REFERENCE: translate("Sheet", "Kenmerk (reactie)"),
            Column.CASE_NUMBER: translate("Sheet", "Zaaknummer"),
            Column.OUTCOME: translate("Sheet", "Uitkomst"),
            Column.STATUS: translate("Sheet", "Status"),
            Column.CONFIDENTIAL: translate("Sheet", "Vertrouwelijk"),
            Column.NOTES: translate("Sheet", "Opmerkingen"),
            Column.IGNORED: translate("Sheet", "(niet importeren)"),
        }[self]


# The columns an export writes, in this order. NOTES only with confidential items included.
EXPORT_COLUMNS: tuple[Column, ...] = (
    Column.NUMBER,
    Column.TITLE,
    Column.KIND,
    Column.THEME,
    Column.PORTFOLIO_HOLDER,
    Column.CIVIL_SERVANT,
    Column.WORKING_GROUP,
    Column.REQUEST_RECEIVED,
    Column.REQUEST_REFERENCE,
    Column.REQUESTED_DEADLINE,
    Column.SENT_DATE,
    Column.REFERENCE,
    Column.SUMMARY,
    Column.RECOMMENDATIONS,
    Column.REPLY_DATE,
    Column.REPLY_REFERENCE,
    Column.CASE_NUMBER,
    Column.OUTCOME,
    Column.STATUS,
    Column.CONFIDENTIAL,
    Column.NOTES,
)

DATE_COLUMNS = frozenset(
    {Column.REQUEST_RECEIVED, Column.REQUESTED_DEADLINE, Column.SENT_DATE, Column.REPLY_DATE}
)

# Names seen in councils' own registers (normalised). Source data, not user interface: the
# spreadsheets are Dutch whatever language the program speaks.
_ALIASES: dict[Column, tuple[str, ...]] = {
    Column.NUMBER: (
        "nr",
        "nummer",
        "no",
        "adviesnummer",
        "advies nr",
        "advies nummer",
        "nr advies",
        "registratienummer",
    ),
    Column.TITLE: ("onderwerp", "titel", "omschrijving", "onderwerp advies", "advies"),
    Column.KIND: (
        "soort",
        "soort advies",
        "type",
        "type advies",
        "gevraagd ongevraagd",
        "gevraagdongevraagd",
        "aard",
        "aard advies",
    ),
    Column.THEME: ("thema", "beleidsterrein", "beleidsveld", "domein"),
    Column.PORTFOLIO_HOLDER: ("portefeuillehouder", "wethouder", "portefeuille"),
    Column.CIVIL_SERVANT: (
        "behandelend ambtenaar",
        "ambtenaar",
        "contactpersoon",
        "contactpersoon gemeente",
        "behandeld door",
    ),
    Column.WORKING_GROUP: ("werkgroep", "rapporteurs", "rapporteur"),
    Column.REQUEST_RECEIVED: (
        "datum aanvraag",
        "datum adviesaanvraag",
        "aanvraag ontvangen",
        "datum ontvangst",
        "datum ontvangst aanvraag",
        "ontvangen",
        "aanvraag",
    ),
    Column.REQUEST_REFERENCE: (
        "kenmerk aanvraag",
        "kenmerk adviesaanvraag",
        "kenmerk gemeente",
    ),
    Column.REQUESTED_DEADLINE: (
        "advies gevraagd uiterlijk",
        "gevraagd uiterlijk",
        "uiterste datum",
        "uiterste datum advies",
        "deadline",
        "deadline advies",
        "advies uiterlijk",
        "gevraagde datum",
        "adviestermijn",
        "termijn advies",
    ),
    Column.SENT_DATE: (
        "datum advies",
        "advies verzonden",
        "verzonden",
        "datum verzonden",
        "verzenddatum",
        "datum verzending",
    ),
    Column.REFERENCE: (
        "kenmerk advies",
        "kenmerk",
        "ons kenmerk",
        "kenmerk adviesraad",
    ),
    Column.SUMMARY: ("samenvatting", "toelichting", "inhoud"),
    Column.RECOMMENDATIONS: ("aanbevelingen", "adviespunten"),
    Column.REPLY_DATE: (
        "datum reactie college",
        "datum reactie",
        "reactie college",
        "reactie ontvangen",
        "datum antwoord",
        "datum beantwoording",
        "reactie",
    ),
    Column.REPLY_REFERENCE: (
        "kenmerk reactie",
        "kenmerk reactie college",
        "kenmerk antwoord",
        "kenmerk college",
    ),
    Column.CASE_NUMBER: ("zaaknummer", "zaaknr", "zaak"),
    Column.OUTCOME: ("uitkomst", "resultaat", "overgenomen", "uitkomst reactie", "oordeel college"),
    Column.STATUS: ("status",),
    Column.CONFIDENTIAL: ("vertrouwelijk",),
    Column.NOTES: (
        "opmerkingen",
        "opmerking",
        "notities",
        "interne notities",
        "aantekeningen",
        "bijzonderheden",
    ),
    # Figures a spreadsheet computes itself: recognised, never imported (the program
    # computes them from the dates and settings).
    Column.IGNORED: (
        "reactie uiterlijk",
        "termijn reactie",
        "reactietermijn",
        "dagen te laat",
        "dagen",
        "jaar",
    ),
}

_BRACKETS = re.compile(r"\([^)]*\)")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def normalize_header(text: str) -> str:
    """``'Datum reactie (college)'`` -> ``'datum reactie college'``; ``'Nr.'`` -> ``'nr'``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", plain).split())


@functools.lru_cache(maxsize=4)
def _alias_table(language: str) -> dict[str, Column]:
    del language  # the cache key: the export's names depend on the language
    table: dict[str, Column] = {}
    for column, names in _ALIASES.items():
        for name in names:
            table.setdefault(normalize_header(name), column)
    for column in Column:  # the export's own names, also when translated
        table.setdefault(normalize_header(column.label), column)
    return table


def column_for_header(text: str) -> Column | None:
    """The column a header names, or ``None`` when it is not recognised."""
    if not text.strip():
        return None
    table = _alias_table(current_language())
    key = normalize_header(text)
    if key in table:
        return table[key]
    without_brackets = normalize_header(_BRACKETS.sub(" ", text.lower()))
    return table.get(without_brackets)


def column_letter(index: int) -> str:
    """0 -> ``A``, 25 -> ``Z``, 26 -> ``AA``: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
