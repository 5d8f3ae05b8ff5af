"""*Brief opstellen…* in a dossier (Documenten tab): a letter about this advice
(docs/LETTERS.md). The letter, when recorded, appears among the dossier's documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout, QLayout, QPushButton, QWidget

from adviesraad_app.i18n import translate

if TYPE_CHECKING:
    from adviesraad_app.gui.dossier.dialog import DossierDialog


def install(dialog: DossierDialog) -> QPushButton:
    button = QPushButton(translate("Dossier", "Brief opstellen…"), dialog)
    button.setObjectName("composeLetter")
    button.setToolTip(
        translate(
            "Dossier",
            "Een brief van de raad over dit advies: ontvangstbevestiging, adviesbrief, "
            "herinnering of bericht aan de gemeenteraad",
        )
    )
    holder = dialog.addDocument.parentWidget()
    layout = holder.layout() if holder is not None else None
    row = _layout_holding(layout, dialog.addDocument) if layout is not None else None
    if row is not None:
        row.insertWidget(row.indexOf(dialog.addDocument), button)
    button.clicked.connect(lambda: compose(dialog))
    button.setEnabled(dialog.advice_id is not None)
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


def compose(dialog: DossierDialog) -> None:
    from adviesraad_app.gui.letters.compose import ComposeLetterDialog

    if dialog.advice_id is None:
        return
    composer = ComposeLetterDialog(
        dialog, dialog.service, dialog.advice_id, ops=dialog.ops, today=dialog._today
    )
    composer.exec()
