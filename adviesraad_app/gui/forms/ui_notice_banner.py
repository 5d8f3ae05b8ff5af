# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_banner.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QToolButton)

class Ui_NoticeBanner(object):
    def setupUi(self, NoticeBanner: QFrame) -> None:
        if not NoticeBanner.objectName():
            NoticeBanner.setObjectName(u"NoticeBanner")
        NoticeBanner.setFrameShape(QFrame.Shape.NoFrame)
        self.mainLayout = QHBoxLayout(NoticeBanner)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 6, 12, 6)
        self.iconLabel = QLabel(NoticeBanner)
        self.iconLabel.setObjectName(u"iconLabel")

        self.mainLayout.addWidget(self.iconLabel)

        self.text = QLabel(NoticeBanner)
        self.text.setObjectName(u"text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.text.sizePolicy().hasHeightForWidth())
        self.text.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.text)

        self.actionButton = QPushButton(NoticeBanner)
        self.actionButton.setObjectName(u"actionButton")

        self.mainLayout.addWidget(self.actionButton)

        self.closeButton = QToolButton(NoticeBanner)
        self.closeButton.setObjectName(u"closeButton")

        self.mainLayout.addWidget(self.closeButton)


        self.retranslateUi(NoticeBanner)
    # setupUi

    def retranslateUi(self, NoticeBanner: QFrame) -> None:
        self.closeButton.setText(QCoreApplication.translate("NoticeBanner", u"\u00d7", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("NoticeBanner", u"Melding sluiten", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

