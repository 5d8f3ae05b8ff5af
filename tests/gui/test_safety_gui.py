"""Data safety in the desktop app, as a user meets it (offscreen; modal dialogs patched).

Start-up with a damaged register, one instance per user, automatic backups, restore and undo,
the database check, crash dialogs, environment errors during use, a read-only register, and
changes made by another program while the app runs.
"""

from __future__ import annotations

import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDir, QEvent, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from adviesraad_app.crash import crash_dir, unseen_crash_logs, write_crash_log
from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.dates import MONTHS
from adviesraad_app.domain.kinds import AdviceKind, ManualStatus
from adviesraad_app.gui import app as app_module
from adviesraad_app.gui.common.operations import readonly_hint
from adviesraad_app.gui.main_window import PAGE_COMMITMENTS, PAGE_REGISTER, MainWindow
from adviesraad_app.gui.safety import banner as safety_banner
from adviesraad_app.gui.safety import check_dialog
from adviesraad_app.gui.safety import dialogs as safety_dialogs
from adviesraad_app.gui.safety.actions import SafetyActions
from adviesraad_app.gui.safety.crash_dialog import CrashDialog
from adviesraad_app.gui.safety.open_problem import OpenChoice, OpenProblemDialog
from adviesraad_app.gui.shell.single_instance import (
    StartRequest,
    claim,
    send_to_running,
    server_name,
)
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import list_backups, make_backup
from adviesraad_app.services.safety.check import check_database
from adviesraad_app.storage.backup_files import BackupKind
from adviesraad_app.storage.errors import DiskFullError
from adviesraad_app.storage.paths import backups_dir
from tests.conftest import TODAY
from tests.services.safety.test_damaged_files import damage, make_register
from tests.support.internals import store_of
from tests.support.world import deny_writes

REPO = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------------------------- helpers


def side_files(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name + "-")]


def safety_of(window: MainWindow) -> SafetyActions:
    found = window.findChild(SafetyActions, "safetyActions")
    assert isinstance(found, SafetyActions)
    return found


def open_window(qtbot: Any, service: RegisterService) -> MainWindow:
    window = MainWindow(service, today=lambda: TODAY, restore_state=False)
    window.save_window = lambda: None  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.show()
    return window


