"""What a user asks of the register: a selection and an order. Plain data, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus

# "open": every status that is not closed; used by filters and the CLI (--status open).
STATUS_OPEN = "open"


class SortKey(StrEnum):
    NUMBER = "number"
    TITLE = "title"
    KIND = "kind"
    THEME = "theme"
    SENT = "sent_date"
    REPLY_DUE = "reply_due"
    REPLY_DATE = "reply_date"
    OUTCOME = "outcome"
    STATUS = "status"
    DAYS_LATE = "days_late"  # how late the reply was (or is, while it is missing)
    URGENCY = "urgency"  # nearest open deadline first; closed advices last
    DELETED = "deleted_at"  # when it went to the waste basket


@dataclass(frozen=True, slots=True)
class RegisterFilter:
    """Which advices a list shows: a year, kind, status, theme, searched words, chosen ids;
    the live advices or the waste basket."""

    year: int | None = None
    kind: AdviceKind | None = None
    status: AdviceStatus | str | None = None  # an AdviceStatus, or STATUS_OPEN
    theme: str | None = None
    search: str = ""
    ids: tuple[int, ...] | None = None
    include_confidential: bool = True
    deleted: bool = False  # True: the deleted advices (the waste basket) instead of the live ones

    def is_empty(self) -> bool:
        return self == RegisterFilter(deleted=self.deleted)


@dataclass(frozen=True, slots=True)
class RegisterOrder:
    """How a list is sorted: by which column, newest or largest first by default."""

    key: SortKey = SortKey.NUMBER
    descending: bool = True
