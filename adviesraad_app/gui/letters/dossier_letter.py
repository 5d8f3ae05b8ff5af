"""*Brief opstellen…* in a dossier (Documenten tab): a letter about this advice
(docs/LETTERS.md). The letter, when recorded, appears among the dossier's documents."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QBoxLayout, QLayout, QPushButton, QWidget

from adviesraad_app.gui.common.operations import Operations
from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService


class LetterHost(Protocol):
    """What a letter needs of the dossier it is written from (the dossier's state)."""

    service: RegisterService
    ops: Operations
    advice_id: int | None
    today: Callable[[], date]


def install(
    dialog: QWidget, add_document: QPushButton, host: LetterHost, saved: SignalInstance
) -> QPushButton:
    """The button beside *Document toevoegen…*; enabled once the advice is saved."""
    button = QPushButton(translate("Dossier", "Brief opstellen…"), dialog)
    button.setObjectName("composeLetter")
    button.setToolTip(
        translate(
            "Dossier",
            "Een brief van de raad over dit advies: ontvangstbevestiging, adviesbrief, "
            "herinnering of bericht aan de gemeenteraad",
        )
    )
    holder = add_document.parentWidget()
    layout = holder.layout() if holder is not None else None
    row = _layout_holding(layout, add_document) if layout is not None else None
    if row is not None:
        row.insertWidget(row.indexOf(add_document), button)
    button.clicked.connect(lambda: compose(dialog, host))
    button.setEnabled(host.advice_id is not None)
    saved.connect(lambda _advice_id: button.setEnabled(host.advice_id is not None))
    return button


def _layout_holding(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    """The box layout (at any depth) that holds ``widget``."""
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        if child is not None:
            found = _layout_holding(child, widget)
            if found is not None:
                return found
    return None


def compose(dialog: QWidget, host: LetterHost) -> None:
    from adviesraad_app.gui.letters.compose import ComposeLetterDialog

    if host.advice_id is None:
        return
    composer = ComposeLetterDialog(
        dialog, host.service, host.advice_id, ops=host.ops, today=host.today
    )
    composer.exec()