class Boxes:
    """Records message boxes instead of showing them (``exec`` and ``show``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str] = []
        boxes = self

        def fake_exec(box: QMessageBox) -> int:
            boxes.texts.append(box.text() + "\n" + box.informativeText())
            return 0

        monkeypatch.setattr(QMessageBox, "exec", fake_exec)


# ---------------------------------------------------------------------------------- opening


DAMAGE = {
    "random": ("geen Adviesraad-database", "geen SQLite-bestand"),
    "truncated-half": ("beschadigd", "korter dan het zou moeten zijn"),
    "zero-length": ("geen Adviesraad-database", "leeg bestand"),
    "newer-schema": ("nieuwere versie", "nieuwere versie"),
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_register_is_explained_and_left_untouched(
    app: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, db_path: Path, kind: str
) -> None:
    make_register(db_path)
    make_backup(db_path, BackupKind.AUTO)
    damage(kind, db_path)
    before = db_path.read_bytes()
    shown: list[OpenProblemDialog] = []

    def look_and_quit(dialog: OpenProblemDialog) -> int:
        shown.append(dialog)
        assert dialog.unchangedNote.isVisibleTo(dialog)
        assert "niet gewijzigd" in dialog.unchangedNote.text() + dialog.message.text()
        assert dialog.restoreButton.isVisibleTo(dialog) and dialog.restoreButton.isEnabled()
        assert dialog.otherButton.isVisibleTo(dialog) and dialog.newButton.isVisibleTo(dialog)
        dialog.quitButton.click()
        return 0

    monkeypatch.setattr(OpenProblemDialog, "exec", look_and_quit)
    assert app_module.open_register(db_path, create=True) is None
    assert len(shown) == 1
    dialog = shown[0]
    headline, detail = DAMAGE[kind]
    assert headline in dialog.headline.text()
    assert detail in dialog.message.text()
    table = dialog.backupsTable
    assert table.topLevelItemCount() == 1
    row = table.topLevelItem(0)
    assert row is not None and row.text(1) == "automatisch" and row.text(2) == "40"
    assert row.text(0).split()[1] in MONTHS  # "22 november 2026 17:15"
    assert db_path.read_bytes() == before
    assert side_files(db_path) == []


@pytest.mark.parametrize("kind", ["truncated-half", "newer-schema"])
def test_restore_a_backup_from_the_start_up_dialog(
    app: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, db_path: Path, kind: str
) -> None:
    make_register(db_path, n=7)
    make_backup(db_path, BackupKind.MANUAL)
    damage(kind, db_path)
    damaged = db_path.read_bytes()
    asked: list[str] = []

    def choose_restore(dialog: OpenProblemDialog) -> int:
        assert dialog.selected_backup() is not None
        dialog.restoreButton.click()
        return 1

    def confirm(parent: Any, description: str) -> bool:
        asked.append(description)
        return True

    monkeypatch.setattr(OpenProblemDialog, "exec", choose_restore)
    monkeypatch.setattr(safety_dialogs, "confirm_restore", confirm)
    notes: list[str] = []
    service = app_module.open_register(db_path, create=True, notes=notes)
    assert service is not None
    try:
        assert service.count() == 7
        assert asked and "7 adviezen" in asked[0]
        assert notes and "Teruggezet" in notes[0]
        aside = [e for e in list_backups(db_path) if e.kind != BackupKind.MANUAL]
        assert aside, "the damaged register was kept"
        if kind == "truncated-half":
            kept = next(e.path for e in aside if e.kind == BackupKind.DAMAGED)
            assert kept.read_bytes() == damaged
    finally:
        service.close()


def test_locked_register_offers_to_try_again(
    app: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    """A register another program holds (the CLI, a virus scanner): "Opnieuw proberen"."""
    from adviesraad_app.services.safety.diagnosis import OpenDiagnosis, OpenProblem

    diagnosis = OpenDiagnosis(
        db_path, OpenProblem.LOCKED, "De database is bezet.", "Sluit het andere programma.", ()
    )
    dialog = OpenProblemDialog(diagnosis)
    qtbot.addWidget(dialog)
    assert dialog.retryButton.isVisibleTo(dialog) and dialog.retryButton.isDefault()
    assert not dialog.restoreButton.isVisibleTo(dialog)
    dialog.retryButton.click()
    assert dialog.choice == OpenChoice.RETRY


def test_start_up_restores_offers_crash_log_and_cleans_up(
    app: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    """The whole start: damaged register -> restore -> window with a note -> the crash log of
    an earlier run offered once -> the single-instance server closed at the end."""
    import argparse

    from adviesraad_app import crash

    make_register(db_path, n=3)
    make_backup(db_path, BackupKind.AUTO)
    damage("truncated-half", db_path)
    write_crash_log("Traceback: een fout van gisteren\n")
    for name in ("configure_logging", "start_fault_log", "stop_fault_log"):
        monkeypatch.setattr(crash, name, lambda *a, **k: None)  # keep pytest's own handlers
    monkeypatch.setattr(app_module, "install_crash_handler", lambda: None)

    def choose_restore(dialog: OpenProblemDialog) -> int:
        dialog.restoreButton.click()
        return 1

    monkeypatch.setattr(OpenProblemDialog, "exec", choose_restore)
    monkeypatch.setattr(safety_dialogs, "confirm_restore", lambda parent, text: True)
    offered: list[str] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: offered.append(self.windowTitle()) or 0)
    seen: dict[str, Any] = {}

    def fake_exec(application: QApplication) -> int:
        for _ in range(5):
            QApplication.processEvents()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next(w for w in windows if w.isVisible())
        seen["count"] = window.service.count()
        seen["banners"] = [b.text.text() for b in window.findChildren(safety_banner.NoticeBanner)]
        window.save_window = lambda: None  # type: ignore[method-assign]
        window.close()
        qtbot.addWidget(window)
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    code = app_module.run_gui(argparse.Namespace(db=str(db_path), demo=False))
    assert code == 0
    assert seen["count"] == 3
    assert any("Teruggezet" in text for text in seen["banners"])
    assert len(offered) == 1 and "vorige keer" in offered[0]
    assert unseen_crash_logs() == []
    # The server is gone: a new claim listens again.
    server = claim(server_name(), StartRequest())
    assert server is not None and server.is_listening()
    server.close()


# ---------------------------------------------------------------------------------- one instance


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_second_start_brings_the_window_forward_and_exits_0(window: MainWindow, qtbot: Any) -> None:
    server = claim(server_name(), StartRequest())
    assert server is not None and server.is_listening()
    received: list[StartRequest] = []
    server.request_received.connect(received.append)
    server.request_received.connect(lambda r: app_module.handle_second_start(window, r))
    window.showMinimized()
    child = subprocess.Popen(
        [sys.executable, "-m", "adviesraad_app", "--db", str(window.service.path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=60_000)
    finally:
        if child.poll() is None:
            child.kill()
    _out, err = child.communicate()
    assert child.returncode == 0, err.decode(errors="replace")
    assert len(received) == 1
    assert received[0].db == str(window.service.path)
    assert not window.isMinimized()
    assert "al geopend" in window.statusbar.currentMessage()
    server.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_second_start_for_another_register_switches(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    other = tmp_path / "ander.sqlite3"
    with qtbot.waitSignal(window.database_requested) as blocker:
        app_module.handle_second_start(window, StartRequest(db=str(other)))
    assert blocker.args == [str(other), False]


def test_a_client_gets_an_answer_and_bad_messages_are_ignored(app: Any, qtbot: Any) -> None:
    name = server_name()
    server = claim(name, StartRequest())
    assert server is not None
    received: list[StartRequest] = []
    server.request_received.connect(received.append)
    bad = QLocalSocket()
    bad.connectToServer(name)
    assert bad.waitForConnected(1000)
    bad.write(b"dit is geen json\n")
    bad.flush()
    good = QLocalSocket()
    good.connectToServer(name)
    assert good.waitForConnected(1000)
    good.write(StartRequest(argv=["--demo"], db=None).encode())
    good.flush()
    qtbot.waitUntil(good.canReadLine, timeout=5000)
    assert bytes(good.readLine().data()) == b"ok\n"
    assert [r.argv for r in received] == [["--demo"]]
    for sock in (bad, good):
        sock.disconnectFromServer()
    server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows pipes vanish with their process")
def test_a_stale_server_name_after_a_crash_does_not_block(app: Any) -> None:
    name = server_name()
    leftover = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(leftover))
    stale.close()  # the file stays, nobody listens: what a killed instance leaves behind
    assert leftover.exists()
    assert not send_to_running(name, StartRequest())
    server = claim(name, StartRequest())
    assert server is not None and server.is_listening()
    server.close()


def test_server_names_are_per_user_and_folder(tmp_path: Path) -> None:
    a = server_name(tmp_path / "a", user="secretaris")
    assert a == server_name(tmp_path / "a", user="secretaris")
    assert a != server_name(tmp_path / "b", user="secretaris")
    assert a != server_name(tmp_path / "a", user="voorzitter")
    assert "secretaris" not in a


# ---------------------------------------------------------------------------------- backups


def test_automatic_backups_after_changes_and_on_close(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    auto = safety_of(window).auto_backup
    assert auto.timer.isActive() and auto.timer.interval() == 5 * 60 * 1000
    path = window.service.path
    assert auto.tick() is None  # nothing changed: no backup
    window.service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Eerste"))
    first = auto.tick()
    assert first is not None and first.exists()
    assert "Automatische back-up" in window.statusbar.currentMessage()
    window.service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Tweede"))
    assert auto.tick() is None  # at most once an hour
    # The timer itself does it once the interval has passed.
    auto.scheduler.interval = timedelta(0)
    auto.timer.setInterval(20)
    qtbot.waitUntil(lambda: len(list_backups(path)) == 2, timeout=5000)
    window.service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Derde"))
    window.close()
    entries = list_backups(path)
    assert len(entries) == 3 and all(e.kind == BackupKind.AUTO for e in entries)
    assert entries[0].advices == 3


def test_failing_automatic_backup_is_reported_once_and_closing_goes_on(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviesraad_app.services.safety import backups

    auto = safety_of(window).auto_backup

    def full(*args: Any, **kwargs: Any) -> Any:
        raise DiskFullError("De schijf is vol: de back-up kon niet worden geschreven.")

    monkeypatch.setattr(backups, "make_backup", full)
    window.service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Eerste"))
    assert auto.tick() is None
    assert "Automatische back-up mislukt" in window.statusbar.currentMessage()
    assert "schijf is vol" in window.statusbar.currentMessage()

    def visible_boxes() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]

    boxes = [b for b in visible_boxes() if b.isVisible()]
    assert len(boxes) == 1 and "schijf is vol" in boxes[0].text()
    boxes[0].close()
    assert auto.tick() is None
    assert auto.failures == 2
    assert not [b for b in visible_boxes() if b.isVisible()]  # only once as a message
    window.close()  # the backup on close fails too, and the window still closes
    assert not window.isVisible()
    assert auto.failures == 3


def test_backup_now_and_show_folder(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [a.text() for a in window.menuTools.actions()]
    for expected in (
        "&Back-up maken",
        "Back-up &terugzetten…",
        "&Database controleren…",
        "&Map met back-ups tonen",
    ):
        assert expected in texts
    assert window.menuTools.menuAction().isVisible()
    safety = safety_of(window)
    safety.actions["backup"].trigger()
    entries = list_backups(window.service.path)
    assert len(entries) == 1 and entries[0].kind == BackupKind.MANUAL
    assert str(entries[0].path) in window.statusbar.currentMessage()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    safety.actions["folder"].trigger()
    assert opened == [str(backups_dir(window.service.path))]


def test_restore_from_the_menu_and_undo(
    demo_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    path = window.service.path
    before = window.service.count()
    make_backup(path, BackupKind.MANUAL)
    window.service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Na de back-up"))
    advice_id = window.service.register()[0].id
    window.open_dossier(advice_id)
    assert window.open_dossiers
    confirmations: list[str] = []
    monkeypatch.setattr(
        safety_dialogs, "confirm_restore", lambda parent, text: confirmations.append(text) or True
    )
    dialog = safety_of(window).show_backups()
    qtbot.addWidget(dialog)
    table = dialog.backupsTable
    assert table.topLevelItemCount() == 1
    row = table.topLevelItem(0)
    assert row is not None and row.text(1) == "handmatig" and row.text(2) == str(before)
    result = dialog.restore_selected()
    assert result is not None and result.can_undo
    assert confirmations and f"{before} adviezen" in confirmations[0]
    assert not window.open_dossiers  # closed before the restore
    assert window.service.count() == before
    window.show_page(PAGE_REGISTER)
    assert window.register_view.model.rowCount() == before
    assert "Teruggezet" in dialog.resultLabel.text()
    assert dialog.undoButton.isVisible()
    kinds = {e.kind for e in list_backups(path)}
    assert BackupKind.BEFORE_RESTORE in kinds
    dialog.undoButton.click()
    assert window.service.count() == before + 1
    assert "ongedaan" in dialog.resultLabel.text()
    dialog.close()
    window.close()
    window.service.close()  # the one the restore opened (the fixture closes the first)


def test_restore_is_cancelled_when_a_dossier_keeps_its_changes(
    demo_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviesraad_app.gui.dossier import dialog as dossier_module

    window = demo_window
    make_backup(window.service.path, BackupKind.MANUAL)
    dossier = window.open_dossier(window.service.register()[0].id)
    assert dossier is not None
    dossier.title.setText("Nog niet opgeslagen")
    monkeypatch.setattr(
        dossier_module, "ask_save_changes", lambda parent: QMessageBox.StandardButton.Cancel
    )
    monkeypatch.setattr(safety_dialogs, "confirm_restore", lambda parent, text: True)
    dialog = safety_of(window).show_backups()
    qtbot.addWidget(dialog)
    assert dialog.restore_selected() is None
    assert dossier.isVisible() and dossier.title.text() == "Nog niet opgeslagen"
    assert not dialog.resultFrame.isVisible()
    dossier._clean = dossier.snapshot()


# ---------------------------------------------------------------------------------- check


def test_database_check_shows_the_report_and_repairs(demo_window: MainWindow, qtbot: Any) -> None:
    window = demo_window
    path = window.service.path
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE advices SET status = CASE status WHEN 'afgerond' THEN 'in_voorbereiding' "
        "ELSE 'afgerond' END WHERE id IN (1, 2)"
    )
    conn.commit()
    conn.close()
    dialog = safety_of(window).check_database()
    qtbot.addWidget(dialog)
    assert dialog.progress.isVisible()  # busy while the worker thread checks
    qtbot.waitUntil(lambda: dialog.report_result is not None, timeout=30_000)
    report = dialog.report_result
    assert report is not None and not report.ok and report.repairable
    text = dialog.report.toPlainText()
    assert "kloppen status of termijnen niet" in text
    assert "De structuur van het bestand is in orde." in text
    assert "Bij 2 adviezen" in text
    assert "1 probleem gevonden" in dialog.summary.text()
    assert dialog.repairButton.isVisible() and dialog.repairButton.isEnabled()
    assert not dialog.progress.isVisible()
    qtbot.mouseClick(dialog.repairButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.repair_result is not None, timeout=30_000)
    assert dialog.repair_result is not None and dialog.repair_result.after.ok
    assert "Geen problemen gevonden." in dialog.summary.text()
    assert "Eerst is een back-up gemaakt" in dialog.report.toPlainText()
    assert not dialog.repairButton.isVisible()
    assert "ander programma" in window.statusbar.currentMessage()  # the window reloaded
    assert BackupKind.BEFORE_REPAIR in {e.kind for e in list_backups(path)}
    assert check_database(window.service).ok


def test_check_of_a_vanished_register_says_so(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = Boxes(monkeypatch)
    dialog = check_dialog.CheckDialog(window.service.path.with_name("weg.sqlite3"))
    qtbot.addWidget(dialog)
    dialog.start_check()
    qtbot.waitUntil(lambda: not dialog.busy() and bool(boxes.texts), timeout=30_000)
    assert "weg.sqlite3" in boxes.texts[0]
    assert dialog.closeButton.isEnabled()


# ---------------------------------------------------------------------------------- crashes


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_gives_a_crash_log_and_dialog_offered_next_start(
    app: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown: list[tuple[str, str]] = []

    def record(dialog: CrashDialog) -> int:
        shown.append((dialog.details.toPlainText(), dialog.whereLabel.text()))
        return 0

    monkeypatch.setattr(CrashDialog, "exec", record)
    app_module.install_crash_handler()
    monkeypatch.setattr(sys, "stderr", None)  # the windowed Windows build
    button = QPushButton("Fout")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: {}["ontbreekt"])
    button.click()
    assert len(shown) == 1
    details, where = shown[0]
    assert "KeyError" in details and "ontbreekt" in details
    logs = unseen_crash_logs()
    assert len(logs) == 1 and str(logs[0]) in where
    # A worker thread's crash reaches the dialog through the GUI thread.
    worker = threading.Thread(target=lambda: 1 / 0, name="werker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    assert "ZeroDivisionError" in shown[1][0] and "thread werker" in shown[1][0]
    monkeypatch.setattr(sys, "stderr", sys.__stderr__)
    # The next start offers both logs once, then never again.
    offered: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: offered.append(self) or 0)
    assert app_module.offer_crash_logs() == 2
    assert "vorige keer" in offered[0].windowTitle()
    assert "Bij de vorige keer ging er iets mis" in offered[0].intro.text()
    assert "KeyError" in offered[0].details.toPlainText()
    assert str(crash_dir()) in offered[0].whereLabel.text()
    assert app_module.offer_crash_logs() == 0
    assert len(offered) == 1


def test_crash_dialog_copies_the_details(app: Any, qtbot: Any, tmp_path: Path) -> None:
    log = tmp_path / "crash-1.txt"
    log.write_text("Traceback ...")
    dialog = CrashDialog("Traceback ...\nValueError: x", log)
    qtbot.addWidget(dialog)
    dialog.copyButton.click()
    assert QApplication.clipboard().text() == "Traceback ...\nValueError: x"
    assert str(log) in dialog.whereLabel.text()


# ---------------------------------------------------------------------------------- errors in use


def test_disk_full_during_use_gives_a_message_and_the_app_keeps_working(
    demo_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real "disk full" (the database's own page limit), then room again."""
    window = demo_window
    service = window.service
    boxes = Boxes(monkeypatch)
    dialog = window.new_advice()
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData(AdviceKind.ONGEVRAAGD))
    dialog.title.setText("Groot advies")
    dialog.summary.setPlainText("veel tekst " * 18000)  # more than the free pages can hold
    pages = store_of(service).scalar("PRAGMA page_count")
    store_of(service).conn.execute(f"PRAGMA max_page_count = {pages}")
    count = service.count()
    assert not dialog.save()
    assert boxes.texts and "schijf is vol" in boxes.texts[0]
    assert service.count() == count
    assert dialog.is_dirty() and dialog.title.text() == "Groot advies"  # nothing typed is lost
    store_of(service).conn.execute("PRAGMA max_page_count = 1073741823")
    assert dialog.save()
    assert service.count() == count + 1
    dialog.close()


