"""The register's index (migration ``0007_register_order_index``, issue 14): the register's
lists are read from the index alone, the default order (number, newest first) without a
sort; a register made before it gets the index when opened, after a backup, and lists every
order exactly as before."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from adviesraad_app.domain.filters import STATUS_OPEN, RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.rules_version import RULES_VERSION
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import list_backups
from adviesraad_app.storage.backup_files import BackupKind
from adviesraad_app.storage.constants import DERIVED_RULES_KEY, SCHEMA_VERSION
from tests.support.internals import queries_of, store_of

ORDERS = [RegisterOrder(key, descending) for key in SortKey for descending in (True, False)]
SELECTIONS = [
    RegisterFilter(),
    RegisterFilter(status=STATUS_OPEN),
    RegisterFilter(include_confidential=False),
    RegisterFilter(year=2025, theme="Jeugd"),
    RegisterFilter(deleted=True),  # the waste basket: by when, so a few rows are sorted
]
NOW = "2026-03-01T10:00:00+00:00"
# (id, number, year, seq, status, theme, confidential, sent_date, reply_due, reply_date,
#  outcome, reply_days_late, next_due, deleted_at). 2025-7 and 2025-07 share year and seq
# (both numbers are valid): the id decides between them, both ways.
ROWS = [
    (1, "2024-01", 2024, 1, "afgerond", "Wmo", 0, "2024-02-01", "2024-03-14", "2024-03-01",
     "overgenomen", -13, None, None),
    (2, "2025-07", 2025, 7, "advies_verzonden", "Jeugd", 0, "2025-05-01", "2025-06-12", None,
     None, None, "2025-06-12", None),
    (3, "2025-7", 2025, 7, "in_voorbereiding", "Jeugd", 1, None, None, None,
     None, None, None, None),
    (4, "2025-02", 2025, 2, "reactie_ontvangen", "", 0, "2025-01-10", "2025-02-21",
     "2025-03-04", "deels", 11, None, None),
    (5, "2026-01", 2026, 1, "vervallen", "Wmo", 0, None, None, None, None, None, None,
     "2026-02-01T09:00:00+00:00"),
    (6, "2026-03", 2026, 3, "advies_verzonden", "Armoede", 0, "2026-01-05", "2026-02-16", None,
     None, None, "2026-02-16", None),
    (7, "2026-02", 2026, 2, "in_voorbereiding", "Jeugd", 0, None, None, None,
     None, None, None, None),
]  # fmt: skip


def _insert(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO advices (id, number, year, seq, kind, title, status, theme, confidential, "
        "sent_date, reply_due, reply_date, outcome, reply_days_late, next_due, deleted_at, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, 'ongevraagd', 'Advies ' || ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(*row[:4], row[1], *row[4:], NOW, NOW) for row in ROWS],
    )


def _lists(service: RegisterService) -> dict[tuple[RegisterFilter, RegisterOrder], list[str]]:
    """The statement the register runs for each selection and order (traced, with its
    values), and the ids it gave."""
    store = store_of(service)
    found: dict[tuple[RegisterFilter, RegisterOrder], list[str]] = {}
    for selection in SELECTIONS:
        for order in ORDERS:
            asked: list[str] = []
            store.conn.set_trace_callback(asked.append)
            queries_of(service).register_ids(selection, order)
            store.conn.set_trace_callback(None)
            found[(selection, order)] = [sql for sql in asked if "json_group_array" in sql]
    return found


def _plan(conn: sqlite3.Connection, sql: str) -> str:
    return " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))


def test_every_list_is_read_from_the_index_the_default_order_without_a_sort(
    service: RegisterService,
) -> None:
    _insert(store_of(service).conn)
    conn = store_of(service).conn
    for (selection, order), statements in _lists(service).items():
        assert len(statements) == 1, (selection, order)
        plan = _plan(conn, statements[0])
        assert "idx_advices_register" in plan, plan
        if order.key != SortKey.TITLE:  # a title sorts on the table's text (see schema.py)
            assert "COVERING INDEX" in plan, (order, plan)
        if order.key == SortKey.NUMBER and not selection.deleted:
            assert "TEMP B-TREE" not in plan, (selection, plan)


def _register_of_schema_6(path: Path) -> None:
    from sqlite_utils import Database

    from adviesraad_app.storage import schema

    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations.apply(Database(conn), stop_before="0007_register_order_index")
    _insert(conn)
    # the cached columns as the rules of today made them: opening does not work them out again
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)", (DERIVED_RULES_KEY, str(RULES_VERSION))
    )
    conn.commit()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
    conn.close()


def test_an_older_register_gets_the_index_and_lists_every_order_as_before(
    db_path: Path, tmp_path: Path
) -> None:
    _register_of_schema_6(db_path)
    before = tmp_path / "before.sqlite3"
    shutil.copy(db_path, before)

    service = RegisterService.open(db_path)
    try:
        store = store_of(service)
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
        sql = store.scalar("SELECT sql FROM sqlite_master WHERE name = 'idx_advices_register'")
        assert "deleted_at, year, seq, id," in sql
        assert store.scalar("SELECT count(*) FROM sqlite_master WHERE name LIKE '%reply_due'") == 0
        lists = _lists(service)
        after = {key: store.query(statements[0])[0][0] for key, statements in lists.items()}
        assert store.scalar("PRAGMA integrity_check") == "ok"
    finally:
        service.close()

    old = sqlite3.connect(before)  # the same statements on the register as it was
    try:
        for key, statements in lists.items():
            assert old.execute(statements[0]).fetchone()[0] == after[key], key
    finally:
        old.close()
    default = after[(RegisterFilter(), RegisterOrder())]
    assert default == "[6,7,3,2,4,1]"  # 2025-7 (id 3) before 2025-07 (id 2), newest first
    assert [b.kind for b in list_backups(db_path)] == [BackupKind.BEFORE_MIGRATION]


def test_the_index_is_made_in_the_migrations_transaction(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration that fails after dropping the old index leaves the old one in place."""
    from adviesraad_app.storage import schema

    _register_of_schema_6(db_path)
    monkeypatch.setattr(schema, "REGISTER_INDEX", "CREATE INDEX idx_advices_register ON nothing")
    with pytest.raises(sqlite3.OperationalError):
        RegisterService.open(db_path)
    conn = sqlite3.connect(db_path)
    try:
        sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'idx_advices_register'"
        ).fetchone()[0]
        assert "seq, status" in sql  # 0001's index, untouched
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
    finally:
        conn.close()


