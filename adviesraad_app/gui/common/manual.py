"""*Handleiding*: the Dutch manual, in the app and offline (F1).

The pages are Markdown files under ``resources/manual/`` (one per subject and one per window),
shown with Qt's own ``QTextBrowser``: a list of pages on the left, a search field that finds
the next match in the page and then in the following pages. F1 in a dialog opens the page of
that dialog (``page_for``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from adviesraad_app.resources import resource_path

INDEX = "index"

#: Which page F1 opens in which window (by class name).
PAGES_BY_WINDOW = {
    "MainWindow": "venster-hoofdvenster",
    "DossierDialog": "venster-dossier",
    "SettingsDialog": "venster-instellingen",
    "LetterDialog": "venster-brief",
    "RegisterImportDialog": "venster-register-importeren",
    "ExportDialog": "venster-exporteren",
    "PdfExportDialog": "venster-pdf",
    "CommitmentDialog": "venster-toezegging",
    "ExtensionDialog": "venster-verdaging",
    "BackupsDialog": "venster-backups",
    "CheckDialog": "venster-controleren",
    "CrashDialog": "venster-foutverslag",
    "OpenProblemDialog": "venster-databaseprobleem",
    "MeetingDialog": "venster-vergadering",
    "ActionDialog": "venster-actie",
    "ComposeLetterDialog": "venster-brief-opstellen",
    "LetterSettingsDialog": "brieven",
}


def manual_dir() -> Path:
    return resource_path("manual")


def page_for(window: QWidget) -> str:
    """The manual page about ``window`` (the index when there is none)."""
    for cls in type(window).__mro__:
        page = PAGES_BY_WINDOW.get(cls.__name__)
        if page is not None:
            return page
    return INDEX


def page_title(name: str) -> str:
    """The first heading of a page."""
    try:
        for line in (manual_dir() / f"{name}.md").read_text(encoding="utf-8").splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    except OSError:
        pass
    return name


def page_names() -> list[str]:
    """The index first, then the subjects, then the windows."""
    names = sorted(path.stem for path in manual_dir().glob("*.md"))
    subjects = [n for n in names if n != INDEX and not n.startswith("venster-")]
    windows = [n for n in names if n.startswith("venster-")]
    order = ["dagelijks", "termijnen", "vergaderingen", "toetsenbord", "backups", "gegevens"]
    subjects.sort(key=lambda n: order.index(n) if n in order else len(order))
    return [INDEX, *subjects, *windows]


class ManualWindow(QDialog):
    """Handleiding: pages on the left, the text on the right, a search field above."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ManualWindow")
        self.setWindowTitle(self.tr("Handleiding"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        search_row = QHBoxLayout()
        self.searchLabel = QLabel(self.tr("Zoeken in de handleiding"))
        self.searchEdit = QLineEdit()
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setPlaceholderText(self.tr("woord of zinsdeel; Enter zoekt verder"))
        self.searchLabel.setBuddy(self.searchEdit)
        self.findButton = QPushButton(self.tr("Volgende"))
        self.searchResult = QLabel()
        search_row.addWidget(self.searchLabel)
        search_row.addWidget(self.searchEdit, 1)
        search_row.addWidget(self.findButton)
        search_row.addWidget(self.searchResult)
        layout.addLayout(search_row)
        splitter = QSplitter()
        self.pages = QListWidget()
        self.pages.setAccessibleName(self.tr("Onderwerpen van de handleiding"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Tekst van de handleiding"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 660])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        for name in page_names():
            item = QListWidgetItem(page_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.pages.addItem(item)
        self.pages.currentItemChanged.connect(self._page_chosen)
        self.searchEdit.returnPressed.connect(self.find_next)
        self.findButton.clicked.connect(self.find_next)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)
        self.current_page = ""
        self.show_page(INDEX)

    # -- pages -------------------------------------------------------------------------------

    def show_page(self, name: str) -> None:
        path = manual_dir() / f"{name}.md"
        if not path.is_file():
            name, path = INDEX, manual_dir() / f"{INDEX}.md"
        self.current_page = name
        self.browser.setSearchPaths([str(manual_dir())])
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.pages.blockSignals(True)
                self.pages.setCurrentRow(row)
                self.pages.blockSignals(False)
        self.searchResult.clear()

    def _page_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    def _link(self, url: QUrl) -> None:
        target = url.path() or url.toString()
        if target.endswith(".md"):
            self.show_page(Path(target).stem)

    # -- search ------------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.searchEdit.setFocus()
        self.searchEdit.selectAll()

    def find_next(self) -> bool:
        """The next match of the search text: in this page after the cursor, then from the
        start of the following pages. ``False`` (and says so) when nothing matches."""
        text = self.searchEdit.text().strip()
        if not text:
            return False
        if self.browser.find(text):
            self.searchResult.clear()
            return True
        names = page_names()
        start = names.index(self.current_page) if self.current_page in names else 0
        for step in range(1, len(names) + 1):
            name = names[(start + step) % len(names)]
            source = (manual_dir() / f"{name}.md").read_text(encoding="utf-8")
            document = QTextDocument()
            document.setMarkdown(source)
            if not document.find(text).isNull():
                self.show_page(name)
                self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
                self.browser.find(text)
                return True
        self.searchResult.setText(self.tr("Niet gevonden."))
        return False


_manual: ManualWindow | None = None


def show_manual(parent: QWidget | None = None, page: str | None = None) -> ManualWindow:
    """Open (or bring forward) the manual at ``page`` (the page of ``parent``'s window by
    default)."""
    global _manual
    from adviesraad_app.gui.common import keyboard
    from adviesraad_app.gui.common.fitting import keep_on_screen

    if page is None:
        page = page_for(parent.window()) if parent is not None else INDEX
    if _manual is None or not _is_alive(_manual):
        _manual = ManualWindow(None)
        _manual.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        # what window_frame.prepare_window gives every window (not imported from there:
        # it imports this module for the F1 key)
        keyboard.prepare(_manual)
        keep_on_screen(_manual)
        install_help_key(_manual)
    _manual.show_page(page)
    if _manual.isVisible() and QGuiApplication.platformName() != "offscreen":
        _manual.raise_()  # already open behind another window: bring it forward
    _manual.show()
    _manual.activateWindow()
    return _manual


def _is_alive(widget: QWidget) -> bool:
    try:
        widget.isVisible()
    except RuntimeError:  # the C++ object is gone (the application was replaced in tests)
        return False
    return True


def install_help_key(window: QWidget) -> None:
    """F1 in ``window`` opens the manual at its page."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: show_manual(window))
