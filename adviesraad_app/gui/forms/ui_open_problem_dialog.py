# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'open_problem_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QVBoxLayout)

class Ui_OpenProblemDialog(object):
    def setupUi(self, OpenProblemDialog: QDialog) -> None:
        if not OpenProblemDialog.objectName():
            OpenProblemDialog.setObjectName(u"OpenProblemDialog")
        OpenProblemDialog.resize(720, 480)
        self.mainLayout = QVBoxLayout(OpenProblemDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(OpenProblemDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.iconLabel)

        self.headline = QLabel(OpenProblemDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.headline.sizePolicy().hasHeightForWidth())
        self.headline.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.headline)


        self.mainLayout.addLayout(self.headerLayout)

        self.message = QLabel(OpenProblemDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.message)

        self.unchangedNote = QLabel(OpenProblemDialog)
        self.unchangedNote.setObjectName(u"unchangedNote")
        self.unchangedNote.setWordWrap(True)

        self.mainLayout.addWidget(self.unchangedNote)

        self.advice = QLabel(OpenProblemDialog)
        self.advice.setObjectName(u"advice")
        self.advice.setWordWrap(True)

        self.mainLayout.addWidget(self.advice)

        self.backupsLabel = QLabel(OpenProblemDialog)
        self.backupsLabel.setObjectName(u"backupsLabel")

        self.mainLayout.addWidget(self.backupsLabel)

        self.backupsTable = QTreeWidget(OpenProblemDialog)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setRootIsDecorated(False)
        self.backupsTable.setUniformRowHeights(True)
        self.backupsTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.backupsTable)

        bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.restoreButton = QPushButton(OpenProblemDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonLayout.addWidget(self.restoreButton)

        self.otherButton = QPushButton(OpenProblemDialog)
        self.otherButton.setObjectName(u"otherButton")

        self.buttonLayout.addWidget(self.otherButton)

        self.newButton = QPushButton(OpenProblemDialog)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.retryButton = QPushButton(OpenProblemDialog)
        self.retryButton.setObjectName(u"retryButton")

        self.buttonLayout.addWidget(self.retryButton)

        buttonSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(buttonSpacer)

        self.quitButton = QPushButton(OpenProblemDialog)
        self.quitButton.setObjectName(u"quitButton")

        self.buttonLayout.addWidget(self.quitButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.backupsLabel.setBuddy(self.backupsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OpenProblemDialog)
    # setupUi

    def retranslateUi(self, OpenProblemDialog: QDialog) -> None:
        OpenProblemDialog.setWindowTitle(QCoreApplication.translate("OpenProblemDialog", u"Database kan niet worden geopend", None))
        self.unchangedNote.setText(QCoreApplication.translate("OpenProblemDialog", u"Het bestand is niet gewijzigd.", None))
        self.backupsLabel.setText(QCoreApplication.translate("OpenProblemDialog", u"Back-ups van dit register (de nieuwste bovenaan):", None))
        ___qtreewidgetitem = self.backupsTable.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("OpenProblemDialog", u"Adviezen", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("OpenProblemDialog", u"Soort", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("OpenProblemDialog", u"Datum", None))
#if QT_CONFIG(accessibility)
        self.backupsTable.setAccessibleName(QCoreApplication.translate("OpenProblemDialog", u"Back-ups", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("OpenProblemDialog", u"Back-up &terugzetten\u2026", None))
        self.otherButton.setText(QCoreApplication.translate("OpenProblemDialog", u"&Ander bestand openen\u2026", None))
        self.newButton.setText(QCoreApplication.translate("OpenProblemDialog", u"&Nieuwe database\u2026", None))
        self.retryButton.setText(QCoreApplication.translate("OpenProblemDialog", u"&Opnieuw proberen", None))
        self.quitButton.setText(QCoreApplication.translate("OpenProblemDialog", u"Afsluiten", None))
    # retranslateUi

