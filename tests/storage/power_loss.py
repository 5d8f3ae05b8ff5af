"""Kill harness: a child process writes advices through the real service in a loop and is
killed with SIGKILL at a random moment, again and again, on the same register.

After every kill: ``PRAGMA integrity_check`` must be ``ok`` and every write the child reported
as committed (it prints the id after the service call returned) must be there.

SIGKILL ends the process at any instruction, also inside a transaction or a checkpoint; the
operating system's page cache survives it. It does not simulate a real power cut, where
unsynced data in that cache is lost too: there we rely on ``synchronous = FULL`` (fsync at
every commit), which this test cannot observe.

Run directly for the figures: ``python tests/storage/power_loss.py --kills 100``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

CHILD = r"""
import sys
from datetime import date, timedelta
from pathlib import Path

from adviesraad_app.domain.advices import Advice, AdviceKind, Recommendation
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.register import RegisterService

path, seed = Path(sys.argv[1]), int(sys.argv[2])
service = RegisterService.open(path)
print("ready", flush=True)
i = 0
while True:
    i += 1
    sent = date(2024, 1, 1) + timedelta(days=(seed * 7 + i) % 600)
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title=f"Advies {seed}-{i}",
            sent_date=sent,
            summary="Samenvatting " * ((seed + i) % 300),
            recommendations=tuple(
                Recommendation(n, f"Aanbeveling {n} van {seed}-{i}") for n in range(1, 1 + i % 4)
            ),
        )
    )
    print(f"A {advice.id}", flush=True)
    if i % 3 == 0:
        service.save_reply(Reply(advice_id=advice.id, date=sent + timedelta(days=30)))
        print(f"R {advice.id}", flush=True)
"""


@dataclass
class Figures:
    kills: int = 0
    killed_before_ready: int = 0
    reported_advices: int = 0
    reported_replies: int = 0
    lost_advices: int = 0
    lost_replies: int = 0
    integrity_failures: int = 0
    committed_but_unreported: int = 0  # the kill came between COMMIT and the print
    advices_in_register: int = 0
    full_checks_ok: int = 0
    full_checks: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    env["ADVIESRAAD_BUSY_TIMEOUT_MS"] = "10000"
    return env


def _verify(db: Path, advices: set[int], replies: set[int], figures: Figures) -> None:
    conn = sqlite3.connect(db)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            figures.integrity_failures += 1
            figures.problems.append(f"integrity after kill {figures.kills}: {result}")
        present = {row[0] for row in conn.execute("SELECT id FROM advices")}
        replied = {
            row[0] for row in conn.execute("SELECT advice_id FROM replies WHERE deleted_at IS NULL")
        }
    finally:
        conn.close()
    lost, lost_replies = advices - present, replies - replied
    # Counted once per kill that found something missing (a lost write stays lost).
    figures.lost_advices += len(lost)
    figures.lost_replies += len(lost_replies)
    if lost or lost_replies:
        figures.problems.append(
            f"after kill {figures.kills}: lost advices {sorted(lost)[:5]}, "
            f"replies {sorted(lost_replies)[:5]}"
        )
    figures.committed_but_unreported = len(present - advices)
    figures.advices_in_register = len(present)


def _full_check(db: Path, figures: Figures) -> None:
    """Open through the service (as the app would) and run the whole database check."""
    from adviesraad_app.services.register import RegisterService
    from adviesraad_app.services.safety.check import check_database

    figures.full_checks += 1
    service = RegisterService.open(db)
    try:
        report = check_database(service)
    finally:
        service.close()
    if report.ok:
        figures.full_checks_ok += 1
    else:
        figures.problems.append(f"check after kill {figures.kills}: {report.problems}")


def run(db: Path, kills: int, seed: int = 20261122, full_check_every: int = 25) -> Figures:
    rng = random.Random(seed)
    figures = Figures()
    advices: set[int] = set()
    replies: set[int] = set()
    env = _env()
    started = time.perf_counter()
    for round_ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), str(round_)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        assert child.stdout is not None
        ready = False
        if rng.random() < 0.1:
            # During start-up: imports, opening, WAL recovery of the previous kill.
            time.sleep(rng.uniform(0.0, 0.4))
        else:
            ready = child.stdout.readline() == "ready\n"
            time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        output = child.stdout.read()
        ready = ready or output.startswith("ready\n")
        child.wait()
        figures.kills += 1
        lines = output.splitlines()
        if not output.endswith("\n") and lines:
            lines.pop()  # a line cut off by the kill is not a report
        if not ready:
            figures.killed_before_ready += 1
        for line in lines:
            kind, _, value = line.partition(" ")
            if kind == "A":
                advices.add(int(value))
            elif kind == "R":
                replies.add(int(value))
        _verify(db, advices, replies, figures)
        if (round_ + 1) % full_check_every == 0 or round_ == kills - 1:
            _full_check(db, figures)
    figures.reported_advices = len(advices)
    figures.reported_replies = len(replies)
    figures.seconds = round(time.perf_counter() - started, 1)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()
    if args.db is None:
        import tempfile

        args.db = Path(tempfile.mkdtemp(prefix="adviesraad-kill-")) / "register.sqlite3"
    figures = run(args.db, args.kills, args.seed)
    print(json.dumps(asdict(figures), indent=2))
    return 0 if not figures.problems else 1


if __name__ == "__main__":
    sys.exit(main())
