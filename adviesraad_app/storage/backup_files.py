"""Backup file names and which automatic backups to keep: pure functions, no file access.

A backup is named ``<stem>-<YYYYmmdd>-<HHMMSS>[-<n>]-<kind>.sqlite3`` (local time), for example
``adviesraad-20261122-171500-auto.sqlite3``. The name alone says when and why the backup was
made, so the list needs no side file and survives being copied to a USB stick.

Thinning (:func:`backups_to_remove`) touches only *automatic* backups. Everything else — made
by hand, or made before a migration, a repair or a restore, or the copy of a damaged file set
aside — is never removed automatically: those exist because somebody (or something) was about
to change the register in a way that might have to be undone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

BACKUP_SUFFIX = ".sqlite3"


class BackupKind(StrEnum):
    """Why a backup was made; the value is the (Dutch) word in the file name."""

    AUTO = "auto"
    MANUAL = "handmatig"
    BEFORE_MIGRATION = "voor-migratie"
    BEFORE_REPAIR = "voor-herstel"
    BEFORE_RESTORE = "voor-terugzetten"
    DAMAGED = "beschadigd"  # a damaged register set aside byte for byte before a restore
    OTHER = "anders"  # a name we recognise but a reason we do not (a newer version's)


@dataclass(frozen=True)
class BackupFile:
    """A backup as its file name describes it."""

    path: Path
    taken_at: datetime
    kind: BackupKind
    reason: str  # the word in the file name (equals ``kind.value`` unless kind is OTHER)


@dataclass(frozen=True)
class RetentionPolicy:
    """How many automatic backups to keep: one per day, then per week, then per month.

    With daily use this is "the last 7 days daily, 8 weeks weekly, 12 months monthly". The
    limits count days (weeks, months) *that have a backup*, not calendar days, so a laptop that
    stayed in a drawer for a year still has its last backups when it is switched on again.
    """

    daily: int = 7
    weekly: int = 8
    monthly: int = 12


DEFAULT_POLICY = RetentionPolicy()

_NAME = re.compile(
    r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+(?:-[a-z]+)*)"
    + re.escape(BACKUP_SUFFIX)
    + r"$"
)


def backup_file_name(stem: str, kind: BackupKind | str, at: datetime, n: int = 0) -> str:
    """The file name for a backup of the register ``<stem>.sqlite3`` made at ``at``.

    ``n`` > 0 tells apart two backups made in the same second.
    """
    reason = kind.value if isinstance(kind, BackupKind) else kind
    counter = f"-{n}" if n else ""
    return f"{stem}-{at:%Y%m%d-%H%M%S}{counter}-{reason}{BACKUP_SUFFIX}"


def parse_backup_name(stem: str, path: Path) -> BackupFile | None:
    """The backup described by ``path``'s name, if it is one of the register ``stem``."""
    name = path.name
    prefix = f"{stem}-"
    if not name.startswith(prefix):
        return None
    match = _NAME.fullmatch(name, len(stem))
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    reason = match["reason"]
    try:
        kind = BackupKind(reason)
    except ValueError:
        kind = BackupKind.OTHER
    if match["n"]:
        # Same-second backups sort in the order they were made.
        taken_at = taken_at.replace(microsecond=min(int(match["n"]), 999_999))
    return BackupFile(path=path, taken_at=taken_at, kind=kind, reason=reason)


def newest_first(backups: Iterable[BackupFile]) -> list[BackupFile]:
    return sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def _month(day: date) -> tuple[int, int]:
    return day.year, day.month


def backups_to_remove(
    backups: Iterable[BackupFile], now: datetime, policy: RetentionPolicy = DEFAULT_POLICY
) -> list[BackupFile]:
    """The automatic backups that thinning removes, given all backups and the time ``now``.

    Walking from the newest automatic backup to the oldest:

    * every backup made today stays;
    * then the newest backup of each day stays, for ``policy.daily`` days;
    * then the newest of each ISO week (Monday to Sunday), for ``policy.weekly`` weeks;
    * then the newest of each calendar month, for ``policy.monthly`` months;
    * everything older goes.

    A day, week or month that already has a kept backup (a newer one) keeps no second one.
    The newest automatic backup always stays, whatever the policy. Backups of any other kind
    are never returned. Backups dated in the future (a clock that was wrong) count as today's.
    """
    today = now.date()
    automatic = newest_first(b for b in backups if b.kind == BackupKind.AUTO)
    remove: list[BackupFile] = []
    left = {"daily": policy.daily, "weekly": policy.weekly, "monthly": policy.monthly}
    kept_day: date | None = None
    for index, backup in enumerate(automatic):
        day = backup.taken_at.date()
        stage: str | None = None
        if day >= today:
            keep = True
        elif left["daily"] > 0:
            stage, keep = "daily", day != kept_day
        elif left["weekly"] > 0:
            stage, keep = "weekly", kept_day is None or _week(day) != _week(kept_day)
        elif left["monthly"] > 0:
            stage, keep = "monthly", kept_day is None or _month(day) != _month(kept_day)
        else:
            keep = False
        if index == 0:
            keep = True  # the newest automatic backup always stays
        if keep:
            kept_day = day
            if stage is not None:
                left[stage] -= 1
        else:
            remove.append(backup)
    return remove
