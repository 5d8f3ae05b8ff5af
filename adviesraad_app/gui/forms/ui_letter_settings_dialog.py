# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout)

class Ui_LetterSettingsDialog(object):
    def setupUi(self, LetterSettingsDialog: QDialog) -> None:
        if not LetterSettingsDialog.objectName():
            LetterSettingsDialog.setObjectName(u"LetterSettingsDialog")
        self.mainLayout = QVBoxLayout(LetterSettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.secondReminderDaysLabel = QLabel(LetterSettingsDialog)
        self.secondReminderDaysLabel.setObjectName(u"secondReminderDaysLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.secondReminderDaysLabel)

        self.secondReminderDays = QSpinBox(LetterSettingsDialog)
        self.secondReminderDays.setObjectName(u"secondReminderDays")
        self.secondReminderDays.setMinimum(1)
        self.secondReminderDays.setMaximum(365)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.secondReminderDays)

        self.informCouncilDaysLabel = QLabel(LetterSettingsDialog)
        self.informCouncilDaysLabel.setObjectName(u"informCouncilDaysLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.informCouncilDaysLabel)

        self.informCouncilDays = QSpinBox(LetterSettingsDialog)
        self.informCouncilDays.setObjectName(u"informCouncilDays")
        self.informCouncilDays.setMinimum(1)
        self.informCouncilDays.setMaximum(365)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.informCouncilDays)

        self.collegeEmailLabel = QLabel(LetterSettingsDialog)
        self.collegeEmailLabel.setObjectName(u"collegeEmailLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.collegeEmailLabel)

        self.collegeEmail = QLineEdit(LetterSettingsDialog)
        self.collegeEmail.setObjectName(u"collegeEmail")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.collegeEmail)

        self.kindComboLabel = QLabel(LetterSettingsDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(LetterSettingsDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.templatePathLabel = QLabel(LetterSettingsDialog)
        self.templatePathLabel.setObjectName(u"templatePathLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.templatePathLabel)

        self.templatePath = QLineEdit(LetterSettingsDialog)
        self.templatePath.setObjectName(u"templatePath")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.templatePath)

        self.templateButtonsLabel = QLabel(LetterSettingsDialog)
        self.templateButtonsLabel.setObjectName(u"templateButtonsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.templateButtonsLabel)

        self.templateButtons = QHBoxLayout()
        self.templateButtons.setObjectName(u"templateButtons")
        self.chooseTemplate = QPushButton(LetterSettingsDialog)
        self.chooseTemplate.setObjectName(u"chooseTemplate")

        self.templateButtons.addWidget(self.chooseTemplate)

        self.defaultTemplate = QPushButton(LetterSettingsDialog)
        self.defaultTemplate.setObjectName(u"defaultTemplate")

        self.templateButtons.addWidget(self.defaultTemplate)

        self.saveDefault = QPushButton(LetterSettingsDialog)
        self.saveDefault.setObjectName(u"saveDefault")

        self.templateButtons.addWidget(self.saveDefault)

        templateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateButtons.addItem(templateSpacer)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.templateButtons)


        self.mainLayout.addLayout(self.form)

        self.note = QLabel(LetterSettingsDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.mainLayout.addWidget(self.note)

        self.error = QLabel(LetterSettingsDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.mainLayout.addWidget(self.error)

        bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(bottomSpacer)

        self.buttons = QDialogButtonBox(LetterSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.secondReminderDaysLabel.setBuddy(self.secondReminderDays)
        self.informCouncilDaysLabel.setBuddy(self.informCouncilDays)
        self.collegeEmailLabel.setBuddy(self.collegeEmail)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.templatePathLabel.setBuddy(self.templatePath)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LetterSettingsDialog)
    # setupUi

    def retranslateUi(self, LetterSettingsDialog: QDialog) -> None:
        LetterSettingsDialog.setWindowTitle(QCoreApplication.translate("LetterSettingsDialog", u"Brieven en sjablonen", None))
        self.secondReminderDaysLabel.setText(QCoreApplication.translate("LetterSettingsDialog", u"Tweede herinnering", None))
        self.secondReminderDays.setSuffix(QCoreApplication.translate("LetterSettingsDialog", u" dagen na de eerste", None))
        self.informCouncilDaysLabel.setText(QCoreApplication.translate("LetterSettingsDialog", u"Gemeenteraad informeren", None))
        self.informCouncilDays.setSuffix(QCoreApplication.translate("LetterSettingsDialog", u" dagen na de tweede", None))
        self.collegeEmailLabel.setText(QCoreApplication.translate("LetterSettingsDialog", u"E-mailadres college", None))
        self.collegeEmail.setPlaceholderText(QCoreApplication.translate("LetterSettingsDialog", u"college@gemeente.nl", None))
        self.kindComboLabel.setText(QCoreApplication.translate("LetterSettingsDialog", u"Sjabloon voor", None))
        self.templatePathLabel.setText(QCoreApplication.translate("LetterSettingsDialog", u"Eigen sjabloon", None))
        self.templatePath.setPlaceholderText(QCoreApplication.translate("LetterSettingsDialog", u"leeg: het standaardsjabloon", None))
        self.templateButtonsLabel.setText("")
        self.chooseTemplate.setText(QCoreApplication.translate("LetterSettingsDialog", u"Kiezen\u2026", None))
        self.defaultTemplate.setText(QCoreApplication.translate("LetterSettingsDialog", u"Standaard gebruiken", None))
        self.saveDefault.setText(QCoreApplication.translate("LetterSettingsDialog", u"Standaard opslaan\u2026", None))
        self.note.setText(QCoreApplication.translate("LetterSettingsDialog", u"Een eigen sjabloon is een Word-document met velden zoals {{ advies.nummer }}. Begin met het standaardsjabloon (Standaard opslaan\u2026), zet het briefpapier van de raad erin en kies het hier. De velden staan in de handleiding (F1).", None))
    # retranslateUi

