"""What one cell of an imported register means: dates (also Excel serial numbers), advice
numbers, kinds, outcomes, yes/no, recommendations. A cell that cannot be read raises
:class:`CellError` with a Dutch message."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from adviesraad_app.domain.advices import format_number
from adviesraad_app.domain.dates import parse_date
from adviesraad_app.domain.errors import DateParseError
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, ManualStatus, Outcome
from adviesraad_app.i18n import current_language, translate
from adviesraad_app.services.sheets.register_sheet import normalize_header
from adviesraad_app.services.sheets.sheet_reading import cell_text

EARLIEST_YEAR = 1990  # dates outside these years are typing errors, not history
LATEST_YEAR = 2100
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_ERRORS = frozenset({"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!"})


class CellError(ValueError):
    """One cell that cannot be read; the message is Dutch."""


def excel_serial_date(value: float) -> date:
    """An Excel serial day number (1900 date system) as a date."""
    return EXCEL_EPOCH + timedelta(days=int(value))


_ISO_DATETIME = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_NUMBER_YEAR_FIRST = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,4})$")
_NUMBER_YEAR_LAST = re.compile(r"^(\d{1,4})\s*[-/.]\s*(\d{4})$")


def _plausible(value: date, shown: str) -> date:
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise CellError(
            translate("Import", "‘{text}’ is geen aannemelijke datum.").format(text=shown)
        )
    return value


def cell_date(value: Any) -> date | None:
    """A date cell: a real Excel date, an Excel day number, or Dutch date text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return _plausible(value.date(), cell_text(value))
    if isinstance(value, date):
        return _plausible(value, cell_text(value))
    if isinstance(value, bool):
        raise CellError(
            translate("Import", "‘{text}’ is geen datum.").format(text=cell_text(value))
        )
    if isinstance(value, int | float):
        if 1 <= value < 2958466:
            return _plausible(excel_serial_date(value), cell_text(value))
        raise CellError(
            translate("Import", "‘{text}’ is geen datum.").format(text=cell_text(value))
        )
    text = str(value).strip()
    if text.upper() in EXCEL_ERRORS:
        raise CellError(
            translate("Import", "de formule in deze cel geeft een fout ({error}).").format(
                error=text
            )
        )
    if text.isdigit():
        return cell_date(int(text))
    match = _ISO_DATETIME.match(text)
    if match:
        text = match[1]
    try:
        return _plausible(parse_date(text), text)
    except DateParseError as exc:
        raise CellError(exc.message) from None


