# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'extension_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout)

from adviesraad_app.gui.common.widgets import DateEdit

class Ui_ExtensionDialog(object):
    def setupUi(self, ExtensionDialog: QDialog) -> None:
        if not ExtensionDialog.objectName():
            ExtensionDialog.setObjectName(u"ExtensionDialog")
        self.mainLayout = QVBoxLayout(ExtensionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.termDescriptionLabel = QLabel(ExtensionDialog)
        self.termDescriptionLabel.setObjectName(u"termDescriptionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.termDescriptionLabel)

        self.termDescription = QLabel(ExtensionDialog)
        self.termDescription.setObjectName(u"termDescription")
        self.termDescription.setWordWrap(True)
        self.termDescription.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.termDescription)

        self.newDateLabel = QLabel(ExtensionDialog)
        self.newDateLabel.setObjectName(u"newDateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newDateLabel)

        self.newDate = DateEdit(ExtensionDialog)
        self.newDate.setObjectName(u"newDate")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newDate)

        self.reasonLabel = QLabel(ExtensionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(ExtensionDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMinimumSize(QSize(0, 70))
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.agreedByLabel = QLabel(ExtensionDialog)
        self.agreedByLabel.setObjectName(u"agreedByLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.agreedByLabel)

        self.agreedBy = QLineEdit(ExtensionDialog)
        self.agreedBy.setObjectName(u"agreedBy")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.agreedBy)

        self.agreedOnLabel = QLabel(ExtensionDialog)
        self.agreedOnLabel.setObjectName(u"agreedOnLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.agreedOnLabel)

        self.agreedOn = DateEdit(ExtensionDialog)
        self.agreedOn.setObjectName(u"agreedOn")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.agreedOn)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ExtensionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.newDateLabel.setBuddy(self.newDate)
        self.reasonLabel.setBuddy(self.reason)
        self.agreedByLabel.setBuddy(self.agreedBy)
        self.agreedOnLabel.setBuddy(self.agreedOn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExtensionDialog)
    # setupUi

    def retranslateUi(self, ExtensionDialog: QDialog) -> None:
        ExtensionDialog.setWindowTitle(QCoreApplication.translate("ExtensionDialog", u"Termijn verdagen", None))
        self.termDescriptionLabel.setText(QCoreApplication.translate("ExtensionDialog", u"Termijn", None))
        self.newDateLabel.setText(QCoreApplication.translate("ExtensionDialog", u"Nieuwe datum", None))
        self.reasonLabel.setText(QCoreApplication.translate("ExtensionDialog", u"Reden", None))
        self.agreedByLabel.setText(QCoreApplication.translate("ExtensionDialog", u"Akkoord van", None))
        self.agreedOnLabel.setText(QCoreApplication.translate("ExtensionDialog", u"Afgesproken op", None))
    # retranslateUi

