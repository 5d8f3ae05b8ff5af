"""Windows asks the app to end: a logoff, a shutdown, or an installer that must replace it.

Windows (``WM_QUERYENDSESSION``) and the Restart Manager that Inno Setup uses for
``/CLOSEAPPLICATIONS`` ask a running program to close; Qt passes that on as
``QGuiApplication.commitDataRequest``. Nobody is there to answer a question then (a silent
upgrade runs unattended), and a question would hold up the upgrade. So:

* a dossier with unsaved edits asks nothing: its edits are written to a draft file in
  ``concepten`` in the data folder (the register itself is not touched: the edits may not
  even be valid yet), and the dossier closes;
* the window closes as it does normally (with the backup on closing);
* at the next start a banner says which drafts were kept and where (:func:`announce_drafts`).
"""

from __future__ import annotations

import contextlib
import json
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

from adviesraad_app.i18n import translate
from adviesraad_app.services.safety.location import data_dir

if TYPE_CHECKING:
    from adviesraad_app.gui.common.window_api import FeatureWindow
    from adviesraad_app.gui.dossier.dialog import DossierDialog

SEEN_SUFFIX = ".gezien"
log = logging.getLogger("adviesraad.session")


def drafts_dir() -> Path:
    return data_dir() / "concepten"


def install(app: object, window: FeatureWindow) -> None:
    """Answer the session's end (``commitDataRequest``) for ``window``.

    Also: the fault log is closed as at a clean exit once Qt says the application quits
    (``aboutToQuit``). At the end of a Windows session Qt emits that and Windows then ends the
    process, so the clean-exit code after the event loop may never run; without this the
    next start would offer what the fault log caught of exceptions Windows handled itself.
    """
    from adviesraad_app.crash import stop_fault_log

    app.commitDataRequest.connect(  # type: ignore[attr-defined]
        lambda manager: commit_data(window, manager)
    )
    app.aboutToQuit.connect(stop_fault_log)  # type: ignore[attr-defined]


def _open_dossiers(window: FeatureWindow) -> list[DossierDialog]:
    from adviesraad_app.gui.dossier.dialog import DossierDialog

    found = [
        d for d in window.open_dossiers.values() if isinstance(d, DossierDialog) and d.isVisible()
    ]
    found += [d for d in window.findChildren(DossierDialog) if d.isVisible() and d not in found]
    return found


def _fields(dialog: QObject) -> dict[str, Any]:
    """What the secretary typed, field by field (by the form's object names)."""
    # The text areas' classes are made here, when a session ends with a dossier open, not
    # when the app starts (PySide makes a class with its enums when it is first imported).
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    values: dict[str, Any] = {}
    for widget in dialog.findChildren(QObject):
        name = widget.objectName()
        if not name or name.startswith("qt_"):
            continue
        if isinstance(widget, QLineEdit):
            values[name] = widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            values[name] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            values[name] = widget.currentText()
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values[name] = widget.isChecked()
    return values


def write_draft(dialog: DossierDialog) -> Path:
    """The unsaved edits of ``dialog`` as a JSON file in :func:`drafts_dir`."""
    folder = drafts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    which = str(dialog.advice_id) if dialog.advice_id is not None else "nieuw"
    path = folder / f"dossier-{which}-{stamp}.json"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"dossier-{which}-{stamp}-{n}.json"
    draft = {
        "advice_id": dialog.advice_id,
        "register": str(dialog.service.path),
        "saved_at": datetime.now().isoformat(timespec="seconds"),
        "reason": "session_end",
        "fields": _fields(dialog),
    }
    path.write_text(json.dumps(draft, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def commit_data(window: FeatureWindow, manager: object | None = None) -> list[Path]:
    """Keep every open dossier's unsaved edits as a draft, then close without a question."""
    kept: list[Path] = []
    for dialog in _open_dossiers(window):
        if not dialog.is_dirty():
            continue
        try:
            kept.append(write_draft(dialog))
        except OSError as exc:  # a full disk: the edits are lost, as they would be anyway
            log.warning("Concept van dossier %s niet bewaard: %s", dialog.advice_id, exc)
        dialog.forget_changes()
    if kept:
        log.info("Windows sluit af; concepten bewaard: %s", ", ".join(map(str, kept)))
    # Closed now, before Windows gets its answer: after WM_ENDSESSION Qt only emits
    # aboutToQuit and the process ends, so a later close (with the closing backup) might not
    # come. Closing the window only posts the quit; the event loop ends it.
    window.close()
    return kept


def unseen_drafts() -> list[Path]:
    folder = drafts_dir()
    with contextlib.suppress(OSError):
        return sorted(
            p
            for p in folder.glob("dossier-*.json")
            if not p.with_name(p.name + SEEN_SUFFIX).exists()
        )
    return []


def announce_drafts(window: FeatureWindow) -> QObject | None:
    """A banner about the drafts kept when Windows last ended the app (once)."""
    drafts = unseen_drafts()
    if not drafts:
        return None
    from adviesraad_app.gui.safety.banner import NoticeBanner
    from adviesraad_app.gui.safety.shared import open_folder

    where = {"folder": drafts[0].parent, "name": drafts[-1].name}
    if len(drafts) == 1:
        text = translate(
            "Session",
            "Bij het afsluiten door Windows (of een update) had een dossier niet-opgeslagen "
            "wijzigingen. Ze zijn niet in het register gezet, maar bewaard als {name} in "
            "{folder}. Neem ze zo nodig over in het dossier.",
        ).format(**where)
    else:
        text = translate(
            "Session",
            "Bij het afsluiten door Windows (of een update) hadden {n} dossiers niet-opgeslagen "
            "wijzigingen. Ze zijn niet in het register gezet, maar bewaard in {folder}. Neem ze "
            "zo nodig over in de dossiers.",
        ).format(n=len(drafts), **where)
    banner = NoticeBanner(
        text, kind="info", action_text=translate("Session", "Map tonen"), parent=window
    )
    banner.action_clicked.connect(lambda: open_folder(drafts_dir()))
    window.add_banner(banner)
    banner.show()  # the window may be visible already
    for path in drafts:
        with contextlib.suppress(OSError):
            path.with_name(path.name + SEEN_SUFFIX).touch()
    return banner
