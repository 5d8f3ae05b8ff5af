"""Issue 21 in the window: what would break only on Windows, simulated here.

Nothing here ran on Windows (see ``tests/windows_sim.py`` for what is imitated).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import make_backup
from adviesraad_app.storage.backup_files import BackupKind
from tests.gui.messages import patch_messages
from tests.gui.test_safety_gui import open_window, safety_of
from tests.services.safety.test_damaged_files import damage, make_register
from tests.windows_sim import NEEDS_PROC, WindowsFiles

# ------------------------------------------------------------ 4: restore with the app open


@NEEDS_PROC
def test_restore_of_a_register_damaged_while_open_replaces_it(
    app: Any, qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is damaged under the running window (a sync client cut it short); the
    restore must replace it, which Windows refuses while Adviesraad's own connections (the
    window's, the background check's) hold it."""
    make_register(db_path, n=8)
    service = RegisterService.open(db_path)
    window = open_window(qtbot, service)
    safety = safety_of(window)
    backup = make_backup(db_path, BackupKind.MANUAL).path
    damage("truncated-half", db_path)
    files = WindowsFiles(monkeypatch).install()
    result = safety.restore(backup)  # an error box would fail the test (conftest)
    assert result is not None and result.previous_was_damaged
    assert window.service is not service and window.service.count() == 8
    assert ("replace", 32) not in files.refused
    window.close()
    window.service.close()


@NEEDS_PROC
def test_a_failed_restore_gives_the_window_its_register_back(
    app: Any, qtbot: Any, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviesraad_app.gui.safety import actions as safety_actions

    service = RegisterService.open(db_path)
    service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Blijft"))
    window = open_window(qtbot, service)
    not_a_backup = tmp_path / "geen.sqlite3"
    not_a_backup.write_bytes(b"dit is geen database" * 100)
    errors: list[str] = []
    patch_messages(monkeypatch, safety_actions, lambda _w, text, _t="": errors.append(text))
    assert safety_of(window).restore(not_a_backup) is None
    assert errors and window.service is service
    assert not service.released and service.count() == 1
    window.close()
    service.close()


def test_the_repair_lets_go_of_the_file_and_takes_it_back(
    app: Any, qtbot: Any, db_path: Path
) -> None:
    from tests.services.safety.test_check_repair import FLIP_STATUS, raw

    make_register(db_path, n=6)
    raw(db_path, FLIP_STATUS.format(ids="1, 2"))
    service = RegisterService.open(db_path)
    window = open_window(qtbot, service)
    safety = safety_of(window)
    dialog = safety.check_database()
    qtbot.waitUntil(lambda: dialog.report_result is not None, timeout=30_000)
    held_during_repair: list[bool] = []
    dialog.repair_starting.connect(lambda: held_during_repair.append(service.released))
    assert dialog.repairButton.isVisible()
    dialog.repair()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
    qtbot.waitUntil(lambda: dialog.repair_result is not None, timeout=5_000)
    assert held_during_repair == [True]
    assert not service.released  # opened again
    assert window.service.count() > 0
    dialog.close()
    window.close()
    service.close()


# ------------------------------------------------------------ 9: Windows ends the session


def test_session_end_keeps_unsaved_dossier_edits_as_a_draft_without_asking(
    app: Any, qtbot: Any, db_path: Path
) -> None:
    """``/CLOSEAPPLICATIONS`` of a silent upgrade (or a logoff) with a dossier half edited:
    no question may wait for an answer (the conftest fails the test on a message box); the
    edits are kept, the register is not changed, the next start says where they are."""
    import json

    from adviesraad_app.gui.safety.banner import NoticeBanner
    from adviesraad_app.gui.shell import session_end

    service = RegisterService.open(db_path)
    advice = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Mantelzorg"))
    window = open_window(qtbot, service)
    dossier = window.open_dossier(advice.id or 0)
    assert dossier is not None
    dossier.title.setText("Mantelzorg en respijtzorg (half af)")
    assert dossier.is_dirty()
    from PySide6.QtCore import QMetaMethod

    session_end.install(app, window)
    assert app.isSignalConnected(QMetaMethod.fromSignal(app.commitDataRequest))
    assert app.isSignalConnected(QMetaMethod.fromSignal(app.aboutToQuit))
    # What the connection runs when Qt gets WM_QUERYENDSESSION (a QSessionManager cannot be
    # made by hand, so the signal itself is not emitted here).
    session_end.commit_data(window, None)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    drafts = session_end.unseen_drafts()
    assert len(drafts) == 1
    draft = json.loads(drafts[0].read_text(encoding="utf-8"))
    assert draft["advice_id"] == advice.id
    assert draft["fields"]["title"] == "Mantelzorg en respijtzorg (half af)"
    assert service.get_advice(advice.id or 0).title == "Mantelzorg"  # register untouched

    again = open_window(qtbot, service)
    banner = session_end.announce_drafts(again)
    assert isinstance(banner, NoticeBanner) and banner.isVisible()
    assert str(drafts[0].parent) in banner.text.text()
    assert session_end.unseen_drafts() == []  # said once
    again.close()
    service.close()


# ------------------------------------------------------------ 10: Windows 11 in dark mode


def _contrast(a: Any, b: Any) -> float:
    def luminance(color: Any) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> Any:
    """The palette Qt gets from Windows 11 in dark mode (roughly)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202020"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Base, "#1c1c1c"),
        (QPalette.ColorRole.AlternateBase, "#2b2b2b"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.Button, "#2d2d2d"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_dark_mode_keeps_every_coloured_row_readable(
    app: Any, qtbot: Any, demo_window: Any
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette

    from adviesraad_app.gui.common.light_scheme import is_dark, keep_light, pin_light_scheme

    style, palette = app.style().name(), QPalette(app.palette())
    app.setPalette(dark_palette())
    try:
        assert is_dark(app.palette())
        keep_light(app)  # what create_application does
        assert not is_dark(app.palette())
        assert not pin_light_scheme(app)  # once light, it stays as it is
        text = app.palette().color(QPalette.ColorRole.Text)
        base = app.palette().color(QPalette.ColorRole.Base)
        assert _contrast(text, base) >= 4.5
        coloured = 0
        for model in (
            demo_window.dashboard_view.model,
            demo_window.commitments_view.model,
            demo_window.register_view.model,
        ):
            model_rows = model.rowCount()
            for row in range(model_rows):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    background = model.data(index, Qt.ItemDataRole.BackgroundRole)
                    if background is None:
                        continue
                    coloured += 1
                    foreground = model.data(index, Qt.ItemDataRole.ForegroundRole)
                    assert foreground is not None, "a coloured row needs its own text colour"
                    assert _contrast(QColor(foreground), QColor(background)) >= 4.5
        assert coloured, "the demo has overdue and nearly due terms"
    finally:
        app.setStyle(style)
        app.setPalette(palette)
