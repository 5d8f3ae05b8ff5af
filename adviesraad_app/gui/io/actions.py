"""Letters in, spreadsheets in and out, deadlines to the calendar: the main window's actions.

Bestand → Importeren: "Brief importeren…" (also by dropping a ``.pdf``/``.docx``/``.txt``, or
the mail it came in, ``.eml``/``.msg`` or a message straight from Outlook, on the window)
and "Register importeren…"; Bestand → Exporteren (and the "Exporteren" button
on the register page): the register's current selection to Excel or CSV, and the open
deadlines to an ``.ics`` file for Outlook. The work is done by the services
(:mod:`services.letters`, :mod:`services.register_import`, :mod:`services.register_export`,
:mod:`services.calendar_export`); the dialogs are imported when first used.

The functions that open a modal dialog (:func:`choose_letter`, :func:`choose_sheet`,
:func:`choose_save_path`, :func:`exec_dialog`) are module attributes so that tests can put
a user's answer in their place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder
from adviesraad_app.gui.common.file_choosers import choose_save_path
from adviesraad_app.gui.common.operations import attempt
from adviesraad_app.gui.common.preferences import last_folder, remember_folder
from adviesraad_app.gui.common.widgets import busy_cursor
from adviesraad_app.gui.shell.pages import PAGE_REGISTER
from adviesraad_app.i18n import translate
from adviesraad_app.services.text.present import reminder_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from adviesraad_app.gui.common.window_api import FeatureWindow, RegisterPage
    from adviesraad_app.gui.io.export_dialog import ExportDialog
    from adviesraad_app.gui.io.import_dialog import RegisterImportDialog
    from adviesraad_app.gui.letters.letter_dialog import LetterDialog
    from adviesraad_app.services.sheets.column_mapping import ColumnMapping
    from adviesraad_app.services.sheets.sheet_reading import SheetTable

LETTER_SUFFIXES = (".pdf", ".docx", ".txt", ".eml", ".msg")  # letters and the mails they come in
STATUS_TIMEOUT_MS = 15000
ORDER = RegisterOrder()

T = TypeVar("T")


def _count(n: int, one: str, many: str, **values: object) -> str:
    return (one if n == 1 else many).format(n=n, **values)


# ---------------------------------------------------------------------- modal questions


def _choose_file(parent: QWidget, title: str, file_filter: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getOpenFileName(parent, title, str(last_folder()), file_filter)
    return Path(name) if name else None


def choose_letter(parent: QWidget) -> Path | None:
    return _choose_file(
        parent,
        translate("ImportExport", "Brief importeren"),
        translate(
            "ImportExport",
            "Brieven en e-mails (*.pdf *.docx *.txt *.eml *.msg);;Alle bestanden (*)",
        ),
    )


def choose_sheet(parent: QWidget) -> Path | None:
    return _choose_file(
        parent,
        translate("ImportExport", "Register importeren"),
        translate("ImportExport", "Registers (*.xlsx *.xlsm *.csv);;Alle bestanden (*)"),
    )


def exec_dialog(dialog: QDialog) -> bool:
    from PySide6.QtWidgets import QDialog  # made with the dialog, not to show the window

    return dialog.exec() == QDialog.DialogCode.Accepted


def _attempt(parent: QWidget, fn: Callable[[], T]) -> T | None:
    """Run a step that writes nothing to the register (reading a file, writing an export);
    a ``UserError`` is shown in the service's words and gives ``None``."""
    with busy_cursor():
        return attempt(fn, parent=parent)


# ---------------------------------------------------------------------- letters


def import_letter(window: FeatureWindow, path: Path) -> LetterDialog | None:
    """Read the letter and show what it says; ``None`` (message shown) when unreadable."""
    from adviesraad_app.gui.letters.letter_dialog import LetterDialog
    from adviesraad_app.services.letters.reading import analyse_letter

    analysis = _attempt(window, lambda: analyse_letter(window.service, path))
    if analysis is None:
        return None
    dialog = LetterDialog(window, window.service, window.ops, analysis)

    def saved(advice_id: int) -> None:
        message = dialog.saved_message()
        dossier = window.open_dossier(advice_id)
        if dossier is not None and dialog.result_saved and not dialog.result_saved.created_advice:
            dossier.tabs.setCurrentWidget(dossier.replyTab)  # the outcomes come next
        window.statusbar.showMessage(message, STATUS_TIMEOUT_MS)

    dialog.saved.connect(saved)
    dialog.show()
    return dialog


