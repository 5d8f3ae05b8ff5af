"""The cycle collector waits while the app starts (gui/collector.py) and runs again after."""

from __future__ import annotations

import gc

from adviesraad_app.gui.collector import hold_back


def test_the_collector_waits_and_then_runs_again() -> None:
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    resume = hold_back()
    try:
        assert not gc.isenabled()
        resume()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen  # the start-up's objects are set aside
        gc.disable()
        resume()  # once only: a second call changes nothing
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        hold_back()()
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
