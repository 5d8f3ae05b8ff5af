"""``adviesraad selftest``: the app started offscreen until the register's first rows are
painted, and what it reports (the start-up benchmark reads it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.support.start_up import demo_register


def test_selftest_reports_the_first_paint_on_the_clock_its_starter_reads(tmp_path: Path) -> None:
    db = demo_register(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    before = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "adviesraad_app", "--db", str(db), "selftest"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    after = time.monotonic()
    report = json.loads(done.stdout)
    assert report["rows_shown"] == report["advices"] > 0
    # The paint happened inside the child's run, on the clock the parent reads: a benchmark
    # can subtract its own reading from before the start.
    assert before < report["clock_at_paint"] < after
    start_up_ms = (report["clock_at_paint"] - before) * 1000
    assert report["ms_in_app"] < start_up_ms
    assert set(report["phases_ms"]) == {
        "qt_application",
        "imports",
        "open_register",
        "build_window",
        "show_and_first_paint",
    }