def test_storage_error_in_an_operation_and_the_window_keeps_working(
    demo_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    service = window.service
    boxes = Boxes(monkeypatch)
    real_delete = service.delete_advice
    failing = {"on": True}

    def delete(advice_id: int) -> None:
        if failing["on"]:
            raise DiskFullError(
                "De schijf is vol: de wijziging kon niet worden opgeslagen en is teruggedraaid."
            )
        real_delete(advice_id)

    monkeypatch.setattr(service, "delete_advice", delete)
    window.show_page(PAGE_REGISTER)
    before = service.count()
    window.register_view.table.selectRow(0)
    qtbot.keyClick(window.register_view.table, Qt.Key.Key_Delete)
    assert boxes.texts and "schijf is vol" in boxes.texts[0]
    assert service.count() == before
    assert not window.ops.undo_stack.canUndo()
    failing["on"] = False
    window.register_view.table.selectRow(0)
    qtbot.keyClick(window.register_view.table, Qt.Key.Key_Delete)
    assert service.count() == before - 1
    window.actionUndo.trigger()
    assert service.count() == before


# ---------------------------------------------------------------------------------- read-only


@pytest.fixture
def readonly_service(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A register the service opens read-only (as root, ``os.access`` is patched)."""
    make_register(db_path, n=2)
    deny_writes(monkeypatch, db_path, db_path.parent)
    service = RegisterService.open(db_path)
    assert service.readonly
    yield service
    service.close()


def test_read_only_register_disables_writing_and_says_why(
    app: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, readonly_service: RegisterService
) -> None:
    boxes = Boxes(monkeypatch)
    window = open_window(qtbot, readonly_service)
    assert "(alleen-lezen)" in window.statusbar.currentMessage()
    notices = safety_of(window).notices
    assert notices.readonly_label.isVisible()
    assert notices.readonly_banner is not None and notices.readonly_banner.isVisible()
    assert not window.actionNewAdvice.isEnabled()
    assert window.actionNewAdvice.toolTip() == readonly_hint()
    window.show_page(PAGE_REGISTER)
    window.register_view.table.selectRow(0)
    assert window.selected_advice_ids()
    assert not window.actionDelete.isEnabled()
    assert not window.register_view.deleteButton.isEnabled()
    assert not window.register_view.newButton.isEnabled()
    assert window.register_view.newButton.toolTip() == readonly_hint()
    qtbot.keyClick(window.register_view.table, Qt.Key.Key_Delete)
    window.delete_selected()  # as a feature or a leftover shortcut would call it
    assert readonly_service.count() == 2
    assert window.statusbar.currentMessage() == readonly_hint()
    assert window.new_advice() is None
    dossier = window.open_dossier(window.selected_advice_ids()[0])
    assert dossier is not None
    assert not dossier.saveButton.isEnabled() and dossier.saveButton.toolTip() == readonly_hint()
    assert dossier.title.isReadOnly() and not dossier.kind.isEnabled()
    assert not dossier.addDocument.isEnabled() and not dossier.newReplyButton.isEnabled()
    assert readonly_hint() in dossier.validationSummary.text()
    assert not dossier.save()  # Ctrl+S: explained, not failed
    assert boxes.texts and "alleen-lezen" in boxes.texts[-1]
    # Reading still works: backups and the check.
    safety = safety_of(window)
    assert safety.backup_now() is not None
    check = safety.check_database()
    qtbot.addWidget(check)
    qtbot.waitUntil(lambda: check.report_result is not None, timeout=30_000)
    assert check.report_result is not None and check.report_result.ok
    dossier.close()
    window.close()


def test_read_only_empty_register_opens_the_separate_demo(
    app: Any, qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Demo bekijken never writes to the user's register (here read-only): it opens the
    separate demo register."""
    RegisterService.open(db_path).close()
    deny_writes(monkeypatch, db_path, db_path.parent)
    service = RegisterService.open(db_path)
    assert service.readonly and service.count() == 0
    window = open_window(qtbot, service)
    assert window.actionLoadDemo.isEnabled()
    window.actionLoadDemo.trigger()
    assert window.service is not service and window.is_demo()
    assert window.service.count() > 0
    assert "DEMO" in window.windowTitle()
    check = RegisterService.open(db_path)
    assert check.count() == 0  # the user's register is untouched
    check.close()
    window.close()
    window.service.close()


# ---------------------------------------------------------------------------------- other programs


def test_change_by_the_cli_refreshes_window_and_dossiers(
    demo_window: MainWindow, qtbot: Any
) -> None:
    window = demo_window
    path = window.service.path
    window.show_page(PAGE_REGISTER)
    rows = window.register_view.model.rowCount()
    first, second = (r.id for r in window.service.register()[:2])
    clean = window.open_dossier(first)
    editing = window.open_dossier(second)
    assert clean is not None and editing is not None
    editing.title.setText("Mijn wijziging")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "adviesraad_app",
            "--db",
            str(path),
            "add-advice",
            "--kind",
            "ongevraagd",
            "--title",
            "Via de opdrachtregel",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    other = RegisterService.open(path)
    advice = other.get_advice(first)
    other.set_manual_status(first, ManualStatus.VERVALLEN)
    other.close()
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert window.register_view.model.rowCount() == rows + 1
    assert "ander programma" in window.statusbar.currentMessage()
    assert clean.manualStatus.currentData() == ManualStatus.VERVALLEN  # reloaded
    assert clean.title.text() == advice.title
    assert editing.title.text() == "Mijn wijziging"  # unsaved edits are kept
    # Nothing changed since: activating again does not reload.
    safety = safety_of(window)
    assert not safety.outside_changes.check()
    editing._clean = editing.snapshot()


# ---------------------------------------------------------------------------------- undo


def test_saving_a_dossier_and_registering_an_advice_can_be_undone(
    demo_window: MainWindow, qtbot: Any
) -> None:
    window = demo_window
    service = window.service
    advice_id = service.register()[0].id
    old_title = service.get_advice(advice_id).title
    dialog = window.open_dossier(advice_id)
    assert dialog is not None
    dialog.title.setText("Nieuwe titel")
    assert dialog.save()
    assert service.get_advice(advice_id).title == "Nieuwe titel"
    window.actionUndo.trigger()
    assert service.get_advice(advice_id).title == old_title
    assert dialog.title.text() == old_title and not dialog.is_dirty()
    window.actionRedo.trigger()
    assert service.get_advice(advice_id).title == "Nieuwe titel"
    count = service.count()
    new = window.new_advice()
    assert new is not None
    new.kind.setCurrentIndex(new.kind.findData(AdviceKind.SIGNAAL))
    new.title.setText("Per ongeluk")
    assert new.save()
    assert service.count() == count + 1
    window.actionUndo.trigger()
    assert service.count() == count
    new.close()


def test_registering_a_reply_in_the_dossier_can_be_undone(
    demo_window: MainWindow, qtbot: Any
) -> None:
    window = demo_window
    service = window.service
    row = next(r for r in service.register() if r.sent_date and not r.reply_date)
    dialog = window.open_dossier(row.id)
    assert dialog is not None
    dialog.tabs.setCurrentWidget(dialog.replyTab)
    dialog.newReplyButton.click()
    dialog.replyDate.setDate(date(2026, 11, 1))
    assert dialog.save()
    assert service.dossier(row.id).reply is not None
    window.actionUndo.trigger()
    assert service.dossier(row.id).reply is None
    window.actionRedo.trigger()
    assert service.dossier(row.id).reply is not None


def test_settings_change_can_be_undone(
    demo_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviesraad_app.gui.settings import dialog as dialogs

    window = demo_window
    before = window.service.settings

    def change(self: Any) -> int:
        self.replyTermWeeks.setValue(before.reply_term_weeks + 2)
        self._accept()
        return 1

    monkeypatch.setattr(dialogs.SettingsDialog, "exec", change)
    window.edit_settings()
    assert window.service.settings.reply_term_weeks == before.reply_term_weeks + 2
    window.actionUndo.trigger()
    assert window.service.settings == before


# ---------------------------------------------------------------------------------- location


def test_register_in_a_cloud_folder_gets_a_banner(app: Any, qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "OneDrive - Gemeente"
    folder.mkdir()
    service = RegisterService.open(folder / "register.sqlite3")
    try:
        window = open_window(qtbot, service)
        banner = safety_of(window).notices.location_banner
        assert banner is not None and banner.isVisible()
        assert "OneDrive" in banner.text.text() and "programmamap" in banner.text.text()
        banner.closeButton.click()
        assert not banner.isVisible()
        window.close()
    finally:
        service.close()


def test_restore_dialog_lists_problems_of_unusable_backups(window: MainWindow, qtbot: Any) -> None:
    path = window.service.path
    good = make_backup(path, BackupKind.MANUAL)
    broken = good.path.with_name(good.path.name.replace("handmatig", "auto"))
    shutil.copyfile(good.path, broken)
    broken.write_bytes(broken.read_bytes()[:1000])
    dialog = safety_of(window).show_backups()
    qtbot.addWidget(dialog)
    table = dialog.backupsTable
    rows = [table.topLevelItem(i) for i in range(table.topLevelItemCount())]
    assert len(rows) == 2
    problems = [r.text(3) for r in rows if r is not None]
    assert any(problems) and not all(problems)
    current = dialog.backupsTable.currentItem()
    assert current is not None and current.text(3) == ""  # the usable one is chosen


# ---------------------------------------------------------------------------------- quick check


def test_damage_in_the_middle_gets_a_banner_and_no_write(
    app: Any, qtbot: Any, db_path: Path
) -> None:
    from adviesraad_app.storage.errors import CorruptDatabaseError
    from tests.storage.test_mid_file_damage import damage_middle

    make_register(db_path, n=200)
    damage_middle(db_path)
    before = db_path.read_bytes()
    service = RegisterService.open(db_path)
    window = open_window(qtbot, service)
    check = safety_of(window).damage_check
    qtbot.waitUntil(lambda: check.problems is not None, timeout=30_000)
    assert check.problems and not service.verified
    banner = check.banner
    assert banner is not None and banner.isVisible()
    assert "beschadigd" in banner.text.text()
    assert banner.actionButton.text() == "Database controleren"
    restore = banner.findChild(QPushButton, "restoreButton")
    assert restore is not None and restore.text() == "Back-up terugzetten"
    with pytest.raises(CorruptDatabaseError):
        window.service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Nieuw"))
    window.close()
    service.close()
    assert db_path.read_bytes() == before


def test_a_sound_register_is_verified_in_the_background(
    app: Any, qtbot: Any, db_path: Path
) -> None:
    make_register(db_path, n=5)
    service = RegisterService.open(db_path)
    assert not service.verified
    window = open_window(qtbot, service)
    check = safety_of(window).damage_check
    qtbot.waitUntil(lambda: check.problems is not None, timeout=30_000)
    assert check.problems == [] and service.verified and check.banner is None


def test_a_page_that_cannot_read_says_why_and_reads_again(
    app: Any, qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A view that meets a locked or damaged register: the Dutch reason in the status bar
    (no crash dialog, no exception), and the page tries again the next time it is shown."""
    from adviesraad_app.storage.errors import DatabaseLockedError

    make_register(db_path, n=5)
    service = RegisterService.open(db_path)
    window = open_window(qtbot, service)
    view = window.commitments_view
    real_reload = view.reload

    def broken() -> None:
        raise DatabaseLockedError("De database is bezet door een ander programma.")

    monkeypatch.setattr(view, "reload", broken)
    window.refresh()
    with qtbot.waitSignal(window.read_failed, timeout=5000) as signal:
        window.show_page(PAGE_COMMITMENTS)
    assert signal.args == ["De database is bezet door een ander programma."]
    assert window.statusbar.currentMessage() == "De database is bezet door een ander programma."
    reads: list[int] = []

    def working() -> None:
        reads.append(1)
        real_reload()

    monkeypatch.setattr(view, "reload", working)
    window.show_page(PAGE_REGISTER)
    window.show_page(PAGE_COMMITMENTS)  # read again now that the register answers
    assert reads == [1]
    assert "bezet" not in window.statusbar.currentMessage()
    window.close()
    service.close()


def test_a_register_whose_tables_cannot_be_read_still_opens_with_the_way_out(
    app: Any, qtbot: Any, db_path: Path
) -> None:
    """The advices table itself is damaged: the window opens anyway (empty pages, the reason
    in the status bar), and the banner offers the check and the backups; nothing written."""
    from tests.services.safety.test_check_verdict import ENGLISH, _overwrite_page_start, _root_page

    make_register(db_path, n=200)
    _overwrite_page_start(db_path, _root_page(db_path, "advices"))
    before = db_path.read_bytes()
    service = RegisterService.open(db_path)
    window = open_window(qtbot, service)  # must not raise
    assert "beschadigd" in window.statusbar.currentMessage()
    assert window.announce_overdue() == 0  # says nothing rather than failing
    check = safety_of(window).damage_check
    qtbot.waitUntil(lambda: check.banner is not None, timeout=30_000)
    assert check.banner is not None and check.banner.isVisible()
    assert not any(word in check.banner.text.text() for word in ENGLISH)  # SQLite's: the log
    window.show_page(PAGE_COMMITMENTS)
    window.close()
    service.close()
    assert db_path.read_bytes() == before


def test_check_dialog_of_a_damaged_table_offers_no_repair(
    app: Any, qtbot: Any, db_path: Path
) -> None:
    from tests.services.safety.test_check_verdict import ENGLISH, _overwrite_page_start, _root_page

    make_register(db_path, n=200)
    _overwrite_page_start(db_path, _root_page(db_path, "advices"))
    dialog = check_dialog.CheckDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.start_check()
    qtbot.waitUntil(lambda: dialog.report_result is not None, timeout=30_000)
    report = dialog.report_result
    assert report is not None and report.damaged and not report.repairable
    assert not dialog.repairButton.isVisible()
    text = dialog.report.toPlainText()
    assert "zet een back-up terug" in text and "Onder voorbehoud" in text
    assert "✓" not in text
    assert not any(word in text for word in ENGLISH)
    assert "automatisch worden hersteld" not in dialog.summary.text()
