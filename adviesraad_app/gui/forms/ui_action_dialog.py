# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog: QDialog) -> None:
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(ActionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.textLabel = QLabel(ActionDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QLineEdit(ActionDialog)
        self.textEdit.setObjectName(u"textEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.whoLabel = QLabel(ActionDialog)
        self.whoLabel.setObjectName(u"whoLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.whoEdit = QLineEdit(ActionDialog)
        self.whoEdit.setObjectName(u"whoEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whoEdit)

        self.dueLabel = QLabel(ActionDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QLineEdit(ActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(ActionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(ActionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
        self.whoLabel.setBuddy(self.whoEdit)
        self.dueLabel.setBuddy(self.dueEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog: QDialog) -> None:
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"Nieuwe actie", None))
        self.textLabel.setText(QCoreApplication.translate("ActionDialog", u"Actie:", None))
        self.whoLabel.setText(QCoreApplication.translate("ActionDialog", u"Wie:", None))
        self.dueLabel.setText(QCoreApplication.translate("ActionDialog", u"Uiterlijk:", None))
        self.dueEdit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"dd-mm-jjjj (mag leeg)", None))
        self.errorLabel.setText("")
    # retranslateUi

