# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog: QDialog) -> None:
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(520, 240)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.description = QLabel(ExportDialog)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)

        self.mainLayout.addWidget(self.description)

        self.includeConfidential = QCheckBox(ExportDialog)
        self.includeConfidential.setObjectName(u"includeConfidential")

        self.mainLayout.addWidget(self.includeConfidential)

        self.confidentialNote = QLabel(ExportDialog)
        self.confidentialNote.setObjectName(u"confidentialNote")
        self.confidentialNote.setWordWrap(True)
        self.confidentialNote.setIndent(24)

        self.mainLayout.addWidget(self.confidentialNote)

        self.count = QLabel(ExportDialog)
        self.count.setObjectName(u"count")
        self.count.setWordWrap(True)

        self.mainLayout.addWidget(self.count)

        spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(spacer)

        self.buttons = QDialogButtonBox(ExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog: QDialog) -> None:
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Exporteren", None))
        self.includeConfidential.setText(QCoreApplication.translate("ExportDialog", u"Vertrouwelijke adviezen en interne notities opnemen", None))
    # retranslateUi

