# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commitment_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

from adviesraad_app.gui.common.widgets import DateEdit

class Ui_CommitmentDialog(object):
    def setupUi(self, CommitmentDialog: QDialog) -> None:
        if not CommitmentDialog.objectName():
            CommitmentDialog.setObjectName(u"CommitmentDialog")
        self.mainLayout = QVBoxLayout(CommitmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.textLabel = QLabel(CommitmentDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.text = QPlainTextEdit(CommitmentDialog)
        self.text.setObjectName(u"text")
        self.text.setMinimumSize(QSize(0, 80))
        self.text.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.text)

        self.dueDateLabel = QLabel(CommitmentDialog)
        self.dueDateLabel.setObjectName(u"dueDateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueDateLabel)

        self.dueDate = DateEdit(CommitmentDialog)
        self.dueDate.setObjectName(u"dueDate")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dueDate)

        self.statusLabel = QLabel(CommitmentDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(CommitmentDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.status)

        self.noteLabel = QLabel(CommitmentDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(CommitmentDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CommitmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.text)
        self.dueDateLabel.setBuddy(self.dueDate)
        self.statusLabel.setBuddy(self.status)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CommitmentDialog)
    # setupUi

    def retranslateUi(self, CommitmentDialog: QDialog) -> None:
        CommitmentDialog.setWindowTitle(QCoreApplication.translate("CommitmentDialog", u"Toezegging", None))
        self.textLabel.setText(QCoreApplication.translate("CommitmentDialog", u"Toezegging", None))
        self.dueDateLabel.setText(QCoreApplication.translate("CommitmentDialog", u"Uiterlijk", None))
        self.statusLabel.setText(QCoreApplication.translate("CommitmentDialog", u"Status", None))
        self.noteLabel.setText(QCoreApplication.translate("CommitmentDialog", u"Notitie", None))
    # retranslateUi

