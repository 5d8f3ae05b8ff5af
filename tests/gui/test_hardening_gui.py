"""The app shows an environment error (an OSError no code expected) in Dutch, not as a
crash."""

from __future__ import annotations

import errno

import pytest


def test_the_app_shows_an_os_error_in_dutch(window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.gui import operations

    shown: list[str] = []
    monkeypatch.setattr(
        operations, "show_error", lambda parent, message, title=None: shown.append(message)
    )

    def fail() -> None:
        raise OSError(errno.ENAMETOOLONG, "File name too long", "x" * 300)

    assert window.ops.run(fail) is False
    assert len(shown) == 1 and "te lang" in shown[0] and "File name" not in shown[0]
