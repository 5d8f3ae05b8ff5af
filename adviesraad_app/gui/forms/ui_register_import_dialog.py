# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox,
    QLabel, QListWidget, QProgressBar, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_RegisterImportDialog(object):
    def setupUi(self, RegisterImportDialog: QDialog) -> None:
        if not RegisterImportDialog.objectName():
            RegisterImportDialog.setObjectName(u"RegisterImportDialog")
        RegisterImportDialog.resize(1080, 720)
        self.mainLayout = QVBoxLayout(RegisterImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.heading = QLabel(RegisterImportDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.heading)

        self.mappingHint = QLabel(RegisterImportDialog)
        self.mappingHint.setObjectName(u"mappingHint")
        self.mappingHint.setWordWrap(True)

        self.mainLayout.addWidget(self.mappingHint)

        self.splitter = QSplitter(RegisterImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.preview = QTableView(self.splitter)
        self.preview.setObjectName(u"preview")
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.splitter.addWidget(self.preview)
        self.problemsPanel = QWidget(self.splitter)
        self.problemsPanel.setObjectName(u"problemsPanel")
        self.problemsLayout = QVBoxLayout(self.problemsPanel)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(0, 0, 0, 0)
        self.problemsLabel = QLabel(self.problemsPanel)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.problemsLayout.addWidget(self.problemsLabel)

        self.problems = QListWidget(self.problemsPanel)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)

        self.problemsLayout.addWidget(self.problems)

        self.splitter.addWidget(self.problemsPanel)

        self.mainLayout.addWidget(self.splitter)

        self.summary = QLabel(RegisterImportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summary)

        self.skipInvalid = QCheckBox(RegisterImportDialog)
        self.skipInvalid.setObjectName(u"skipInvalid")

        self.mainLayout.addWidget(self.skipInvalid)

        self.progress = QProgressBar(RegisterImportDialog)
        self.progress.setObjectName(u"progress")

        self.mainLayout.addWidget(self.progress)

        self.buttons = QDialogButtonBox(RegisterImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.problemsLabel.setBuddy(self.problems)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterImportDialog)
    # setupUi

    def retranslateUi(self, RegisterImportDialog: QDialog) -> None:
        RegisterImportDialog.setWindowTitle(QCoreApplication.translate("RegisterImportDialog", u"Register importeren", None))
        self.mappingHint.setText(QCoreApplication.translate("RegisterImportDialog", u"Controleer in de bovenste rij per kolom wat er wordt ingelezen, en verbeter het waar nodig; kies \u2018(niet importeren)\u2019 om een kolom over te slaan. De rijnummers zijn die van het bestand. Er wordt niets opgeslagen voordat u op Importeren klikt.", None))
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("RegisterImportDialog", u"Voorbeeld van het blad", None))
#endif // QT_CONFIG(accessibility)
        self.problemsLabel.setText(QCoreApplication.translate("RegisterImportDialog", u"Problemen en opmerkingen (klik om de cel te tonen):", None))
#if QT_CONFIG(accessibility)
        self.problems.setAccessibleName(QCoreApplication.translate("RegisterImportDialog", u"Problemen en opmerkingen", None))
#endif // QT_CONFIG(accessibility)
        self.skipInvalid.setText(QCoreApplication.translate("RegisterImportDialog", u"Alleen de goede rijen importeren (de rijen met een probleem worden overgeslagen)", None))
        self.progress.setFormat(QCoreApplication.translate("RegisterImportDialog", u"%v van %m rijen", None))
    # retranslateUi

