# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTreeWidget,
    QVBoxLayout, QWidget)

class Ui_MeetingsView(object):
    def setupUi(self, MeetingsView: QWidget) -> None:
        if not MeetingsView.objectName():
            MeetingsView.setObjectName(u"MeetingsView")
        self.mainLayout = QHBoxLayout(MeetingsView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(MeetingsView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.schedulePane = QWidget(self.splitter)
        self.schedulePane.setObjectName(u"schedulePane")
        self.scheduleLayout = QVBoxLayout(self.schedulePane)
        self.scheduleLayout.setObjectName(u"scheduleLayout")
        self.scheduleLayout.setContentsMargins(0, 0, 0, 0)
        self.yearLayout = QHBoxLayout()
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearLabel = QLabel(self.schedulePane)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.schedulePane)
        self.yearCombo.setObjectName(u"yearCombo")

        self.yearLayout.addWidget(self.yearCombo)

        yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearLayout.addItem(yearSpacer)


        self.scheduleLayout.addLayout(self.yearLayout)

        self.scheduleLabel = QLabel(self.schedulePane)
        self.scheduleLabel.setObjectName(u"scheduleLabel")

        self.scheduleLayout.addWidget(self.scheduleLabel)

        self.scheduleList = QTreeWidget(self.schedulePane)
        self.scheduleList.setObjectName(u"scheduleList")
        self.scheduleList.setRootIsDecorated(False)
        self.scheduleList.setUniformRowHeights(True)
        self.scheduleList.setMinimumSize(QSize(220, 0))

        self.scheduleLayout.addWidget(self.scheduleList)

        self.scheduleButtons = QHBoxLayout()
        self.scheduleButtons.setObjectName(u"scheduleButtons")
        self.newMeetingButton = QPushButton(self.schedulePane)
        self.newMeetingButton.setObjectName(u"newMeetingButton")

        self.scheduleButtons.addWidget(self.newMeetingButton)

        self.editMeetingButton = QPushButton(self.schedulePane)
        self.editMeetingButton.setObjectName(u"editMeetingButton")

        self.scheduleButtons.addWidget(self.editMeetingButton)

        self.deleteMeetingButton = QPushButton(self.schedulePane)
        self.deleteMeetingButton.setObjectName(u"deleteMeetingButton")

        self.scheduleButtons.addWidget(self.deleteMeetingButton)


        self.scheduleLayout.addLayout(self.scheduleButtons)

        self.splitter.addWidget(self.schedulePane)
        self.meetingPane = QWidget(self.splitter)
        self.meetingPane.setObjectName(u"meetingPane")
        self.meetingLayout = QVBoxLayout(self.meetingPane)
        self.meetingLayout.setObjectName(u"meetingLayout")
        self.meetingLayout.setContentsMargins(0, 0, 0, 0)
        self.meetingTitle = QLabel(self.meetingPane)
        self.meetingTitle.setObjectName(u"meetingTitle")
        self.meetingTitle.setWordWrap(True)

        self.meetingLayout.addWidget(self.meetingTitle)

        self.tabs = QTabWidget(self.meetingPane)
        self.tabs.setObjectName(u"tabs")
        self.agendaTab = QWidget()
        self.agendaTab.setObjectName(u"agendaTab")
        self.agendaLayout = QVBoxLayout(self.agendaTab)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaList = QTreeWidget(self.agendaTab)
        self.agendaList.setObjectName(u"agendaList")
        self.agendaList.setRootIsDecorated(False)
        self.agendaList.setUniformRowHeights(True)

        self.agendaLayout.addWidget(self.agendaList)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.upButton = QPushButton(self.agendaTab)
        self.upButton.setObjectName(u"upButton")

        self.itemButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.agendaTab)
        self.downButton.setObjectName(u"downButton")

        self.itemButtons.addWidget(self.downButton)

        self.removeItemButton = QPushButton(self.agendaTab)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.itemButtons.addWidget(self.removeItemButton)

        self.adoptButton = QPushButton(self.agendaTab)
        self.adoptButton.setObjectName(u"adoptButton")

        self.itemButtons.addWidget(self.adoptButton)

        itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(itemSpacer)


        self.agendaLayout.addLayout(self.itemButtons)

        self.addLayout = QGridLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.adviceLabel = QLabel(self.agendaTab)
        self.adviceLabel.setObjectName(u"adviceLabel")

        self.addLayout.addWidget(self.adviceLabel, 0, 0, 1, 1)

        self.adviceCombo = QComboBox(self.agendaTab)
        self.adviceCombo.setObjectName(u"adviceCombo")
        self.adviceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.adviceCombo.setMinimumContentsLength(20)

        self.addLayout.addWidget(self.adviceCombo, 0, 1, 1, 1)

        self.purposeCombo = QComboBox(self.agendaTab)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.addLayout.addWidget(self.purposeCombo, 0, 2, 1, 1)

        self.addAdviceButton = QPushButton(self.agendaTab)
        self.addAdviceButton.setObjectName(u"addAdviceButton")

        self.addLayout.addWidget(self.addAdviceButton, 0, 3, 1, 1)

        self.itemLabel = QLabel(self.agendaTab)
        self.itemLabel.setObjectName(u"itemLabel")

        self.addLayout.addWidget(self.itemLabel, 1, 0, 1, 1)

        self.itemEdit = QLineEdit(self.agendaTab)
        self.itemEdit.setObjectName(u"itemEdit")

        self.addLayout.addWidget(self.itemEdit, 1, 1, 1, 2)

        self.addItemButton = QPushButton(self.agendaTab)
        self.addItemButton.setObjectName(u"addItemButton")

        self.addLayout.addWidget(self.addItemButton, 1, 3, 1, 1)


        self.agendaLayout.addLayout(self.addLayout)

        self.tabs.addTab(self.agendaTab, "")
        self.postTab = QWidget()
        self.postTab.setObjectName(u"postTab")
        self.postLayout = QVBoxLayout(self.postTab)
        self.postLayout.setObjectName(u"postLayout")
        self.postWindow = QLabel(self.postTab)
        self.postWindow.setObjectName(u"postWindow")
        self.postWindow.setWordWrap(True)

        self.postLayout.addWidget(self.postWindow)

        self.postList = QTreeWidget(self.postTab)
        self.postList.setObjectName(u"postList")
        self.postList.setRootIsDecorated(False)
        self.postList.setUniformRowHeights(True)

        self.postLayout.addWidget(self.postList)

        self.tabs.addTab(self.postTab, "")
        self.actionsTab = QWidget()
        self.actionsTab.setObjectName(u"actionsTab")
        self.actionsTabLayout = QVBoxLayout(self.actionsTab)
        self.actionsTabLayout.setObjectName(u"actionsTabLayout")
        self.actionList = QTreeWidget(self.actionsTab)
        self.actionList.setObjectName(u"actionList")
        self.actionList.setRootIsDecorated(False)
        self.actionList.setUniformRowHeights(True)

        self.actionsTabLayout.addWidget(self.actionList)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.newActionButton = QPushButton(self.actionsTab)
        self.newActionButton.setObjectName(u"newActionButton")

        self.actionButtons.addWidget(self.newActionButton)

        self.actionDoneButton = QPushButton(self.actionsTab)
        self.actionDoneButton.setObjectName(u"actionDoneButton")

        self.actionButtons.addWidget(self.actionDoneButton)

        self.actionLapsedButton = QPushButton(self.actionsTab)
        self.actionLapsedButton.setObjectName(u"actionLapsedButton")

        self.actionButtons.addWidget(self.actionLapsedButton)

        self.actionReopenButton = QPushButton(self.actionsTab)
        self.actionReopenButton.setObjectName(u"actionReopenButton")

        self.actionButtons.addWidget(self.actionReopenButton)

        actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(actionSpacer)


        self.actionsTabLayout.addLayout(self.actionButtons)

        self.tabs.addTab(self.actionsTab, "")

        self.meetingLayout.addWidget(self.tabs)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.agendaPdfButton = QPushButton(self.meetingPane)
        self.agendaPdfButton.setObjectName(u"agendaPdfButton")

        self.actionsLayout.addWidget(self.agendaPdfButton)

        self.bundlePdfButton = QPushButton(self.meetingPane)
        self.bundlePdfButton.setObjectName(u"bundlePdfButton")

        self.actionsLayout.addWidget(self.bundlePdfButton)

        self.agendaDocxButton = QPushButton(self.meetingPane)
        self.agendaDocxButton.setObjectName(u"agendaDocxButton")

        self.actionsLayout.addWidget(self.agendaDocxButton)

        bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(bottomSpacer)


        self.meetingLayout.addLayout(self.actionsLayout)

        self.splitter.addWidget(self.meetingPane)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.scheduleLabel.setBuddy(self.scheduleList)
        self.adviceLabel.setBuddy(self.adviceCombo)
        self.itemLabel.setBuddy(self.itemEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingsView)
    # setupUi

    def retranslateUi(self, MeetingsView: QWidget) -> None:
        self.yearLabel.setText(QCoreApplication.translate("MeetingsView", u"Jaar:", None))
        self.scheduleLabel.setText(QCoreApplication.translate("MeetingsView", u"Vergaderschema:", None))
        ___qtreewidgetitem = self.scheduleList.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("MeetingsView", u"Plaats", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("MeetingsView", u"Soort", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("MeetingsView", u"Tijd", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("MeetingsView", u"Datum", None))
#if QT_CONFIG(accessibility)
        self.scheduleList.setAccessibleName(QCoreApplication.translate("MeetingsView", u"Vergaderschema", None))
#endif // QT_CONFIG(accessibility)
        self.newMeetingButton.setText(QCoreApplication.translate("MeetingsView", u"Nieuwe vergadering\u2026", None))
        self.editMeetingButton.setText(QCoreApplication.translate("MeetingsView", u"Wijzigen\u2026", None))
#if QT_CONFIG(tooltip)
        self.editMeetingButton.setToolTip(QCoreApplication.translate("MeetingsView", u"Datum, tijd, plaats of soort van de gekozen vergadering wijzigen", None))
#endif // QT_CONFIG(tooltip)
        self.deleteMeetingButton.setText(QCoreApplication.translate("MeetingsView", u"Verwijderen", None))
        self.meetingTitle.setText(QCoreApplication.translate("MeetingsView", u"Kies een vergadering.", None))
        ___qtreewidgetitem1 = self.agendaList.headerItem()
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("MeetingsView", u"Stand", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("MeetingsView", u"Agendapunt", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("MeetingsView", u"Nr.", None))
#if QT_CONFIG(accessibility)
        self.agendaList.setAccessibleName(QCoreApplication.translate("MeetingsView", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("MeetingsView", u"Omhoog", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("MeetingsView", u"Het agendapunt een plaats omhoog (Ctrl+Omhoog)", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("MeetingsView", u"Omlaag", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("MeetingsView", u"Het agendapunt een plaats omlaag (Ctrl+Omlaag)", None))
#endif // QT_CONFIG(tooltip)
        self.removeItemButton.setText(QCoreApplication.translate("MeetingsView", u"Punt verwijderen", None))
        self.adoptButton.setText(QCoreApplication.translate("MeetingsView", u"Vastgesteld", None))
#if QT_CONFIG(tooltip)
        self.adoptButton.setToolTip(QCoreApplication.translate("MeetingsView", u"Het gekozen advies is in deze vergadering vastgesteld", None))
#endif // QT_CONFIG(tooltip)
        self.adviceLabel.setText(QCoreApplication.translate("MeetingsView", u"Advies:", None))
#if QT_CONFIG(accessibility)
        self.purposeCombo.setAccessibleName(QCoreApplication.translate("MeetingsView", u"Doel", None))
#endif // QT_CONFIG(accessibility)
        self.addAdviceButton.setText(QCoreApplication.translate("MeetingsView", u"Op de agenda", None))
        self.itemLabel.setText(QCoreApplication.translate("MeetingsView", u"Vrij punt:", None))
        self.itemEdit.setPlaceholderText(QCoreApplication.translate("MeetingsView", u"bijvoorbeeld: Jaarplan 2027", None))
        self.addItemButton.setText(QCoreApplication.translate("MeetingsView", u"Punt toevoegen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.agendaTab), QCoreApplication.translate("MeetingsView", u"Agenda", None))
        self.postWindow.setText("")
        ___qtreewidgetitem2 = self.postList.headerItem()
        ___qtreewidgetitem2.setText(4, QCoreApplication.translate("MeetingsView", u"Onderwerp", None))
        ___qtreewidgetitem2.setText(3, QCoreApplication.translate("MeetingsView", u"Advies", None))
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("MeetingsView", u"Soort", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("MeetingsView", u"Datum", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("MeetingsView", u"Nr.", None))
#if QT_CONFIG(accessibility)
        self.postList.setAccessibleName(QCoreApplication.translate("MeetingsView", u"Postlijst", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.postTab), QCoreApplication.translate("MeetingsView", u"Postlijst", None))
        ___qtreewidgetitem3 = self.actionList.headerItem()
        ___qtreewidgetitem3.setText(4, QCoreApplication.translate("MeetingsView", u"Status", None))
        ___qtreewidgetitem3.setText(3, QCoreApplication.translate("MeetingsView", u"Uiterlijk", None))
        ___qtreewidgetitem3.setText(2, QCoreApplication.translate("MeetingsView", u"Wie", None))
        ___qtreewidgetitem3.setText(1, QCoreApplication.translate("MeetingsView", u"Actie", None))
        ___qtreewidgetitem3.setText(0, QCoreApplication.translate("MeetingsView", u"Vergadering", None))
#if QT_CONFIG(accessibility)
        self.actionList.setAccessibleName(QCoreApplication.translate("MeetingsView", u"Actielijst", None))
#endif // QT_CONFIG(accessibility)
        self.newActionButton.setText(QCoreApplication.translate("MeetingsView", u"Nieuwe actie\u2026", None))
        self.actionDoneButton.setText(QCoreApplication.translate("MeetingsView", u"Gedaan", None))
        self.actionLapsedButton.setText(QCoreApplication.translate("MeetingsView", u"Vervallen", None))
        self.actionReopenButton.setText(QCoreApplication.translate("MeetingsView", u"Weer open", None))
        self.tabs.setTabText(self.tabs.indexOf(self.actionsTab), QCoreApplication.translate("MeetingsView", u"Acties", None))
        self.agendaPdfButton.setText(QCoreApplication.translate("MeetingsView", u"Agenda als PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.agendaPdfButton.setToolTip(QCoreApplication.translate("MeetingsView", u"De agenda met postlijst en actielijst als PDF voor de leden", None))
#endif // QT_CONFIG(tooltip)
        self.bundlePdfButton.setText(QCoreApplication.translate("MeetingsView", u"Vergaderstukken als PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.bundlePdfButton.setToolTip(QCoreApplication.translate("MeetingsView", u"Agenda, adviezenoverzicht en termijnenlijst in \u00e9\u00e9n PDF", None))
#endif // QT_CONFIG(tooltip)
        self.agendaDocxButton.setText(QCoreApplication.translate("MeetingsView", u"Agenda als Word\u2026", None))
#if QT_CONFIG(tooltip)
        self.agendaDocxButton.setToolTip(QCoreApplication.translate("MeetingsView", u"De agenda als .docx, om op eigen briefpapier te zetten", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

