"""Render the data-safety dialogs to PNG, offscreen, for docs/DATA_SAFETY.md and for looking.

    python tools/screenshots_safety.py [--out docs/images]

Uses a temporary demo register with a few backups and fresh settings; nothing of the user's
is read or written.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

from shots import Shots


def main() -> int:
    shots = Shots(__doc__, prefix="adviesraad-safety-shots-")
    work = shots.work

    from adviesraad_app.gui.safety import dialogs as safety_dialogs
    from adviesraad_app.gui.safety.actions import SafetyActions
    from adviesraad_app.gui.safety.check_dialog import CheckDialog
    from adviesraad_app.gui.safety.crash_dialog import CrashDialog
    from adviesraad_app.gui.safety.open_problem import OpenProblemDialog
    from adviesraad_app.services.demo import load_demo
    from adviesraad_app.services.register import RegisterService
    from adviesraad_app.services.safety.backups import make_backup
    from adviesraad_app.services.safety.diagnosis import OpenDiagnosis, open_register
    from adviesraad_app.storage.backup_files import BackupKind

    settle, grab = shots.settle, shots.grab

    # A demo register with backups from the past weeks.
    folder = work / "Adviesraad"
    folder.mkdir()
    path = folder / "adviesraad.sqlite3"
    service = RegisterService.open(path)
    load_demo(service)
    service.close()
    now = datetime.now().replace(second=0, microsecond=0)
    for days, kind in (
        (21, BackupKind.AUTO),
        (9, BackupKind.MANUAL),
        (3, BackupKind.AUTO),
        (2, BackupKind.BEFORE_REPAIR),
        (1, BackupKind.AUTO),
    ):
        make_backup(path, kind, now=now - timedelta(days=days, hours=days % 5, minutes=7 * days))

    # 1. Start-up with a truncated register.
    damaged = folder / "kopie.sqlite3"
    damaged.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    for entry in folder.joinpath("backups").iterdir():  # the same backups, for this name
        entry.with_name(entry.name.replace("adviesraad-", "kopie-")).write_bytes(entry.read_bytes())
    diagnosis = open_register(damaged, create=False)
    assert isinstance(diagnosis, OpenDiagnosis)
    dialog = OpenProblemDialog(diagnosis)
    grab(dialog, "database-beschadigd")
    dialog.close()

    # 2. The main window, its backups and a restore that can be undone.
    service = RegisterService.open(path)
    window = shots.window(service, (1200, 720))
    window.show()
    safety = window.findChild(SafetyActions, "safetyActions")
    assert isinstance(safety, SafetyActions)
    backups = safety.show_backups()
    grab(backups, "backups")
    safety_dialogs.confirm_restore = lambda parent, text: True  # type: ignore[assignment]
    table = backups.backupsTable
    table.setCurrentItem(table.topLevelItem(1))
    backups.restore_selected()
    grab(backups, "backups-teruggezet")
    backups.close()

    # 3. The database check with a problem, then repaired.
    conn = sqlite3.connect(window.service.path)
    conn.execute("UPDATE advices SET status = 'afgerond' WHERE id IN (1, 2, 3)")
    conn.commit()
    conn.close()
    check = safety.check_database()
    assert isinstance(check, CheckDialog)
    grab(check, "database-controleren-bezig")
    while check.report_result is None:
        settle(0.1)
    grab(check, "database-controleren")
    check.repair()
    while check.repair_result is None:
        settle(0.1)
    grab(check, "database-hersteld")
    check.close()

    # 4. A crash log from an earlier run, offered at the start.
    crash = CrashDialog(
        "Adviesraad 0.1.0 - 2026-11-21T16:02:11\nPython 3.11.7 op Windows-11\nFrozen: True\n\n"
        "Traceback (most recent call last):\n"
        '  File "adviesraad_app/gui/register/register_view.py", line 212, in _open_current\n'
        "KeyError: 'advice_id'\n",
        folder / "crashlogs" / "crash-20261121-160211-123456.txt",
        earlier=True,
    )
    grab(crash, "foutverslag-vorige-keer")
    crash.close()
    window.close()
    window.service.close()

    # 5. A register in a OneDrive folder: the banner.
    cloud = work / "OneDrive - Gemeente Voorbeeld" / "Adviesraad"
    cloud.mkdir(parents=True)
    service = RegisterService.open(cloud / "adviesraad.sqlite3")
    load_demo(service)
    window = shots.window(service, (1200, 600))
    grab(window, "waarschuwing-onedrive")
    window.close()
    service.close()

    # 6. A register opened read-only (simulated: the file and its folder "not writable").
    readonly = work / "alleen-lezen"
    readonly.mkdir()
    service = RegisterService.open(readonly / "adviesraad.sqlite3")
    load_demo(service)
    service.close()
    from adviesraad_app.storage import database

    real_is_writable = database.is_writable

    def is_writable(target: Path) -> bool:
        if Path(target).is_relative_to(readonly):
            return False
        return real_is_writable(target)

    database.is_writable = is_writable  # type: ignore[assignment]
    service = RegisterService.open(readonly / "adviesraad.sqlite3")
    database.is_writable = real_is_writable  # type: ignore[assignment]
    assert service.readonly
    window = shots.window(service, (1200, 600))
    window.show_page(1)
    grab(window, "alleen-lezen")
    dossier = window.open_dossier(service.register()[0].id)
    assert dossier is not None
    dossier.resize(960, 700)
    grab(dossier, "alleen-lezen-dossier")
    dossier.close()
    window.close()
    service.close()
    return shots.finish()


if __name__ == "__main__":
    sys.exit(main())
