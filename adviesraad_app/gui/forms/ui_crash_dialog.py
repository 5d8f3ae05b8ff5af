# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crash_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_CrashDialog(object):
    def setupUi(self, CrashDialog: QDialog) -> None:
        if not CrashDialog.objectName():
            CrashDialog.setObjectName(u"CrashDialog")
        CrashDialog.resize(720, 460)
        self.mainLayout = QVBoxLayout(CrashDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(CrashDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.iconLabel)

        self.intro = QLabel(CrashDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.intro.sizePolicy().hasHeightForWidth())
        self.intro.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.intro)


        self.mainLayout.addLayout(self.headerLayout)

        self.whereLabel = QLabel(CrashDialog)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setWordWrap(True)
        self.whereLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.whereLabel)

        self.details = QPlainTextEdit(CrashDialog)
        self.details.setObjectName(u"details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.mainLayout.addWidget(self.details)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.copyButton = QPushButton(CrashDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonLayout.addWidget(self.copyButton)

        self.folderButton = QPushButton(CrashDialog)
        self.folderButton.setObjectName(u"folderButton")

        self.buttonLayout.addWidget(self.folderButton)

        buttonSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(buttonSpacer)

        self.closeButton = QPushButton(CrashDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(CrashDialog)
    # setupUi

    def retranslateUi(self, CrashDialog: QDialog) -> None:
        CrashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"Adviesraad \u2014 onverwachte fout", None))
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("CrashDialog", u"Gegevens voor de beheerder", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("CrashDialog", u"&Kopi\u00ebren", None))
        self.folderButton.setText(QCoreApplication.translate("CrashDialog", u"&Map openen", None))
        self.closeButton.setText(QCoreApplication.translate("CrashDialog", u"Sluiten", None))
    # retranslateUi

