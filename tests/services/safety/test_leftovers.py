"""What a killed backup or a killed app leaves behind is cleaned up, and never offered as a
crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from adviesraad_app import crash
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import STALE_AFTER_S, make_backup
from adviesraad_app.storage.paths import backups_dir
from tests.support.world import child_env


def test_a_killed_backup_leaves_nothing_after_the_next_one(service: RegisterService) -> None:
    folder = backups_dir(service.path)
    folder.mkdir(parents=True, exist_ok=True)
    stem = service.path.stem
    old = folder / f"{stem}-20260101-120000-handmatig.sqlite3.tmp"
    fresh = folder / f"{stem}-20260101-120001-auto.sqlite3.tmp"  # another backup, right now
    other = folder / "iets-anders.sqlite3.tmp"  # not ours
    for path in (old, fresh, other):
        path.write_bytes(b"half")
    long_ago = time.time() - STALE_AFTER_S - 60
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    make_backup(service.path)
    assert not old.exists()
    assert fresh.exists() and other.exists()


def test_a_killed_app_leaves_no_crash_file(tmp_path: Path) -> None:
    code = (
        "import os, signal\n"
        "from adviesraad_app import crash\n"
        "print(crash.start_fault_log(), flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=child_env(), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == -signal.SIGKILL
    assert crash.unseen_crash_logs() == []
    crash.start_fault_log()  # the next start
    try:
        leftovers = [p.name for p in crash.crash_dir().iterdir()]
        assert leftovers == [f"fault-{os.getpid()}.open"]  # only its own, still running
    finally:
        crash.stop_fault_log()
    assert list(crash.crash_dir().iterdir()) == []
