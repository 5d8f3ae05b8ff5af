# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QToolButton, QVBoxLayout, QWidget)

from adviesraad_app.gui.common.widgets import DateEdit

class Ui_DashboardView(object):
    def setupUi(self, DashboardView: QWidget) -> None:
        if not DashboardView.objectName():
            DashboardView.setObjectName(u"DashboardView")
        self.mainLayout = QVBoxLayout(DashboardView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLayout = QHBoxLayout()
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.overdueLabel = QLabel(DashboardView)
        self.overdueLabel.setObjectName(u"overdueLabel")

        self.summaryLayout.addWidget(self.overdueLabel)

        self.dueSoonLabel = QLabel(DashboardView)
        self.dueSoonLabel.setObjectName(u"dueSoonLabel")

        self.summaryLayout.addWidget(self.dueSoonLabel)

        self.openLabel = QLabel(DashboardView)
        self.openLabel.setObjectName(u"openLabel")

        self.summaryLayout.addWidget(self.openLabel)

        summarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summaryLayout.addItem(summarySpacer)

        self.todayLabel = QLabel(DashboardView)
        self.todayLabel.setObjectName(u"todayLabel")

        self.summaryLayout.addWidget(self.todayLabel)

        self.todayEdit = DateEdit(DashboardView)
        self.todayEdit.setObjectName(u"todayEdit")

        self.summaryLayout.addWidget(self.todayEdit)

        self.todayButton = QToolButton(DashboardView)
        self.todayButton.setObjectName(u"todayButton")

        self.summaryLayout.addWidget(self.todayButton)


        self.mainLayout.addLayout(self.summaryLayout)

        self.table = QTableView(DashboardView)
        self.table.setObjectName(u"table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.hintLabel = QLabel(DashboardView)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.hintLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(spacer)

        self.openButton = QPushButton(DashboardView)
        self.openButton.setObjectName(u"openButton")

        self.actionsLayout.addWidget(self.openButton)


        self.mainLayout.addLayout(self.actionsLayout)

#if QT_CONFIG(shortcut)
        self.todayLabel.setBuddy(self.todayEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DashboardView)
    # setupUi

    def retranslateUi(self, DashboardView: QWidget) -> None:
#if QT_CONFIG(accessibility)
        self.overdueLabel.setAccessibleName(QCoreApplication.translate("DashboardView", u"Te laat", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueSoonLabel.setAccessibleName(QCoreApplication.translate("DashboardView", u"Binnenkort", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openLabel.setAccessibleName(QCoreApplication.translate("DashboardView", u"Lopend", None))
#endif // QT_CONFIG(accessibility)
        self.todayLabel.setText(QCoreApplication.translate("DashboardView", u"Peildatum:", None))
        self.todayButton.setText(QCoreApplication.translate("DashboardView", u"Vandaag", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("DashboardView", u"Termijnen", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("DashboardView", u"Dubbelklik op een regel om het dossier te openen.", None))
        self.openButton.setText(QCoreApplication.translate("DashboardView", u"Dossier openen", None))
        pass
    # retranslateUi

