"""The "Documenten" tab: copies of files kept beside the database; added (chosen or dropped on
the dossier), opened (a viewing copy) and removed at once, each undoable."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QModelIndex, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.documents import DocumentKind
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.gui.common.operations import attempt, readonly_hint, show_error
from adviesraad_app.gui.dossier.models import RowsModel, selected_payload, size_text
from adviesraad_app.gui.dossier.state import DossierState, DossierTab
from adviesraad_app.gui.forms.ui_dossier_dialog import Ui_DossierDialog
from adviesraad_app.i18n import translate


class DocumentsTab(DossierTab):
    def __init__(self, form: Ui_DossierDialog, widget: QWidget, state: DossierState) -> None:
        super().__init__(form, widget, state)
        for document_kind in DocumentKind:
            form.documentKind.addItem(document_kind.label, document_kind)
        form.documentsNote.setText(
            translate(
                "Dossier",
                "Sleep bestanden hierheen of kies ‘Toevoegen…’. Er wordt een kopie bewaard naast "
                "de database; dubbelklik om te openen.",
            )
        )
        self.model = RowsModel(
            [
                translate("Dossier", "Bestand"),
                translate("Dossier", "Soort"),
                translate("Dossier", "Grootte"),
                translate("Dossier", "Toegevoegd"),
            ]
        )
        table = form.documentsTable
        table.setModel(self.model)
        table.setColumnWidth(0, 380)
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)

    def wire(self) -> None:
        self.form.addDocument.clicked.connect(self.choose)
        self.form.openDocument.clicked.connect(self.open)
        self.form.documentsTable.doubleClicked.connect(self.open)
        self.form.deleteDocument.clicked.connect(self.delete)

    def fill(self, dossier: Dossier | None) -> None:
        form = self.form
        documents = dossier.documents if dossier else []
        self.model.set_rows(
            [
                [
                    d.original_name,
                    d.kind.label,
                    size_text(d.size),
                    format_short(d.added_at.date()) if d.added_at else "",
                ]
                for d in documents
            ],
            list(documents),
        )
        form.addDocument.setEnabled(self.state.saved)
        form.openDocument.setEnabled(bool(documents))
        form.deleteDocument.setEnabled(bool(documents))

    def add(self, paths: list[Path]) -> None:
        """Keep a copy of each file with the advice (each one undoable on its own)."""
        if self.state.readonly:
            show_error(self.widget, readonly_hint())
            return
        advice_id, service = self.state.advice_id, self.state.service
        if advice_id is None:
            show_error(
                self.widget,
                translate(
                    "Dossier", "Sla het advies eerst op; daarna kunt u documenten toevoegen."
                ),
            )
            return
        kind = self.form.documentKind.currentData()
        for path in paths:
            self.state.ops.created(
                translate("Dossier", "Document toevoegen"),
                functools.partial(service.add_document, advice_id, path, kind),
                service.delete_document,
                service.restore_document,
                parent=self.widget,
            )

    def choose(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self.widget,
            translate("Dossier", "Documenten toevoegen"),
            "",
            translate(
                "Dossier",
                "Documenten (*.pdf *.docx *.doc *.odt *.txt *.xlsx *.eml *.msg);;"
                "Alle bestanden (*)",
            ),
        )
        self.add([Path(n) for n in names])

    def open(self, _index: QModelIndex | None = None) -> None:
        document = selected_payload(self.form.documentsTable, self.model)
        if document is None:
            return
        service = self.state.service
        path = service.document_path(document)
        if not path.is_file():
            show_error(
                self.widget,
                translate(
                    "Dossier",
                    "Het bestand {name} ontbreekt in de documentenmap ({folder}). "
                    "Laat de database controleren.",
                ).format(name=document.original_name, folder=path.parent),
            )
            return
        copy = attempt(lambda: service.viewing_copy(document), parent=self.widget)
        if copy is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def delete(self) -> None:
        document = selected_payload(self.form.documentsTable, self.model)
        if document is None:
            return
        service = self.state.service
        self.state.ops.undoable(
            translate("Dossier", "Document verwijderen"),
            lambda: service.delete_document(document.id),
            lambda: service.restore_document(document.id),
            parent=self.widget,
        )
