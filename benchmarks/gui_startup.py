"""The start-up half of ``bench_gui.py`` (issue 14): ``selftest`` against a bare PySide6
window, each started by the benchmark and timed on the system-wide monotonic clock to its first
paint; see ``bench_gui.py``'s docstring for what each figure means."""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import os, sys, time
def age_ms():
    with open("/proc/self/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    with open("/proc/uptime") as f:
        uptime = float(f.read().split()[0])
    return (uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")) * 1000
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 700)
result = {}
class Paint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not result:
            result["ms"] = age_ms()
            result["cpu"] = time.process_time() * 1000
            result["clock"] = time.monotonic()
            QTimer.singleShot(0, app.quit)
        return False
paint = Paint()
window.installEventFilter(paint)
window.show()
app.exec()
print(round(result["cpu"], 1), round(result["ms"], 1), repr(result["clock"]))
"""


def _started(argv: list[str], env: dict[str, str]) -> tuple[str, float, float]:
    """Run ``argv`` to its end: what it printed, its time on the clock from start to exit (ms),
    and the system-wide monotonic clock just before it started (its first paint is measured
    from there)."""
    start = time.perf_counter()
    clock = time.monotonic()
    out = subprocess.run(argv, env=env, check=True, capture_output=True, text=True).stdout
    return out, (time.perf_counter() - start) * 1000, clock


def run_startup(db: Path, runs: int) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # Measure the app as installed: with its bytecode compiled (pip and the frozen build do
    # that), not recompiling edited sources on every start because the environment says
    # PYTHONDONTWRITEBYTECODE.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(str(ROOT / "adviesraad_app"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        env["XDG_CONFIG_HOME"] = tmp
        bare_file = Path(tmp) / "bare.py"
        bare_file.write_text(BARE)
        bare, ours, bare_wall, ours_wall, bare_cpu, ours_cpu = [], [], [], [], [], []
        bare_age, ours_age = [], []
        phases: list[dict[str, float]] = []
        for _ in range(runs):
            out, wall, clock = _started([sys.executable, str(bare_file)], env)
            bare_wall.append(wall)
            cpu, ms, painted = out.strip().splitlines()[-1].split()
            bare.append((float(painted) - clock) * 1000)
            bare_age.append(float(ms))
            bare_cpu.append(float(cpu))
            app = [sys.executable, "-m", "adviesraad_app", "--db", str(db), "selftest"]
            out, wall, clock = _started(app, env)
            ours_wall.append(wall)
            report = json.loads(out)
            ours.append((float(report["clock_at_paint"]) - clock) * 1000)
            ours_age.append(float(report["ms"]))
            ours_cpu.append(float(report["cpu_ms"]))
            phases.append(report.get("phases_ms", {}))
        imports = import_times(db, env)
    b, o = statistics.median(bare), statistics.median(ours)
    return {
        "advices": 10_000,
        "bare_pyside6_ms": round(b, 1),
        "adviesraad_selftest_ms": round(o, 1),
        "ratio": round(o / b, 2),
        "target_ratio_max": 2.0,
        # The same from each process's age at its first paint (/proc: known to 10 ms only, so
        # a median lands on 100 or 110 ms for the bare window and the ratio jumps by a tenth;
        # the figures above read the system-wide monotonic clock in the benchmark just before
        # the start and in the child at its first paint). Kept for comparison with older runs.
        "age_bare_pyside6_ms": round(statistics.median(bare_age), 1),
        "age_adviesraad_ms": round(statistics.median(ours_age), 1),
        "age_ratio": round(statistics.median(ours_age) / statistics.median(bare_age), 2),
        # Processor time of each process until its first paint: other programs on a busy
        # machine inflate it less than the time on the clock (shown beside it, not the target).
        "cpu_bare_pyside6_ms": round(statistics.median(bare_cpu), 1),
        "cpu_adviesraad_ms": round(statistics.median(ours_cpu), 1),
        "cpu_ratio": round(statistics.median(ours_cpu) / statistics.median(bare_cpu), 2),
        "wall_clock_bare_ms": round(statistics.median(bare_wall), 1),
        "wall_clock_adviesraad_ms": round(statistics.median(ours_wall), 1),
        "phases_ms": {
            name: round(statistics.median(p[name] for p in phases if name in p), 1)
            for name in phases[0]
        },
        "imports_ms": imports,
        "runs": runs,
    }


def import_times(db: Path, env: dict[str, str]) -> dict[str, float]:
    """The slowest top-level imports of one start (``python -X importtime``), cumulative ms,
    grouped by package (PySide6.QtWidgets, adviesraad_app.gui..., sqlite_utils, ...)."""
    err = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "adviesraad_app", "--db", str(db), "selftest"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stderr
    totals: dict[str, float] = {}
    for line in err.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _self, cumulative, name = (part.strip() for part in line[12:].split("|"))
        if not cumulative.isdigit() or name.startswith(" "):
            continue
        raw = line[12:].split("|")[2]
        if len(raw) - len(raw.lstrip()) > 1:  # only imports done at the top level
            continue
        parts = name.split(".")
        key = ".".join(parts[:2]) if parts[0] in ("PySide6", "adviesraad_app") else parts[0]
        totals[key] = totals.get(key, 0.0) + int(cumulative) / 1000
    top = sorted(totals.items(), key=lambda item: -item[1])[:12]
    return {name: round(ms, 1) for name, ms in top}
