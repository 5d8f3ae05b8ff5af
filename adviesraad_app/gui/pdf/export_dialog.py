"""The dialog shown before a PDF is saved: what will be exported, in which order, and whether
confidential advices and internal notes go in (privacy by default: they do not).

:class:`PdfRequest` is what the user asked for; :func:`preview` says in words what that
request will give (counts, the confidential advices left out, the service's own message when
there is nothing to export) without drawing anything, cheaply enough to run on every change.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from adviesraad_app.domain.dates import format_long
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder
from adviesraad_app.gui.common.operations import Op
from adviesraad_app.gui.common.window_frame import prepare_window
from adviesraad_app.gui.forms.ui_pdf_export_dialog import Ui_PdfExportDialog
from adviesraad_app.i18n import translate
from adviesraad_app.services.pdf.content import DeadlineContent, PdfContent, PdfKind
from adviesraad_app.services.pdf.export import (
    BY_NUMBER,
    URGENCY_FIRST,
    default_file_name,
    prepare_pdf,
)
from adviesraad_app.services.text.present import count_text, order_text, selection_text

if TYPE_CHECKING:
    from adviesraad_app.services.register import RegisterService

#: How many advice numbers the summary of a set of dossiers names before "…".
NUMBERS_SHOWN = 8

WARNING_STYLE = (
    "background:#fff3cd; color:#5c4400; border:1px solid #e0c36a; padding:6px; font-weight:bold;"
)
ERROR_STYLE = "color:#b71c1c; font-weight:bold;"


def advices_text(n: int) -> str:
    return count_text(n, translate("PdfExport", "1 advies"), translate("PdfExport", "{n} adviezen"))


@dataclass(frozen=True, slots=True)
class PdfRequest:
    """One PDF the user asked for; the arguments of ``prepare_pdf``."""

    kind: PdfKind
    today: date
    selection: RegisterFilter = field(default_factory=RegisterFilter)
    ids: tuple[int, ...] | None = None  # chosen advices (dossiers; "alleen de geselecteerde")
    year: int | None = None
    order: RegisterOrder | None = None
    include_confidential: bool = False

    def prepare(self, service: RegisterService) -> PdfContent:
        return prepare_pdf(
            service,
            self.kind,
            selection=self.selection,
            ids=self.ids,
            year=self.year,
            today=self.today,
            include_confidential=self.include_confidential,
            order=self.order,
        )

    def narrowed(self) -> RegisterFilter:
        """The register filter the export reads (as ``prepare_pdf`` narrows it)."""
        selection = replace(self.selection, deleted=False)
        if self.ids is not None:
            selection = replace(selection, ids=self.ids)
        if self.year is not None:
            selection = replace(selection, year=self.year)
        return selection


@dataclass(frozen=True, slots=True)
class Preview:
    """What a request will give, in words."""

    summary: str
    count: int = 0
    left_out: int = 0  # confidential advices that are left out (privacy by default)
    error: str | None = None  # the service's message when there is nothing to export
    file_name: str = ""


def preview(service: RegisterService, request: PdfRequest) -> Preview:
    """Describe ``request`` without drawing it. Overviews and dossiers are counted (fast at
    10,000 advices); year and deadline documents are prepared (one year, one list)."""
    if request.kind in (PdfKind.OVERZICHT, PdfKind.DOSSIER):
        return _counted(service, request)
    preparing = Op(None, lambda: request.prepare(service)).quiet()
    if not preparing.run() or preparing.result is None:
        error = preparing.error.message if preparing.error is not None else None
        return Preview(translate("PdfExport", "Er is niets om te exporteren."), error=error)
    content = preparing.result
    left_out = content.heading.left_out_confidential
    if isinstance(content, DeadlineContent):
        if not request.include_confidential:
            left_out = _deadline_advices_left_out(service, request, content)
        summary = count_text(
            content.within_days,
            translate(
                "PdfExport", "Termijnenlijst per {today}: {late} te laat, {soon} binnen 1 dag."
            ),
            translate(
                "PdfExport", "Termijnenlijst per {today}: {late} te laat, {soon} binnen {n} dagen."
            ),
            today=format_long(request.today),
            late=len(content.overdue),
            soon=len(content.due_soon),
        )
    else:
        summary = translate("PdfExport", "Jaaroverzicht {year}: {advices}.").format(
            year=request.year, advices=advices_text(content.count)
        )
    name = default_file_name(
        request.kind,
        year=request.year,
        today=request.today,
        include_confidential=request.include_confidential,
    )
    return Preview(summary, content.count, left_out, None, name)


def _deadline_advices_left_out(
    service: RegisterService, request: PdfRequest, shown: DeadlineContent
) -> int:
    """How many confidential advices have deadlines in the list that the PDF leaves out."""
    everything = replace(request, include_confidential=True).prepare(service)
    assert isinstance(everything, DeadlineContent)

    def advices(content: DeadlineContent) -> set[int]:
        return {item.advice_id for item in (*content.overdue, *content.due_soon)}

    return len(advices(everything) - advices(shown))


def _counted(service: RegisterService, request: PdfRequest) -> Preview:
    selection = request.narrowed()
    if request.kind == PdfKind.DOSSIER and request.ids is not None:
        selection = RegisterFilter(ids=request.ids)  # chosen advices: the filter does not apply
    everything = service.count(replace(selection, include_confidential=True))
    shown = everything
    if not request.include_confidential:
        shown = service.count(replace(selection, include_confidential=False))
    if shown == 0:
        preparing = Op(None, lambda: request.prepare(service)).quiet()
        if not preparing.run():
            error = preparing.error.message if preparing.error is not None else None
            return Preview(translate("PdfExport", "Er is niets om te exporteren."), error=error)
    number = None
    if request.kind == PdfKind.OVERZICHT and request.ids is not None:
        summary = count_text(
            shown,
            translate("PdfExport", "Overzicht van het geselecteerde advies."),
            translate("PdfExport", "Overzicht van de {n} geselecteerde adviezen."),
        )
    elif request.kind == PdfKind.OVERZICHT:
        summary = translate("PdfExport", "Overzicht van {advices} ({selection}).").format(
            advices=advices_text(shown), selection=selection_text(selection)
        )
    elif request.ids is not None and len(request.ids) == 1:
        advice = service.get_advice(request.ids[0])
        number = advice.number
        summary = translate("PdfExport", "Dossier van advies {number}: {title}").format(
            number=advice.number, title=advice.title
        )
    else:
        ids = request.ids or ()
        rows = service.register_rows(list(ids[:NUMBERS_SHOWN]))
        numbers = [rows[i].number for i in ids[:NUMBERS_SHOWN] if i in rows]
        more = "…" if len(ids) > NUMBERS_SHOWN else ""
        summary = translate(
            "PdfExport", "Dossiers van {advices}, elk op een nieuwe pagina: {numbers}{more}"
        ).format(advices=advices_text(shown), numbers=", ".join(numbers), more=more)
    name = default_file_name(
        request.kind,
        selection=request.narrowed(),
        number=number,
        today=request.today,
        include_confidential=request.include_confidential,
    )
    return Preview(summary, shown, everything - shown, None, name)


def left_out_text(n: int) -> str:
    if n == 1:
        return translate("PdfExport", "1 vertrouwelijk advies wordt niet opgenomen.")
    return translate("PdfExport", "{n} vertrouwelijke adviezen worden niet opgenomen.").format(n=n)


class PdfExportDialog(QDialog, Ui_PdfExportDialog):
    """Choose what goes into the PDF; ``request`` is the answer when the dialog is accepted.

    ``selected_ids``: the advices selected in the register (the overzicht offers "alleen de
    geselecteerde" or "het hele filter"); ``register_order``: how the register is sorted (the
    overzicht offers it as a third order); ``years``: the choice for the jaaroverzicht;
    ``note``: a remark shown above the buttons (e.g. unsaved changes in the dossier).
    """

    def __init__(
        self,
        parent: QWidget | None,
        service: RegisterService,
        request: PdfRequest,
        *,
        selected_ids: tuple[int, ...] = (),
        register_order: RegisterOrder | None = None,
        years: list[int] | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.service = service
        self.request = request
        self._selected_ids = selected_ids
        self.current: Preview = Preview("")
        kind = request.kind
        self.setWindowTitle(
            translate("PdfExport", "{document} als PDF").format(document=kind.label)
        )
        self.summaryLabel.setStyleSheet("font-size: 11pt; font-weight: bold;")
        self.errorLabel.setStyleSheet(ERROR_STYLE)
        self.confidentialWarning.setStyleSheet(WARNING_STYLE)
        self.confidentialWarning.setText(
            translate(
                "PdfExport",
                "Let op: elke pagina krijgt de markering VERTROUWELIJK. Dit bestand bevat "
                "vertrouwelijke gegevens en mag niet worden gepubliceerd of doorgestuurd; de "
                "bestandsnaam eindigt op ‘(VERTROUWELIJK)’.",
            )
        )
        self.noteLabel.setText(note)
        self.noteLabel.setVisible(bool(note))
        self.noteLabel.setStyleSheet("color:#8a5300;")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("PdfExport", "Opslaan als PDF…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("PdfExport", "Annuleren")
        )

        self._setup_scope(kind)
        self._setup_year(kind, years or [])
        self._setup_order(kind, register_order)
        self.form.setRowVisible(self.asOfValue, kind == PdfKind.TERMIJNEN)
        if kind == PdfKind.TERMIJNEN:
            self.asOfValue.setText(
                translate("PdfExport", "{date} (de peildatum van het scherm Termijnen)").format(
                    date=format_long(request.today)
                )
            )
        self.confidentialCheck.setChecked(request.include_confidential)
        self.confidentialCheck.toggled.connect(self._changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._changed()
        prepare_window(self)

    # -- setup ---------------------------------------------------------------------------

    def _setup_scope(self, kind: PdfKind) -> None:
        offer = kind == PdfKind.OVERZICHT and bool(self._selected_ids)
        self._offer_scope = offer
        self.scopeGroup.setVisible(offer)
        if not offer:
            return
        n = len(self._selected_ids)
        self.selectedRadio.setText(
            count_text(
                n,
                translate("PdfExport", "Alleen het geselecteerde advies"),
                translate("PdfExport", "Alleen de {n} geselecteerde adviezen"),
            )
        )
        whole = replace(self.request, ids=None).narrowed()
        advices = advices_text(self.service.count(replace(whole, include_confidential=True)))
        if whole.is_empty():
            text = translate("PdfExport", "Het hele register: {advices}").format(advices=advices)
        else:
            text = translate("PdfExport", "Het hele filter: {advices} ({selection})").format(
                advices=advices, selection=selection_text(whole)
            )
        self.filterRadio.setText(text)
        # One selected row is usually just where the cursor is; several are a choice.
        (self.selectedRadio if n > 1 else self.filterRadio).setChecked(True)
        self.selectedRadio.toggled.connect(self._changed)

    def _setup_year(self, kind: PdfKind, years: list[int]) -> None:
        self.form.setRowVisible(self.yearCombo, kind == PdfKind.JAAROVERZICHT)
        if kind != PdfKind.JAAROVERZICHT:
            return
        for year in years:
            self.yearCombo.addItem(str(year), year)
        index = self.yearCombo.findData(self.request.year)
        self.yearCombo.setCurrentIndex(max(0, index))
        self.yearCombo.currentIndexChanged.connect(self._changed)

    def _setup_order(self, kind: PdfKind, register_order: RegisterOrder | None) -> None:
        self.form.setRowVisible(self.orderCombo, kind == PdfKind.OVERZICHT)
        if kind != PdfKind.OVERZICHT:
            return
        self.orderCombo.addItem(translate("PdfExport", "Meest urgent eerst"), URGENCY_FIRST)
        self.orderCombo.addItem(translate("PdfExport", "Op nummer"), BY_NUMBER)
        if register_order is not None and register_order not in (URGENCY_FIRST, BY_NUMBER):
            self.orderCombo.addItem(
                translate("PdfExport", "Zoals in het register: {order}").format(
                    order=order_text(register_order)
                ),
                register_order,
            )
        index = self.orderCombo.findData(self.request.order or URGENCY_FIRST)
        self.orderCombo.setCurrentIndex(max(0, index))
        self.orderCombo.currentIndexChanged.connect(self._changed)

    # -- behaviour -----------------------------------------------------------------------

    def _chosen(self) -> PdfRequest:
        request = replace(self.request, include_confidential=self.confidentialCheck.isChecked())
        kind = request.kind
        if kind == PdfKind.OVERZICHT:
            chosen = self._offer_scope and self.selectedRadio.isChecked()
            request = replace(
                request,
                ids=self._selected_ids if chosen else None,
                order=self.orderCombo.currentData(),
            )
        elif kind == PdfKind.JAAROVERZICHT and self.yearCombo.count():
            request = replace(request, year=self.yearCombo.currentData())
        return request

    def _changed(self) -> None:
        self.request = self._chosen()
        self.current = result = preview(self.service, self.request)
        include = self.request.include_confidential
        self.summaryLabel.setText(result.summary)
        self.errorLabel.setText(result.error or "")
        self.errorLabel.setVisible(result.error is not None)
        self.leftOutLabel.setText(left_out_text(result.left_out))
        self.leftOutLabel.setVisible(not include and result.left_out > 0)
        self.confidentialWarning.setVisible(include)
        self.fileLabel.setText(
            translate("PdfExport", "Voorgestelde bestandsnaam: {name}").format(
                name=result.file_name
            )
            if result.file_name
            else ""
        )
        self.fileLabel.setVisible(bool(result.file_name))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(result.error is None)
        self._fit()

    def _fit(self) -> None:
        """As high as the (wrapped) texts need at the dialog's width: shrink or grow."""
        layout = self.mainLayout
        layout.activate()
        width = max(self.width() if self.isVisible() else 0, self.minimumWidth())
        height = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        self.resize(width, height)