def letter_drop_handler(window: FeatureWindow) -> Callable[[list[Path]], bool]:
    """Takes a drop of letters: each ``.pdf``/``.docx``/``.txt``/``.eml``/``.msg`` opens its
    own check."""

    def handle(paths: list[Path]) -> bool:
        letters = [p for p in paths if p.suffix.lower() in LETTER_SUFFIXES]
        if not letters:
            return False
        for path in letters:
            import_letter(window, path)
        return True

    return handle


# ---------------------------------------------------------------------- register import


def import_register(window: FeatureWindow, path: Path) -> RegisterImportDialog | None:
    """Read the sheet, guess the columns, and show the dry run."""
    from adviesraad_app.gui.io.import_dialog import RegisterImportDialog
    from adviesraad_app.services.sheets.column_mapping import guess_mapping
    from adviesraad_app.services.sheets.sheet_reading import read_sheet

    def read() -> tuple[SheetTable, ColumnMapping]:
        table = read_sheet(path)
        return table, guess_mapping(table)

    result = _attempt(window, read)
    if result is None:
        return None
    table, mapping = result
    dialog = RegisterImportDialog(window, window.service, window.ops, table, mapping)
    dialog.imported.connect(
        lambda _result: window.statusbar.showMessage(dialog.status_text(), STATUS_TIMEOUT_MS)
    )
    dialog.show()
    return dialog


def import_chosen(
    window: FeatureWindow,
    choose: Callable[[QWidget], Path | None],
    open_file: Callable[[FeatureWindow, Path], T],
) -> T | None:
    """Ask for a file (``choose_letter``/``choose_sheet``) and open it; ``None`` when the
    user cancels."""
    path = choose(window)
    if path is None:
        return None
    remember_folder(path)
    return open_file(window, path)


# ---------------------------------------------------------------------- exports


def default_file_name(selection: RegisterFilter, suffix: str) -> str:
    """``Adviezenregister 2024.xlsx`` when filtered on a year, else ``Adviezenregister.xlsx``;
    ``Termijnen adviesraad.ics`` for the calendar."""
    stem = (
        translate("ImportExport", "Termijnen adviesraad")
        if suffix == ".ics"
        else translate("ImportExport", "Adviezenregister")
    )
    if selection.year is not None:
        stem += f" {selection.year}"
    return stem + suffix


class ExportSpec(NamedTuple):
    """One kind of export: how the options step and the save dialog word it, how much it
    writes for a selection, and the service call that writes it. (A named tuple: a frozen
    dataclass costs a millisecond to define, and this module is imported at start-up.)"""

    title: str
    what: str  # with {selection}
    option: str  # the check box that includes confidential items
    note: str  # what including them means
    suffix: str
    file_filter: str
    count_text: Callable[[RegisterFilter, bool], str]
    write: Callable[[Path, RegisterFilter], int]
    done_one: str  # with {path}
    done_many: str  # with {n} and {path}


