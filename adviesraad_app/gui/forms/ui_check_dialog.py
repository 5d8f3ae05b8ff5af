# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout)

class Ui_CheckDialog(object):
    def setupUi(self, CheckDialog: QDialog) -> None:
        if not CheckDialog.objectName():
            CheckDialog.setObjectName(u"CheckDialog")
        CheckDialog.resize(760, 520)
        self.mainLayout = QVBoxLayout(CheckDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(CheckDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progress = QProgressBar(CheckDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMinimumSize(QSize(200, 0))
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.progressLayout.addWidget(self.progress)

        self.statusLabel = QLabel(CheckDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.progressLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.progressLayout)

        self.report = QTextBrowser(CheckDialog)
        self.report.setObjectName(u"report")
        self.report.setOpenLinks(False)

        self.mainLayout.addWidget(self.report)

        self.summary = QLabel(CheckDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.mainLayout.addWidget(self.summary)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.repairButton = QPushButton(CheckDialog)
        self.repairButton.setObjectName(u"repairButton")

        self.buttonLayout.addWidget(self.repairButton)

        self.againButton = QPushButton(CheckDialog)
        self.againButton.setObjectName(u"againButton")

        self.buttonLayout.addWidget(self.againButton)

        self.copyButton = QPushButton(CheckDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonLayout.addWidget(self.copyButton)

        buttonSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(buttonSpacer)

        self.closeButton = QPushButton(CheckDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(CheckDialog)
    # setupUi

    def retranslateUi(self, CheckDialog: QDialog) -> None:
        CheckDialog.setWindowTitle(QCoreApplication.translate("CheckDialog", u"Database controleren", None))
        self.intro.setText(QCoreApplication.translate("CheckDialog", u"Adviesraad controleert het bestand, de verwijzingen tussen de gegevens, status en termijnen, de zoekindex en alle documenten. Controleren verandert niets; herstellen gebeurt pas als u daarom vraagt, en altijd na een back-up.", None))
#if QT_CONFIG(accessibility)
        self.report.setAccessibleName(QCoreApplication.translate("CheckDialog", u"Uitkomst van de controle", None))
#endif // QT_CONFIG(accessibility)
        self.repairButton.setText(QCoreApplication.translate("CheckDialog", u"&Herstellen", None))
#if QT_CONFIG(tooltip)
        self.repairButton.setToolTip(QCoreApplication.translate("CheckDialog", u"Eerst wordt een back-up gemaakt; daarna wordt hersteld wat kan worden hersteld", None))
#endif // QT_CONFIG(tooltip)
        self.againButton.setText(QCoreApplication.translate("CheckDialog", u"&Opnieuw controleren", None))
        self.copyButton.setText(QCoreApplication.translate("CheckDialog", u"&Kopi\u00ebren", None))
        self.closeButton.setText(QCoreApplication.translate("CheckDialog", u"Sluiten", None))
    # retranslateUi

