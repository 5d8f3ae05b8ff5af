"""The dossier of one advice: every field, the recommendations, the reply with the outcome per
recommendation, commitments, extensions, documents, internal notes and the history.

The advice and its reply are edited in the form and saved together with "Opslaan" (Ctrl+S);
closing with unsaved changes asks. Commitments, extensions and documents are saved the moment
they are added (and can be undone with Ctrl+Z).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from adviesraad_app.domain.dates import format_moment, format_short
from adviesraad_app.domain.errors import FieldError, UserError, ValidationError
from adviesraad_app.domain.model import (
    Advice,
    AdviceKind,
    CommitmentStatus,
    DocumentKind,
    ManualStatus,
    Outcome,
    Recommendation,
    RecommendationOutcome,
    Reply,
    TermKind,
)
from adviesraad_app.domain.reminders import reminders_text
from adviesraad_app.domain.status import missing_reasons
from adviesraad_app.domain.views import Dossier
from adviesraad_app.gui.common.dialogs import CommitmentDialog, ExtensionDialog, ask_save_changes
from adviesraad_app.gui.common.fitting import scroll_pages
from adviesraad_app.gui.common.models import TableModel
from adviesraad_app.gui.common.operations import Operations, readonly_hint, show_error
from adviesraad_app.gui.common.widgets import DateEdit, ErrorLabel, add_error_label
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.dossier.keys import DossierKeys
from adviesraad_app.gui.forms.ui_dossier_dialog import Ui_DossierDialog
from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.text.present import (
    commitment_closing_text,
    count_text,
    dossier_term_text,
    history_text,
    reply_lateness_text,
)

Index = QModelIndex | QPersistentModelIndex


KEEP_OPEN = "keep_open"  # the "Open houden" choice of the status box (not a ManualStatus)


class RowsModel(TableModel):
    """A small read-only table: headers, rows of text, and an object per row."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.headers = headers
        self.rows: list[list[str]] = []
        self.payload: list[Any] = []

    def set_rows(self, rows: list[list[str]], payload: list[Any]) -> None:
        self.beginResetModel()
        self.rows, self.payload = rows, payload
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None


