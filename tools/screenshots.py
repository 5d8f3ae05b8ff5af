"""Render the main views with demo data to PNG, offscreen, for the README and for looking.

    python tools/screenshots.py [--out docs/images]

Uses a temporary demo register (dated relative to today) and fresh window settings, so the
pictures show what a new user sees after loading the demo data.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=800)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="adviesraad-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")  # fresh window settings
    os.environ["XDG_DATA_HOME"] = str(work / "data")

    from PySide6.QtWidgets import QApplication

    from adviesraad_app.gui.app import create_application
    from adviesraad_app.gui.main_window import (
        PAGE_COMMITMENTS,
        PAGE_DEADLINES,
        PAGE_REGISTER,
        MainWindow,
    )
    from adviesraad_app.services.demo import load_demo
    from adviesraad_app.services.register import RegisterService

    create_application()
    service = RegisterService.open(work / "demo.sqlite3")
    load_demo(service)
    window = MainWindow(service, restore_state=False)
    window.resize(args.width, args.height)
    window.show()
    window.announce_overdue()
    args.out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    shots: list[Path] = []

    def grab(widget: object, name: str) -> None:
        settle()
        target = args.out / f"{name}.png"
        widget.grab().save(str(target))  # type: ignore[attr-defined]
        shots.append(target)

    window.show_page(PAGE_DEADLINES)
    grab(window, "termijnen")
    window.show_page(PAGE_REGISTER)
    window.register_view.table.selectRow(2)
    grab(window, "adviezen")
    window.register_view.searchEdit.setText("werk")
    grab(window, "adviezen-zoeken")
    window.register_view.searchEdit.clear()
    window.show_page(PAGE_COMMITMENTS)
    grab(window, "toezeggingen")

    wlc = next(r.id for r in service.register() if "Werk- en Leercentrum" in r.title)
    dialog = window.open_dossier(wlc)
    assert dialog is not None
    dialog.resize(960, 760)
    grab(dialog, "dossier-advies")
    dialog.tabs.setCurrentWidget(dialog.replyTab)
    grab(dialog, "dossier-reactie")
    dialog.tabs.setCurrentWidget(dialog.termsTab)
    grab(dialog, "dossier-termijnen")
    dialog.tabs.setCurrentWidget(dialog.internalTab)
    grab(dialog, "dossier-intern")
    dialog.tabs.setCurrentWidget(dialog.historyTab)
    grab(dialog, "dossier-geschiedenis")
    dialog.close()

    from adviesraad_app.gui.dialogs import SettingsDialog

    settings = SettingsDialog(window, service.settings, str(service.path))
    settings.show()
    grab(settings, "instellingen")
    settings.close()

    new = window.new_advice()
    new.resize(960, 760)
    new.sentDate.setText("31-02-2024")
    new.save()
    grab(new, "nieuw-advies-fout")
    new._clean = new.snapshot()
    new.close()

    window.save_window = lambda: None  # type: ignore[method-assign]
    window.close()
    service.close()
    for shot in shots:
        print(shot.relative_to(ROOT) if shot.is_relative_to(ROOT) else shot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
