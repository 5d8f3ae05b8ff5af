"""What a user asks of the register: a selection and an order. Plain data, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus
from adviesraad_app.domain.records import FrozenRecord

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


# init, repr, eq: written once, not compiled at every start (domain/records.py)
@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class RegisterFilter(FrozenRecord):
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

    def __init__(
        self,
        year: int | None = None,
        kind: AdviceKind | None = None,
        status: AdviceStatus | str | None = None,
        theme: str | None = None,
        search: str = "",
        ids: tuple[int, ...] | None = None,
        include_confidential: bool = True,
        deleted: bool = False,
    ) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "year", year)
        setattr_(self, "kind", kind)
        setattr_(self, "status", status)
        setattr_(self, "theme", theme)
        setattr_(self, "search", search)
        setattr_(self, "ids", ids)
        setattr_(self, "include_confidential", include_confidential)
        setattr_(self, "deleted", deleted)

    def is_empty(self) -> bool:
        return self == RegisterFilter(deleted=self.deleted)


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class RegisterOrder(FrozenRecord):
    """How a list is sorted: by which column, newest or largest first by default."""

    key: SortKey = SortKey.NUMBER
    descending: bool = True

    def __init__(self, key: SortKey = SortKey.NUMBER, descending: bool = True) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "descending", descending)
