"""The app shows an environment error (an OSError no code expected) in Dutch, not as a
crash."""

from __future__ import annotations

import errno

import pytest


def test_the_app_shows_an_os_error_in_dutch(window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.gui.common import operations

    shown: list[str] = []
    monkeypatch.setattr(
        operations, "show_error", lambda parent, message, title=None: shown.append(message)
    )

    def fail() -> None:
        raise OSError(errno.ENAMETOOLONG, "File name too long", "x" * 300)

    assert window.ops.run(fail) is False
    assert len(shown) == 1 and "te lang" in shown[0] and "File name" not in shown[0]


@pytest.mark.parametrize(
    "typed", ["werk_plein", '"werk (plein', "-werk", "werk*:^", "Almelo! werk_"]
)
def test_typing_search_syntax_in_the_register_just_searches(window, qtbot, typed: str) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from adviesraad_app.domain.advices import Advice
    from adviesraad_app.domain.kinds import AdviceKind

    window.service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Werk_plein Almelo", sent_date=date(2024, 8, 12))
    )
    window.service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Jeugdhulp",
            internal_notes="werk plein genoemd",
            sent_date=date(2024, 8, 12),
        )
    )
    window.focus_search()
    window.register_view.searchEdit.setFocus()
    qtbot.keyClicks(window.register_view.searchEdit, typed)
    model = window.register_view.model
    titles = [model.data(model.index(row, 1)) for row in range(model.rowCount())]
    assert titles == ["Werk_plein Almelo"]  # not the advice with the words in its notes
