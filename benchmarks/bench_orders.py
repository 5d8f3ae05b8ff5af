"""The register's orders: what each costs to read, and how SQLite reads it. Prints JSON.

For each register size (generated once into benchmarks/_data by ``datagen.py``) and each
order the register offers (every ``SortKey``, both ways), unfiltered and with "open"
chosen: the milliseconds of the statement the register runs for the ordered ids (traced
from ``Queries.register_ids``, so it is the app's own), the median of ``--repeat`` runs,
and its ``EXPLAIN QUERY PLAN``.

``--compare`` also measures a copy of the register with the indexes as they were before
migration ``0007_register_order_index`` (0001's ``idx_advices_register`` and
``idx_advices_reply_due``), taking turns with the register as it is (``--rounds`` times,
A B A B ...); both copies are ``VACUUM``ed, so ``file_bytes_vacuumed`` compares the indexes
and nothing else. The register in ``_data`` itself
is opened by the app (and so migrated) but never changed otherwise.

    python benchmarks/bench_orders.py [--sizes 10000,100000] [--compare] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from datagen import dataset

from adviesraad_app.domain.filters import STATUS_OPEN, RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.services.register import RegisterService

SELECTIONS = {"all": RegisterFilter(), "open": RegisterFilter(status=STATUS_OPEN)}
# The indexes as they were before migration 0007 (made by 0001).
BEFORE_0007 = (
    "DROP INDEX idx_advices_register",
    "CREATE INDEX idx_advices_register "
    "ON advices (deleted_at, year, seq, status, kind, theme, confidential)",
    "CREATE INDEX idx_advices_reply_due ON advices (reply_due)",
)


def statements(path: Path) -> dict[str, str]:
    """The statement the register runs for each selection and order (with its values)."""
    service = RegisterService.open(path)
    try:
        store = service._store
        found: dict[str, str] = {}
        for name, selection in SELECTIONS.items():
            for key in SortKey:
                for descending in (True, False):
                    asked: list[str] = []
                    store.conn.set_trace_callback(asked.append)
                    service._queries.register_ids(selection, RegisterOrder(key, descending))
                    store.conn.set_trace_callback(None)
                    sql = next(s for s in asked if "json_group_array" in s)
                    found[f"{name}/{key.value}/{'desc' if descending else 'asc'}"] = sql
        return found
    finally:
        service.close()


def measure(path: Path, queries: dict[str, str], repeat: int) -> dict[str, list[float]]:
    conn = sqlite3.connect(path)
    try:
        times: dict[str, list[float]] = {}
        for name, sql in queries.items():
            conn.execute(sql).fetchone()  # pages in the cache, as in the running app
            runs = []
            for _ in range(repeat):
                start = time.perf_counter()
                conn.execute(sql).fetchone()
                runs.append((time.perf_counter() - start) * 1000)
            times[name] = runs
        return times
    finally:
        conn.close()


def plans(path: Path, queries: dict[str, str]) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return {
            name: " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
            for name, sql in queries.items()
        }
    finally:
        conn.close()


def copy_with_indexes(source: Path, target: Path, changes: tuple[str, ...] = ()) -> Path:
    shutil.copy(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        for statement in changes:
            conn.execute(statement)
        conn.execute("VACUUM")
    finally:
        conn.close()
    return target


def bench(count: int, compare: bool, rounds: int, repeat: int) -> dict[str, Any]:
    path = dataset(count)
    queries = statements(path)  # opens (and migrates) the register
    result: dict[str, Any] = {"file_bytes": path.stat().st_size}
    with tempfile.TemporaryDirectory() as folder:
        variants = {"after": copy_with_indexes(path, Path(folder) / "after.sqlite3")}
        if compare:
            before = Path(folder) / "before.sqlite3"
            variants["before"] = copy_with_indexes(path, before, BEFORE_0007)
        runs: dict[str, dict[str, list[float]]] = {name: {} for name in variants}
        for _ in range(rounds):
            for name, variant in variants.items():
                for order, times in measure(variant, queries, repeat).items():
                    runs[name].setdefault(order, []).extend(times)
        for name, variant in variants.items():
            shown = plans(variant, queries)
            result[name] = {
                "file_bytes_vacuumed": variant.stat().st_size,
                "orders_ms": {o: round(statistics.median(t), 2) for o, t in runs[name].items()},
                "plans": shown,
            }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--compare", action="store_true", help="also the indexes before 0007")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    output = {
        str(count): bench(count, args.compare, args.rounds, args.repeat)
        for count in (int(size) for size in args.sizes.split(","))
    }
    print(json.dumps(output, indent=2))


if __name__ == "__main__":
    main()