def sheet_spec(window: FeatureWindow, fmt: str) -> ExportSpec:
    """ "Register naar Excel/CSV…": the advices of the selection, the importer's columns."""
    from adviesraad_app.services.sheets.register_export import export_register

    service = window.service

    def count_text(selection: RegisterFilter, include: bool) -> str:
        ids = service.register_ids(replace(selection, include_confidential=include), ORDER)
        text = _count(
            len(ids),
            translate("ImportExport", "1 advies wordt opgeslagen."),
            translate("ImportExport", "{n} adviezen worden opgeslagen."),
        )
        hidden = 0 if include else len(service.register_ids(selection, ORDER)) - len(ids)
        if hidden:
            text += " " + _count(
                hidden,
                translate("ImportExport", "1 vertrouwelijk advies blijft buiten het bestand."),
                translate(
                    "ImportExport", "{n} vertrouwelijke adviezen blijven buiten het bestand."
                ),
            )
        return text

    return ExportSpec(
        title=translate("ImportExport", "Register naar Excel")
        if fmt == "xlsx"
        else translate("ImportExport", "Register naar CSV"),
        what=translate(
            "ImportExport", "Opslaan: {selection}, met dezelfde kolommen als bij importeren."
        ),
        option=translate("ImportExport", "Vertrouwelijke adviezen en interne notities opnemen"),
        note=translate(
            "ImportExport",
            "Alleen voor intern gebruik (Woo, AVG): vertrouwelijke adviezen worden in het "
            "bestand als vertrouwelijk gemarkeerd en de interne notities (kolom Opmerkingen) "
            "komen erbij.",
        ),
        suffix="." + fmt,
        file_filter=(
            translate("ImportExport", "Excel-werkmap (*.xlsx)")
            if fmt == "xlsx"
            else translate("ImportExport", "CSV voor Excel (*.csv)")
        ),
        count_text=count_text,
        write=lambda path, selection: export_register(service, path, selection, fmt=fmt),
        done_one=translate("ImportExport", "1 advies opgeslagen in {path}."),
        done_many=translate("ImportExport", "{n} adviezen opgeslagen in {path}."),
    )


def calendar_spec(window: FeatureWindow) -> ExportSpec:
    """ "Termijnen naar agenda (.ics)…": the open deadlines of the selection, for Outlook."""
    from adviesraad_app.services.calendar_export import calendar_items, export_calendar

    service = window.service

    def count_text(selection: RegisterFilter, include: bool) -> str:
        items = calendar_items(service, replace(selection, include_confidential=include))
        return (
            _count(
                len(items),
                translate("ImportExport", "1 openstaande termijn wordt opgeslagen."),
                translate("ImportExport", "{n} openstaande termijnen worden opgeslagen."),
            )
            + " "
            + translate("ImportExport", "Herinnering {reminder} (zie Instellingen).").format(
                reminder=reminder_text(service.settings.reminder_days)
            )
        )

    return ExportSpec(
        title=translate("ImportExport", "Termijnen naar agenda"),
        what=translate(
            "ImportExport",
            "De openstaande termijnen (adviezen, reacties van het college, toezeggingen met een "
            "datum) van {selection}, als agendabestand voor Outlook. Opnieuw exporteren werkt "
            "de afspraken bij in plaats van ze dubbel te zetten.",
        ),
        option=translate("ImportExport", "Termijnen van vertrouwelijke adviezen opnemen"),
        note=translate(
            "ImportExport",
            "Alleen voor intern gebruik (Woo, AVG): termijnen van vertrouwelijke adviezen worden "
            "in de agenda als VERTROUWELIJK gemarkeerd.",
        ),
        suffix=".ics",
        file_filter=translate("ImportExport", "Agenda (*.ics)"),
        count_text=count_text,
        write=lambda path, selection: export_calendar(service, path, selection),
        done_one=translate(
            "ImportExport", "1 termijn opgeslagen in {path}; open het bestand met Outlook."
        ),
        done_many=translate(
            "ImportExport", "{n} termijnen opgeslagen in {path}; open het bestand met Outlook."
        ),
    )


def options_dialog(window: FeatureWindow, spec: ExportSpec) -> ExportDialog:
    """The options step for the register's current selection."""
    import html  # with the dialog, not to show the window

    from adviesraad_app.gui.io.export_dialog import ExportDialog, describe_selection

    selection = window.current_filter()
    what = spec.what.format(selection=describe_selection(selection))
    return ExportDialog(
        window,
        spec.title,
        f"<b>{html.escape(spec.title)}</b><br>{html.escape(what)}",
        spec.option,
        spec.note,
        lambda include: spec.count_text(selection, include),
    )


def _something_to_export(window: FeatureWindow, selection: RegisterFilter) -> bool:
    """``True``, or the service's message why the selection gives no file."""
    from adviesraad_app.services.sheets.register_export import check_selection

    check_selection(window.service, selection)
    return True


