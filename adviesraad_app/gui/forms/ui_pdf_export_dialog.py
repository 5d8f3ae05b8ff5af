# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PdfExportDialog(object):
    def setupUi(self, PdfExportDialog: QDialog) -> None:
        if not PdfExportDialog.objectName():
            PdfExportDialog.setObjectName(u"PdfExportDialog")
        PdfExportDialog.setMinimumSize(QSize(600, 0))
        self.mainLayout = QVBoxLayout(PdfExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(PdfExportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.errorLabel = QLabel(PdfExportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.scopeGroup = QGroupBox(PdfExportDialog)
        self.scopeGroup.setObjectName(u"scopeGroup")
        self.scopeLayout = QVBoxLayout(self.scopeGroup)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.selectedRadio = QRadioButton(self.scopeGroup)
        self.selectedRadio.setObjectName(u"selectedRadio")

        self.scopeLayout.addWidget(self.selectedRadio)

        self.filterRadio = QRadioButton(self.scopeGroup)
        self.filterRadio.setObjectName(u"filterRadio")

        self.scopeLayout.addWidget(self.filterRadio)


        self.mainLayout.addWidget(self.scopeGroup)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.yearLabel = QLabel(PdfExportDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(PdfExportDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearCombo)

        self.orderLabel = QLabel(PdfExportDialog)
        self.orderLabel.setObjectName(u"orderLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.orderLabel)

        self.orderCombo = QComboBox(PdfExportDialog)
        self.orderCombo.setObjectName(u"orderCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.orderCombo)

        self.asOfLabel = QLabel(PdfExportDialog)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.asOfLabel)

        self.asOfValue = QLabel(PdfExportDialog)
        self.asOfValue.setObjectName(u"asOfValue")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.asOfValue)


        self.mainLayout.addLayout(self.form)

        self.privacyGroup = QGroupBox(PdfExportDialog)
        self.privacyGroup.setObjectName(u"privacyGroup")
        self.privacyLayout = QVBoxLayout(self.privacyGroup)
        self.privacyLayout.setObjectName(u"privacyLayout")
        self.confidentialCheck = QCheckBox(self.privacyGroup)
        self.confidentialCheck.setObjectName(u"confidentialCheck")

        self.privacyLayout.addWidget(self.confidentialCheck)

        self.leftOutLabel = QLabel(self.privacyGroup)
        self.leftOutLabel.setObjectName(u"leftOutLabel")
        self.leftOutLabel.setWordWrap(True)

        self.privacyLayout.addWidget(self.leftOutLabel)

        self.confidentialWarning = QLabel(self.privacyGroup)
        self.confidentialWarning.setObjectName(u"confidentialWarning")
        self.confidentialWarning.setWordWrap(True)

        self.privacyLayout.addWidget(self.confidentialWarning)


        self.mainLayout.addWidget(self.privacyGroup)

        self.noteLabel = QLabel(PdfExportDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.fileLabel = QLabel(PdfExportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.fileLabel)

        bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(bottomSpacer)

        self.buttons = QDialogButtonBox(PdfExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.orderLabel.setBuddy(self.orderCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.selectedRadio, self.filterRadio)
        QWidget.setTabOrder(self.filterRadio, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.orderCombo)
        QWidget.setTabOrder(self.orderCombo, self.confidentialCheck)

        self.retranslateUi(PdfExportDialog)
    # setupUi

    def retranslateUi(self, PdfExportDialog: QDialog) -> None:
        PdfExportDialog.setWindowTitle(QCoreApplication.translate("PdfExportDialog", u"Exporteren als PDF", None))
        self.scopeGroup.setTitle(QCoreApplication.translate("PdfExportDialog", u"Welke adviezen", None))
        self.selectedRadio.setText(QCoreApplication.translate("PdfExportDialog", u"Alleen de geselecteerde adviezen", None))
        self.filterRadio.setText(QCoreApplication.translate("PdfExportDialog", u"Het hele filter", None))
        self.yearLabel.setText(QCoreApplication.translate("PdfExportDialog", u"&Jaar", None))
        self.orderLabel.setText(QCoreApplication.translate("PdfExportDialog", u"&Volgorde", None))
        self.asOfLabel.setText(QCoreApplication.translate("PdfExportDialog", u"Peildatum", None))
        self.privacyGroup.setTitle(QCoreApplication.translate("PdfExportDialog", u"Privacy", None))
        self.confidentialCheck.setText(QCoreApplication.translate("PdfExportDialog", u"Vertrouwelijke adviezen en interne notities &opnemen", None))
    # retranslateUi

