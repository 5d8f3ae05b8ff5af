# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commitments_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CommitmentsView(object):
    def setupUi(self, CommitmentsView: QWidget) -> None:
        if not CommitmentsView.objectName():
            CommitmentsView.setObjectName(u"CommitmentsView")
        self.mainLayout = QVBoxLayout(CommitmentsView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusLabel = QLabel(CommitmentsView)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(CommitmentsView)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(filterSpacer)


        self.mainLayout.addLayout(self.filterLayout)

        self.table = QTableView(CommitmentsView)
        self.table.setObjectName(u"table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.doneButton = QPushButton(CommitmentsView)
        self.doneButton.setObjectName(u"doneButton")

        self.actionsLayout.addWidget(self.doneButton)

        self.lapsedButton = QPushButton(CommitmentsView)
        self.lapsedButton.setObjectName(u"lapsedButton")

        self.actionsLayout.addWidget(self.lapsedButton)

        self.reopenButton = QPushButton(CommitmentsView)
        self.reopenButton.setObjectName(u"reopenButton")

        self.actionsLayout.addWidget(self.reopenButton)

        spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(spacer)

        self.openButton = QPushButton(CommitmentsView)
        self.openButton.setObjectName(u"openButton")

        self.actionsLayout.addWidget(self.openButton)


        self.mainLayout.addLayout(self.actionsLayout)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CommitmentsView)
    # setupUi

    def retranslateUi(self, CommitmentsView: QWidget) -> None:
        self.statusLabel.setText(QCoreApplication.translate("CommitmentsView", u"Tonen:", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CommitmentsView", u"Toezeggingen", None))
#endif // QT_CONFIG(accessibility)
        self.doneButton.setText(QCoreApplication.translate("CommitmentsView", u"Nagekomen", None))
        self.lapsedButton.setText(QCoreApplication.translate("CommitmentsView", u"Vervallen", None))
        self.reopenButton.setText(QCoreApplication.translate("CommitmentsView", u"Weer open", None))
        self.openButton.setText(QCoreApplication.translate("CommitmentsView", u"Dossier openen", None))
        pass
    # retranslateUi

