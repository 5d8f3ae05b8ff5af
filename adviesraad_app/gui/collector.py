"""Python's cycle collector held back while the app starts.

Starting makes tens of thousands of objects that live as long as the app: modules, classes,
the Python enums PySide6 makes for every Qt class used, the window and its wrappers. The
cycle collector walks them again and again while they are being made (some sixty passes,
about 10 ms of a start on a 10,000-advice register) and finds nothing to free. So it waits
until the window has been painted; then the start-up's objects are set aside for good
(``gc.freeze``: later passes skip them, which also keeps the pauses while typing short) and
it runs as before. The price: a start-up object that later ends up in a reference cycle no
longer used (the first register's objects after another register is opened) is not freed,
a few kilobytes against the collector's pauses over everything while the user types.
"""

from __future__ import annotations

import gc
from collections.abc import Callable


def hold_back() -> Callable[[], None]:
    """Stop the cycle collector; returns what starts it again (once; later calls do nothing)."""
    was_enabled = gc.isenabled()
    gc.disable()
    done = False

    def resume() -> None:
        nonlocal done
        if done:
            return
        done = True
        gc.freeze()
        if was_enabled:
            gc.enable()

    return resume
