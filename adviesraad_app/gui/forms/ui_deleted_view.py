# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deleted_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_DeletedView(object):
    def setupUi(self, DeletedView: QWidget) -> None:
        if not DeletedView.objectName():
            DeletedView.setObjectName(u"DeletedView")
        self.mainLayout = QVBoxLayout(DeletedView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanation = QLabel(DeletedView)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.mainLayout.addWidget(self.explanation)

        self.table = QTableView(DeletedView)
        self.table.setObjectName(u"table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.countLabel = QLabel(DeletedView)
        self.countLabel.setObjectName(u"countLabel")

        self.actionsLayout.addWidget(self.countLabel)

        spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(spacer)

        self.restoreButton = QPushButton(DeletedView)
        self.restoreButton.setObjectName(u"restoreButton")

        self.actionsLayout.addWidget(self.restoreButton)


        self.mainLayout.addLayout(self.actionsLayout)


        self.retranslateUi(DeletedView)
    # setupUi

    def retranslateUi(self, DeletedView: QWidget) -> None:
        self.explanation.setText(QCoreApplication.translate("DeletedView", u"Verwijderde adviezen blijven bewaard (archiefregels) en kunnen worden teruggezet.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("DeletedView", u"Verwijderde adviezen", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("DeletedView", u"Terugzetten", None))
        pass
    # retranslateUi

