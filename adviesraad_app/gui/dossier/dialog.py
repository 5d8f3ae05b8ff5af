"""The dossier of one advice: every field, the recommendations, the reply with the outcome per
recommendation, commitments, extensions, documents, internal notes and the history.

The advice and its reply are edited in the form and saved together with "Opslaan" (Ctrl+S);
closing with unsaved changes asks. Commitments, extensions and documents are saved the moment
they are added (and can be undone with Ctrl+Z).

The dialog holds the form and the saving; each tab's behaviour and item models live in a
module of their own beside it (``details``, ``recommendations``, ``reply``, ``commitments``,
``terms``, ``documents``, ``history``), sharing a :class:`DossierState`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QDialog, QMessageBox, QSizePolicy, QWidget

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.domain.errors import ValidationError
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.replies import Reply
from adviesraad_app.domain.status import missing_reasons
from adviesraad_app.gui.common.dialogs import ask_save_changes
from adviesraad_app.gui.common.fitting import scroll_pages
from adviesraad_app.gui.common.operations import Op, Operations, readonly_hint, show_error
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.dossier.commitments import CommitmentsTab
from adviesraad_app.gui.dossier.details import KEEP_OPEN, AdviceDetails
from adviesraad_app.gui.dossier.documents import DocumentsTab
from adviesraad_app.gui.dossier.errors import DossierErrors, page_of
from adviesraad_app.gui.dossier.history import HistoryTab
from adviesraad_app.gui.dossier.keys import DossierKeys
from adviesraad_app.gui.dossier.recommendations import RecommendationsTab
from adviesraad_app.gui.dossier.reply import ReplyTab
from adviesraad_app.gui.dossier.saving import record_created, record_saved
from adviesraad_app.gui.dossier.state import DossierState
from adviesraad_app.gui.dossier.terms import TermsTab
from adviesraad_app.gui.forms.ui_dossier_dialog import Ui_DossierDialog
from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService

__all__ = ["KEEP_OPEN", "DossierDialog"]


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
        self.state = DossierState(service, ops, advice_id, today)
        self._clean: tuple[Any, ...] = ()
        self._setup_tabs()
        self._connect()
        scroll_pages(self.tabs)
        self.outcomesTable.setMinimumHeight(150)  # the tab scrolls; the table stays usable
        self.keys = DossierKeys(self, self)
        prepare_window(self)
        if advice_id is None:
            self._load_new(kind)
        else:
            self.load()
            # Not the number field: one keystroke would overwrite it.
            self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the advice being edited (shared with the tabs) ----------------------------------

    @property
    def advice_id(self) -> int | None:
        return self.state.advice_id

    @advice_id.setter
    def advice_id(self, value: int | None) -> None:
        self.state.advice_id = value

    @property
    def dossier(self) -> Dossier | None:
        return self.state.dossier

    @dossier.setter
    def dossier(self, value: Dossier | None) -> None:
        self.state.dossier = value

    # -- setup ---------------------------------------------------------------------------

    def _setup_tabs(self) -> None:
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.heading.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.statusBadge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.statusBadge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.validationSummary.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        state = self.state
        self.details = AdviceDetails(self, self, state)
        self.recommendations_tab = RecommendationsTab(self, self, state)
        self.terms = TermsTab(self, self, state)
        self.commitments = CommitmentsTab(self, self, state)
        self.documents = DocumentsTab(self, self, state)
        self.history = HistoryTab(self, self, state)
        self.errors = DossierErrors(self, self)
        self.reply = ReplyTab(
            self, self, state, self.errors.reply_fields, self.recommendations_tab.model
        )
        # the names tests and other modules know
        self.recommendations = self.recommendations_tab.model
        self.outcomes = self.reply.outcomes
        self.commitmentsModel = self.commitments.model
        self.extensionsModel = self.terms.model
        self.documentsModel = self.documents.model
        self.historyModel = self.history.model
        self.advice_fields = self.errors.advice_fields
        self.advice_errors = self.errors.advice_errors
        self.reply_fields = self.errors.reply_fields
        self.reply_errors = self.errors.reply_errors
        self.recommendationsError = self.errors.recommendationsError
        self.outcomesError = self.errors.outcomesError
        self.internalError = self.errors.internalError

    def _connect(self) -> None:
        self.saveButton.clicked.connect(self.save)
        self.closeButton.clicked.connect(self.close)
        self.saveButton.setDefault(False)
        self.saveButton.setAutoDefault(False)
        self.closeButton.setAutoDefault(False)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)
        self.saveButton.setToolTip(translate("Dossier", "Opslaan (Ctrl+S)"))
        self.recommendations.changed.connect(
            lambda: self.outcomes.sync_recommendations(self.recommendations.entries())
        )
        for tab in (self.commitments, self.terms, self.documents, self.details):
            tab.wire()
        from adviesraad_app.gui.letters import dossier_letter

        self.composeLetter = dossier_letter.install(self, self.addDocument, self.state, self.saved)
        self.ops.changed.connect(self._data_changed)

    # -- loading -------------------------------------------------------------------------

    def _load_new(self, kind: AdviceKind) -> None:
        self.details.load_new(kind)
        self.setWindowTitle(translate("Dossier", "Nieuw advies"))
        self.heading.setText(translate("Dossier", "Nieuw advies"))
        self.statusBadge.setText("")
        self.recommendations.set_texts([])
        self.reply.set_reply(None)
        self._fill_lists()
        self.details.kind_changed()
        self._clean = self.snapshot()
        self.title.setFocus()

    def load(self) -> None:
        """(Re)load everything from the register; unsaved edits are dropped."""
        assert self.advice_id is not None
        dossier = self.service.dossier(self.advice_id, include_deleted=True)
        self.dossier = dossier
        self.details.load(dossier.advice)
        self.recommendations.set_texts([r.text for r in dossier.advice.recommendations])
        self.reply.set_reply(dossier.reply)
        self._show_derived()
        self._fill_lists()
        self.details.kind_changed()
        self.errors.clear()
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
        self.terms.show_terms(dossier)

    def _fill_lists(self) -> None:
        for tab in (self.commitments, self.terms, self.documents, self.history):
            tab.fill(self.dossier)
        self._apply_readonly()

    def _apply_readonly(self) -> None:
        self.details.apply_readonly()

    def _data_changed(self) -> None:
        """Something was saved (here, in the main window, or undone): refresh what is saved
        immediately, and the rest too unless the user is editing it."""
        if self.advice_id is None:
            return
        advice_id = self.advice_id
        # Quiet: a dossier deleted or vanished meanwhile just stays as it was.
        read = Op(self, lambda: self.service.dossier(advice_id, include_deleted=True)).quiet()
        if not read.run() or read.result is None:
            return
        dossier = read.result
        dirty = self.is_dirty()
        self.dossier = dossier
        if not dirty:
            self.load()
            return
        if dossier.reply is None and self.reply.active and self._clean_reply_unchanged():
            self.reply.set_reply(None)
        self._show_derived()
        self._fill_lists()
        self.reply.update_state()

    def _clean_reply_unchanged(self) -> bool:
        return self.snapshot()[-1] == self._clean[-1] if self._clean else True

    # -- state ---------------------------------------------------------------------------

    def snapshot(self) -> tuple[Any, ...]:
        advice_part = self.details.snapshot(self.recommendations.texts)
        return (*advice_part, self.reply.snapshot())

    def is_dirty(self) -> bool:
        return self.snapshot() != self._clean

    def forget_changes(self) -> None:
        """Close without asking from now on (the edits were kept elsewhere: a draft)."""
        self._clean = self.snapshot()

    def build_advice(self) -> Advice:
        """The advice as the form describes it; every problem at once as a ValidationError."""
        return self.details.build(self.advice_fields, self.recommendations.texts)

    def build_reply(self) -> Reply | None:
        return self.reply.build()

    # -- search marks --------------------------------------------------------------------

    def highlight(self, search: str) -> None:
        """Mark where ``search`` (the register's search text) occurs, and show the first tab
        with a hit."""
        from adviesraad_app.gui.common.search_marks import mark_hits

        marked = mark_hits(self, search, skip=(self.internalNotes,))
        for widget in marked:
            page = page_of(self.tabs, widget)
            if page is not None:
                self.tabs.setCurrentWidget(page)
                break

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
            self.errors.show(advice_error, reply_error)
            return False
        before = self.dossier if self.advice_id is not None and self.is_dirty() else None
        checked, checked_reply = advice, reply

        def invalid(exc: ValidationError) -> None:
            reply_fields = ("reply_date", "date", "outcomes")
            if any(e.field in reply_fields for e in exc.errors) and checked_reply:
                self.errors.show(None, exc)
            else:
                self.errors.show(exc, None)

        if not Op(self, lambda: self._write(checked, checked_reply, before)).invalid(invalid).run():
            return False
        assert self.advice_id is not None
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

    def _write(self, advice: Advice, reply: Reply | None, before: Dossier | None) -> None:
        """The save itself (one transaction in the service) and its undo record."""
        if self.advice_id is None:
            saved = self.service.create_advice(advice)
            assert saved.id is not None
            self.advice_id = saved.id
            record_created(self.ops, self.service, saved.id)
        else:
            saved, saved_reply = self.service.save_dossier(advice, reply)
            if before is not None:
                record_saved(self.ops, self.service, before, saved, saved_reply)

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

    # -- documents (dropped anywhere on the dossier) ----------------------------------------

    def add_documents(self, paths: list[Path]) -> None:
        self.documents.add(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.tabs.setCurrentWidget(self.documentsTab)
            self.add_documents(paths)
            event.acceptProposedAction()