class RecommendationsModel(TableModel):
    """The numbered recommendations, editable in place; numbers follow the order.

    Each recommendation also has a key that stays with it when others are removed or moved, so
    the college's outcome stays with the recommendation it was given for (see OutcomesModel).
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.headers = [translate("Dossier", "Nr."), translate("Dossier", "Aanbeveling")]
        self.texts: list[str] = []
        self.keys: list[int] = []

    def set_texts(self, texts: list[str]) -> None:
        """Load saved recommendations: their keys are their numbers."""
        self.beginResetModel()
        self.texts = list(texts)
        self.keys = list(range(1, len(self.texts) + 1))
        self.endResetModel()

    def entries(self) -> list[tuple[int, str]]:
        return list(zip(self.keys, self.texts, strict=True))

    def row_count(self) -> int:
        return len(self.texts)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.texts):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return str(index.row() + 1) if index.column() == 0 else self.texts[index.row()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == 1 and role == Qt.ItemDataRole.EditRole:
            self.texts[index.row()] = str(value)
            self.dataChanged.emit(index, index)
            self.changed.emit()
            return True
        return False

    def add(self, text: str = "") -> int:
        row = len(self.texts)
        self.beginInsertRows(QModelIndex(), row, row)
        self.texts.append(text)
        self.keys.append(max(self.keys, default=0) + 1)
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.texts):
            self.beginResetModel()
            del self.texts[row]
            del self.keys[row]
            self.endResetModel()
            self.changed.emit()

    def move(self, row: int, offset: int) -> int:
        target = row + offset
        if 0 <= row < len(self.texts) and 0 <= target < len(self.texts):
            self.beginResetModel()
            self.texts[row], self.texts[target] = self.texts[target], self.texts[row]
            self.keys[row], self.keys[target] = self.keys[target], self.keys[row]
            self.endResetModel()
            self.changed.emit()
            return target
        return row


class OutcomesModel(TableModel):
    """The college's outcome per recommendation, with the reasons (editable)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.headers = [
            translate("Dossier", "Aanbeveling"),
            translate("Dossier", "Uitkomst"),
            translate("Dossier", "Motivering van het college"),
        ]
        # [key of the recommendation, its text, Outcome | None, reasons]; numbered by position
        self.rows: list[list[Any]] = []

    def set_rows(
        self,
        recommendations: list[tuple[int, str]],
        outcomes: Mapping[int, tuple[Outcome | None, str]],
    ) -> None:
        """One row per recommendation (key, text), with the outcome known for its key."""
        self.beginResetModel()
        self.rows = []
        for key, text in recommendations:
            outcome, reasons = outcomes.get(key, (None, ""))
            self.rows.append([key, text, outcome, reasons])
        self.endResetModel()

    def load(self, recommendations: list[tuple[int, str]], reply: Reply | None) -> None:
        """The saved reply's outcomes (keyed by recommendation number, which is the key)."""
        known = (
            {o.recommendation_number: (o.outcome, o.reasons) for o in reply.outcomes}
            if reply
            else {}
        )
        self.set_rows(recommendations, known)

    def sync_recommendations(self, recommendations: list[tuple[int, str]]) -> None:
        """Follow the recommendations tab: each outcome stays with its recommendation, also
        when others are removed or moved; removed ones take their outcome with them."""
        current = {row[0]: (row[2], row[3]) for row in self.rows}
        self.set_rows(recommendations, current)

    def outcomes(self) -> tuple[RecommendationOutcome, ...]:
        """The outcomes as saved: numbered by the recommendation's position."""
        return tuple(
            RecommendationOutcome(position, row[2], row[3].strip())
            for position, row in enumerate(self.rows, start=1)
            if row[2] is not None
        )

    def unrated_with_reasons(self) -> list[int]:
        """Recommendations with reasons typed but no outcome chosen (would be dropped)."""
        return [
            position
            for position, row in enumerate(self.rows, start=1)
            if row[2] is None and row[3].strip()
        ]

    def row_count(self) -> int:
        return len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (1, 2):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        _key, text, outcome, reasons = self.rows[index.row()]
        number = index.row() + 1
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{number}. {text}"
            if column == 1:
                return outcome.label if outcome else translate("Dossier", "(nog invullen)")
            if outcome is not None and outcome.needs_reasons and not reasons:
                return translate("Dossier", "(geen motivering vastgelegd)")
            return reasons
        if role == Qt.ItemDataRole.EditRole:
            return [text, outcome, reasons][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return text
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == 1:
            # The delegate's combobox hands the value back as text ("niet"), not as an Outcome.
            self.rows[index.row()][2] = Outcome(value) if value else None
        elif index.column() == 2:
            self.rows[index.row()][3] = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True


class OutcomeDelegate(QStyledItemDelegate):
    """A combobox with the four outcomes for the "Uitkomst" column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(translate("Dossier", "(nog invullen)"), None)
        for outcome in Outcome:
            combo.addItem(outcome.label, outcome)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DossierDialog(QDialog, Ui_DossierDialog):
    """One advice, everything about it. ``advice_id=None`` registers a new advice."""

    saved = Signal(int)

    def __init__(
        self,
        parent: QWidget | None,
        service: RegisterService,
        ops: Operations,
        advice_id: int | None = None,
        *,
        kind: AdviceKind = AdviceKind.GEVRAAGD,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAcceptDrops(True)
        self.service = service
        self.ops = ops
        self._today = today
        self.advice_id = advice_id
        self.dossier: Dossier | None = None
        self._reply_active = False
        self._clean: tuple[Any, ...] = ()
        self._setup_choices()
        self._setup_tables()
        self._setup_errors()
        self._connect()
        scroll_pages(self.tabs)
        self.outcomesTable.setMinimumHeight(150)  # the tab scrolls; the table stays usable
        self.keys = DossierKeys(self)
        prepare_window(self)
        if advice_id is None:
            self._load_new(kind)
        else:
            self.load()
            # Not the number field: one keystroke would overwrite it.
            self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- setup ---------------------------------------------------------------------------

    def _setup_choices(self) -> None:
        for kind in AdviceKind:
            self.kind.addItem(kind.label, kind)
        self.manualStatus.addItem(translate("Dossier", "Volgt uit de gegevens"), None)
        self.manualStatus.addItem(translate("Dossier", "Afgerond"), ManualStatus.AFGEROND)
        self.manualStatus.addItem(translate("Dossier", "Vervallen"), ManualStatus.VERVALLEN)
        # Kept open by hand: stays "reactie ontvangen" even once every commitment is closed.
        self.manualStatus.addItem(translate("Dossier", "Open houden"), KEEP_OPEN)
        self.generalOutcome.addItem(
            translate("Dossier", "(niet van toepassing / per aanbeveling)"), None
        )
        for outcome in Outcome:
            self.generalOutcome.addItem(outcome.label, outcome)
        for document_kind in DocumentKind:
            self.documentKind.addItem(document_kind.label, document_kind)
        self.theme.addItems(self.service.themes())
        self.internalBanner.setStyleSheet(
            "background:#fff3cd; color:#5c4400; border:1px solid #e0c36a; padding:6px;"
            "font-weight:bold;"
        )
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.heading.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.statusBadge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.statusBadge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.validationSummary.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        for label in (
            self.adviceTerm,
            self.replyTerm,
            self.replyLateness,
            self.adviceTermDetail,
            self.replyTermDetail,
        ):
            label.setWordWrap(False)
        for editor in (self.summary, self.replySummary):
            editor.setMaximumHeight(130)
        self.recommendationsHint.setText(
            translate(
                "Dossier",
                "Dubbelklik op een aanbeveling (of kies hem en druk Enter of F2) om de tekst te "
                "wijzigen; Ctrl+Enter is klaar. De nummering volgt de volgorde.",
            )
        )
        self.documentsNote.setText(
            translate(
                "Dossier",
                "Sleep bestanden hierheen of kies ‘Toevoegen…’. Er wordt een kopie bewaard naast "
                "de database; dubbelklik om te openen.",
            )
        )

    def _setup_tables(self) -> None:
        self.recommendations = RecommendationsModel()
        self.recommendationsTable.setModel(self.recommendations)
        self.recommendationsTable.setColumnWidth(0, 50)
        self.outcomes = OutcomesModel()
        self.outcomesTable.setModel(self.outcomes)
        self.outcomesTable.setItemDelegateForColumn(1, OutcomeDelegate(self.outcomesTable))
        self.outcomesTable.setColumnWidth(0, 330)
        self.outcomesTable.setColumnWidth(1, 170)
        self.commitmentsModel = RowsModel(
            [
                translate("Dossier", "Toezegging"),
                translate("Dossier", "Uiterlijk"),
                translate("Dossier", "Status"),
                translate("Dossier", "Notitie"),
            ]
        )
        self.commitmentsTable.setModel(self.commitmentsModel)
        self.commitmentsTable.setColumnWidth(0, 420)
        self.extensionsModel = RowsModel(
            [
                translate("Dossier", "Termijn"),
                translate("Dossier", "Was"),
                translate("Dossier", "Wordt"),
                translate("Dossier", "Akkoord van"),
                translate("Dossier", "Afgesproken"),
                translate("Dossier", "Reden"),
            ]
        )
        self.extensionsTable.setModel(self.extensionsModel)
        self.documentsModel = RowsModel(
            [
                translate("Dossier", "Bestand"),
                translate("Dossier", "Soort"),
                translate("Dossier", "Grootte"),
                translate("Dossier", "Toegevoegd"),
            ]
        )
        self.documentsTable.setModel(self.documentsModel)
        self.documentsTable.setColumnWidth(0, 380)
        self.historyModel = RowsModel(
            [translate("Dossier", "Wanneer"), translate("Dossier", "Wijziging")]
        )
        self.historyTable.setModel(self.historyModel)
        self.historyTable.setColumnWidth(0, 140)
        for table in (
            self.commitmentsTable,
            self.extensionsTable,
            self.documentsTable,
            self.historyTable,
        ):
            table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        for table in (self.outcomesTable, self.recommendationsTable, self.commitmentsTable):
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _setup_errors(self) -> None:
        form = self.adviceForm
        self.advice_fields: dict[str, QWidget] = {
            "number": self.number,
            "kind": self.kind,
            "title": self.title,
            "theme": self.theme,
            "portfolio_holder": self.portfolioHolder,
            "civil_servant": self.civilServant,
            "working_group": self.workingGroup,
            "request_received": self.requestReceived,
            "request_reference": self.requestReference,
            "requested_deadline": self.requestedDeadline,
            "sent_date": self.sentDate,
            "reference": self.reference,
            "summary": self.summary,
        }
        self.advice_errors: dict[str, ErrorLabel] = {
            name: add_error_label(form, widget) for name, widget in self.advice_fields.items()
        }
        self.reply_fields: dict[str, QWidget] = {
            "date": self.replyDate,
            "our_reference": self.ourReference,
            "case_number": self.caseNumber,
            "handled_by": self.handledBy,
            "signatories": self.signatories,
            "subject": self.replySubject,
            "summary": self.replySummary,
        }
        self.reply_errors: dict[str, ErrorLabel] = {
            name: add_error_label(self.replyForm, widget)
            for name, widget in self.reply_fields.items()
        }
        self.recommendationsError = ErrorLabel(self)
        self.recLayout.insertWidget(1, self.recommendationsError)
        self.outcomesError = ErrorLabel(self)
        self.replyLayout.insertWidget(
            self.replyLayout.indexOf(self.outcomesTable) + 1, self.outcomesError
        )
        self.internalError = ErrorLabel(self)
        self.internalLayout.addWidget(self.internalError)
        self.validationSummary.setStyleSheet("color:#b71c1c; font-weight:bold;")

    def _connect(self) -> None:
        self.saveButton.clicked.connect(self.save)
        self.closeButton.clicked.connect(self.close)
        self.saveButton.setDefault(False)
        self.saveButton.setAutoDefault(False)
        self.closeButton.setAutoDefault(False)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)
        self.saveButton.setToolTip(translate("Dossier", "Opslaan (Ctrl+S)"))
        self.addRecommendation.clicked.connect(self._add_recommendation)
        self.removeRecommendation.clicked.connect(self._remove_recommendation)
        self.moveUp.clicked.connect(lambda: self._move_recommendation(-1))
        self.moveDown.clicked.connect(lambda: self._move_recommendation(1))
        self.recommendations.changed.connect(self._recommendations_changed)
        self.newReplyButton.clicked.connect(self._start_reply)
        self.deleteReplyButton.clicked.connect(self._delete_reply)
        self.addCommitment.clicked.connect(self._add_commitment)
        self.editCommitment.clicked.connect(self._edit_commitment)
        self.commitmentsTable.doubleClicked.connect(self._edit_commitment)
        self.commitmentsTable.selectionModel().selectionChanged.connect(
            self._update_commitment_buttons
        )
        self.commitmentDone.clicked.connect(lambda: self._set_commitment(CommitmentStatus.DONE))
        self.commitmentLapsed.clicked.connect(lambda: self._set_commitment(CommitmentStatus.LAPSED))
        self.deleteCommitment.clicked.connect(self._delete_commitment)
        self.extendAdvice.clicked.connect(lambda: self._extend(TermKind.ADVICE))
        self.extendReply.clicked.connect(lambda: self._extend(TermKind.REPLY))
        self.deleteExtension.clicked.connect(self._delete_extension)
        self.addDocument.clicked.connect(self._choose_documents)
        self.openDocument.clicked.connect(self._open_document)
        self.documentsTable.doubleClicked.connect(self._open_document)
        self.deleteDocument.clicked.connect(self._delete_document)
        from adviesraad_app.gui.letters import dossier_letter

        self.composeLetter = dossier_letter.install(self)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for widget in self.findChildren(DateEdit):
            widget.line.editingFinished.connect(self._validate_dates)
        self.ops.changed.connect(self._data_changed)

    # -- loading -------------------------------------------------------------------------

    def _load_new(self, kind: AdviceKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.number.setPlaceholderText(
            translate("Dossier", "wordt toegekend bij opslaan (bijv. {example})").format(
                example=self.service.next_number(self._today().year)
            )
        )
        self.theme.setCurrentIndex(-1)
        self.theme.setCurrentText("")
        self.setWindowTitle(translate("Dossier", "Nieuw advies"))
        self.heading.setText(translate("Dossier", "Nieuw advies"))
        self.statusBadge.setText("")
        self.recommendations.set_texts([])
        self._set_reply(None)
        self._fill_lists()
        self._kind_changed()
        self._clean = self.snapshot()
        self.title.setFocus()

    def load(self) -> None:
        """(Re)load everything from the register; unsaved edits are dropped."""
        assert self.advice_id is not None
        dossier = self.service.dossier(self.advice_id, include_deleted=True)
        self.dossier = dossier
        a = dossier.advice
        self.number.setText(a.number)
        self.kind.setCurrentIndex(self.kind.findData(a.kind))
        self.title.setText(a.title)
        self.theme.setCurrentText(a.theme)
        self.portfolioHolder.setText(a.portfolio_holder)
        self.civilServant.setText(a.civil_servant)
        self.workingGroup.setText(a.working_group)
        self.requestReceived.setDate(a.request_received)
        self.requestReference.setText(a.request_reference)
        self.requestedDeadline.setDate(a.requested_deadline)
        self.sentDate.setDate(a.sent_date)
        self.reference.setText(a.reference)
        self.summary.setPlainText(a.summary)
        self.internalNotes.setPlainText(a.internal_notes)
        self.confidential.setChecked(a.confidential)
        self.published.setChecked(a.published)
        self.manualStatus.setCurrentIndex(
            self.manualStatus.findData(KEEP_OPEN if a.keep_open else a.manual_status)
        )
        self.recommendations.set_texts([r.text for r in a.recommendations])
        self._set_reply(dossier.reply)
        self._show_derived()
        self._fill_lists()
        self._kind_changed()
        self._clear_errors()
        self._apply_readonly()
        self._clean = self.snapshot()

    def _show_derived(self) -> None:
        dossier = self.dossier
        if dossier is None:
            return
        a = dossier.advice
        title = f"{a.number} · {a.title}"
        self.setWindowTitle(translate("Dossier", "Dossier {number}").format(number=a.number))
        self.heading.setText(
            title + (" " + translate("Dossier", "(verwijderd)") if a.deleted_at else "")
        )
        badge = dossier.status.label
        if a.confidential:
            badge += " · " + translate("Dossier", "vertrouwelijk")
        self.statusBadge.setText(badge)
        self.statusBadge.setStyleSheet(
            "padding:3px 8px; border-radius:8px; background:#e3ecf7; color:#1d4e89;"
        )
        today, soon = self._today(), self.service.settings.due_soon_days
        self.adviceTerm.setText(
            dossier_term_text(dossier, dossier.advice_term, today, soon)
            if dossier.advice_term
            else translate("Dossier", "geen (alleen bij een gevraagd advies met aanvraagdatum)")
        )
        self.replyTerm.setText(
            dossier_term_text(dossier, dossier.reply_term, today, soon)
            if dossier.reply_term
            else translate("Dossier", "loopt vanaf de datum van het advies")
        )
        self.adviceTermDetail.setText(self.adviceTerm.text())
        self.replyTermDetail.setText(self.replyTerm.text())
        self.replyLateness.setText(
            reply_lateness_text(dossier)
            + (" — " + reminders_text(dossier.reminders) if dossier.reminders else "")
            + (
                " "
                + (
                    translate("Dossier", "(1 dag na het advies)")
                    if dossier.reply_time_days == 1
                    else translate("Dossier", "({n} dagen na het advies)").format(
                        n=dossier.reply_time_days
                    )
                )
                if dossier.reply_time_days is not None
                else ""
            )
        )

    def _set_reply(self, reply: Reply | None) -> None:
        self._reply_active = reply is not None
        self.replyDate.setDate(reply.date if reply else None)
        self.ourReference.setText(reply.our_reference if reply else "")
        self.caseNumber.setText(reply.case_number if reply else "")
        self.handledBy.setText(reply.handled_by if reply else "")
        self.signatories.setText(reply.signatories if reply else "")
        self.replySubject.setText(reply.subject if reply else "")
        self.replySummary.setPlainText(reply.summary if reply else "")
        self.generalOutcome.setCurrentIndex(
            self.generalOutcome.findData(reply.general_outcome) if reply else 0
        )
        self.outcomes.load(self.recommendations.entries(), reply)
        self._update_reply_state()

    def _update_reply_state(self) -> None:
        saved = self.advice_id is not None
        sent = self.dossier is not None and self.dossier.advice.sent_date is not None
        has_reply = self.dossier is not None and self.dossier.reply is not None
        for widget in [*self.reply_fields.values(), self.generalOutcome, self.outcomesTable]:
            widget.setEnabled(self._reply_active)
        self.newReplyButton.setVisible(not self._reply_active)
        self.newReplyButton.setEnabled(saved and sent)
        self.deleteReplyButton.setVisible(has_reply)
        if not saved:
            note = translate(
                "Dossier",
                "Sla het advies eerst op; daarna kunt u de reactie van het college registreren.",
            )
        elif not sent:
            note = translate(
                "Dossier",
                "Vul eerst de datum van het advies (verzonden) in op het tabblad Advies "
                "en sla op; de reactietermijn loopt vanaf die datum.",
            )
        elif not self._reply_active:
            note = translate("Dossier", "Nog geen reactie van het college geregistreerd.")
        else:
            note = ""
        self.replyNote.setText(note)
        self.replyNote.setVisible(bool(note))
        self._apply_readonly()

    def _fill_lists(self) -> None:
        dossier = self.dossier
        commitments = dossier.commitments if dossier else []
        self.commitmentsModel.set_rows(
            [
                [
                    c.text,
                    format_short(c.due_date)
                    or (
                        translate("Dossier", "open, zonder termijn")
                        if c.status == CommitmentStatus.OPEN
                        else translate("Dossier", "geen termijn")
                    ),
                    commitment_closing_text(c) or c.status.label,
                    c.note,
                ]
                for c in commitments
            ],
            list(commitments),
        )
        extensions = dossier.extensions if dossier else []
        self.extensionsModel.set_rows(
            [
                [
                    e.term.label,
                    format_short(e.previous_date),
                    format_short(e.new_date),
                    e.agreed_by,
                    format_short(e.agreed_on),
                    e.reason,
                ]
                for e in extensions
            ],
            list(extensions),
        )
        documents = dossier.documents if dossier else []
        self.documentsModel.set_rows(
            [
                [
                    d.original_name,
                    d.kind.label,
                    _size(d.size),
                    format_short(d.added_at.date()) if d.added_at else "",
                ]
                for d in documents
            ],
            list(documents),
        )
        history = dossier.history if dossier else []
        self.historyModel.set_rows(
            [[format_moment(h.at), history_text(h)] for h in reversed(history)],
            list(reversed(history)),
        )
        saved = self.advice_id is not None
        has_reply = dossier is not None and dossier.reply is not None
        self.commitmentsNote.setText(
            ""
            if has_reply
            else translate(
                "Dossier",
                "Toezeggingen horen bij een reactie van het college: registreer eerst de reactie.",
            )
        )
        self.commitmentsNote.setVisible(not has_reply)
        self.addCommitment.setEnabled(has_reply and not self.service.readonly)
        self._update_commitment_buttons()
        for button in (
            self.addDocument,
            self.openDocument,
            self.deleteDocument,
            self.extendAdvice,
            self.extendReply,
            self.deleteExtension,
        ):
            button.setEnabled(saved)
        self.extendAdvice.setEnabled(
            saved
            and dossier is not None
            and dossier.advice_term is not None
            and dossier.advice.sent_date is None
        )
        self.extendReply.setEnabled(
            saved
            and dossier is not None
            and dossier.reply_term is not None
            and dossier.reply is None
        )
        self.deleteExtension.setEnabled(bool(extensions))
        self.composeLetter.setEnabled(saved)
        self.openDocument.setEnabled(bool(documents))
        self.deleteDocument.setEnabled(bool(documents))
        self._apply_readonly()

    def _apply_readonly(self) -> None:
        """A read-only register: everything can be read, nothing invites a change that could
        not be saved, and the dialog says why."""
        if not self.service.readonly:
            return
        for line in self.findChildren(QLineEdit):
            line.setReadOnly(True)
        for text in self.findChildren(QPlainTextEdit):
            text.setReadOnly(True)
        for widget in [
            *self.findChildren(QComboBox),
            *self.findChildren(QCheckBox),
            *(date_edit.button for date_edit in self.findChildren(DateEdit)),
            self.saveButton,
            self.newReplyButton,
            self.deleteReplyButton,
            self.addRecommendation,
            self.removeRecommendation,
            self.moveUp,
            self.moveDown,
            self.addCommitment,
            self.editCommitment,
            self.commitmentDone,
            self.commitmentLapsed,
            self.deleteCommitment,
            self.extendAdvice,
            self.extendReply,
            self.deleteExtension,
            self.addDocument,
            self.deleteDocument,
        ]:
            widget.setEnabled(False)
        for table in (self.recommendationsTable, self.outcomesTable):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.saveButton.setToolTip(readonly_hint())
        self.validationSummary.setStyleSheet("color:#5c4400;")
        self.validationSummary.setText(readonly_hint())

    def _update_commitment_buttons(self) -> None:
        """Acting on a commitment needs one to be chosen."""
        chosen = self._selected_payload(self.commitmentsTable, self.commitmentsModel)
        for button in (
            self.editCommitment,
            self.commitmentDone,
            self.commitmentLapsed,
            self.deleteCommitment,
        ):
            button.setEnabled(chosen is not None and not self.service.readonly)

    def _data_changed(self) -> None:
        """Something was saved (here, in the main window, or undone): refresh what is saved
        immediately, and the rest too unless the user is editing it."""
        if self.advice_id is None:
            return
        try:
            dossier = self.service.dossier(self.advice_id, include_deleted=True)
        except UserError:
            return
        dirty = self.is_dirty()
        self.dossier = dossier
        if not dirty:
            self.load()
            return
        if dossier.reply is None and self._reply_active and self._clean_reply_unchanged():
            self._set_reply(None)
        self._show_derived()
        self._fill_lists()
        self._update_reply_state()

    def _clean_reply_unchanged(self) -> bool:
        return self.snapshot()[-1] == self._clean[-1] if self._clean else True

    # -- state ---------------------------------------------------------------------------

    def snapshot(self) -> tuple[Any, ...]:
        advice_part = (
            self.number.text(),
            self.kind.currentData(),
            self.title.text(),
            self.theme.currentText(),
            self.portfolioHolder.text(),
            self.civilServant.text(),
            self.workingGroup.text(),
            self.requestReceived.text(),
            self.requestReference.text(),
            self.requestedDeadline.text(),
            self.sentDate.text(),
            self.reference.text(),
            self.summary.toPlainText(),
            self.internalNotes.toPlainText(),
            self.confidential.isChecked(),
            self.published.isChecked(),
            self.manualStatus.currentData(),
            tuple(self.recommendations.texts),
        )
        reply_part = (
            self._reply_active,
            self.replyDate.text(),
            self.ourReference.text(),
            self.caseNumber.text(),
            self.handledBy.text(),
            self.signatories.text(),
            self.replySubject.text(),
            self.replySummary.toPlainText(),
            self.generalOutcome.currentData(),
            self.outcomes.outcomes(),
        )
        return (*advice_part, reply_part)

    def is_dirty(self) -> bool:
        return self.snapshot() != self._clean

    def forget_changes(self) -> None:
        """Close without asking from now on (the edits were kept elsewhere: a draft)."""
        self._clean = self.snapshot()

    # -- building domain objects ---------------------------------------------------------

    def _date_errors(self, fields: dict[str, QWidget]) -> list[FieldError]:
        errors = []
        for name, widget in fields.items():
            if isinstance(widget, DateEdit) and widget.error():
                errors.append(FieldError(name, widget.error() or ""))
        return errors

    def build_advice(self) -> Advice:
        """The advice as the form describes it; every problem at once as a ValidationError."""
        errors = self._date_errors(self.advice_fields)
        base = self.dossier.advice if self.dossier else None
        values: dict[str, Any] = {
            "kind": self.kind.currentData(),
            "title": self.title.text().strip(),
            "number": self.number.text().strip(),
            "theme": self.theme.currentText().strip(),
            "portfolio_holder": self.portfolioHolder.text().strip(),
            "civil_servant": self.civilServant.text().strip(),
            "working_group": self.workingGroup.text().strip(),
            "request_received": self.requestReceived.date(),
            "request_reference": self.requestReference.text().strip(),
            "requested_deadline": self.requestedDeadline.date(),
            "sent_date": self.sentDate.date(),
            "reference": self.reference.text().strip(),
            "summary": self.summary.toPlainText().strip(),
            "recommendations": tuple(
                Recommendation(i, t.strip())
                for i, t in enumerate(self.recommendations.texts, start=1)
            ),
            "internal_notes": self.internalNotes.toPlainText().strip(),
            "confidential": self.confidential.isChecked(),
            "published": self.published.isChecked(),
            "manual_status": (
                None
                if self.manualStatus.currentData() == KEEP_OPEN
                else self.manualStatus.currentData()
            ),
            "keep_open": self.manualStatus.currentData() == KEEP_OPEN,
        }
        try:
            advice = replace(base, **values) if base is not None else Advice(**values)
        except ValidationError as exc:
            seen = {e.field for e in errors}
            errors.extend(e for e in exc.errors if e.field not in seen)
        if errors:
            raise ValidationError(errors)
        return advice

    def build_reply(self) -> Reply | None:
        if not self._reply_active or self.advice_id is None:
            return None
        errors = self._date_errors(self.reply_fields)
        for number in self.outcomes.unrated_with_reasons():
            errors.append(
                FieldError(
                    "outcomes",
                    translate(
                        "Dossier",
                        "Bij aanbeveling {n} staat een motivering, maar geen uitkomst: kies de "
                        "uitkomst (of maak de motivering leeg).",
                    ).format(n=number),
                )
            )
        reply_date = self.replyDate.date()
        if reply_date is None and not errors:
            errors.append(
                FieldError("date", translate("Dossier", "Vul de datum van de reactie in."))
            )
        if errors:
            raise ValidationError(errors)
        assert reply_date is not None
        existing = self.dossier.reply if self.dossier else None
        values: dict[str, Any] = {
            "advice_id": self.advice_id,
            "date": reply_date,
            "our_reference": self.ourReference.text().strip(),
            "case_number": self.caseNumber.text().strip(),
            "handled_by": self.handledBy.text().strip(),
            "signatories": self.signatories.text().strip(),
            "subject": self.replySubject.text().strip(),
            "summary": self.replySummary.toPlainText().strip(),
            "outcomes": self.outcomes.outcomes(),
            "general_outcome": self.generalOutcome.currentData(),
        }
        return replace(existing, **values) if existing else Reply(**values)

    # -- validation display --------------------------------------------------------------

    def _clear_errors(self) -> None:
        for label in [
            *self.advice_errors.values(),
            *self.reply_errors.values(),
            self.recommendationsError,
            self.outcomesError,
            self.internalError,
        ]:
            label.show_message(None)
        self.validationSummary.clear()

    def _validate_dates(self) -> None:
        for name, widget in self.advice_fields.items():
            if isinstance(widget, DateEdit):
                self.advice_errors[name].show_message(widget.error())
        for name, widget in self.reply_fields.items():
            if isinstance(widget, DateEdit):
                self.reply_errors[name].show_message(widget.error())

    def _show_errors(
        self, advice_error: ValidationError | None, reply_error: ValidationError | None
    ) -> None:
        self._clear_errors()
        first: QWidget | None = None
        count = 0
        for error in advice_error.errors if advice_error else []:
            count += 1
            label = self.advice_errors.get(error.field)
            if error.field == "recommendations":
                self.recommendationsError.show_message(error.message)
                first = first or self.recommendationsTable
            elif error.field == "internal_notes":
                self.internalError.show_message(error.message)
                first = first or self.internalNotes
            elif label is not None:
                label.show_message(error.message)
                first = first or self.advice_fields[error.field]
            else:
                self.advice_errors["title"].show_message(error.message)
                first = first or self.title
        for error in reply_error.errors if reply_error else []:
            count += 1
            name = "date" if error.field == "reply_date" else error.field
            if name == "outcomes":
                self.outcomesError.show_message(error.message)
                first = first or self.outcomesTable
            else:
                label = self.reply_errors.get(name, self.reply_errors["date"])
                label.show_message(error.message)
                first = first or self.reply_fields.get(name, self.replyDate)
        if count:
            self.validationSummary.setText(
                count_text(
                    count,
                    translate(
                        "Dossier", "Niet opgeslagen: 1 veld klopt niet (zie de rode melding)."
                    ),
                    translate(
                        "Dossier",
                        "Niet opgeslagen: {n} velden kloppen niet (zie de rode meldingen).",
                    ),
                )
            )
        if first is not None:
            self._reveal(first)

    def highlight(self, search: str) -> None:
        """Mark where ``search`` (the register's search text) occurs, and show the first tab
        with a hit."""
        from adviesraad_app.gui.common.search_marks import mark_hits

        marked = mark_hits(self, search, skip=(self.internalNotes,))
        for widget in marked:
            page: QWidget | None = widget
            while page is not None and self.tabs.indexOf(page) < 0:
                page = page.parentWidget()
            if page is not None:
                self.tabs.setCurrentWidget(page)
                break

    def _reveal(self, widget: QWidget) -> None:
        """Show the tab that holds ``widget`` and put the cursor in it."""
        page: QWidget | None = widget
        while page is not None and self.tabs.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.tabs.setCurrentWidget(page)
        widget.setFocus()

    # -- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate, then save the advice (and its reply) in one transaction; Ctrl+Z undoes."""
        if self.service.readonly:
            show_error(self, readonly_hint())
            return False
        advice_error = reply_error = None
        advice = reply = None
        try:
            advice = self.build_advice()
        except ValidationError as exc:
            advice_error = exc
        try:
            reply = self.build_reply()
        except ValidationError as exc:
            reply_error = exc
        if advice_error or reply_error or advice is None:
            self._show_errors(advice_error, reply_error)
            return False
        before = self.dossier if self.advice_id is not None and self.is_dirty() else None
        try:
            if self.advice_id is None:
                saved = self.service.create_advice(advice)
                assert saved.id is not None
                self.advice_id = saved.id
                self._record_created(saved.id)
            else:
                saved, saved_reply = self.service.save_dossier(advice, reply)
                if before is not None:
                    self._record_saved(before, saved, saved_reply)
        except ValidationError as exc:
            if any(e.field in ("reply_date", "date", "outcomes") for e in exc.errors) and reply:
                self._show_errors(None, exc)
            else:
                self._show_errors(exc, None)
            return False
        except UserError as exc:
            show_error(self, exc.message)
            return False
        self.load()
        self.saved.emit(self.advice_id)
        self.ops.changed.emit()
        missing = missing_reasons(advice, reply) if reply else []
        if missing:
            self.validationSummary.setStyleSheet("color:#8a5300;")
            self.validationSummary.setText(
                translate(
                    "Dossier",
                    "Opgeslagen. Let op: bij aanbeveling {numbers} wijkt het college af zonder "
                    "vastgelegde motivering.",
                ).format(numbers=", ".join(map(str, missing)))
            )
        else:
            self.validationSummary.setStyleSheet("color:#1b5e20;")
            self.validationSummary.setText(translate("Dossier", "Opgeslagen."))
        return True

    def _record_created(self, advice_id: int) -> None:
        """Ctrl+Z after registering a new advice moves it to the waste basket."""
        self.ops.push_done(
            translate("Dossier", "Advies registreren"),
            functools.partial(self.service.restore_advice, advice_id),
            functools.partial(self.service.delete_advice, advice_id),
        )

    def _record_saved(self, before: Dossier, advice: Advice, reply: Reply | None) -> None:
        """Ctrl+Z after saving puts back the advice and reply as they were (a reply that this
        save registered goes to the waste basket); Ctrl+Y saves the new version again."""
        service = self.service
        old_advice, old_reply = before.advice, before.reply
        new_reply = reply if old_reply is None and reply is not None else None

        def undo() -> None:
            with service.all_or_nothing():
                if new_reply is not None and new_reply.id is not None:
                    service.delete_reply(new_reply.id)
                service.save_dossier(old_advice, old_reply)

        def redo() -> None:
            with service.all_or_nothing():
                if new_reply is not None and new_reply.id is not None:
                    service.restore_reply(new_reply.id)
                service.save_dossier(advice, reply)

        self.ops.push_done(translate("Dossier", "Dossier opslaan"), redo, undo)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty():
            answer = ask_save_changes(self)
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        event.accept()

    def reject(self) -> None:
        """Escape closes like the close button: unsaved changes are never lost silently."""
        self.close()

    # -- recommendations -----------------------------------------------------------------

    def _add_recommendation(self) -> None:
        row = self.recommendations.add("")
        index = self.recommendations.index(row, 1)
        self.recommendationsTable.setCurrentIndex(index)
        self.recommendationsTable.edit(index)

    def _current_recommendation(self) -> int:
        index = self.recommendationsTable.currentIndex()
        return index.row() if index.isValid() else -1

    def _remove_recommendation(self) -> None:
        self.recommendations.remove(self._current_recommendation())

    def _move_recommendation(self, offset: int) -> None:
        row = self.recommendations.move(self._current_recommendation(), offset)
        self.recommendationsTable.setCurrentIndex(self.recommendations.index(row, 1))

    def _recommendations_changed(self) -> None:
        self.outcomes.sync_recommendations(self.recommendations.entries())

    def _kind_changed(self) -> None:
        solicited = self.kind.currentData() == AdviceKind.GEVRAAGD
        for widget in (self.requestReceived, self.requestReference, self.requestedDeadline):
            widget.setEnabled(solicited)
        for name in ("requestReceived", "requestReference", "requestedDeadline", "adviceTerm"):
            label = getattr(self, f"{name}Label", None)
            if label is not None:
                label.setEnabled(solicited)

    # -- reply ---------------------------------------------------------------------------

    def _start_reply(self) -> None:
        self._reply_active = True
        self.outcomes.set_rows(self.recommendations.entries(), {})
        self._update_reply_state()
        self.replyDate.setFocus()

    def _delete_reply(self) -> None:
        reply = self.dossier.reply if self.dossier else None
        if reply is None or reply.id is None:
            return
        reply_id = reply.id
        self.ops.undoable(
            translate("Dossier", "Reactie verwijderen"),
            lambda: self.service.delete_reply(reply_id),
            lambda: self.service.restore_reply(reply_id),
            parent=self,
        )

    # -- commitments ---------------------------------------------------------------------

    def _selected_payload(self, table: Any, model: RowsModel) -> Any:
        index = table.currentIndex()
        if not index.isValid() or not 0 <= index.row() < len(model.payload):
            return None
        return model.payload[index.row()]

    def _add_commitment(self) -> None:
        reply = self.dossier.reply if self.dossier else None
        if reply is None or reply.id is None:
            return
        dialog = CommitmentDialog(self, reply.id)
        if dialog.exec() and dialog.commitment is not None:
            commitment = dialog.commitment
            self.ops.created(
                translate("Dossier", "Toezegging toevoegen"),
                lambda: self.service.save_commitment(commitment),
                self.service.delete_commitment,
                self.service.restore_commitment,
                parent=self,
            )

    def _edit_commitment(self) -> None:
        commitment = self._selected_payload(self.commitmentsTable, self.commitmentsModel)
        if commitment is None:
            return
        dialog = CommitmentDialog(self, commitment.reply_id, commitment)
        if dialog.exec() and dialog.commitment is not None:
            new = dialog.commitment
            self.ops.undoable(
                translate("Dossier", "Toezegging wijzigen"),
                lambda: self.service.save_commitment(new),
                lambda: self.service.save_commitment(commitment),
                parent=self,
            )

    def _set_commitment(self, status: CommitmentStatus) -> None:
        commitment = self._selected_payload(self.commitmentsTable, self.commitmentsModel)
        if commitment is None or commitment.id is None or commitment.status == status:
            return
        from adviesraad_app.gui.dossier.close_commitment import change_commitment_status

        change_commitment_status(self, self.ops, self.service, commitment.id, status, self._today())

    def _delete_commitment(self) -> None:
        commitment = self._selected_payload(self.commitmentsTable, self.commitmentsModel)
        if commitment is None:
            return
        self.ops.undoable(
            translate("Dossier", "Toezegging verwijderen"),
            lambda: self.service.delete_commitment(commitment.id),
            lambda: self.service.restore_commitment(commitment.id),
            parent=self,
        )

    # -- extensions ----------------------------------------------------------------------

    def _extend(self, term_kind: TermKind) -> None:
        if self.advice_id is None:
            return
        advice_id = self.advice_id
        term = self.service.current_term(advice_id, term_kind)
        if term is None:
            show_error(self, translate("Dossier", "Voor deze termijn is (nog) geen datum bekend."))
            return
        dialog = ExtensionDialog(self, advice_id, term)
        if dialog.exec() and dialog.extension is not None:
            ext = dialog.extension
            self.ops.created(
                translate("Dossier", "Termijn verdagen"),
                lambda: self.service.extend_term(
                    advice_id, ext.term, ext.new_date, ext.reason, ext.agreed_by, ext.agreed_on
                ),
                self.service.delete_extension,
                self.service.restore_extension,
                parent=self,
            )

    def _delete_extension(self) -> None:
        extension = self._selected_payload(self.extensionsTable, self.extensionsModel)
        if extension is None:
            return
        self.ops.undoable(
            translate("Dossier", "Verdaging intrekken"),
            lambda: self.service.delete_extension(extension.id),
            lambda: self.service.restore_extension(extension.id),
            parent=self,
        )

    # -- documents -----------------------------------------------------------------------

    def add_documents(self, paths: list[Path]) -> None:
        if self.service.readonly:
            show_error(self, readonly_hint())
            return
        if self.advice_id is None:
            show_error(
                self,
                translate(
                    "Dossier", "Sla het advies eerst op; daarna kunt u documenten toevoegen."
                ),
            )
            return
        advice_id = self.advice_id
        kind = self.documentKind.currentData()
        for path in paths:
            self.ops.created(
                translate("Dossier", "Document toevoegen"),
                functools.partial(self.service.add_document, advice_id, path, kind),
                self.service.delete_document,
                self.service.restore_document,
                parent=self,
            )

    def _choose_documents(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            translate("Dossier", "Documenten toevoegen"),
            "",
            translate(
                "Dossier",
                "Documenten (*.pdf *.docx *.doc *.odt *.txt *.xlsx *.eml *.msg);;"
                "Alle bestanden (*)",
            ),
        )
        self.add_documents([Path(n) for n in names])

    def _open_document(self) -> None:
        document = self._selected_payload(self.documentsTable, self.documentsModel)
        if document is None:
            return
        path = self.service.document_path(document)
        if not path.is_file():
            show_error(
                self,
                translate(
                    "Dossier",
                    "Het bestand {name} ontbreekt in de documentenmap ({folder}). "
                    "Laat de database controleren.",
                ).format(name=document.original_name, folder=path.parent),
            )
            return
        try:
            copy = self.service.viewing_copy(document)
        except UserError as exc:
            show_error(self, exc.message)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def _delete_document(self) -> None:
        document = self._selected_payload(self.documentsTable, self.documentsModel)
        if document is None:
            return
        self.ops.undoable(
            translate("Dossier", "Document verwijderen"),
            lambda: self.service.delete_document(document.id),
            lambda: self.service.restore_document(document.id),
            parent=self,
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.tabs.setCurrentWidget(self.documentsTab)
            self.add_documents(paths)
            event.acceptProposedAction()


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / 1024 / 1024:.1f} MB"