def cell_number(value: Any, year: int | None) -> str:
    """An advice number: ``2024-07``, ``2024/7``, ``07-2024``, or a bare sequence number
    with the year of the advice's own dates."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if isinstance(value, datetime | date) and value.day == 1:
        # Excel turns a typed 2024-07 into the date 1 July 2024.
        return format_number(value.year, value.month)
    sequence: int | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer():
            sequence = int(value)
    else:
        text = str(value).strip()
        match = _NUMBER_YEAR_FIRST.search(text)
        if match:
            return format_number(int(match[1]), int(match[2]))
        match = _NUMBER_YEAR_LAST.match(text)
        if match:
            return format_number(int(match[2]), int(match[1]))
        if text.isdigit():
            sequence = int(text)
    if sequence is not None and 1 <= sequence <= 9999:
        if year is None:
            raise CellError(
                translate(
                    "Import",
                    "nummer {n} zonder jaar: schrijf het als jaar-volgnummer (zoals "
                    "{year}-{n:02d}) of vul een datum in.",
                ).format(n=sequence, year=date.today().year)
            )
        return format_number(year, sequence)
    raise CellError(
        translate("Import", "‘{text}’ is geen adviesnummer (zoals 2024-07).").format(
            text=cell_text(value)
        )
    )


def _words(mapping: dict[str, Any]) -> dict[str, Any]:
    return {normalize_header(k): v for k, v in mapping.items()}


_KIND_WORDS = _words(
    {
        "gevraagd": AdviceKind.GEVRAAGD,
        "gevraagd advies": AdviceKind.GEVRAAGD,
        "g": AdviceKind.GEVRAAGD,
        "ongevraagd": AdviceKind.ONGEVRAAGD,
        "ongevraagd advies": AdviceKind.ONGEVRAAGD,
        "eigen initiatief": AdviceKind.ONGEVRAAGD,
        "o": AdviceKind.ONGEVRAAGD,
        "signaal": AdviceKind.SIGNAAL,
        "signalering": AdviceKind.SIGNAAL,
        "s": AdviceKind.SIGNAAL,
    }
)
_OUTCOME_WORDS = _words(
    {
        "overgenomen": Outcome.OVERGENOMEN,
        "geheel overgenomen": Outcome.OVERGENOMEN,
        "deels overgenomen": Outcome.DEELS,
        "gedeeltelijk overgenomen": Outcome.DEELS,
        "deels": Outcome.DEELS,
        "niet overgenomen": Outcome.NIET,
        "niet": Outcome.NIET,
        "afgewezen": Outcome.NIET,
        "kennisgenomen": Outcome.KENNISGENOMEN,
        "kennis genomen": Outcome.KENNISGENOMEN,
        "voor kennisgeving aangenomen": Outcome.KENNISGENOMEN,
        "ter kennisgeving": Outcome.KENNISGENOMEN,
    }
)
_YES = frozenset({"ja", "j", "x", "1", "true", "waar", "yes", "vertrouwelijk"})
_NO = frozenset({"nee", "n", "0", "false", "onwaar", "no", ""})
_RECOMMENDATION_MARK = re.compile(r"^\s*(?:\d+\s*[.):]|[-•*–])\s*")


def _choice(
    value: Any, words: dict[str, Any], extra: dict[str, Any], what: Callable[[], str]
) -> Any:
    key = normalize_header(cell_text(value))
    if not key:
        return None
    if key in words:
        return words[key]
    if key in extra:
        return extra[key]
    raise CellError(
        translate("Import", "‘{text}’ is geen {what}.").format(text=cell_text(value), what=what())
    )


@functools.lru_cache(maxsize=4)
def _labels(language: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The program's own Dutch (or translated) names of kinds and outcomes, normalised."""
    del language  # the cache key
    return (
        {normalize_header(k.label): k for k in AdviceKind},
        {normalize_header(o.label): o for o in Outcome},
    )


def cell_kind(value: Any) -> AdviceKind | None:
    extra = _labels(current_language())[0]
    kind: AdviceKind | None = _choice(
        value,
        _KIND_WORDS,
        extra,
        lambda: translate("Import", "soort advies (gevraagd, ongevraagd, signaal)"),
    )
    return kind


def cell_outcome(value: Any) -> Outcome | None:
    extra = _labels(current_language())[1]
    outcome: Outcome | None = _choice(
        value,
        _OUTCOME_WORDS,
        extra,
        lambda: translate(
            "Import", "uitkomst (overgenomen, deels overgenomen, niet overgenomen, kennisgenomen)"
        ),
    )
    return outcome


def cell_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    key = cell_text(value).lower().strip(" .")
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise CellError(
        translate("Import", "‘{text}’ is geen ja of nee.").format(text=cell_text(value))
    )


def cell_manual_status(value: Any) -> ManualStatus | None:
    """``afgerond``/``vervallen`` are set by hand; every other status follows from the dates."""
    key = normalize_header(cell_text(value))
    for manual in ManualStatus:
        if key == normalize_header(AdviceStatus(manual.value).label) or key == manual.value:
            return manual
    return None


def cell_keeps_open(value: Any) -> bool:
    """``reactie ontvangen``: the sheet says the advice is still open after the reply. Its
    commitments do not travel in a sheet, so without this it would become afgerond."""
    key = normalize_header(cell_text(value)) if value is not None else ""
    status = AdviceStatus.REACTIE_ONTVANGEN
    return bool(key) and key in (normalize_header(status.label), status.value)


def cell_recommendations(value: Any) -> list[str]:
    lines = cell_text(value).splitlines() if value is not None else []
    return [_RECOMMENDATION_MARK.sub("", line).strip() for line in lines if line.strip()]
