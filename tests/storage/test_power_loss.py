"""Power loss (simulated by SIGKILL), 100 times: no committed write lost, file always intact."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from tests.storage.power_loss import run

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]


def test_killed_writer_loses_no_committed_write(tmp_path: Path) -> None:
    figures = run(tmp_path / "register.sqlite3", kills=100)
    print(json.dumps(asdict(figures)))  # the figures for DATA_SAFETY.md (pytest -s)
    assert figures.kills == 100
    assert figures.problems == []
    assert figures.integrity_failures == 0
    assert figures.lost_advices == 0 and figures.lost_replies == 0
    assert figures.full_checks == figures.full_checks_ok >= 4
    # The kills really landed while writing: many writes were reported, and the register
    # holds at most one unreported advice per kill (killed between COMMIT and the print).
    assert figures.reported_advices > 500
    assert figures.committed_but_unreported <= figures.kills
