# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog,
    QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from adviesraad_app.gui.common.widgets import DateEdit

class Ui_DossierDialog(object):
    def setupUi(self, DossierDialog: QDialog) -> None:
        if not DossierDialog.objectName():
            DossierDialog.setObjectName(u"DossierDialog")
        DossierDialog.resize(900, 720)
        self.mainLayout = QVBoxLayout(DossierDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.heading = QLabel(DossierDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.headerLayout.addWidget(self.heading)

        self.statusBadge = QLabel(DossierDialog)
        self.statusBadge.setObjectName(u"statusBadge")

        self.headerLayout.addWidget(self.statusBadge)


        self.mainLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(DossierDialog)
        self.tabs.setObjectName(u"tabs")
        self.adviceTab = QWidget()
        self.adviceTab.setObjectName(u"adviceTab")
        self.adviceTabLayout = QVBoxLayout(self.adviceTab)
        self.adviceTabLayout.setObjectName(u"adviceTabLayout")
        self.adviceScroll = QScrollArea(self.adviceTab)
        self.adviceScroll.setObjectName(u"adviceScroll")
        self.adviceScroll.setWidgetResizable(True)
        self.adviceScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.adviceContents = QWidget()
        self.adviceContents.setObjectName(u"adviceContents")
        self.adviceForm = QFormLayout(self.adviceContents)
        self.adviceForm.setObjectName(u"adviceForm")
        self.adviceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.numberLabel = QLabel(self.adviceContents)
        self.numberLabel.setObjectName(u"numberLabel")

        self.adviceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.number = QLineEdit(self.adviceContents)
        self.number.setObjectName(u"number")

        self.adviceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.kindLabel = QLabel(self.adviceContents)
        self.kindLabel.setObjectName(u"kindLabel")

        self.adviceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.adviceContents)
        self.kind.setObjectName(u"kind")

        self.adviceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.titleLabel = QLabel(self.adviceContents)
        self.titleLabel.setObjectName(u"titleLabel")

        self.adviceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.adviceContents)
        self.title.setObjectName(u"title")

        self.adviceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title)

        self.themeLabel = QLabel(self.adviceContents)
        self.themeLabel.setObjectName(u"themeLabel")

        self.adviceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.theme = QComboBox(self.adviceContents)
        self.theme.setObjectName(u"theme")
        self.theme.setEditable(True)

        self.adviceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.theme)

        self.portfolioHolderLabel = QLabel(self.adviceContents)
        self.portfolioHolderLabel.setObjectName(u"portfolioHolderLabel")

        self.adviceForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.portfolioHolderLabel)

        self.portfolioHolder = QLineEdit(self.adviceContents)
        self.portfolioHolder.setObjectName(u"portfolioHolder")

        self.adviceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.portfolioHolder)

        self.civilServantLabel = QLabel(self.adviceContents)
        self.civilServantLabel.setObjectName(u"civilServantLabel")

        self.adviceForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.civilServantLabel)

        self.civilServant = QLineEdit(self.adviceContents)
        self.civilServant.setObjectName(u"civilServant")

        self.adviceForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.civilServant)

        self.workingGroupLabel = QLabel(self.adviceContents)
        self.workingGroupLabel.setObjectName(u"workingGroupLabel")

        self.adviceForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.workingGroupLabel)

        self.workingGroup = QLineEdit(self.adviceContents)
        self.workingGroup.setObjectName(u"workingGroup")

        self.adviceForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.workingGroup)

        self.requestReceivedLabel = QLabel(self.adviceContents)
        self.requestReceivedLabel.setObjectName(u"requestReceivedLabel")

        self.adviceForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.requestReceivedLabel)

        self.requestReceived = DateEdit(self.adviceContents)
        self.requestReceived.setObjectName(u"requestReceived")

        self.adviceForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.requestReceived)

        self.requestReferenceLabel = QLabel(self.adviceContents)
        self.requestReferenceLabel.setObjectName(u"requestReferenceLabel")

        self.adviceForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.requestReferenceLabel)

        self.requestReference = QLineEdit(self.adviceContents)
        self.requestReference.setObjectName(u"requestReference")

        self.adviceForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.requestReference)

        self.requestedDeadlineLabel = QLabel(self.adviceContents)
        self.requestedDeadlineLabel.setObjectName(u"requestedDeadlineLabel")

        self.adviceForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.requestedDeadlineLabel)

        self.requestedDeadline = DateEdit(self.adviceContents)
        self.requestedDeadline.setObjectName(u"requestedDeadline")

        self.adviceForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.requestedDeadline)

        self.adviceTermLabel = QLabel(self.adviceContents)
        self.adviceTermLabel.setObjectName(u"adviceTermLabel")

        self.adviceForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.adviceTermLabel)

        self.adviceTerm = QLabel(self.adviceContents)
        self.adviceTerm.setObjectName(u"adviceTerm")
        self.adviceTerm.setWordWrap(True)
        self.adviceTerm.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.adviceForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.adviceTerm)

        self.sentDateLabel = QLabel(self.adviceContents)
        self.sentDateLabel.setObjectName(u"sentDateLabel")

        self.adviceForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.sentDateLabel)

        self.sentDate = DateEdit(self.adviceContents)
        self.sentDate.setObjectName(u"sentDate")

        self.adviceForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.sentDate)

        self.referenceLabel = QLabel(self.adviceContents)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.adviceForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(self.adviceContents)
        self.reference.setObjectName(u"reference")

        self.adviceForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.reference)

        self.replyTermLabel = QLabel(self.adviceContents)
        self.replyTermLabel.setObjectName(u"replyTermLabel")

        self.adviceForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.replyTermLabel)

        self.replyTerm = QLabel(self.adviceContents)
        self.replyTerm.setObjectName(u"replyTerm")
        self.replyTerm.setWordWrap(True)
        self.replyTerm.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.adviceForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.replyTerm)

        self.summaryLabel = QLabel(self.adviceContents)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.adviceForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summary = QPlainTextEdit(self.adviceContents)
        self.summary.setObjectName(u"summary")
        self.summary.setMinimumSize(QSize(0, 90))
        self.summary.setTabChangesFocus(True)

        self.adviceForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.summary)

        self.manualStatusLabel = QLabel(self.adviceContents)
        self.manualStatusLabel.setObjectName(u"manualStatusLabel")

        self.adviceForm.setWidget(15, QFormLayout.ItemRole.LabelRole, self.manualStatusLabel)

        self.manualStatus = QComboBox(self.adviceContents)
        self.manualStatus.setObjectName(u"manualStatus")

        self.adviceForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.manualStatus)

        self.confidentialLabel = QLabel(self.adviceContents)
        self.confidentialLabel.setObjectName(u"confidentialLabel")

        self.adviceForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.confidentialLabel)

        self.confidential = QCheckBox(self.adviceContents)
        self.confidential.setObjectName(u"confidential")

        self.adviceForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.confidential)

        self.publishedLabel = QLabel(self.adviceContents)
        self.publishedLabel.setObjectName(u"publishedLabel")

        self.adviceForm.setWidget(17, QFormLayout.ItemRole.LabelRole, self.publishedLabel)

        self.published = QCheckBox(self.adviceContents)
        self.published.setObjectName(u"published")

        self.adviceForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.published)

        self.adviceScroll.setWidget(self.adviceContents)

        self.adviceTabLayout.addWidget(self.adviceScroll)

        self.tabs.addTab(self.adviceTab, "")
        self.recommendationsTab = QWidget()
        self.recommendationsTab.setObjectName(u"recommendationsTab")
        self.recLayout = QVBoxLayout(self.recommendationsTab)
        self.recLayout.setObjectName(u"recLayout")
        self.recommendationsHint = QLabel(self.recommendationsTab)
        self.recommendationsHint.setObjectName(u"recommendationsHint")
        self.recommendationsHint.setWordWrap(True)
        self.recommendationsHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recLayout.addWidget(self.recommendationsHint)

        self.recommendationsTable = QTableView(self.recommendationsTab)
        self.recommendationsTable.setObjectName(u"recommendationsTable")
        self.recommendationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recommendationsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recommendationsTable.setWordWrap(True)
        self.recommendationsTable.horizontalHeader().setStretchLastSection(True)
        self.recommendationsTable.verticalHeader().setVisible(False)

        self.recLayout.addWidget(self.recommendationsTable)

        self.recButtons = QHBoxLayout()
        self.recButtons.setObjectName(u"recButtons")
        self.addRecommendation = QPushButton(self.recommendationsTab)
        self.addRecommendation.setObjectName(u"addRecommendation")

        self.recButtons.addWidget(self.addRecommendation)

        self.removeRecommendation = QPushButton(self.recommendationsTab)
        self.removeRecommendation.setObjectName(u"removeRecommendation")

        self.recButtons.addWidget(self.removeRecommendation)

        self.moveUp = QPushButton(self.recommendationsTab)
        self.moveUp.setObjectName(u"moveUp")

        self.recButtons.addWidget(self.moveUp)

        self.moveDown = QPushButton(self.recommendationsTab)
        self.moveDown.setObjectName(u"moveDown")

        self.recButtons.addWidget(self.moveDown)

        spacerItem = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recButtons.addItem(spacerItem)


        self.recLayout.addLayout(self.recButtons)

        self.tabs.addTab(self.recommendationsTab, "")
        self.replyTab = QWidget()
        self.replyTab.setObjectName(u"replyTab")
        self.replyLayout = QVBoxLayout(self.replyTab)
        self.replyLayout.setObjectName(u"replyLayout")
        self.replyNote = QLabel(self.replyTab)
        self.replyNote.setObjectName(u"replyNote")
        self.replyNote.setWordWrap(True)
        self.replyNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.replyLayout.addWidget(self.replyNote)

        self.replyForm = QFormLayout()
        self.replyForm.setObjectName(u"replyForm")
        self.replyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.replyDateLabel = QLabel(self.replyTab)
        self.replyDateLabel.setObjectName(u"replyDateLabel")

        self.replyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.replyDateLabel)

        self.replyDate = DateEdit(self.replyTab)
        self.replyDate.setObjectName(u"replyDate")

        self.replyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.replyDate)

        self.ourReferenceLabel = QLabel(self.replyTab)
        self.ourReferenceLabel.setObjectName(u"ourReferenceLabel")

        self.replyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ourReferenceLabel)

        self.ourReference = QLineEdit(self.replyTab)
        self.ourReference.setObjectName(u"ourReference")

        self.replyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ourReference)

        self.caseNumberLabel = QLabel(self.replyTab)
        self.caseNumberLabel.setObjectName(u"caseNumberLabel")

        self.replyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.caseNumberLabel)

        self.caseNumber = QLineEdit(self.replyTab)
        self.caseNumber.setObjectName(u"caseNumber")

        self.replyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.caseNumber)

        self.handledByLabel = QLabel(self.replyTab)
        self.handledByLabel.setObjectName(u"handledByLabel")

        self.replyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.handledByLabel)

        self.handledBy = QLineEdit(self.replyTab)
        self.handledBy.setObjectName(u"handledBy")

        self.replyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.handledBy)

        self.signatoriesLabel = QLabel(self.replyTab)
        self.signatoriesLabel.setObjectName(u"signatoriesLabel")

        self.replyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.signatoriesLabel)

        self.signatories = QLineEdit(self.replyTab)
        self.signatories.setObjectName(u"signatories")

        self.replyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signatories)

        self.replySubjectLabel = QLabel(self.replyTab)
        self.replySubjectLabel.setObjectName(u"replySubjectLabel")

        self.replyForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.replySubjectLabel)

        self.replySubject = QLineEdit(self.replyTab)
        self.replySubject.setObjectName(u"replySubject")

        self.replyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.replySubject)

        self.replySummaryLabel = QLabel(self.replyTab)
        self.replySummaryLabel.setObjectName(u"replySummaryLabel")

        self.replyForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.replySummaryLabel)

        self.replySummary = QPlainTextEdit(self.replyTab)
        self.replySummary.setObjectName(u"replySummary")
        self.replySummary.setMinimumSize(QSize(0, 70))
        self.replySummary.setTabChangesFocus(True)

        self.replyForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.replySummary)

        self.generalOutcomeLabel = QLabel(self.replyTab)
        self.generalOutcomeLabel.setObjectName(u"generalOutcomeLabel")

        self.replyForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.generalOutcomeLabel)

        self.generalOutcome = QComboBox(self.replyTab)
        self.generalOutcome.setObjectName(u"generalOutcome")

        self.replyForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.generalOutcome)

        self.replyLatenessLabel = QLabel(self.replyTab)
        self.replyLatenessLabel.setObjectName(u"replyLatenessLabel")

        self.replyForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.replyLatenessLabel)

        self.replyLateness = QLabel(self.replyTab)
        self.replyLateness.setObjectName(u"replyLateness")
        self.replyLateness.setWordWrap(True)
        self.replyLateness.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.replyForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.replyLateness)


        self.replyLayout.addLayout(self.replyForm)

        self.outcomesLabel = QLabel(self.replyTab)
        self.outcomesLabel.setObjectName(u"outcomesLabel")

        self.replyLayout.addWidget(self.outcomesLabel)

        self.outcomesTable = QTableView(self.replyTab)
        self.outcomesTable.setObjectName(u"outcomesTable")
        self.outcomesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outcomesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outcomesTable.setWordWrap(True)
        self.outcomesTable.horizontalHeader().setStretchLastSection(True)
        self.outcomesTable.verticalHeader().setVisible(False)

        self.replyLayout.addWidget(self.outcomesTable)

        self.replyButtons = QHBoxLayout()
        self.replyButtons.setObjectName(u"replyButtons")
        self.newReplyButton = QPushButton(self.replyTab)
        self.newReplyButton.setObjectName(u"newReplyButton")

        self.replyButtons.addWidget(self.newReplyButton)

        self.deleteReplyButton = QPushButton(self.replyTab)
        self.deleteReplyButton.setObjectName(u"deleteReplyButton")

        self.replyButtons.addWidget(self.deleteReplyButton)

        spacerItem1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.replyButtons.addItem(spacerItem1)


        self.replyLayout.addLayout(self.replyButtons)

        self.tabs.addTab(self.replyTab, "")
        self.commitmentsTab = QWidget()
        self.commitmentsTab.setObjectName(u"commitmentsTab")
        self.comLayout = QVBoxLayout(self.commitmentsTab)
        self.comLayout.setObjectName(u"comLayout")
        self.commitmentsNote = QLabel(self.commitmentsTab)
        self.commitmentsNote.setObjectName(u"commitmentsNote")
        self.commitmentsNote.setWordWrap(True)
        self.commitmentsNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.comLayout.addWidget(self.commitmentsNote)

        self.commitmentsTable = QTableView(self.commitmentsTab)
        self.commitmentsTable.setObjectName(u"commitmentsTable")
        self.commitmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.commitmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.commitmentsTable.setWordWrap(True)
        self.commitmentsTable.horizontalHeader().setStretchLastSection(True)
        self.commitmentsTable.verticalHeader().setVisible(False)

        self.comLayout.addWidget(self.commitmentsTable)

        self.comButtons = QHBoxLayout()
        self.comButtons.setObjectName(u"comButtons")
        self.addCommitment = QPushButton(self.commitmentsTab)
        self.addCommitment.setObjectName(u"addCommitment")

        self.comButtons.addWidget(self.addCommitment)

        self.editCommitment = QPushButton(self.commitmentsTab)
        self.editCommitment.setObjectName(u"editCommitment")

        self.comButtons.addWidget(self.editCommitment)

        self.commitmentDone = QPushButton(self.commitmentsTab)
        self.commitmentDone.setObjectName(u"commitmentDone")

        self.comButtons.addWidget(self.commitmentDone)

        self.commitmentLapsed = QPushButton(self.commitmentsTab)
        self.commitmentLapsed.setObjectName(u"commitmentLapsed")

        self.comButtons.addWidget(self.commitmentLapsed)

        self.deleteCommitment = QPushButton(self.commitmentsTab)
        self.deleteCommitment.setObjectName(u"deleteCommitment")

        self.comButtons.addWidget(self.deleteCommitment)

        spacerItem2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.comButtons.addItem(spacerItem2)


        self.comLayout.addLayout(self.comButtons)

        self.tabs.addTab(self.commitmentsTab, "")
        self.termsTab = QWidget()
        self.termsTab.setObjectName(u"termsTab")
        self.termsLayout = QVBoxLayout(self.termsTab)
        self.termsLayout.setObjectName(u"termsLayout")
        self.termsForm = QFormLayout()
        self.termsForm.setObjectName(u"termsForm")
        self.termsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.adviceTermDetailLabel = QLabel(self.termsTab)
        self.adviceTermDetailLabel.setObjectName(u"adviceTermDetailLabel")

        self.termsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adviceTermDetailLabel)

        self.adviceTermDetail = QLabel(self.termsTab)
        self.adviceTermDetail.setObjectName(u"adviceTermDetail")
        self.adviceTermDetail.setWordWrap(True)
        self.adviceTermDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.termsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adviceTermDetail)

        self.replyTermDetailLabel = QLabel(self.termsTab)
        self.replyTermDetailLabel.setObjectName(u"replyTermDetailLabel")

        self.termsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.replyTermDetailLabel)

        self.replyTermDetail = QLabel(self.termsTab)
        self.replyTermDetail.setObjectName(u"replyTermDetail")
        self.replyTermDetail.setWordWrap(True)
        self.replyTermDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.termsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.replyTermDetail)


        self.termsLayout.addLayout(self.termsForm)

        self.extensionsLabel = QLabel(self.termsTab)
        self.extensionsLabel.setObjectName(u"extensionsLabel")

        self.termsLayout.addWidget(self.extensionsLabel)

        self.extensionsTable = QTableView(self.termsTab)
        self.extensionsTable.setObjectName(u"extensionsTable")
        self.extensionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.extensionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.extensionsTable.setWordWrap(True)
        self.extensionsTable.horizontalHeader().setStretchLastSection(True)
        self.extensionsTable.verticalHeader().setVisible(False)

        self.termsLayout.addWidget(self.extensionsTable)

        self.termButtons = QHBoxLayout()
        self.termButtons.setObjectName(u"termButtons")
        self.extendAdvice = QPushButton(self.termsTab)
        self.extendAdvice.setObjectName(u"extendAdvice")

        self.termButtons.addWidget(self.extendAdvice)

        self.extendReply = QPushButton(self.termsTab)
        self.extendReply.setObjectName(u"extendReply")

        self.termButtons.addWidget(self.extendReply)

        self.deleteExtension = QPushButton(self.termsTab)
        self.deleteExtension.setObjectName(u"deleteExtension")

        self.termButtons.addWidget(self.deleteExtension)

        spacerItem3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.termButtons.addItem(spacerItem3)


        self.termsLayout.addLayout(self.termButtons)

        self.tabs.addTab(self.termsTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.docLayout = QVBoxLayout(self.documentsTab)
        self.docLayout.setObjectName(u"docLayout")
        self.documentsNote = QLabel(self.documentsTab)
        self.documentsNote.setObjectName(u"documentsNote")
        self.documentsNote.setWordWrap(True)
        self.documentsNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.docLayout.addWidget(self.documentsNote)

        self.documentsTable = QTableView(self.documentsTab)
        self.documentsTable.setObjectName(u"documentsTable")
        self.documentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documentsTable.setWordWrap(True)
        self.documentsTable.horizontalHeader().setStretchLastSection(True)
        self.documentsTable.verticalHeader().setVisible(False)

        self.docLayout.addWidget(self.documentsTable)

        self.docButtons = QHBoxLayout()
        self.docButtons.setObjectName(u"docButtons")
        self.documentKindLabel = QLabel(self.documentsTab)
        self.documentKindLabel.setObjectName(u"documentKindLabel")

        self.docButtons.addWidget(self.documentKindLabel)

        self.documentKind = QComboBox(self.documentsTab)
        self.documentKind.setObjectName(u"documentKind")

        self.docButtons.addWidget(self.documentKind)

        self.addDocument = QPushButton(self.documentsTab)
        self.addDocument.setObjectName(u"addDocument")

        self.docButtons.addWidget(self.addDocument)

        self.openDocument = QPushButton(self.documentsTab)
        self.openDocument.setObjectName(u"openDocument")

        self.docButtons.addWidget(self.openDocument)

        self.deleteDocument = QPushButton(self.documentsTab)
        self.deleteDocument.setObjectName(u"deleteDocument")

        self.docButtons.addWidget(self.deleteDocument)

        spacerItem4 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.docButtons.addItem(spacerItem4)


        self.docLayout.addLayout(self.docButtons)

        self.tabs.addTab(self.documentsTab, "")
        self.internalTab = QWidget()
        self.internalTab.setObjectName(u"internalTab")
        self.internalLayout = QVBoxLayout(self.internalTab)
        self.internalLayout.setObjectName(u"internalLayout")
        self.internalBanner = QLabel(self.internalTab)
        self.internalBanner.setObjectName(u"internalBanner")
        self.internalBanner.setWordWrap(True)

        self.internalLayout.addWidget(self.internalBanner)

        self.internalNotes = QPlainTextEdit(self.internalTab)
        self.internalNotes.setObjectName(u"internalNotes")
        self.internalNotes.setMinimumSize(QSize(0, 200))
        self.internalNotes.setTabChangesFocus(True)

        self.internalLayout.addWidget(self.internalNotes)

        self.tabs.addTab(self.internalTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableView(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setWordWrap(True)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)

        self.tabs.addTab(self.historyTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.validationSummary = QLabel(DossierDialog)
        self.validationSummary.setObjectName(u"validationSummary")
        self.validationSummary.setWordWrap(True)

        self.buttonLayout.addWidget(self.validationSummary)

        spacerItem5 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(spacerItem5)

        self.saveButton = QPushButton(DossierDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(DossierDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.number)
        self.kindLabel.setBuddy(self.kind)
        self.titleLabel.setBuddy(self.title)
        self.themeLabel.setBuddy(self.theme)
        self.portfolioHolderLabel.setBuddy(self.portfolioHolder)
        self.civilServantLabel.setBuddy(self.civilServant)
        self.workingGroupLabel.setBuddy(self.workingGroup)
        self.requestReceivedLabel.setBuddy(self.requestReceived)
        self.requestReferenceLabel.setBuddy(self.requestReference)
        self.requestedDeadlineLabel.setBuddy(self.requestedDeadline)
        self.sentDateLabel.setBuddy(self.sentDate)
        self.referenceLabel.setBuddy(self.reference)
        self.summaryLabel.setBuddy(self.summary)
        self.manualStatusLabel.setBuddy(self.manualStatus)
        self.replyDateLabel.setBuddy(self.replyDate)
        self.ourReferenceLabel.setBuddy(self.ourReference)
        self.caseNumberLabel.setBuddy(self.caseNumber)
        self.handledByLabel.setBuddy(self.handledBy)
        self.signatoriesLabel.setBuddy(self.signatories)
        self.replySubjectLabel.setBuddy(self.replySubject)
        self.replySummaryLabel.setBuddy(self.replySummary)
        self.generalOutcomeLabel.setBuddy(self.generalOutcome)
        self.documentKindLabel.setBuddy(self.documentKind)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DossierDialog)
    # setupUi

    def retranslateUi(self, DossierDialog: QDialog) -> None:
        DossierDialog.setWindowTitle(QCoreApplication.translate("DossierDialog", u"Dossier", None))
        self.numberLabel.setText(QCoreApplication.translate("DossierDialog", u"Nummer", None))
#if QT_CONFIG(accessibility)
        self.number.setAccessibleName(QCoreApplication.translate("DossierDialog", u"Nummer", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("DossierDialog", u"Soort", None))
        self.titleLabel.setText(QCoreApplication.translate("DossierDialog", u"Onderwerp", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("DossierDialog", u"Onderwerp", None))
#endif // QT_CONFIG(accessibility)
        self.themeLabel.setText(QCoreApplication.translate("DossierDialog", u"Thema", None))
        self.portfolioHolderLabel.setText(QCoreApplication.translate("DossierDialog", u"Portefeuillehouder", None))
        self.civilServantLabel.setText(QCoreApplication.translate("DossierDialog", u"Behandelend ambtenaar", None))
        self.workingGroupLabel.setText(QCoreApplication.translate("DossierDialog", u"Werkgroep", None))
        self.requestReceivedLabel.setText(QCoreApplication.translate("DossierDialog", u"Aanvraag ontvangen", None))
        self.requestReferenceLabel.setText(QCoreApplication.translate("DossierDialog", u"Kenmerk aanvraag", None))
        self.requestedDeadlineLabel.setText(QCoreApplication.translate("DossierDialog", u"Gevraagd uiterlijk", None))
        self.adviceTermLabel.setText(QCoreApplication.translate("DossierDialog", u"Adviestermijn", None))
        self.sentDateLabel.setText(QCoreApplication.translate("DossierDialog", u"Datum advies (verzonden)", None))
        self.referenceLabel.setText(QCoreApplication.translate("DossierDialog", u"Ons kenmerk", None))
        self.replyTermLabel.setText(QCoreApplication.translate("DossierDialog", u"Reactie college uiterlijk", None))
        self.summaryLabel.setText(QCoreApplication.translate("DossierDialog", u"Samenvatting", None))
        self.manualStatusLabel.setText(QCoreApplication.translate("DossierDialog", u"Status", None))
        self.confidentialLabel.setText("")
        self.confidential.setText(QCoreApplication.translate("DossierDialog", u"Vertrouwelijk \u2014 niet openbaar, niet in exports zonder uitdrukkelijke keuze", None))
        self.publishedLabel.setText("")
        self.published.setText(QCoreApplication.translate("DossierDialog", u"Gepubliceerd (actieve openbaarmaking, Woo)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.adviceTab), QCoreApplication.translate("DossierDialog", u"Advies", None))
#if QT_CONFIG(accessibility)
        self.recommendationsTable.setAccessibleName(QCoreApplication.translate("DossierDialog", u"Aanbevelingen", None))
#endif // QT_CONFIG(accessibility)
        self.addRecommendation.setText(QCoreApplication.translate("DossierDialog", u"Aanbeveling toevoegen", None))
        self.removeRecommendation.setText(QCoreApplication.translate("DossierDialog", u"Verwijderen", None))
        self.moveUp.setText(QCoreApplication.translate("DossierDialog", u"Omhoog", None))
        self.moveDown.setText(QCoreApplication.translate("DossierDialog", u"Omlaag", None))
        self.tabs.setTabText(self.tabs.indexOf(self.recommendationsTab), QCoreApplication.translate("DossierDialog", u"Aanbevelingen", None))
        self.replyDateLabel.setText(QCoreApplication.translate("DossierDialog", u"Datum reactie", None))
        self.ourReferenceLabel.setText(QCoreApplication.translate("DossierDialog", u"Kenmerk gemeente (Ons kenmerk)", None))
        self.caseNumberLabel.setText(QCoreApplication.translate("DossierDialog", u"Zaaknummer", None))
        self.handledByLabel.setText(QCoreApplication.translate("DossierDialog", u"Behandeld door", None))
        self.signatoriesLabel.setText(QCoreApplication.translate("DossierDialog", u"Ondertekening", None))
        self.replySubjectLabel.setText(QCoreApplication.translate("DossierDialog", u"Onderwerp brief", None))
        self.replySummaryLabel.setText(QCoreApplication.translate("DossierDialog", u"Samenvatting", None))
        self.generalOutcomeLabel.setText(QCoreApplication.translate("DossierDialog", u"Uitkomst (geheel)", None))
        self.replyLatenessLabel.setText(QCoreApplication.translate("DossierDialog", u"Tijdigheid", None))
        self.outcomesLabel.setText(QCoreApplication.translate("DossierDialog", u"Uitkomst per aanbeveling (met de motivering als het college afwijkt):", None))
#if QT_CONFIG(accessibility)
        self.outcomesTable.setAccessibleName(QCoreApplication.translate("DossierDialog", u"Uitkomst per aanbeveling", None))
#endif // QT_CONFIG(accessibility)
        self.newReplyButton.setText(QCoreApplication.translate("DossierDialog", u"Reactie registreren", None))
        self.deleteReplyButton.setText(QCoreApplication.translate("DossierDialog", u"Reactie verwijderen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.replyTab), QCoreApplication.translate("DossierDialog", u"Reactie college", None))
#if QT_CONFIG(accessibility)
        self.commitmentsTable.setAccessibleName(QCoreApplication.translate("DossierDialog", u"Toezeggingen", None))
#endif // QT_CONFIG(accessibility)
        self.addCommitment.setText(QCoreApplication.translate("DossierDialog", u"Toezegging toevoegen\u2026", None))
        self.editCommitment.setText(QCoreApplication.translate("DossierDialog", u"Bewerken\u2026", None))
        self.commitmentDone.setText(QCoreApplication.translate("DossierDialog", u"Nagekomen", None))
        self.commitmentLapsed.setText(QCoreApplication.translate("DossierDialog", u"Vervallen", None))
        self.deleteCommitment.setText(QCoreApplication.translate("DossierDialog", u"Verwijderen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.commitmentsTab), QCoreApplication.translate("DossierDialog", u"Toezeggingen", None))
        self.adviceTermDetailLabel.setText(QCoreApplication.translate("DossierDialog", u"Adviestermijn", None))
        self.replyTermDetailLabel.setText(QCoreApplication.translate("DossierDialog", u"Reactietermijn", None))
        self.extensionsLabel.setText(QCoreApplication.translate("DossierDialog", u"Verdagingen (de oorspronkelijke datum blijft bewaard):", None))
#if QT_CONFIG(accessibility)
        self.extensionsTable.setAccessibleName(QCoreApplication.translate("DossierDialog", u"Verdagingen", None))
#endif // QT_CONFIG(accessibility)
        self.extendAdvice.setText(QCoreApplication.translate("DossierDialog", u"Adviestermijn verdagen\u2026", None))
        self.extendReply.setText(QCoreApplication.translate("DossierDialog", u"Reactietermijn verdagen\u2026", None))
        self.deleteExtension.setText(QCoreApplication.translate("DossierDialog", u"Verdaging intrekken", None))
        self.tabs.setTabText(self.tabs.indexOf(self.termsTab), QCoreApplication.translate("DossierDialog", u"Termijnen", None))
#if QT_CONFIG(accessibility)
        self.documentsTable.setAccessibleName(QCoreApplication.translate("DossierDialog", u"Documenten", None))
#endif // QT_CONFIG(accessibility)
        self.documentKindLabel.setText(QCoreApplication.translate("DossierDialog", u"Soort:", None))
        self.addDocument.setText(QCoreApplication.translate("DossierDialog", u"Toevoegen\u2026", None))
        self.openDocument.setText(QCoreApplication.translate("DossierDialog", u"Openen", None))
        self.deleteDocument.setText(QCoreApplication.translate("DossierDialog", u"Verwijderen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documentsTab), QCoreApplication.translate("DossierDialog", u"Documenten", None))
        self.internalBanner.setText(QCoreApplication.translate("DossierDialog", u"INTERN \u2014 komt niet in exports. Houd persoonsgegevens zo beperkt mogelijk (AVG).", None))
        self.tabs.setTabText(self.tabs.indexOf(self.internalTab), QCoreApplication.translate("DossierDialog", u"Intern", None))
#if QT_CONFIG(accessibility)
        self.historyTable.setAccessibleName(QCoreApplication.translate("DossierDialog", u"Geschiedenis", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("DossierDialog", u"Geschiedenis", None))
        self.saveButton.setText(QCoreApplication.translate("DossierDialog", u"Opslaan", None))
        self.closeButton.setText(QCoreApplication.translate("DossierDialog", u"Sluiten", None))
    # retranslateUi

