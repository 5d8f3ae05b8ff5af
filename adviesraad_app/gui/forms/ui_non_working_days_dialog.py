# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'non_working_days_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout, QWidget)

from adviesraad_app.gui.common.widgets import DateEdit

class Ui_NonWorkingDaysDialog(object):
    def setupUi(self, NonWorkingDaysDialog: QDialog) -> None:
        if not NonWorkingDaysDialog.objectName():
            NonWorkingDaysDialog.setObjectName(u"NonWorkingDaysDialog")
        self.mainLayout = QVBoxLayout(NonWorkingDaysDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(NonWorkingDaysDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.year = QSpinBox(NonWorkingDaysDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(1965)
        self.year.setMaximum(2200)

        self.yearRow.addWidget(self.year)

        yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(yearSpacer)


        self.mainLayout.addLayout(self.yearRow)

        self.days = QTableWidget(NonWorkingDaysDialog)
        self.days.setObjectName(u"days")
        self.days.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.days.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.days.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.days.setMinimumSize(QSize(560, 220))

        self.mainLayout.addWidget(self.days)

        self.sourcesNote = QLabel(NonWorkingDaysDialog)
        self.sourcesNote.setObjectName(u"sourcesNote")
        self.sourcesNote.setWordWrap(True)

        self.mainLayout.addWidget(self.sourcesNote)

        self.ownBox = QGroupBox(NonWorkingDaysDialog)
        self.ownBox.setObjectName(u"ownBox")
        self.form = QFormLayout(self.ownBox)
        self.form.setObjectName(u"form")
        self.ownDateLabel = QLabel(self.ownBox)
        self.ownDateLabel.setObjectName(u"ownDateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ownDateLabel)

        self.ownDate = DateEdit(self.ownBox)
        self.ownDate.setObjectName(u"ownDate")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ownDate)

        self.ownNameLabel = QLabel(self.ownBox)
        self.ownNameLabel.setObjectName(u"ownNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownNameLabel)

        self.ownName = QLineEdit(self.ownBox)
        self.ownName.setObjectName(u"ownName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownName)

        self.ownButtons = QHBoxLayout()
        self.ownButtons.setObjectName(u"ownButtons")
        self.addOwnDay = QPushButton(self.ownBox)
        self.addOwnDay.setObjectName(u"addOwnDay")

        self.ownButtons.addWidget(self.addOwnDay)

        self.removeOwnDay = QPushButton(self.ownBox)
        self.removeOwnDay.setObjectName(u"removeOwnDay")

        self.ownButtons.addWidget(self.removeOwnDay)

        ownSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ownButtons.addItem(ownSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.ownButtons)


        self.mainLayout.addWidget(self.ownBox)

        self.buttons = QDialogButtonBox(NonWorkingDaysDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
        self.ownDateLabel.setBuddy(self.ownDate)
        self.ownNameLabel.setBuddy(self.ownName)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year, self.days)
        QWidget.setTabOrder(self.days, self.ownDate)
        QWidget.setTabOrder(self.ownDate, self.ownName)
        QWidget.setTabOrder(self.ownName, self.addOwnDay)
        QWidget.setTabOrder(self.addOwnDay, self.removeOwnDay)

        self.retranslateUi(NonWorkingDaysDialog)
    # setupUi

    def retranslateUi(self, NonWorkingDaysDialog: QDialog) -> None:
        NonWorkingDaysDialog.setWindowTitle(QCoreApplication.translate("NonWorkingDaysDialog", u"Feestdagen en vrije dagen", None))
        self.yearLabel.setText(QCoreApplication.translate("NonWorkingDaysDialog", u"&Jaar", None))
        self.ownBox.setTitle(QCoreApplication.translate("NonWorkingDaysDialog", u"Eigen vrije dag van de adviesraad (telt als feestdag)", None))
        self.ownDateLabel.setText(QCoreApplication.translate("NonWorkingDaysDialog", u"&Datum", None))
        self.ownNameLabel.setText(QCoreApplication.translate("NonWorkingDaysDialog", u"&Naam", None))
        self.ownName.setPlaceholderText(QCoreApplication.translate("NonWorkingDaysDialog", u"bijvoorbeeld: sluitingsdag gemeentehuis", None))
        self.addOwnDay.setText(QCoreApplication.translate("NonWorkingDaysDialog", u"&Toevoegen", None))
        self.removeOwnDay.setText(QCoreApplication.translate("NonWorkingDaysDialog", u"Gekozen eigen dag &verwijderen", None))
    # retranslateUi

