"""The waste basket: advices deleted from the register and put back, each as one change
that can be undone (nothing is ever deleted for good)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from adviesraad_app.gui.common.window_api import FeatureWindow
from adviesraad_app.i18n import translate

if TYPE_CHECKING:
    from adviesraad_app.gui.dossier.dialog import DossierDialog
    from adviesraad_app.services.register import RegisterService


def _to_basket(service: RegisterService, ids: list[int], deleted: bool) -> Callable[[], None]:
    """Moving ``ids`` into the waste basket (``deleted``) or out of it, as one change."""

    def move() -> None:
        with service.all_or_nothing():
            for advice_id in ids:
                if deleted:
                    service.delete_advice(advice_id)
                else:
                    service.restore_advice(advice_id)

    return move


def delete_advices(
    window: FeatureWindow, ids: list[int], dossiers: Mapping[int, DossierDialog]
) -> None:
    """Move the advices to the waste basket (their open dossiers show it)."""
    if not ids or window.refuse_readonly():
        return
    text = (
        translate("MainWindow", "Advies verwijderen")
        if len(ids) == 1
        else translate("MainWindow", "{n} adviezen verwijderen").format(n=len(ids))
    )
    service = window.service
    if window.ops.undoable(text, _to_basket(service, ids, True), _to_basket(service, ids, False)):
        for advice_id in ids:
            dialog = dossiers.get(advice_id)
            if dialog is not None:
                dialog.load()
        window.statusbar.showMessage(
            translate(
                "MainWindow",
                "Verwijderd. Ongedaan maken met Ctrl+Z; terugzetten kan ook via Verwijderd.",
            ),
            8000,
        )


def restore_advices(window: FeatureWindow, ids: list[int]) -> None:
    """Put the advices back in the register."""
    if window.refuse_readonly():
        return
    service = window.service
    window.ops.undoable(
        translate("MainWindow", "Terugzetten"),
        _to_basket(service, ids, False),
        _to_basket(service, ids, True),
    )
