"""Render the windows with demo data to PNG, offscreen, for the README and for looking.

    python tools/screenshots.py [--out docs/images]

Renders the main views and the dossier here, then runs the screenshot scripts of the
features (PDF export, import/export, data safety) and the PDF page samples, so one command
brings every picture in the README up to date. The demo register is dated 22 November 2026
and the window settings are fresh, so the pictures do not change with the day or the user.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from shots import ROOT, TODAY, Shots

FEATURE_SCRIPTS = (
    "screenshots_pdf.py",
    "screenshots_io.py",
    "screenshots_safety.py",
    "render_pdf_samples.py",
)


def small_screens(shots: Shots, service: Any, window: Any) -> None:
    """The main window, a dossier and Instellingen on a 1024x600 laptop screen."""
    from adviesraad_app.gui.main_window import PAGE_REGISTER
    from adviesraad_app.gui.settings.dialog import SettingsDialog

    window.resize(1024, 560)
    window.show_page(PAGE_REGISTER)
    shots.grab(window, "klein-scherm-adviezen")
    wlc = next(r.id for r in service.register() if "Werk- en Leercentrum" in r.title)
    dialog = window.open_dossier(wlc)
    dialog.resize(1024, 528)
    dialog.tabs.setCurrentWidget(dialog.replyTab)
    shots.grab(dialog, "klein-scherm-dossier")
    dialog.close()
    settings = SettingsDialog(window, service.settings, str(service.path))
    settings.resize(1024, 528)
    shots.grab(settings, "klein-scherm-instellingen")
    settings.close()
    window.resize(1280, 720)


def letters_out(shots: Shots, service: Any, window: Any) -> None:
    """Brief opstellen from a late row of Termijnen, and the reminder it writes (page 1)."""
    from pathlib import Path

    from adviesraad_app.domain.reminders import LetterKind
    from adviesraad_app.gui.letters.compose import ComposeLetterDialog
    from adviesraad_app.reports.letter import write_letter
    from adviesraad_app.services.letters.fields import LetterRequest

    item = next(i for i in service.deadlines(TODAY) if i.next_step is not None)
    dialog = ComposeLetterDialog(
        window,
        service,
        item.advice_id,
        ops=window.ops,
        kind=LetterKind.HERINNERING,
        commitment_id=item.commitment_id,
        step=item.next_step,
        today=lambda: TODAY,
    )
    # the folder is the user's own: a neutral one in the picture
    dialog.outputPath.setText(str(Path("Documenten") / Path(dialog.outputPath.text()).name))
    shots.grab(dialog, "brief-opstellen")
    dialog.close()
    pdf = shots.work / "herinnering.pdf"
    request = LetterRequest(LetterKind.HERINNERING, item.advice_id, TODAY, item.commitment_id)
    write_letter(service, request, pdf)
    target = shots.out / "brief-herinnering"
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(target)], check=True
    )
    shots.taken.append(target.with_suffix(".png"))


def first_start(shots: Shots) -> None:
    """An empty register (the welcome panel) and the manual."""
    from adviesraad_app.gui.common.manual import show_manual
    from adviesraad_app.services.register import RegisterService

    service = RegisterService.open(shots.work / "leeg.sqlite3")
    window = shots.window(service, (1280, 720))
    window.show()
    shots.grab(window, "welkom")
    manual = show_manual(window, "termijnen")
    manual.resize(1024, 600)
    shots.grab(manual, "handleiding")
    manual.close()
    window.close()
    service.close()


def main() -> int:
    shots = Shots(__doc__, prefix="adviesraad-shots-")
    from adviesraad_app.gui.main_window import (
        PAGE_COMMITMENTS,
        PAGE_DEADLINES,
        PAGE_MEETINGS,
        PAGE_REGISTER,
    )
    from adviesraad_app.gui.settings.dialog import SettingsDialog

    service, window = shots.demo_window()
    window.announce_overdue()
    window.show_page(PAGE_DEADLINES)
    shots.grab(window, "termijnen")
    window.show_page(PAGE_REGISTER)
    window.register_view.table.selectRow(2)
    shots.grab(window, "adviezen")
    window.register_view.searchEdit.setText("werk")
    shots.grab(window, "adviezen-zoeken")
    window.register_view.searchEdit.clear()
    window.show_page(PAGE_COMMITMENTS)
    shots.grab(window, "toezeggingen")
    window.show_page(PAGE_MEETINGS)
    shots.grab(window, "vergaderingen")

    wlc = next(r.id for r in service.register() if "Werk- en Leercentrum" in r.title)
    dialog = window.open_dossier(wlc)
    assert dialog is not None
    dialog.resize(960, 680)
    shots.grab(dialog, "dossier-advies")
    for tab, name in (
        (dialog.replyTab, "dossier-reactie"),
        (dialog.termsTab, "dossier-termijnen"),
        (dialog.internalTab, "dossier-intern"),
        (dialog.historyTab, "dossier-geschiedenis"),
    ):
        dialog.tabs.setCurrentWidget(tab)
        shots.grab(dialog, name)
    dialog.close()

    settings = SettingsDialog(window, service.settings, str(service.path))
    shots.grab(settings, "instellingen")
    settings.close()

    from adviesraad_app.domain.holidays import OwnDay
    from adviesraad_app.gui.dossier.close_commitment import CloseCommitmentDialog
    from adviesraad_app.gui.settings.non_working_days import NonWorkingDaysDialog

    own = (OwnDay(TODAY.replace(month=4, day=22), "Sluitingsdag gemeentehuis"),)
    days = NonWorkingDaysDialog(window, own, 2026)
    shots.grab(days, "feestdagen")
    days.close()
    open_commitment = service.commitments()[0]
    closing = CloseCommitmentDialog(
        window,
        open_commitment.commitment,
        open_commitment.commitment.status.DONE,
        open_commitment.reply_date,
        service.documents_for(open_commitment.advice_id),
        TODAY,
    )
    closing.closingNote.setText("brief van 20 november, besproken in de vergadering")
    shots.grab(closing, "toezegging-afsluiten")
    closing.close()

    new = window.new_advice()
    assert new is not None
    new.resize(960, 680)
    new.sentDate.setText("31-02-2024")
    new.save()
    shots.grab(new, "nieuw-advies-fout")
    new._clean = new.snapshot()
    new.close()
    letters_out(shots, service, window)
    small_screens(shots, service, window)
    window.close()
    service.close()
    first_start(shots)
    shots.finish()

    failed = 0
    for script in FEATURE_SCRIPTS:
        result = subprocess.run(
            [sys.executable, str(ROOT / "tools" / script), "--out", str(shots.out)],
            check=False,
        )
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
