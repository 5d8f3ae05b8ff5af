# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from adviesraad_app.gui.common.widgets import DateEdit

class Ui_LetterDialog(object):
    def setupUi(self, LetterDialog: QDialog) -> None:
        if not LetterDialog.objectName():
            LetterDialog.setObjectName(u"LetterDialog")
        LetterDialog.resize(1080, 700)
        self.mainLayout = QVBoxLayout(LetterDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.heading = QLabel(LetterDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.heading)

        self.notice = QLabel(LetterDialog)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.notice)

        self.splitter = QSplitter(LetterDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.formPanel = QWidget(self.splitter)
        self.formPanel.setObjectName(u"formPanel")
        self.formPanelLayout = QVBoxLayout(self.formPanel)
        self.formPanelLayout.setObjectName(u"formPanelLayout")
        self.formPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.typeForm = QFormLayout()
        self.typeForm.setObjectName(u"typeForm")
        self.typeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.letterTypeLabel = QLabel(self.formPanel)
        self.letterTypeLabel.setObjectName(u"letterTypeLabel")

        self.typeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.letterTypeLabel)

        self.letterType = QComboBox(self.formPanel)
        self.letterType.setObjectName(u"letterType")

        self.typeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.letterType)


        self.formPanelLayout.addLayout(self.typeForm)

        self.pages = QStackedWidget(self.formPanel)
        self.pages.setObjectName(u"pages")
        self.replyPage = QWidget()
        self.replyPage.setObjectName(u"replyPage")
        self.replyLayout = QVBoxLayout(self.replyPage)
        self.replyLayout.setObjectName(u"replyLayout")
        self.replyLayout.setContentsMargins(0, 0, 0, 0)
        self.replyForm = QFormLayout()
        self.replyForm.setObjectName(u"replyForm")
        self.replyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.adviceComboLabel = QLabel(self.replyPage)
        self.adviceComboLabel.setObjectName(u"adviceComboLabel")

        self.replyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adviceComboLabel)

        self.adviceCombo = QComboBox(self.replyPage)
        self.adviceCombo.setObjectName(u"adviceCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.adviceCombo.sizePolicy().hasHeightForWidth())
        self.adviceCombo.setSizePolicy(sizePolicy)
        self.adviceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.adviceCombo.setMinimumContentsLength(30)

        self.replyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adviceCombo)

        self.adviceNumberLabel = QLabel(self.replyPage)
        self.adviceNumberLabel.setObjectName(u"adviceNumberLabel")

        self.replyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adviceNumberLabel)

        self.adviceNumber = QLineEdit(self.replyPage)
        self.adviceNumber.setObjectName(u"adviceNumber")
        self.adviceNumber.setClearButtonEnabled(True)

        self.replyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adviceNumber)

        self.matchReasons = QLabel(self.replyPage)
        self.matchReasons.setObjectName(u"matchReasons")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.matchReasons.sizePolicy().hasHeightForWidth())
        self.matchReasons.setSizePolicy(sizePolicy1)
        self.matchReasons.setWordWrap(True)

        self.replyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.matchReasons)

        self.replyDateLabel = QLabel(self.replyPage)
        self.replyDateLabel.setObjectName(u"replyDateLabel")

        self.replyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.replyDateLabel)

        self.replyDate = DateEdit(self.replyPage)
        self.replyDate.setObjectName(u"replyDate")

        self.replyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.replyDate)

        self.ourReferenceLabel = QLabel(self.replyPage)
        self.ourReferenceLabel.setObjectName(u"ourReferenceLabel")

        self.replyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ourReferenceLabel)

        self.ourReference = QLineEdit(self.replyPage)
        self.ourReference.setObjectName(u"ourReference")

        self.replyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ourReference)

        self.caseNumberLabel = QLabel(self.replyPage)
        self.caseNumberLabel.setObjectName(u"caseNumberLabel")

        self.replyForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.caseNumberLabel)

        self.caseNumber = QLineEdit(self.replyPage)
        self.caseNumber.setObjectName(u"caseNumber")

        self.replyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.caseNumber)

        self.handledByLabel = QLabel(self.replyPage)
        self.handledByLabel.setObjectName(u"handledByLabel")

        self.replyForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.handledByLabel)

        self.handledBy = QLineEdit(self.replyPage)
        self.handledBy.setObjectName(u"handledBy")

        self.replyForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.handledBy)

        self.signatoriesLabel = QLabel(self.replyPage)
        self.signatoriesLabel.setObjectName(u"signatoriesLabel")

        self.replyForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.signatoriesLabel)

        self.signatories = QLineEdit(self.replyPage)
        self.signatories.setObjectName(u"signatories")

        self.replyForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.signatories)

        self.replySubjectLabel = QLabel(self.replyPage)
        self.replySubjectLabel.setObjectName(u"replySubjectLabel")

        self.replyForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.replySubjectLabel)

        self.replySubject = QLineEdit(self.replyPage)
        self.replySubject.setObjectName(u"replySubject")

        self.replyForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.replySubject)


        self.replyLayout.addLayout(self.replyForm)

        self.commitmentsLabel = QLabel(self.replyPage)
        self.commitmentsLabel.setObjectName(u"commitmentsLabel")
        self.commitmentsLabel.setWordWrap(True)

        self.replyLayout.addWidget(self.commitmentsLabel)

        self.commitmentsTable = QTableView(self.replyPage)
        self.commitmentsTable.setObjectName(u"commitmentsTable")
        self.commitmentsTable.setWordWrap(True)
        self.commitmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.commitmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.commitmentsTable.verticalHeader().setVisible(False)

        self.replyLayout.addWidget(self.commitmentsTable)

        self.pages.addWidget(self.replyPage)
        self.requestPage = QWidget()
        self.requestPage.setObjectName(u"requestPage")
        self.requestLayout = QVBoxLayout(self.requestPage)
        self.requestLayout.setObjectName(u"requestLayout")
        self.requestLayout.setContentsMargins(0, 0, 0, 0)
        self.requestIntro = QLabel(self.requestPage)
        self.requestIntro.setObjectName(u"requestIntro")
        self.requestIntro.setWordWrap(True)

        self.requestLayout.addWidget(self.requestIntro)

        self.requestForm = QFormLayout()
        self.requestForm.setObjectName(u"requestForm")
        self.requestForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.requestTitleLabel = QLabel(self.requestPage)
        self.requestTitleLabel.setObjectName(u"requestTitleLabel")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requestTitleLabel)

        self.requestTitle = QLineEdit(self.requestPage)
        self.requestTitle.setObjectName(u"requestTitle")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requestTitle)

        self.requestReceivedLabel = QLabel(self.requestPage)
        self.requestReceivedLabel.setObjectName(u"requestReceivedLabel")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.requestReceivedLabel)

        self.requestReceived = DateEdit(self.requestPage)
        self.requestReceived.setObjectName(u"requestReceived")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requestReceived)

        self.requestedDeadlineLabel = QLabel(self.requestPage)
        self.requestedDeadlineLabel.setObjectName(u"requestedDeadlineLabel")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requestedDeadlineLabel)

        self.requestedDeadline = DateEdit(self.requestPage)
        self.requestedDeadline.setObjectName(u"requestedDeadline")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requestedDeadline)

        self.requestedDeadlineNote = QLabel(self.requestPage)
        self.requestedDeadlineNote.setObjectName(u"requestedDeadlineNote")
        self.requestedDeadlineNote.setWordWrap(True)

        self.requestForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requestedDeadlineNote)

        self.requestReferenceLabel = QLabel(self.requestPage)
        self.requestReferenceLabel.setObjectName(u"requestReferenceLabel")

        self.requestForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.requestReferenceLabel)

        self.requestReference = QLineEdit(self.requestPage)
        self.requestReference.setObjectName(u"requestReference")

        self.requestForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.requestReference)

        self.civilServantLabel = QLabel(self.requestPage)
        self.civilServantLabel.setObjectName(u"civilServantLabel")

        self.requestForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.civilServantLabel)

        self.civilServant = QLineEdit(self.requestPage)
        self.civilServant.setObjectName(u"civilServant")

        self.requestForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.civilServant)


        self.requestLayout.addLayout(self.requestForm)

        requestSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.requestLayout.addItem(requestSpacer)

        self.pages.addWidget(self.requestPage)
        self.otherPage = QWidget()
        self.otherPage.setObjectName(u"otherPage")
        self.otherLayout = QVBoxLayout(self.otherPage)
        self.otherLayout.setObjectName(u"otherLayout")
        self.otherLayout.setContentsMargins(0, -1, 0, -1)
        self.otherText = QLabel(self.otherPage)
        self.otherText.setObjectName(u"otherText")
        self.otherText.setWordWrap(True)

        self.otherLayout.addWidget(self.otherText)

        otherSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.otherLayout.addItem(otherSpacer)

        self.pages.addWidget(self.otherPage)

        self.formPanelLayout.addWidget(self.pages)

        self.splitter.addWidget(self.formPanel)
        self.textPanel = QWidget(self.splitter)
        self.textPanel.setObjectName(u"textPanel")
        self.textPanelLayout = QVBoxLayout(self.textPanel)
        self.textPanelLayout.setObjectName(u"textPanelLayout")
        self.textPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.letterTextLabel = QLabel(self.textPanel)
        self.letterTextLabel.setObjectName(u"letterTextLabel")

        self.textPanelLayout.addWidget(self.letterTextLabel)

        self.letterText = QPlainTextEdit(self.textPanel)
        self.letterText.setObjectName(u"letterText")
        self.letterText.setReadOnly(True)

        self.textPanelLayout.addWidget(self.letterText)

        self.splitter.addWidget(self.textPanel)

        self.mainLayout.addWidget(self.splitter)

        self.problem = QLabel(LetterDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(LetterDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.letterTypeLabel.setBuddy(self.letterType)
        self.adviceComboLabel.setBuddy(self.adviceCombo)
        self.adviceNumberLabel.setBuddy(self.adviceNumber)
        self.replyDateLabel.setBuddy(self.replyDate)
        self.ourReferenceLabel.setBuddy(self.ourReference)
        self.caseNumberLabel.setBuddy(self.caseNumber)
        self.handledByLabel.setBuddy(self.handledBy)
        self.signatoriesLabel.setBuddy(self.signatories)
        self.replySubjectLabel.setBuddy(self.replySubject)
        self.commitmentsLabel.setBuddy(self.commitmentsTable)
        self.requestTitleLabel.setBuddy(self.requestTitle)
        self.requestReceivedLabel.setBuddy(self.requestReceived)
        self.requestedDeadlineLabel.setBuddy(self.requestedDeadline)
        self.requestReferenceLabel.setBuddy(self.requestReference)
        self.civilServantLabel.setBuddy(self.civilServant)
        self.letterTextLabel.setBuddy(self.letterText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.letterType, self.adviceCombo)
        QWidget.setTabOrder(self.adviceCombo, self.adviceNumber)
        QWidget.setTabOrder(self.adviceNumber, self.replyDate)
        QWidget.setTabOrder(self.replyDate, self.ourReference)
        QWidget.setTabOrder(self.ourReference, self.caseNumber)
        QWidget.setTabOrder(self.caseNumber, self.handledBy)
        QWidget.setTabOrder(self.handledBy, self.signatories)
        QWidget.setTabOrder(self.signatories, self.replySubject)
        QWidget.setTabOrder(self.replySubject, self.commitmentsTable)
        QWidget.setTabOrder(self.commitmentsTable, self.requestTitle)
        QWidget.setTabOrder(self.requestTitle, self.requestReceived)
        QWidget.setTabOrder(self.requestReceived, self.requestedDeadline)
        QWidget.setTabOrder(self.requestedDeadline, self.requestReference)
        QWidget.setTabOrder(self.requestReference, self.civilServant)
        QWidget.setTabOrder(self.civilServant, self.letterText)

        self.retranslateUi(LetterDialog)
    # setupUi

    def retranslateUi(self, LetterDialog: QDialog) -> None:
        LetterDialog.setWindowTitle(QCoreApplication.translate("LetterDialog", u"Brief importeren", None))
        self.letterTypeLabel.setText(QCoreApplication.translate("LetterDialog", u"Soort brief", None))
#if QT_CONFIG(accessibility)
        self.letterType.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Soort brief", None))
#endif // QT_CONFIG(accessibility)
        self.adviceComboLabel.setText(QCoreApplication.translate("LetterDialog", u"Hoort bij advies", None))
#if QT_CONFIG(accessibility)
        self.adviceCombo.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Hoort bij advies", None))
#endif // QT_CONFIG(accessibility)
        self.adviceNumberLabel.setText(QCoreApplication.translate("LetterDialog", u"Nummer van het advies", None))
        self.adviceNumber.setPlaceholderText(QCoreApplication.translate("LetterDialog", u"bijvoorbeeld 2024-07", None))
        self.replyDateLabel.setText(QCoreApplication.translate("LetterDialog", u"Datum reactie", None))
        self.ourReferenceLabel.setText(QCoreApplication.translate("LetterDialog", u"Kenmerk gemeente (Ons kenmerk)", None))
        self.caseNumberLabel.setText(QCoreApplication.translate("LetterDialog", u"Zaaknummer", None))
        self.handledByLabel.setText(QCoreApplication.translate("LetterDialog", u"Behandeld door", None))
        self.signatoriesLabel.setText(QCoreApplication.translate("LetterDialog", u"Ondertekening", None))
        self.replySubjectLabel.setText(QCoreApplication.translate("LetterDialog", u"Onderwerp brief", None))
        self.commitmentsLabel.setText(QCoreApplication.translate("LetterDialog", u"Toezeggingen in de brief \u2014 vink aan wat als toezegging wordt vastgelegd (tekst en datum zijn aan te passen):", None))
#if QT_CONFIG(accessibility)
        self.commitmentsTable.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Toezeggingen in de brief", None))
#endif // QT_CONFIG(accessibility)
        self.requestIntro.setText(QCoreApplication.translate("LetterDialog", u"Een adviesaanvraag wordt geregistreerd als nieuw gevraagd advies; het nummer wordt bij het opslaan toegekend.", None))
        self.requestTitleLabel.setText(QCoreApplication.translate("LetterDialog", u"Onderwerp", None))
        self.requestReceivedLabel.setText(QCoreApplication.translate("LetterDialog", u"Aanvraag ontvangen", None))
        self.requestedDeadlineLabel.setText(QCoreApplication.translate("LetterDialog", u"Gevraagd uiterlijk", None))
        self.requestedDeadlineNote.setText("")
        self.requestReferenceLabel.setText(QCoreApplication.translate("LetterDialog", u"Kenmerk aanvraag", None))
        self.civilServantLabel.setText(QCoreApplication.translate("LetterDialog", u"Behandelend ambtenaar", None))
        self.otherText.setText(QCoreApplication.translate("LetterDialog", u"Deze brief wordt niet verwerkt: er is niets herkend dat bij een advies hoort, en er wordt niets geraden. Is het toch een reactie van het college of een adviesaanvraag, kies dat dan bij \u2018Soort brief\u2019 en vul de gegevens zelf in.", None))
        self.letterTextLabel.setText(QCoreApplication.translate("LetterDialog", u"Tekst van de brief", None))
#if QT_CONFIG(accessibility)
        self.letterText.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Tekst van de brief", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

