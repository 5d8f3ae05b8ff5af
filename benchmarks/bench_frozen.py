"""Frozen-build benchmark (issue 7). Prints JSON.

* ``build_s``: wall time of a PyInstaller build from ``packaging/adviesraad.spec`` (``--clean``,
  as ``packaging/build.py`` runs it), median of ``--builds`` builds.
* ``bundle_mb``: size of the one-folder bundle; ``bundle_unfiltered_mb``: the same spec with
  the Qt/stdlib exclusions switched off (``ADVIESRAAD_BUNDLE_UNFILTERED=1``), built once in the
  same run, so the saving of the exclusions is measured, not remembered.
* ``startup_ms``: one CLI command (``list --json`` on a demo register, ``--version``) and the
  desktop app (``selftest``: offscreen, until the register shows its rows), each run
  as a fresh process, frozen (``adviesraad-cli``) and not frozen (``python -m adviesraad_app``
  in this virtualenv), median of ``--runs`` runs each, interleaved, after one warm-up run.
  ``baseline_python_ms`` is a bare ``python -c pass`` in the same run, for scale on a noisy
  machine; ``ratio_frozen_vs_python`` is frozen / non-frozen.

    python benchmarks/bench_frozen.py [--builds 3] [--runs 15]

Takes about 30 s per build on 2 cores. Builds into a temporary folder, never the source tree.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import build  # noqa: E402
import smoke  # noqa: E402


def timed_build(dist: Path, work: Path, unfiltered: bool = False) -> float:
    env = dict(os.environ, ADVIESRAAD_BUNDLE_PROBE="0")
    if unfiltered:
        env["ADVIESRAAD_BUNDLE_UNFILTERED"] = "1"
    start = time.perf_counter()
    subprocess.run(
        build.pyinstaller_command(dist, work),
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def mb(path: Path) -> float:
    return round(build.folder_size(path) / 1e6, 1)


def run_ms(command: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def startup(bundle: Path, home: Path, runs: int) -> dict[str, Any]:
    home.mkdir(parents=True, exist_ok=True)
    env = smoke.clean_environment(home)
    db = home / "demo.sqlite3"
    frozen = [str(smoke.exe_path(bundle, smoke.CONSOLE))]
    subprocess.run(
        [*frozen, "--db", str(db), "demo"], env=env, cwd=home, check=True, stdout=subprocess.DEVNULL
    )
    # Not frozen: this virtualenv's Python with the package installed (as `python -m`).
    source_env = dict(env, PATH=os.environ.get("PATH", ""))
    python = [sys.executable, "-m", "adviesraad_app"]
    commands = {
        "list_json": ["--db", str(db), "list", "--json"],
        "version": ["--version"],
        # The desktop app: started offscreen until the register shows its first rows.
        "selftest_gui": ["--db", str(db), "selftest"],
    }
    env = dict(env, QT_QPA_PLATFORM="offscreen")
    source_env = dict(source_env, QT_QPA_PLATFORM="offscreen")
    result: dict[str, Any] = {}
    for name, args in commands.items():
        times: dict[str, list[float]] = {"frozen": [], "python": []}
        run_ms([*frozen, *args], env, home)  # warm-up: file cache
        run_ms([*python, *args], source_env, home)
        for _ in range(runs):
            times["frozen"].append(run_ms([*frozen, *args], env, home))
            times["python"].append(run_ms([*python, *args], source_env, home))
        frozen_ms = statistics.median(times["frozen"])
        python_ms = statistics.median(times["python"])
        result[name] = {
            "frozen_ms": round(frozen_ms, 1),
            "python_ms": round(python_ms, 1),
            "ratio_frozen_vs_python": round(frozen_ms / python_ms, 2),
        }
    baseline = [run_ms([sys.executable, "-c", "pass"], source_env, home) for _ in range(runs)]
    result["baseline_python_ms"] = round(statistics.median(baseline), 1)
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--builds", type=int, default=3, help="builds for the median build time")
    parser.add_argument("--runs", type=int, default=15, help="runs per start-up measurement")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="adviesraad-bench-frozen-") as temp:
        base = Path(temp)
        unfiltered_s = timed_build(base / "dist-unfiltered", base / "work-u", unfiltered=True)
        unfiltered = base / "dist-unfiltered" / build.BUNDLE_NAME
        unfiltered_mb = mb(unfiltered)
        build_times = [timed_build(base / "dist", base / "work") for _ in range(args.builds)]
        bundle = base / "dist" / build.BUNDLE_NAME
        internal = bundle / "_internal"
        report = {
            "benchmark": "frozen",
            "platform": f"{platform.system()} {platform.machine()}",
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "build_s": round(statistics.median(build_times), 1),
            "build_s_all": [round(t, 1) for t in build_times],
            "build_unfiltered_s": round(unfiltered_s, 1),
            "bundle_mb": mb(bundle),
            "bundle_unfiltered_mb": unfiltered_mb,
            "saved_by_exclusions_mb": round(unfiltered_mb - mb(bundle), 1),
            "bundle_parts_mb": {
                "PySide6": mb(internal / "PySide6"),
                "each_executable": round(
                    smoke.exe_path(bundle, smoke.CONSOLE).stat().st_size / 1e6, 1
                ),
                "resources": mb(internal / "resources"),
            },
            "files": sum(1 for p in bundle.rglob("*") if p.is_file()),
            "startup": startup(bundle, base / "home", args.runs),
        }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
