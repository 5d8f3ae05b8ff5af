"""The Qt binding itself: a known PySide6 bug must not come back with an upgrade.

PySide6 6.12.0 on Python 3.11 lost a reference to ``True`` on every ``Signal.emit()`` from
Python; after a few thousand emits (a long day of selecting rows) the app aborted with
"Fatal Python error: bool_dealloc". The lock file pins a release without the bug.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    with_value = Signal(int)


def test_emitting_signals_does_not_leak_references(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    emitter.plain.connect(lambda: None)
    emitter.with_value.connect(lambda value: None)
    before = (sys.getrefcount(True), sys.getrefcount(None))
    for _ in range(200):
        emitter.plain.emit()
        emitter.with_value.emit(1)
    assert (sys.getrefcount(True), sys.getrefcount(None)) == before
