# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialog, QFrame, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog: QDialog) -> None:
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(820, 500)
        self.mainLayout = QVBoxLayout(BackupsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(BackupsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.folderLabel = QLabel(BackupsDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.folderLabel)

        self.backupsTable = QTreeWidget(BackupsDialog)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setRootIsDecorated(False)
        self.backupsTable.setUniformRowHeights(True)
        self.backupsTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.backupsTable)

        self.emptyLabel = QLabel(BackupsDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.emptyLabel)

        self.resultFrame = QFrame(BackupsDialog)
        self.resultFrame.setObjectName(u"resultFrame")
        self.resultFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.resultLayout = QHBoxLayout(self.resultFrame)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLabel = QLabel(self.resultFrame)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.resultLabel.sizePolicy().hasHeightForWidth())
        self.resultLabel.setSizePolicy(sizePolicy)

        self.resultLayout.addWidget(self.resultLabel)

        self.undoButton = QPushButton(self.resultFrame)
        self.undoButton.setObjectName(u"undoButton")

        self.resultLayout.addWidget(self.undoButton)


        self.mainLayout.addWidget(self.resultFrame)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonLayout.addWidget(self.restoreButton)

        self.otherFileButton = QPushButton(BackupsDialog)
        self.otherFileButton.setObjectName(u"otherFileButton")

        self.buttonLayout.addWidget(self.otherFileButton)

        self.showFolderButton = QPushButton(BackupsDialog)
        self.showFolderButton.setObjectName(u"showFolderButton")

        self.buttonLayout.addWidget(self.showFolderButton)

        buttonSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(buttonSpacer)

        self.closeButton = QPushButton(BackupsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog: QDialog) -> None:
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Back-up terugzetten", None))
        self.intro.setText(QCoreApplication.translate("BackupsDialog", u"Kies de back-up die u wilt terugzetten. Het register zoals het nu is, wordt eerst apart bewaard: er gaat niets verloren en u kunt het terugzetten ongedaan maken.", None))
        ___qtreewidgetitem = self.backupsTable.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("BackupsDialog", u"Opmerking", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("BackupsDialog", u"Adviezen", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("BackupsDialog", u"Soort", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("BackupsDialog", u"Datum", None))
#if QT_CONFIG(accessibility)
        self.backupsTable.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Back-ups", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("BackupsDialog", u"Er zijn nog geen back-ups van dit register. Maak er een met Extra \u203a Back-up maken.", None))
        self.undoButton.setText(QCoreApplication.translate("BackupsDialog", u"&Ongedaan maken", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"&Terugzetten\u2026", None))
        self.otherFileButton.setText(QCoreApplication.translate("BackupsDialog", u"&Ander bestand\u2026", None))
#if QT_CONFIG(tooltip)
        self.otherFileButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"Een back-up van elders terugzetten, bijvoorbeeld van een USB-stick", None))
#endif // QT_CONFIG(tooltip)
        self.showFolderButton.setText(QCoreApplication.translate("BackupsDialog", u"&Map tonen", None))
        self.closeButton.setText(QCoreApplication.translate("BackupsDialog", u"Sluiten", None))
    # retranslateUi

