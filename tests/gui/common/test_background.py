"""gui/common/background.py: a slow job runs in a worker thread and answers in the GUI
thread, with its result or its exception."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from adviesraad_app.gui.common.background import BackgroundJob


def test_the_result_comes_back_in_the_gui_thread(qtbot: QtBot) -> None:
    job = BackgroundJob("proef")
    worker: list[str] = []
    answered: list[str] = []
    gate = threading.Event()

    def work() -> int:
        worker.append(threading.current_thread().name)
        gate.wait(5)
        return 42

    job.done.connect(lambda result: answered.append(threading.current_thread().name))
    with qtbot.waitSignal(job.done, timeout=5000) as blocker:
        job.start(work)
        assert job.running()
        gate.set()
    assert blocker.args == [42]
    assert worker == ["proef"]
    assert answered == [threading.main_thread().name]
    assert job.wait(5) and not job.running()


def test_an_exception_comes_back_as_failed_not_a_crash(qtbot: QtBot) -> None:
    job = BackgroundJob("proef")
    done: list[object] = []
    job.done.connect(done.append)

    def work() -> None:
        raise OSError("schijf vol")

    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start(work)
    [error] = blocker.args
    assert isinstance(error, OSError) and error.__traceback__ is not None
    assert done == []


def test_a_job_not_started_is_not_running() -> None:
    job = BackgroundJob("proef")
    assert not job.running()
    assert job.wait(0)


@pytest.mark.parametrize("value", [None, [], {"ok": True}])
def test_any_result_is_passed_on(qtbot: QtBot, value: object) -> None:
    job = BackgroundJob("proef")
    with qtbot.waitSignal(job.done, timeout=5000) as blocker:
        job.start(lambda: value)
    assert blocker.args == [value]
