#!/usr/bin/env python3
"""Meetings on a large register: the Termijnen warning (advice terms with no meeting left)
and one agenda with its postlijst, timed against a plain count of the register measured in
the same run. Prints JSON.

    python benchmarks/bench_meetings.py [--advices 20000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from datagen import generate  # type: ignore[import-not-found]

from adviesraad_app.domain.meetings import Meeting, series_dates
from adviesraad_app.services.meetings.schedule import MeetingService
from adviesraad_app.services.register import RegisterService


def best(fn: object, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return round(min(times) * 1000, 2)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--advices", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = generate(args.advices, Path(folder) / "r.sqlite3")
        service = RegisterService.open(path)
        meetings = MeetingService(service)
        today = date.today()
        start = today - timedelta(days=today.weekday())
        meetings.add_meetings(
            [
                Meeting(date=d, time="19:30")
                for d in series_dates(start, today + timedelta(days=365), nth_weekday=2)
            ]
        )
        first = meetings.meetings()[1]
        assert first.id is not None
        result = {
            "advices": args.advices,
            "baseline_count_ms": best(service.count),
            "warning_ms": best(lambda: meetings.advice_terms_without_meeting(today)),
            "agenda_ms": best(lambda: meetings.agenda(first.id)),
        }
        service.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
