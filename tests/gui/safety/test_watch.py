"""gui/safety/watch.py: automatic backups measure changes from the moment a register is in
the window (another register opened starts afresh), and the window reloads only when another
program changed the register, not after its own changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.gui.safety.watch import AutoBackup, OutsideChanges
from adviesraad_app.services.register import RegisterService


def _find(window: Any, kind: type[QObject]) -> Any:
    found = [child for child in window.findChildren(kind)]
    assert len(found) == 1, found
    return found[0]


def test_a_backup_needs_a_change_since_the_register_was_opened(window: Any, qtbot: Any) -> None:
    auto = _find(window, AutoBackup)
    assert auto.tick() is None  # nothing changed since the window opened
    window.service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Nieuw"))
    made = auto.tick()
    assert made is not None and made.exists()
    assert made.name in window.statusbar.currentMessage()
    assert auto.failures == 0


def test_no_backup_of_a_read_only_register(window: Any, monkeypatch: Any) -> None:
    auto = _find(window, AutoBackup)
    window.service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Nieuw"))
    monkeypatch.setattr(RegisterService, "readonly", property(lambda self: True))
    assert auto.tick() is None
    assert auto.on_close() is None
    assert not auto.timer.isActive()  # closing stops the timer


def test_outside_changes_reload_own_changes_do_not(window: Any, qtbot: Any) -> None:
    watch = _find(window, OutsideChanges)
    service = window.service
    assert not watch.check()  # nothing new
    window.ops.run(lambda: service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Eigen")))
    assert not watch.check()  # the window's own change is no news

    other = RegisterService.open(service.path)
    try:
        other.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Van elders"))
    finally:
        other.close()
    reloads: list[bool] = []
    window.ops.changed.connect(lambda: reloads.append(True))
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert reloads == [True]
    assert "door een ander programma gewijzigd" in window.statusbar.currentMessage()
    assert not watch.check()  # seen now


def test_a_hidden_window_does_not_reload(window: Any) -> None:
    watch = _find(window, OutsideChanges)
    other = RegisterService.open(window.service.path)
    try:
        other.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Van elders"))
    finally:
        other.close()
    window.hide()
    assert not watch.check()
    window.show()
    assert watch.check()
