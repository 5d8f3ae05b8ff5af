"""Storage benchmarks (issue: foundation). Prints JSON.

For 1,000 / 10,000 / 100,000 advices (generated once into benchmarks/_data):

* ``open_first_screen_ms``: open the file (all safety checks, a fresh connection) and read the
  first screen of the register (ids in order + 40 rows). Target at 100k: < 100 ms.
* ``search_ms``: full-text searches as typed (prefixes of one and two words), with the
  unfiltered order cached as the register keeps it. Target: < 50 ms.
* ``filtered_list_ms``: a filtered list (year + kind, status open, theme) with its first
  screen, computed cold (no cache). Target: < 50 ms.
* ``file_mb``: the file size in MiB (``file_bytes`` exact). Target at 100k: < 300 MB, read
  here as MiB; most of it is the generated summaries and recommendations, not overhead.

Each figure is the median of several runs. ``baseline_ms`` is measured in the same run: a
bare ``sqlite3.connect`` + ``SELECT id FROM advices LIMIT 40`` on the same file, so ratios
stay comparable on a noisy machine.

    python benchmarks/bench_storage.py [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from datagen import dataset

from adviesraad_app.domain.filters import (
    STATUS_OPEN,
    RegisterFilter,
    RegisterOrder,
)
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService

SCREEN = 40
SEARCHES = [
    "w",
    "we",
    "wer",
    "werk",
    "werk l",
    "werk leer",
    "jeugdhulp",
    "schuld",
    "centrumgem",
    "ervaringsdeskundige preventie",
    "xyzzy",
]


def median_ms(fn: Any, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def bench(count: int) -> dict[str, Any]:
    path = dataset(count)

    def baseline() -> None:
        conn = sqlite3.connect(path)
        conn.execute("SELECT id FROM advices LIMIT 40").fetchall()
        conn.close()

    def open_first_screen() -> None:
        service = RegisterService.open(path, create=False)
        ids = service.register_ids(RegisterFilter(), RegisterOrder())
        service.register_rows(ids[:SCREEN])
        service.close()

    service = RegisterService.open(path, create=False)
    year = service.years()[len(service.years()) // 2]

    def first_screen(selection: RegisterFilter) -> int:
        ids = service.register_ids(selection, RegisterOrder())
        service.register_rows(ids[:SCREEN])
        return len(ids)

    # Searching as you type: the ordered list without search text is cached (as in the app),
    # each keystroke runs the full-text query and intersects.
    searches = {}
    for text in SEARCHES:
        hits = first_screen(RegisterFilter(search=text))
        searches[text] = {
            "ms": median_ms(lambda t=text: first_screen(RegisterFilter(search=t))),
            "hits": hits,
        }
    filters = {
        "year+kind": RegisterFilter(year=year, kind=AdviceKind.GEVRAAGD),
        "status open": RegisterFilter(status=STATUS_OPEN),
        "theme": RegisterFilter(theme="Jeugd"),
        "year+search": RegisterFilter(year=year, search="werk"),
    }

    def cold(selection: RegisterFilter) -> int:
        service._queries._ordered_cache.clear()  # as after a change of filter or data
        return first_screen(selection)

    filtered = {
        name: {"ms": median_ms(lambda s=sel: cold(s)), "hits": first_screen(sel)}
        for name, sel in filters.items()
    }
    service.close()
    base = median_ms(baseline)
    opened = median_ms(open_first_screen)
    worst_search = max(v["ms"] for v in searches.values())
    worst_filter = max(v["ms"] for v in filtered.values())
    return {
        "advices": count,
        "file_mb": round(path.stat().st_size / 1024 / 1024, 1),  # MiB, as the target is read
        "file_bytes": path.stat().st_size,  # 298.3 MiB is 312.8 million bytes: say which
        "baseline_ms": base,
        "open_first_screen_ms": opened,
        "open_first_screen_ratio": round(opened / base, 1) if base else None,
        "search_ms": searches,
        "search_worst_ms": worst_search,
        "filtered_list_ms": filtered,
        "filtered_worst_ms": worst_filter,
        "targets_met": {
            "open_first_screen_under_100ms": opened < 100,
            "search_under_50ms": worst_search < 50,
            "filtered_under_50ms": worst_filter < 50,
            "file_under_300mb": path.stat().st_size < 300 * 1024 * 1024,
        }
        if count == 100_000
        else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    results = [bench(int(n)) for n in args.sizes.split(",")]
    print(
        json.dumps(
            {
                "benchmark": "storage",
                "python": sys.version.split()[0],
                "sqlite": sqlite3.sqlite_version,
                "results": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
