# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QVBoxLayout)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog: QDialog) -> None:
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        self.mainLayout = QVBoxLayout(MeetingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(MeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(MeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.timeLabel = QLabel(MeetingDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QLineEdit(MeetingDialog)
        self.timeEdit.setObjectName(u"timeEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.placeLabel = QLabel(MeetingDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(MeetingDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.kindLabel = QLabel(MeetingDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(MeetingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.repeatLabel = QLabel(MeetingDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatCombo = QComboBox(MeetingDialog)
        self.repeatCombo.setObjectName(u"repeatCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatCombo)

        self.untilLabel = QLabel(MeetingDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilEdit = QLineEdit(MeetingDialog)
        self.untilEdit.setObjectName(u"untilEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.untilEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(MeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(MeetingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.repeatLabel.setBuddy(self.repeatCombo)
        self.untilLabel.setBuddy(self.untilEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog: QDialog) -> None:
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Nieuwe vergadering", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"Datum:", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"dd-mm-jjjj", None))
        self.timeLabel.setText(QCoreApplication.translate("MeetingDialog", u"Aanvang:", None))
        self.timeEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"19:30", None))
        self.placeLabel.setText(QCoreApplication.translate("MeetingDialog", u"Plaats:", None))
        self.kindLabel.setText(QCoreApplication.translate("MeetingDialog", u"Soort:", None))
        self.repeatLabel.setText(QCoreApplication.translate("MeetingDialog", u"Herhalen:", None))
        self.untilLabel.setText(QCoreApplication.translate("MeetingDialog", u"Tot en met:", None))
        self.untilEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"dd-mm-jjjj", None))
        self.errorLabel.setText("")
    # retranslateUi

