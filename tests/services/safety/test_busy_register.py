"""A register that is being written to is never called damaged.

Writers add advices in other processes while this one opens the register again and again,
lists it, backs it up and checks it. Every "damaged" verdict on a healthy file is a false
alarm; the file's size and its header's page count change under a checkpoint.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import make_backup
from adviesraad_app.storage.errors import DatabaseLockedError, StorageError
from adviesraad_app.storage.file_checks import inspect_database_file
from tests.support.world import child_env, integrity

WRITER = """
import sys, time
from datetime import date
from adviesraad_app.domain.advices import Advice, AdviceKind
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.errors import DatabaseLockedError
service = RegisterService.open(sys.argv[1])
service._store.conn.execute("PRAGMA wal_autocheckpoint = 4")  # checkpoints all the time
end = time.monotonic() + float(sys.argv[2])
i = 0
while time.monotonic() < end:
    try:
        title = f"w{sys.argv[3]}-{i}"
        service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title=title,
                                     summary=" tekst" * 1500, sent_date=date(2024, 8, 12)))
    except DatabaseLockedError:
        pass
    i += 1
service.close()
"""


@pytest.mark.slow
def test_writers_beside_backup_list_and_check_give_no_false_alarms(
    db_path: Path, tmp_path: Path
) -> None:
    RegisterService.open(db_path).close()
    seconds = 8.0
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), str(seconds), str(n)],
            env=child_env(),
            stderr=subprocess.PIPE,
        )
        for n in range(2)
    ]
    alarms: list[str] = []
    rounds = 0
    end = time.monotonic() + seconds - 1
    while time.monotonic() < end:
        rounds += 1
        try:
            inspect_database_file(db_path)
            service = RegisterService.open(db_path)
            try:
                service.register(RegisterFilter())
                if rounds % 5 == 0:
                    make_backup(db_path)
            finally:
                service.close()
        except DatabaseLockedError:
            continue  # busy is not an alarm: it says so
        except StorageError as exc:
            alarms.append(str(exc))
    for writer in writers:
        _, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err.decode()
    assert rounds > 20
    assert alarms == [], f"{len(alarms)} false alarms in {rounds} rounds: {alarms[:2]}"
    assert integrity(db_path) == "ok"