def run_export(window: FeatureWindow, spec: ExportSpec) -> Path | None:
    """Options step, save dialog, write; says in the status bar what was written."""
    selection = window.current_filter()
    dialog = options_dialog(window, spec)
    try:
        if not exec_dialog(dialog):
            return None
        include = dialog.include_confidential()
    finally:
        dialog.deleteLater()
    chosen = replace(selection, include_confidential=include)
    if _attempt(window, lambda: _something_to_export(window, chosen)) is None:
        return None  # said before the user picks a file name
    name = default_file_name(selection, spec.suffix)
    path = choose_save_path(window, spec.title, last_folder() / name, spec.file_filter)
    if path is None:
        return None
    if path.suffix.lower() != spec.suffix:
        path = path.with_name(path.name + spec.suffix)
    remember_folder(path)
    count = _attempt(window, lambda: spec.write(path, chosen))
    if count is None:
        return None
    window.statusbar.showMessage(
        _count(count, spec.done_one, spec.done_many, path=path), STATUS_TIMEOUT_MS
    )
    return path


# ---------------------------------------------------------------------- installing


class IoActions(QObject):
    """The actions this feature adds (a child of the window: ``findChild(IoActions)``)."""

    def __init__(self, window: FeatureWindow) -> None:
        super().__init__(window)
        self.window = window

        def action(name: str, text: str, slot: Callable[[], object], tip: str) -> QAction:
            created = QAction(text, window)
            created.setObjectName(name)
            created.setStatusTip(tip)
            created.triggered.connect(lambda _checked=False: slot())
            return created

        self.importLetter = action(
            "actionImportLetter",
            translate("ImportExport", "&Brief importeren…"),
            lambda: import_chosen(window, choose_letter, import_letter),
            translate(
                "ImportExport",
                "Een reactie of adviesaanvraag van het college inlezen (.pdf, .docx, .txt, of de "
                "e-mail: .eml, .msg)",
            ),
        )
        self.importRegister = action(
            "actionImportRegister",
            translate("ImportExport", "&Register importeren…"),
            lambda: import_chosen(window, choose_sheet, import_register),
            translate("ImportExport", "Een bestaand register inlezen uit Excel (.xlsx) of CSV"),
        )
        self.exportXlsx = action(
            "actionExportXlsx",
            translate("ImportExport", "Register naar &Excel…"),
            lambda: run_export(window, sheet_spec(window, "xlsx")),
            translate("ImportExport", "De adviezen die het register nu toont, als Excel-werkmap"),
        )
        self.exportCsv = action(
            "actionExportCsv",
            translate("ImportExport", "Register naar &CSV…"),
            lambda: run_export(window, sheet_spec(window, "csv")),
            translate("ImportExport", "De adviezen die het register nu toont, als CSV-bestand"),
        )
        self.exportIcs = action(
            "actionExportIcs",
            translate("ImportExport", "&Termijnen naar agenda (.ics)…"),
            lambda: run_export(window, calendar_spec(window)),
            translate("ImportExport", "Openstaande termijnen als agendabestand voor Outlook"),
        )
        self.exports = (self.exportXlsx, self.exportCsv, self.exportIcs)
        self.exportMenu = QMenu(translate("ImportExport", "Exporteren"), window)
        self.exportMenu.addActions(list(self.exports))
        # The window's until the register page is first shown (then on that page).
        self.exportButton = QPushButton(translate("ImportExport", "Exporteren"), window)
        self.exportButton.hide()
        self.exportButton.setObjectName("exportButton")
        self.exportButton.setToolTip(
            translate(
                "ImportExport",
                "Wat het register nu toont opslaan als Excel- of CSV-bestand, of als agenda",
            )
        )
        self.exportButton.setMenu(self.exportMenu)


def install(window: FeatureWindow) -> None:
    actions = IoActions(window)
    window.add_menu_action("import", actions.importLetter)
    window.add_menu_action("import", actions.importRegister)
    for export in actions.exports:
        window.add_menu_action("export", export)

    def add_button(view: RegisterPage) -> None:  # when the register page is first shown
        layout = view.actionsLayout
        layout.insertWidget(layout.indexOf(view.newButton), actions.exportButton)
        actions.exportButton.show()

    window.when_page_built(PAGE_REGISTER, add_button)
    window.drop_handlers.append(letter_drop_handler(window))