def test_the_benchmarks_registers_get_the_index(tmp_path: Path) -> None:
    """``benchmarks/datagen.py`` makes its registers through the app's schema."""
    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "benchmarks"))
    try:
        from datagen import generate  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(root / "benchmarks"))
    service = RegisterService.open(generate(40, tmp_path / "register-40.sqlite3"))
    try:
        lists = _lists(service)
        plan = _plan(store_of(service).conn, lists[(RegisterFilter(), RegisterOrder())][0])
        assert "COVERING INDEX idx_advices_register" in plan and "TEMP B-TREE" not in plan
        assert len(queries_of(service).register_ids(RegisterFilter())) == 40
    finally:
        service.close()


def test_the_advices_with_a_running_deadline_are_found_through_next_due(
    service: RegisterService,
) -> None:
    """A few advices have a running deadline: the Termijnen page finds them by ``next_due``'s
    index, not by reading every live advice."""
    _insert(store_of(service).conn)
    conn = store_of(service).conn
    asked: list[str] = []
    conn.set_trace_callback(asked.append)
    found = queries_of(service).open_advice_ids()
    conn.set_trace_callback(None)
    assert sorted(found) == [2, 6]  # running, live; 5 is deleted, 1 and 4 closed, 3 and 7 undated
    (statement,) = [sql for sql in asked if "next_due" in sql]
    assert "USING INDEX idx_advices_next_due" in _plan(conn, statement)


def test_a_damaged_advices_table_is_noticed_by_the_first_read_of_the_deadlines(
    db_path: Path,
) -> None:
    """The Termijnen page's first read needs no table row when no deadline runs, yet a
    register whose advices table cannot be read says so at once."""
    from adviesraad_app.storage.errors import CorruptDatabaseError
    from tests.services.safety.test_check_verdict import _overwrite_page_start, _root_page
    from tests.services.safety.test_damaged_files import make_register

    make_register(db_path, n=200)
    _overwrite_page_start(db_path, _root_page(db_path, "advices"))
    service = RegisterService.open(db_path)
    try:
        assert service.count() == 200  # the index is whole
        with pytest.raises(CorruptDatabaseError):
            queries_of(service).open_advice_ids()
    finally:
        service.close()
