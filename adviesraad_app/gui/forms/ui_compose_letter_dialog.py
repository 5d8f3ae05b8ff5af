# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'compose_letter_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout)

from adviesraad_app.gui.common.widgets import DateEdit

class Ui_ComposeLetterDialog(object):
    def setupUi(self, ComposeLetterDialog: QDialog) -> None:
        if not ComposeLetterDialog.objectName():
            ComposeLetterDialog.setObjectName(u"ComposeLetterDialog")
        self.mainLayout = QVBoxLayout(ComposeLetterDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.adviceLine = QLabel(ComposeLetterDialog)
        self.adviceLine.setObjectName(u"adviceLine")
        self.adviceLine.setWordWrap(True)
        self.adviceLine.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.adviceLine)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kindComboLabel = QLabel(ComposeLetterDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(ComposeLetterDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.aboutComboLabel = QLabel(ComposeLetterDialog)
        self.aboutComboLabel.setObjectName(u"aboutComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aboutComboLabel)

        self.aboutCombo = QComboBox(ComposeLetterDialog)
        self.aboutCombo.setObjectName(u"aboutCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aboutCombo)

        self.letterDateLabel = QLabel(ComposeLetterDialog)
        self.letterDateLabel.setObjectName(u"letterDateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.letterDateLabel)

        self.letterDate = DateEdit(ComposeLetterDialog)
        self.letterDate.setObjectName(u"letterDate")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.letterDate)

        self.formatComboLabel = QLabel(ComposeLetterDialog)
        self.formatComboLabel.setObjectName(u"formatComboLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.formatComboLabel)

        self.formatCombo = QComboBox(ComposeLetterDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.outputPathLabel = QLabel(ComposeLetterDialog)
        self.outputPathLabel.setObjectName(u"outputPathLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outputPathLabel)

        self.outputLayout = QHBoxLayout()
        self.outputLayout.setObjectName(u"outputLayout")
        self.outputPath = QLineEdit(ComposeLetterDialog)
        self.outputPath.setObjectName(u"outputPath")

        self.outputLayout.addWidget(self.outputPath)

        self.browseButton = QPushButton(ComposeLetterDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.outputLayout.addWidget(self.browseButton)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.outputLayout)

        self.templateNameLabel = QLabel(ComposeLetterDialog)
        self.templateNameLabel.setObjectName(u"templateNameLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.templateNameLabel)

        self.templateName = QLabel(ComposeLetterDialog)
        self.templateName.setObjectName(u"templateName")
        self.templateName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.templateName)

        self.recordCheckLabel = QLabel(ComposeLetterDialog)
        self.recordCheckLabel.setObjectName(u"recordCheckLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.recordCheckLabel)

        self.recordCheck = QCheckBox(ComposeLetterDialog)
        self.recordCheck.setObjectName(u"recordCheck")
        self.recordCheck.setChecked(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.recordCheck)

        self.emlCheckLabel = QLabel(ComposeLetterDialog)
        self.emlCheckLabel.setObjectName(u"emlCheckLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emlCheckLabel)

        self.emlCheck = QCheckBox(ComposeLetterDialog)
        self.emlCheck.setObjectName(u"emlCheck")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emlCheck)


        self.mainLayout.addLayout(self.form)

        self.stepNote = QLabel(ComposeLetterDialog)
        self.stepNote.setObjectName(u"stepNote")
        self.stepNote.setWordWrap(True)

        self.mainLayout.addWidget(self.stepNote)

        bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(bottomSpacer)

        self.buttons = QDialogButtonBox(ComposeLetterDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.aboutComboLabel.setBuddy(self.aboutCombo)
        self.letterDateLabel.setBuddy(self.letterDate)
        self.formatComboLabel.setBuddy(self.formatCombo)
        self.outputPathLabel.setBuddy(self.outputPath)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ComposeLetterDialog)
    # setupUi

    def retranslateUi(self, ComposeLetterDialog: QDialog) -> None:
        ComposeLetterDialog.setWindowTitle(QCoreApplication.translate("ComposeLetterDialog", u"Brief opstellen", None))
        self.kindComboLabel.setText(QCoreApplication.translate("ComposeLetterDialog", u"Soort brief", None))
        self.aboutComboLabel.setText(QCoreApplication.translate("ComposeLetterDialog", u"Over", None))
        self.letterDateLabel.setText(QCoreApplication.translate("ComposeLetterDialog", u"Datum van de brief", None))
        self.formatComboLabel.setText(QCoreApplication.translate("ComposeLetterDialog", u"Indeling", None))
        self.outputPathLabel.setText(QCoreApplication.translate("ComposeLetterDialog", u"Opslaan als", None))
        self.browseButton.setText(QCoreApplication.translate("ComposeLetterDialog", u"Bladeren\u2026", None))
        self.templateNameLabel.setText(QCoreApplication.translate("ComposeLetterDialog", u"Sjabloon", None))
        self.recordCheckLabel.setText("")
        self.recordCheck.setText(QCoreApplication.translate("ComposeLetterDialog", u"Als verstuurd vastleggen in het dossier", None))
        self.emlCheckLabel.setText("")
        self.emlCheck.setText(QCoreApplication.translate("ComposeLetterDialog", u"E-mailconcept voor Outlook maken (.eml)", None))
    # retranslateUi

