"""What the letter dialog shows beside the letter: the commitments it seems to make (a table
to tick and correct), and the words for a match's confidence and a file's format."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from adviesraad_app.domain.dates import format_short, parse_date
from adviesraad_app.domain.errors import DateParseError
from adviesraad_app.domain.letter_fields import CommitmentCandidate
from adviesraad_app.domain.letter_match import SURE, MatchCandidate
from adviesraad_app.gui.common.table_model import TableModel
from adviesraad_app.i18n import translate

Index = QModelIndex | QPersistentModelIndex

LIKELY = 0.45  # from here a candidate is "waarschijnlijk"; below it "twijfelachtig"


def confidence_word(candidate: MatchCandidate, sure: bool) -> str:
    """``zeker`` (only the unambiguous best match), ``waarschijnlijk`` or ``twijfelachtig``."""
    if sure and candidate.confidence >= SURE:
        return translate("LetterDialog", "zeker")
    if candidate.confidence >= LIKELY:
        return translate("LetterDialog", "waarschijnlijk")
    return translate("LetterDialog", "twijfelachtig")


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def format_name(fmt: str) -> str:
    return {
        "pdf": translate("LetterDialog", "PDF"),
        "docx": translate("LetterDialog", "Word-document"),
        "txt": translate("LetterDialog", "tekstbestand"),
    }.get(fmt, fmt)


# ---------------------------------------------------------------------- commitments


@dataclass(slots=True)
class _CandidateRow:
    checked: bool
    text: str
    due_date: date | None


class CommitmentCandidatesModel(TableModel):
    """The promises a reply letter seems to make: tick the ones to record. The text and the
    date can be corrected (a date that is not a date is refused)."""

    TEXT, DUE = range(2)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[_CandidateRow] = []
        self.headers = [
            translate("LetterDialog", "Toezegging"),
            translate("LetterDialog", "Uiterlijk"),
        ]

    def set_candidates(self, candidates: Sequence[CommitmentCandidate]) -> None:
        self.beginResetModel()
        self._rows = [_CandidateRow(True, c.text, c.due_date) for c in candidates]
        self.endResetModel()

    def chosen(self) -> list[CommitmentCandidate]:
        return [CommitmentCandidate(r.text, r.due_date) for r in self._rows if r.checked]

    def row_count(self) -> int:
        return len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.TEXT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == self.TEXT:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return row.text
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.text
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        elif column == self.DUE:
            if role == Qt.ItemDataRole.DisplayRole:
                return format_short(row.due_date) or translate("LetterDialog", "geen datum")
            if role == Qt.ItemDataRole.EditRole:
                return format_short(row.due_date)
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate(
                    "LetterDialog", "Dubbelklik om de datum te wijzigen (leeg: geen datum)."
                )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        if index.column() == self.TEXT and role == Qt.ItemDataRole.CheckStateRole:
            row.checked = Qt.CheckState(value) == Qt.CheckState.Checked
        elif index.column() == self.TEXT and role == Qt.ItemDataRole.EditRole:
            text = " ".join(str(value or "").split())
            if not text:
                return False
            row.text = text
        elif index.column() == self.DUE and role == Qt.ItemDataRole.EditRole:
            text = str(value or "").strip()
            try:
                row.due_date = parse_date(text) if text else None
            except DateParseError:
                return False
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True
