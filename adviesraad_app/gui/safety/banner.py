"""The line above the pages for notices: a risky location, a read-only register, a restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QStyle,
    QWidget,
)

from adviesraad_app.gui.forms.ui_notice_banner import Ui_NoticeBanner
from adviesraad_app.gui.safety.shared import icon_pixmap

if TYPE_CHECKING:
    pass


# ---------------------------------------------------------------------------------- banner


BANNER_STYLES = {
    "warning": "#NoticeBanner { background: #fff3cd; border-bottom: 1px solid #e0c36a; }",
    "info": "#NoticeBanner { background: #e3ecf7; border-bottom: 1px solid #a9c1e0; }",
}


class NoticeBanner(QFrame, Ui_NoticeBanner):
    """A line above the pages: a warning (yellow) or a notice (blue), closable, never modal."""

    action_clicked = Signal()

    def __init__(
        self,
        text: str,
        *,
        kind: str = "warning",
        action_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("NoticeBanner")
        self.setStyleSheet(BANNER_STYLES[kind])
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if kind == "warning"
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self.iconLabel.setPixmap(icon_pixmap(self, icon, 20))  # type: ignore[arg-type]
        self.text.setText(text)
        self.actionButton.setVisible(bool(action_text))
        if action_text:
            self.actionButton.setText(action_text)
        self.actionButton.clicked.connect(self.action_clicked)
        self.closeButton.clicked.connect(self.hide)
