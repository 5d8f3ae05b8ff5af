"""Backup names and thinning (pure functions)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from adviesraad_app.storage.backup_files import (
    BackupFile,
    BackupKind,
    RetentionPolicy,
    backup_file_name,
    backups_to_remove,
    parse_backup_name,
)

NOW = datetime(2026, 11, 22, 17, 0)  # a Sunday


def auto(at: datetime, kind: BackupKind = BackupKind.AUTO) -> BackupFile:
    name = backup_file_name("adviesraad", kind, at)
    return BackupFile(Path(name), at, kind, kind.value)


def test_names_round_trip_and_belong_to_their_register() -> None:
    at = datetime(2026, 11, 22, 9, 5, 7)
    name = backup_file_name("adviesraad", BackupKind.BEFORE_MIGRATION, at)
    assert name == "adviesraad-20261122-090507-voor-migratie.sqlite3"
    parsed = parse_backup_name("adviesraad", Path(name))
    assert parsed is not None
    assert parsed.taken_at == at and parsed.kind == BackupKind.BEFORE_MIGRATION
    second = parse_backup_name(
        "adviesraad", Path(backup_file_name("adviesraad", BackupKind.AUTO, at, 2))
    )
    assert second is not None and second.taken_at > parsed.taken_at
    # Another register's backups in the same folder, and files that are no backups.
    of_2024 = Path("adviesraad-2024-20261122-090507-auto.sqlite3")
    assert parse_backup_name("adviesraad", of_2024) is None
    assert parse_backup_name("adviesraad-2024", of_2024) is not None
    assert parse_backup_name("register", Path(name)) is None
    assert parse_backup_name("adviesraad-2024", Path(name)) is None
    for other in ("adviesraad.sqlite3", "adviesraad-20261122-090507-auto.sqlite3.tmp", "notes.txt"):
        assert parse_backup_name("adviesraad", Path(other)) is None
    unknown = parse_backup_name("adviesraad", Path("adviesraad-20261122-090507-iets.sqlite3"))
    assert unknown is not None and unknown.kind == BackupKind.OTHER


def test_thinning_daily_weekly_monthly() -> None:
    """Two years of automatic backups, three a day: what stays is today's, one per day for 7
    days, one per week for 8 weeks, one per month for 12 months."""
    backups = [
        auto(NOW.replace(hour=h) - timedelta(days=d)) for d in range(0, 730) for h in (9, 12, 16)
    ]
    removed = {b.path for b in backups_to_remove(backups, NOW)}
    kept = sorted((b for b in backups if b.path not in removed), key=lambda b: b.taken_at)
    today = [b for b in kept if b.taken_at.date() == NOW.date()]
    assert len(today) == 3  # today's all stay
    older = [b for b in kept if b.taken_at.date() < NOW.date()]
    assert len(older) == 7 + 8 + 12
    # newest of each of the 7 previous days, at 16:00
    daily = older[-7:]
    assert [b.taken_at.date() for b in daily] == [
        (NOW - timedelta(days=d)).date() for d in range(7, 0, -1)
    ]
    assert all(b.taken_at.hour == 16 for b in daily)
    # then one per ISO week: the newest day of each week that has no kept backup yet
    weekly = older[-15:-7]
    weeks = [b.taken_at.isocalendar()[:2] for b in weekly]
    assert len(set(weeks)) == 8
    assert all(b.taken_at.weekday() == 6 for b in weekly)  # Sundays: the week's last backup
    # then one per month, each the last day of its month
    monthly = older[:-15]
    months = [(b.taken_at.year, b.taken_at.month) for b in monthly]
    assert len(set(months)) == 12
    assert all((b.taken_at + timedelta(days=1)).day == 1 for b in monthly)
    assert max(NOW - b.taken_at for b in kept) < timedelta(days=15 * 31)


def test_thinning_never_touches_other_kinds_and_keeps_the_newest() -> None:
    old = NOW - timedelta(days=3000)
    backups = [
        auto(old, BackupKind.MANUAL),
        auto(old, BackupKind.BEFORE_MIGRATION),
        auto(old, BackupKind.BEFORE_REPAIR),
        auto(old, BackupKind.BEFORE_RESTORE),
        auto(old, BackupKind.DAMAGED),
        auto(old, BackupKind.OTHER),
        auto(old - timedelta(days=1)),
        auto(old),
    ]
    removed = backups_to_remove(backups, NOW, RetentionPolicy(daily=0, weekly=0, monthly=0))
    assert [b.taken_at for b in removed] == [old - timedelta(days=1)]
    assert all(b.kind == BackupKind.AUTO for b in removed)


def test_thinning_after_a_year_in_a_drawer_keeps_the_last_backups() -> None:
    """Counts are of days that have a backup: nothing old is thrown away just for being old."""
    last_use = NOW - timedelta(days=400)
    backups = [auto(last_use - timedelta(days=d)) for d in range(10)]
    removed = backups_to_remove(backups, NOW)
    kept = [b for b in backups if b not in removed]
    assert len(kept) >= 7
    assert backups[0] in kept


def test_thinning_with_a_clock_that_was_wrong() -> None:
    future = auto(NOW + timedelta(days=30))
    removed = backups_to_remove([future, auto(NOW - timedelta(days=1))], NOW)
    assert removed == []


@given(
    st.lists(st.integers(min_value=0, max_value=60 * 24 * 900), min_size=1, max_size=60),
    st.integers(0, 10),
    st.integers(0, 10),
    st.integers(0, 14),
)
def test_thinning_properties(minutes: list[int], daily: int, weekly: int, monthly: int) -> None:
    backups = [auto(NOW - timedelta(minutes=m)) for m in set(minutes)]
    policy = RetentionPolicy(daily, weekly, monthly)
    removed = backups_to_remove(backups, NOW, policy)
    kept = [b for b in backups if b not in removed]
    newest = max(backups, key=lambda b: b.taken_at)
    assert newest in kept
    assert all(b in kept for b in backups if b.taken_at.date() == NOW.date())
    older = [b for b in kept if b.taken_at.date() < NOW.date() and b is not newest]
    assert len(older) <= daily + weekly + monthly
    # No two kept backups from before today on the same day.
    days = [b.taken_at.date() for b in kept if b.taken_at.date() < NOW.date()]
    assert len(days) == len(set(days))
    # Thinning is stable: thinning what was kept removes nothing more.
    assert backups_to_remove(kept, NOW, policy) == []
