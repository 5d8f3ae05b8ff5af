"""The CLI beside the running app: writes, backups and restores at the same time lose nothing.

The "app" is a second process that writes through the same service the GUI uses, reporting
every committed advice; the CLI runs as real ``python -m adviesraad_app`` processes.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.check import check_database
from tests.support.world import child_env, integrity

pytestmark = pytest.mark.slow

APP = r"""
import sys
from pathlib import Path

from adviesraad_app.domain.advices import Advice, AdviceKind, Recommendation
from adviesraad_app.services.register import RegisterService

path, stop = Path(sys.argv[1]), Path(sys.argv[2])
service = RegisterService.open(path)
print("ready", flush=True)
i = 0
while not stop.exists() and i < 3000:
    i += 1
    title = f"app-{i}"
    service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title=title,
            recommendations=(Recommendation(1, "Een aanbeveling"),),
        )
    )
    print(title, flush=True)
service.close()
"""


class App:
    def __init__(self, db: Path, folder: Path) -> None:
        self.stop = folder / "stop"
        self.process = subprocess.Popen(
            [sys.executable, "-c", APP, str(db), str(self.stop)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env(),
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline() == "ready\n"

    def finish(self) -> set[str]:
        self.stop.touch()
        out, err = self.process.communicate(timeout=120)
        assert self.process.returncode == 0, err
        return set(out.split())


@pytest.fixture
def app(db_path: Path, tmp_path: Path) -> Iterator[App]:
    RegisterService.open(db_path).close()
    running = App(db_path, tmp_path)
    yield running
    if running.process.poll() is None:
        running.process.kill()
        running.process.wait()


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "adviesraad_app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
    )


def titles_in(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT title FROM advices")]
    finally:
        conn.close()


def test_cli_writes_beside_the_app_lose_nothing(app: App, db_path: Path) -> None:
    made_backups = []
    for i in range(6):
        result = cli(db_path, "add-advice", "--kind", "ongevraagd", "--title", f"cli-{i}")
        assert result.returncode == 0, result.stderr
        if i % 3 == 0:
            result = cli(db_path, "backup", "--json")
            assert result.returncode == 0, result.stderr
            made_backups.append(Path(result.stdout.split('"path": "')[1].split('"')[0]))
    checked = cli(db_path, "check")
    assert checked.returncode == 0, checked.stdout
    reported = app.finish()
    titles = titles_in(db_path)
    assert len(titles) == len(set(titles))  # nothing written twice
    assert reported <= set(titles)  # every write the app saw committed is there
    assert {f"cli-{i}" for i in range(6)} <= set(titles)
    assert len(reported) > 20  # the app really wrote while the CLI did
    assert integrity(db_path) == "ok"
    for backup in made_backups:
        assert integrity(backup) == "ok"
    service = RegisterService.open(db_path)
    report = check_database(service)
    service.close()
    assert report.ok, report.text()
    numbers = sqlite3.connect(db_path).execute("SELECT count(DISTINCT number) FROM advices")
    assert numbers.fetchone()[0] == len(titles)


def test_restore_and_undo_beside_the_app_lose_nothing(db_path: Path, tmp_path: Path) -> None:
    """The CLI restores an old backup while the app keeps writing, and then undoes that: every
    advice the app saw committed is in the register or in a copy that the restores set aside."""
    service = RegisterService.open(db_path)
    service.close()
    before = cli(db_path, "add-advice", "--kind", "gevraagd", "--title", "oud")
    assert before.returncode == 0
    backup = cli(db_path, "backup", "--json")
    old = Path(backup.stdout.split('"path": "')[1].split('"')[0])
    app = App(db_path, tmp_path)
    try:
        restored = cli(db_path, "restore", str(old), "--json")
        assert restored.returncode == 0, restored.stderr
        aside_1 = Path(restored.stdout.split('"saved_aside": "')[1].split('"')[0])
        undone = cli(db_path, "restore", str(aside_1), "--json")
        assert undone.returncode == 0, undone.stderr
        aside_2 = Path(undone.stdout.split('"saved_aside": "')[1].split('"')[0])
        reported = app.finish()
    finally:
        if app.process.poll() is None:
            app.process.kill()
            app.process.wait()
    live = set(titles_in(db_path))
    kept = live | set(titles_in(aside_1)) | set(titles_in(aside_2))
    assert reported <= kept, sorted(reported - kept)[:5]
    assert "oud" in live
    assert integrity(db_path) == "ok"
    service = RegisterService.open(db_path)
    report = check_database(service)
    service.close()
    assert report.ok, report.text()
