"""The welcome panel of an empty register: the three ways in (a new advice, an existing
register from Excel, the demo) and, while it is still the default, the council's name."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adviesraad_app.domain.settings import Settings
from adviesraad_app.gui.common.keyboard import OWN_SCOPE

if TYPE_CHECKING:
    from adviesraad_app.gui.common.window_api import FeatureWindow

DEFAULT_COUNCIL_NAME = Settings().council_name


class WelcomePanel(QFrame):
    """Shown instead of the pages while the register has no advices."""

    demo_requested = Signal()

    def __init__(self, window: FeatureWindow) -> None:
        super().__init__(window)
        self.setObjectName("welcomePanel")
        self.setProperty(OWN_SCOPE, True)  # shown instead of the pages: letters of its own
        self._window = window
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        self.heading = QLabel(self.tr("Welkom bij Adviesraad"))
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.intro = QLabel(
            self.tr(
                "Dit register is nog leeg. Kies hoe u begint. Alles blijft op deze computer; "
                "de handleiding opent met F1."
            )
        )
        self.intro.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(self.intro)

        self.nameBox = QWidget()
        form = QFormLayout(self.nameBox)
        form.setContentsMargins(0, 12, 0, 12)
        row = QHBoxLayout()
        self.councilName = QLineEdit()
        self.councilName.setPlaceholderText(self.tr("bijv. Adviesraad Sociaal Domein Almelo"))
        self.saveName = QPushButton(self.tr("Naam opslaan"))
        row.addWidget(self.councilName, 1)
        row.addWidget(self.saveName)
        self.nameLabel = QLabel(self.tr("Naam van uw adviesraad"))
        self.nameLabel.setBuddy(self.councilName)
        form.addRow(self.nameLabel, row)
        self.nameMessage = QLabel()
        self.nameMessage.setWordWrap(True)
        form.addRow("", self.nameMessage)
        outer.addWidget(self.nameBox)

        self.newButton = self._choice(
            outer,
            self.tr("Nieuw advies"),
            self.tr("Een advies registreren; het register begint ermee."),
        )
        self.importButton = self._choice(
            outer,
            self.tr("Register importeren (Excel)"),
            self.tr("Een bestaand register uit Excel of CSV inlezen, met eerst een proefrun."),
        )
        self.demoButton = self._choice(
            outer,
            self.tr("Demo bekijken"),
            self.tr(
                "Een apart demoregister met voorbeeldgegevens openen. Uw eigen register blijft "
                "leeg en onaangeroerd."
            ),
        )
        outer.addStretch(1)
        self.newButton.clicked.connect(window.new_advice)
        self.importButton.clicked.connect(self._import)
        self.demoButton.clicked.connect(self.demo_requested)
        self.saveName.clicked.connect(self._save_name)
        self.councilName.returnPressed.connect(self._save_name)

    def _choice(self, layout: QVBoxLayout, text: str, explanation: str) -> QPushButton:
        row = QHBoxLayout()
        button = QPushButton(text)
        button.setMinimumWidth(240)
        note = QLabel(explanation)
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        button.setToolTip(explanation)
        row.addWidget(button)
        row.addWidget(note, 1)
        layout.addLayout(row)
        return button

    def _import_action(self) -> QAction | None:
        return self._window.findChild(QAction, "actionImportRegister")

    def _import(self) -> None:
        action = self._import_action()
        if action is not None:
            action.trigger()

    def showEvent(self, event: QShowEvent) -> None:
        # the import is a feature, installed after the window was built
        self.importButton.setVisible(self._import_action() is not None)
        super().showEvent(event)

    def update_from(self, settings: Settings | None) -> None:
        """Ask for the council's name only while it is the default."""
        default = settings is None or settings.council_name == DEFAULT_COUNCIL_NAME
        self.nameBox.setVisible(default)

    def _save_name(self) -> None:
        name = self.councilName.text().strip()
        if not name:
            self.nameMessage.setText(self.tr("Vul de naam van de adviesraad in."))
            return
        service = self._window.service
        old = service.settings
        new = replace(old, council_name=name)
        done = self._window.ops.undoable(
            self.tr("Naam adviesraad wijzigen"),
            lambda: service.save_settings(new),
            lambda: service.save_settings(old),
        )
        if done:
            self.nameMessage.setText("")
            self._window.refresh()
