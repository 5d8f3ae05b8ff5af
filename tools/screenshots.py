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

from shots import ROOT, TODAY, Shots

FEATURE_SCRIPTS = (
    "screenshots_pdf.py",
    "screenshots_io.py",
    "screenshots_safety.py",
    "render_pdf_samples.py",
)


def main() -> int:
    shots = Shots(__doc__, prefix="adviesraad-shots-")
    from adviesraad_app.gui.dialogs import SettingsDialog
    from adviesraad_app.gui.main_window import PAGE_COMMITMENTS, PAGE_DEADLINES, PAGE_REGISTER

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

    wlc = next(r.id for r in service.register() if "Werk- en Leercentrum" in r.title)
    dialog = window.open_dossier(wlc)
    assert dialog is not None
    dialog.resize(960, 760)
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
    from adviesraad_app.gui.close_commitment import CloseCommitmentDialog
    from adviesraad_app.gui.non_working_days import NonWorkingDaysDialog

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
        service.repo.documents_for(open_commitment.advice_id),
        TODAY,
    )
    closing.closingNote.setText("brief van 20 november, besproken in de vergadering")
    shots.grab(closing, "toezegging-afsluiten")
    closing.close()

    new = window.new_advice()
    assert new is not None
    new.resize(960, 760)
    new.sentDate.setText("31-02-2024")
    new.save()
    shots.grab(new, "nieuw-advies-fout")
    new._clean = new.snapshot()
    new.close()
    window.close()
    service.close()
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
