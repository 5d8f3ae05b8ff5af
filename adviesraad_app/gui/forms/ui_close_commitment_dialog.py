# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'close_commitment_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QVBoxLayout, QWidget)

from adviesraad_app.gui.common.widgets import DateEdit

class Ui_CloseCommitmentDialog(object):
    def setupUi(self, CloseCommitmentDialog: QDialog) -> None:
        if not CloseCommitmentDialog.objectName():
            CloseCommitmentDialog.setObjectName(u"CloseCommitmentDialog")
        CloseCommitmentDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(CloseCommitmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.commitmentText = QLabel(CloseCommitmentDialog)
        self.commitmentText.setObjectName(u"commitmentText")
        self.commitmentText.setWordWrap(True)

        self.mainLayout.addWidget(self.commitmentText)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.statusLabel = QLabel(CloseCommitmentDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(CloseCommitmentDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status)

        self.closedOnLabel = QLabel(CloseCommitmentDialog)
        self.closedOnLabel.setObjectName(u"closedOnLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.closedOnLabel)

        self.closedOn = DateEdit(CloseCommitmentDialog)
        self.closedOn.setObjectName(u"closedOn")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.closedOn)

        self.closingNoteLabel = QLabel(CloseCommitmentDialog)
        self.closingNoteLabel.setObjectName(u"closingNoteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.closingNoteLabel)

        self.closingNote = QLineEdit(CloseCommitmentDialog)
        self.closingNote.setObjectName(u"closingNote")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.closingNote)

        self.documentLabel = QLabel(CloseCommitmentDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.document = QComboBox(CloseCommitmentDialog)
        self.document.setObjectName(u"document")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.document)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CloseCommitmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.status)
        self.closedOnLabel.setBuddy(self.closedOn)
        self.closingNoteLabel.setBuddy(self.closingNote)
        self.documentLabel.setBuddy(self.document)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status, self.closedOn)
        QWidget.setTabOrder(self.closedOn, self.closingNote)
        QWidget.setTabOrder(self.closingNote, self.document)

        self.retranslateUi(CloseCommitmentDialog)
    # setupUi

    def retranslateUi(self, CloseCommitmentDialog: QDialog) -> None:
        CloseCommitmentDialog.setWindowTitle(QCoreApplication.translate("CloseCommitmentDialog", u"Toezegging afsluiten", None))
        self.statusLabel.setText(QCoreApplication.translate("CloseCommitmentDialog", u"&Status", None))
        self.closedOnLabel.setText(QCoreApplication.translate("CloseCommitmentDialog", u"&Datum", None))
        self.closingNoteLabel.setText(QCoreApplication.translate("CloseCommitmentDialog", u"&Hoe", None))
        self.closingNote.setPlaceholderText(QCoreApplication.translate("CloseCommitmentDialog", u"welke brief, welke vergadering", None))
        self.documentLabel.setText(QCoreApplication.translate("CloseCommitmentDialog", u"D&ocument", None))
    # retranslateUi

