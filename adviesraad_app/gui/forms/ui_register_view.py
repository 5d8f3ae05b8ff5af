# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_RegisterView(object):
    def setupUi(self, RegisterView: QWidget) -> None:
        if not RegisterView.objectName():
            RegisterView.setObjectName(u"RegisterView")
        self.mainLayout = QVBoxLayout(RegisterView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(RegisterView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(260, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.yearCombo = QComboBox(RegisterView)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterLayout.addWidget(self.yearCombo)

        self.kindCombo = QComboBox(RegisterView)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)

        self.statusCombo = QComboBox(RegisterView)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.themeCombo = QComboBox(RegisterView)
        self.themeCombo.setObjectName(u"themeCombo")

        self.filterLayout.addWidget(self.themeCombo)

        self.clearFiltersButton = QToolButton(RegisterView)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterLayout.addWidget(self.clearFiltersButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.table = QTableView(RegisterView)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.countLabel = QLabel(RegisterView)
        self.countLabel.setObjectName(u"countLabel")

        self.actionsLayout.addWidget(self.countLabel)

        spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(spacer)

        self.newButton = QPushButton(RegisterView)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.openButton = QPushButton(RegisterView)
        self.openButton.setObjectName(u"openButton")

        self.actionsLayout.addWidget(self.openButton)

        self.deleteButton = QPushButton(RegisterView)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)


        self.mainLayout.addLayout(self.actionsLayout)


        self.retranslateUi(RegisterView)
    # setupUi

    def retranslateUi(self, RegisterView: QWidget) -> None:
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RegisterView", u"Zoeken in onderwerp, samenvatting, aanbevelingen, reacties en toezeggingen\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("RegisterView", u"Zoeken", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("RegisterView", u"Jaar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Jaar", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("RegisterView", u"Soort", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Soort advies", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("RegisterView", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.themeCombo.setAccessibleName(QCoreApplication.translate("RegisterView", u"Thema", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.themeCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Thema", None))
#endif // QT_CONFIG(tooltip)
        self.clearFiltersButton.setText(QCoreApplication.translate("RegisterView", u"Filters wissen", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("RegisterView", u"Register van adviezen", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("RegisterView", u"Nieuw advies\u2026", None))
        self.openButton.setText(QCoreApplication.translate("RegisterView", u"Dossier openen", None))
        self.deleteButton.setText(QCoreApplication.translate("RegisterView", u"Verwijderen", None))
        pass
    # retranslateUi

