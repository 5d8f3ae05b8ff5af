"""What a user asks of the register: a selection and an order. Plain data, no SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from .model import AdviceKind, AdviceStatus

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
    key: SortKey = SortKey.NUMBER
    descending: bool = True


_TOKEN = re.compile(r"\w+", re.UNICODE)


def search_tokens(text: str) -> list[str]:
    """Words of a search text, as the full-text index sees them."""
    return [t.lower() for t in _TOKEN.findall(text)][:12]


MIN_TOKEN = 2  # one letter matches nearly everything: searching starts at two


def search_terms(text: str) -> tuple[str, ...]:
    """The words a search actually uses. Two texts with the same terms give the same result
    ("werk" and "werk " and "werk l"), so the register need not search again."""
    return tuple(t for t in search_tokens(text) if len(t) >= MIN_TOKEN)
