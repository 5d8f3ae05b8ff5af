# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog: QDialog) -> None:
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.councilNameLabel = QLabel(SettingsDialog)
        self.councilNameLabel.setObjectName(u"councilNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.councilNameLabel)

        self.councilName = QLineEdit(SettingsDialog)
        self.councilName.setObjectName(u"councilName")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.councilName)

        self.municipalityLabel = QLabel(SettingsDialog)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipality = QLineEdit(SettingsDialog)
        self.municipality.setObjectName(u"municipality")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.municipality)

        self.adviceTermWeeksLabel = QLabel(SettingsDialog)
        self.adviceTermWeeksLabel.setObjectName(u"adviceTermWeeksLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adviceTermWeeksLabel)

        self.adviceTermWeeks = QSpinBox(SettingsDialog)
        self.adviceTermWeeks.setObjectName(u"adviceTermWeeks")
        self.adviceTermWeeks.setMinimum(1)
        self.adviceTermWeeks.setMaximum(52)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adviceTermWeeks)

        self.replyTermWeeksLabel = QLabel(SettingsDialog)
        self.replyTermWeeksLabel.setObjectName(u"replyTermWeeksLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.replyTermWeeksLabel)

        self.replyTermWeeks = QSpinBox(SettingsDialog)
        self.replyTermWeeks.setObjectName(u"replyTermWeeks")
        self.replyTermWeeks.setMinimum(1)
        self.replyTermWeeks.setMaximum(52)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.replyTermWeeks)

        self.applyAtwLabel = QLabel(SettingsDialog)
        self.applyAtwLabel.setObjectName(u"applyAtwLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.applyAtwLabel)

        self.applyAtw = QCheckBox(SettingsDialog)
        self.applyAtw.setObjectName(u"applyAtw")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.applyAtw)

        self.dueSoonDaysLabel = QLabel(SettingsDialog)
        self.dueSoonDaysLabel.setObjectName(u"dueSoonDaysLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dueSoonDaysLabel)

        self.dueSoonDays = QSpinBox(SettingsDialog)
        self.dueSoonDays.setObjectName(u"dueSoonDays")
        self.dueSoonDays.setMinimum(1)
        self.dueSoonDays.setMaximum(365)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dueSoonDays)

        self.reminderDaysLabel = QLabel(SettingsDialog)
        self.reminderDaysLabel.setObjectName(u"reminderDaysLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reminderDaysLabel)

        self.reminderDays = QSpinBox(SettingsDialog)
        self.reminderDays.setObjectName(u"reminderDays")
        self.reminderDays.setMinimum(0)
        self.reminderDays.setMaximum(60)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reminderDays)

        self.openPdfLabel = QLabel(SettingsDialog)
        self.openPdfLabel.setObjectName(u"openPdfLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.openPdfLabel)

        self.openPdf = QCheckBox(SettingsDialog)
        self.openPdf.setObjectName(u"openPdf")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.openPdf)

        self.themesListLabel = QLabel(SettingsDialog)
        self.themesListLabel.setObjectName(u"themesListLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.themesListLabel)

        self.themesLayout = QVBoxLayout()
        self.themesLayout.setObjectName(u"themesLayout")
        self.themesList = QListWidget(SettingsDialog)
        self.themesList.setObjectName(u"themesList")
        self.themesList.setMaximumSize(QSize(16777215, 150))

        self.themesLayout.addWidget(self.themesList)

        self.themeButtons = QHBoxLayout()
        self.themeButtons.setObjectName(u"themeButtons")
        self.addTheme = QPushButton(SettingsDialog)
        self.addTheme.setObjectName(u"addTheme")

        self.themeButtons.addWidget(self.addTheme)

        self.removeTheme = QPushButton(SettingsDialog)
        self.removeTheme.setObjectName(u"removeTheme")

        self.themeButtons.addWidget(self.removeTheme)

        spacerItem = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.themeButtons.addItem(spacerItem)


        self.themesLayout.addLayout(self.themeButtons)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.themesLayout)

        self.databasePathLabel = QLabel(SettingsDialog)
        self.databasePathLabel.setObjectName(u"databasePathLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.databasePathLabel)

        self.dbLayout = QVBoxLayout()
        self.dbLayout.setObjectName(u"dbLayout")
        self.databasePath = QLabel(SettingsDialog)
        self.databasePath.setObjectName(u"databasePath")
        self.databasePath.setWordWrap(True)
        self.databasePath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dbLayout.addWidget(self.databasePath)

        self.dbButtons = QHBoxLayout()
        self.dbButtons.setObjectName(u"dbButtons")
        self.openOtherDatabase = QPushButton(SettingsDialog)
        self.openOtherDatabase.setObjectName(u"openOtherDatabase")

        self.dbButtons.addWidget(self.openOtherDatabase)

        self.newDatabase = QPushButton(SettingsDialog)
        self.newDatabase.setObjectName(u"newDatabase")

        self.dbButtons.addWidget(self.newDatabase)

        self.showFolder = QPushButton(SettingsDialog)
        self.showFolder.setObjectName(u"showFolder")

        self.dbButtons.addWidget(self.showFolder)

        spacerItem1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dbButtons.addItem(spacerItem1)


        self.dbLayout.addLayout(self.dbButtons)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.dbLayout)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.councilNameLabel.setBuddy(self.councilName)
        self.municipalityLabel.setBuddy(self.municipality)
        self.adviceTermWeeksLabel.setBuddy(self.adviceTermWeeks)
        self.replyTermWeeksLabel.setBuddy(self.replyTermWeeks)
        self.dueSoonDaysLabel.setBuddy(self.dueSoonDays)
        self.reminderDaysLabel.setBuddy(self.reminderDays)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog: QDialog) -> None:
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Instellingen", None))
        self.councilNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Naam adviesraad", None))
        self.municipalityLabel.setText(QCoreApplication.translate("SettingsDialog", u"Gemeente", None))
        self.adviceTermWeeksLabel.setText(QCoreApplication.translate("SettingsDialog", u"Adviestermijn (standaard)", None))
        self.adviceTermWeeks.setSuffix(QCoreApplication.translate("SettingsDialog", u" weken", None))
        self.replyTermWeeksLabel.setText(QCoreApplication.translate("SettingsDialog", u"Reactietermijn college", None))
        self.replyTermWeeks.setSuffix(QCoreApplication.translate("SettingsDialog", u" weken", None))
        self.applyAtwLabel.setText("")
        self.applyAtw.setText(QCoreApplication.translate("SettingsDialog", u"Algemene termijnenwet toepassen: een termijn die op een zaterdag, zondag of erkende feestdag eindigt, loopt door tot de eerstvolgende werkdag", None))
        self.dueSoonDaysLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u2018Binnenkort\u2019 in het overzicht", None))
        self.dueSoonDays.setSuffix(QCoreApplication.translate("SettingsDialog", u" dagen", None))
        self.reminderDaysLabel.setText(QCoreApplication.translate("SettingsDialog", u"Herinnering in agenda", None))
        self.reminderDays.setSuffix(QCoreApplication.translate("SettingsDialog", u" dagen vooraf", None))
        self.openPdfLabel.setText("")
        self.openPdf.setText(QCoreApplication.translate("SettingsDialog", u"Een PDF na het exporteren meteen openen", None))
        self.themesListLabel.setText(QCoreApplication.translate("SettingsDialog", u"Thema\u2019s", None))
#if QT_CONFIG(accessibility)
        self.themesList.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Thema\u2019s", None))
#endif // QT_CONFIG(accessibility)
        self.addTheme.setText(QCoreApplication.translate("SettingsDialog", u"Thema toevoegen", None))
        self.removeTheme.setText(QCoreApplication.translate("SettingsDialog", u"Verwijderen", None))
        self.databasePathLabel.setText(QCoreApplication.translate("SettingsDialog", u"Database", None))
        self.openOtherDatabase.setText(QCoreApplication.translate("SettingsDialog", u"Ander bestand openen\u2026", None))
        self.newDatabase.setText(QCoreApplication.translate("SettingsDialog", u"Nieuwe database\u2026", None))
        self.showFolder.setText(QCoreApplication.translate("SettingsDialog", u"Map tonen", None))
    # retranslateUi

